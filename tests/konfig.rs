//! The configuration file `$XDG_CONFIG_HOME/bti/config.toml`: where a
//! relative `data` points, what its errors say, what an empty value means.

use crate::util::{bti, tree};

/// Run `bti args` with `XDG_CONFIG_HOME` at `cfg` (and cwd elsewhere).
fn med_config(cfg: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let cwd = tempfile::tempdir().unwrap();
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg)
        .current_dir(cwd.path())
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn ids(json: &str) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    let a = v.as_array().unwrap();
    a.iter()
        .map(|k| k["id"].as_str().unwrap().to_owned())
        .collect()
}

/// A data folder with the one municipality `minby`, made by `bti init`.
fn init_minby(dir: &std::path::Path) {
    let out = bti()
        .args(["init", "minby", "--navn", "Minby", "--maalform", "nn"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_relative_data_is_relative_to_the_config_file() {
    let cfg = tree(&[("bti/config.toml", "data = \"data\"\n")]);
    init_minby(&cfg.path().join("bti/data"));
    let (code, out, err) = med_config(cfg.path(), &["kommuner", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids(&out), ["minby"]);
}

#[test]
fn an_unknown_key_names_the_config_file_not_the_data() {
    let cfg = tree(&[("bti/config.toml", "farge = \"ja\"\n")]);
    let fil = cfg.path().join("bti/config.toml");
    let fil = fil.display();
    let (code, _, err) = med_config(cfg.path(), &["kommuner"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("bti: ukjent nøkkel i konfigurasjonsfila {fil}\n")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{fil}:1:1: feil: ukjent nøkkel «farge»")),
        "{err}"
    );
    assert!(!err.contains("dataene har feil"), "{err}");
    let (code, _, err) = med_config(cfg.path(), &["--maalform", "nn", "kommuner"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with(&format!("bti: ukjend nøkkel i konfigurasjonsfila {fil}\n")),
        "{err}"
    );
}

#[test]
fn a_data_that_does_not_exist_names_the_config_file_and_blocks_only_what_reads_it() {
    let cfg = tree(&[(
        "bti/config.toml",
        "data = \"finnes-ikke\"\nkommune = \"minby\"\n",
    )]);
    let fil = cfg.path().join("bti/config.toml");
    let (code, _, err) = med_config(cfg.path(), &["kommuner"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("bti/finnes-ikke: kan ikke lese: finnes ikke"),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "datamappa er satt i {} (rett nøkkelen data der, eller gi --data)",
            fil.display()
        )),
        "{err}"
    );
    let (code, out, err) = med_config(cfg.path(), &["completions", "bash"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("bti"), "{out}");
    let ny = tempfile::tempdir().unwrap();
    let ny = ny.path().join("ny");
    let (code, _, err) = med_config(
        cfg.path(),
        &[
            "init",
            "minby",
            "--navn",
            "Minby",
            "--maalform",
            "nb",
            ny.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = med_config(cfg.path(), &["sjekk", ny.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("0 feil"), "{out}");
    // --data wins over the file's, and the file's kommune is found there.
    let (code, out, err) = med_config(
        cfg.path(),
        &[
            "--data",
            ny.to_str().unwrap(),
            "kommuner",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(ids(&out), ["minby"]);
}

#[test]
fn an_empty_value_counts_as_unset() {
    for key in ["kommune", "maalform", "data", "arbeidssted"] {
        for tom in ["\"\"", "\" \""] {
            let cfg = tree(&[("bti/config.toml", &format!("{key} = {tom}\n"))]);
            let (code, out, err) = med_config(cfg.path(), &["kommuner", "--format", "json"]);
            assert_eq!(code, 0, "{key} = {tom}: {err}");
            assert_eq!(ids(&out).len(), 5, "{key} = {tom}");
        }
    }
}

#[test]
fn invalid_utf8_is_an_error_naming_the_file() {
    let cfg = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(cfg.path().join("bti")).unwrap();
    let fil = cfg.path().join("bti/config.toml");
    std::fs::write(&fil, b"kommune = \"sogndal\xff\"\n").unwrap();
    let (code, _, err) = med_config(cfg.path(), &["kommuner"]);
    assert_eq!(code, 1);
    assert!(
        err.contains(&format!(
            "{}:1:19: feil: fila er ikke gyldig UTF-8",
            fil.display()
        )),
        "{err}"
    );
    assert!(err.contains("konfigurasjonsfila"), "{err}");
}

#[test]
fn an_unreadable_or_empty_home_without_a_config_file_is_no_error() {
    // $HOME a file: ~/.config/bti/config.toml cannot be there.
    let home = tree(&[("fil", "")]);
    let out = bti()
        .env("XDG_CONFIG_HOME", "")
        .env("HOME", home.path().join("fil"))
        .arg("kommuner")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An empty $HOME is unset, not the current folder.
    let cwd = tree(&[(".config/bti/config.toml", "farge = \"ja\"\n")]);
    let out = bti()
        .env("XDG_CONFIG_HOME", "")
        .env("HOME", "")
        .current_dir(cwd.path())
        .arg("kommuner")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
