//! Test helpers: a `bti` command with every output-changing variable cleared.

use assert_cmd::Command;

/// `bti` with a clean environment: no BTI_* variables, no NO_COLOR or COLUMNS,
/// no config file.
pub fn bti() -> Command {
    let mut c = Command::cargo_bin("bti").unwrap();
    for (k, _) in std::env::vars() {
        if k.starts_with("BTI_") {
            c.env_remove(k);
        }
    }
    c.env_remove("NO_COLOR")
        .env_remove("COLUMNS")
        .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
        .env("HOME", "/nonexistent-bti-test-home");
    c
}

/// Run and return (exit code, stdout, stderr).
pub fn run(args: &[&str]) -> (i32, String, String) {
    let out = bti().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Run and parse stdout as a JSON array.
pub fn json(args: &[&str]) -> Vec<serde_json::Value> {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "bti {args:?} failed: {err}");
    match serde_json::from_str(&out).unwrap() {
        serde_json::Value::Array(a) => a,
        other => panic!("not an array: {other}"),
    }
}

/// Write `files` (relative path, content) into a fresh temp dir.
pub fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}
