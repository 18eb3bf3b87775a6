//! Shipping like a real command-line tool: fresh man pages and completions,
//! bash completion that works, `bti init`, and examples in every `--help`.

use std::path::Path;

use crate::util::{bti, json, run};

const REGEN: &str = "cargo run --example gendocs";

#[test]
fn man_pages_are_fresh() {
    for (name, bytes) in bti::docs::man_pages().unwrap() {
        let path = Path::new("man").join(&name);
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "{} is stale: run `{REGEN}`",
            path.display()
        );
    }
}

#[test]
fn completions_are_fresh() {
    for (name, bytes) in bti::docs::completion_files() {
        let path = Path::new("completions").join(&name);
        let committed = std::fs::read(&path).unwrap_or_default();
        assert!(
            committed == bytes,
            "{} is stale: run `{REGEN}`",
            path.display()
        );
    }
    let (code, out, _) = run(&["completions", "bash"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.as_bytes(),
        std::fs::read("completions/bti.bash").unwrap()
    );
}

#[test]
fn bash_completes_fr_to_frist_and_kommune_ids() {
    if std::process::Command::new("bash")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("note: bash not found; skipping");
        return;
    }
    let bin_dir = assert_cmd::cargo::cargo_bin("bti")
        .parent()
        .unwrap()
        .to_path_buf();
    let script = "source completions/bti.bash\n\
        COMP_WORDS=(bti fr); COMP_CWORD=1; COMP_LINE='bti fr'; COMP_POINT=6; _bti_ids bti fr bti; echo \"${COMPREPLY[@]}\"\n\
        COMP_WORDS=(bti -k si); COMP_CWORD=2; COMP_LINE='bti -k si'; COMP_POINT=9; _bti_ids bti si -k; echo \"${COMPREPLY[@]}\"\n";
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(script)
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("XDG_CONFIG_HOME", "/nonexistent")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines.first().map(|l| l.trim()),
        Some("frist frister"),
        "{text} {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(lines.get(1).map(|l| l.trim()), Some("sirdal"), "{text}");
}

#[test]
fn every_subcommand_help_has_an_example() {
    let cmd = bti::cli::command();
    for sub in cmd.get_subcommands() {
        let name = sub.get_name();
        let (code, out, _) = run(&[name, "--help"]);
        assert_eq!(code, 0, "{name}");
        assert!(out.contains("Eksempler:"), "{name}");
        assert!(
            out.lines().any(|l| l.trim_start().starts_with("bti ")),
            "{name} --help has no example line"
        );
    }
}

#[test]
fn man_page_renders_without_warnings() {
    let Ok(out) = std::process::Command::new("man")
        .args(["--warnings", "-l", "man/bti.1"])
        .env("MANWIDTH", "80")
        .output()
    else {
        eprintln!("note: man not installed; skipping (CI installs man-db and groff)");
        return;
    };
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.trim().is_empty(), "groff warnings: {err}");
    let text = String::from_utf8_lossy(&out.stdout);
    for section in [
        "DATAFORMAT",
        "DATOUTTRYKK",
        "MILJØ",
        "FILER",
        "EXIT-KODER",
        "EKSEMPLER",
    ] {
        assert!(text.contains(section), "{section}");
    }
}

#[test]
fn init_passes_sjekk_and_vedtak_gives_deadlines() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = bti()
        .args([
            "--maalform",
            "nb",
            "init",
            "minby",
            "--navn",
            "Minby kommune",
            "--vedtak",
            "2025-03-01",
            d,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in [
        "kommune",
        "tjenester",
        "arenaer",
        "framdrift",
        "roller",
        "veileder",
        "kilder",
    ] {
        let path = dir.path().join(format!("kommuner/minby/{f}.toml"));
        let text = std::fs::read_to_string(&path).unwrap();
        // A new municipality's sources are documents it can look up, never our working files.
        assert!(
            !text.contains(".txt") && !text.contains("DOMAIN.md"),
            "{f}: {text}"
        );
    }
    let (code, out, _) = run(&["--i-dag", "2000-01-01", "sjekk", d]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Sjekket: 0 feil, 0 advarsler (1 kommune)\n")
    );
    let rows = json(&[
        "--data", d, "-k", "minby", "frist", "--alle", "--format", "json",
    ]);
    let dated: Vec<(&str, &str)> = rows
        .iter()
        .filter(|r| r["slutt"].is_string())
        .map(|r| {
            (
                r["aktivitet"].as_str().unwrap(),
                r["slutt"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        dated,
        [("vedtak", "2025-03-01"), ("kartlegging", "2025-09-01")]
    );
    assert_eq!(rows.len(), 13, "vedtak, 7 criteria, 5 phases");
    let k = json(&["--data", d, "kommuner", "--format", "json"]);
    assert_eq!(k[0]["navn"], "Minby kommune");
    // Never over an existing folder.
    let (code, _, err) = run(&["--maalform", "nb", "init", "minby", "--navn", "X", d]);
    assert_eq!(code, 1);
    assert!(err.contains("finnes allerede"), "{err}");
    // Without --vedtak, and in nynorsk, it still passes.
    let (code, _, _) = run(&[
        "--maalform",
        "nn",
        "init",
        "nyby",
        "--navn",
        "Nyby kommune",
        d,
    ]);
    assert_eq!(code, 0);
    let (code, out, _) = run(&["--i-dag", "2000-01-01", "sjekk", d]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Sjekket: 0 feil, 0 advarsler (2 kommuner)\n")
    );
    let (code, _, _) = run(&["init", "x", "--navn", "X", d]);
    assert_eq!(code, 2, "--maalform is required");
    let (code, _, _) = run(&["--maalform", "nb", "init", "Ugyldig Id", "--navn", "X", d]);
    assert_eq!(code, 2);
}
