//! Global behaviour: municipalities, options, colours, pipes, exit codes.

use clap::CommandFactory;

use crate::util::{bti, json, run, tree};

#[test]
fn clap_definition_is_sound() {
    bti::cli::Cli::command().debug_assert();
    bti::cli::command().debug_assert();
}

#[test]
fn kommuner_json_lists_the_five_with_maalform() {
    let k = json(&["kommuner", "--format", "json"]);
    let ids: Vec<&str> = k.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["austrheim", "inderoy", "sirdal", "sogndal", "strand"]);
    for x in &k {
        let want = if ["austrheim", "sogndal"].contains(&x["id"].as_str().unwrap()) {
            "nn"
        } else {
            "nb"
        };
        assert_eq!(x["maalform"], want, "{}", x["id"]);
        for key in [
            "navn",
            "modell",
            "kommunenummer",
            "region",
            "nettside",
            "tjenester",
            "arenaer",
            "aktiviteter",
        ] {
            assert!(x.get(key).is_some(), "{key} missing");
        }
    }
    let sirdal = k.iter().find(|x| x["id"] == "sirdal").unwrap();
    assert_eq!(sirdal["region"], "Lister");
    assert_eq!(sirdal["aktiviteter"], 40);
}

#[test]
fn kommune_matches_id_or_name_ignoring_case_and_diacritics() {
    for q in [
        "inderoy",
        "Inderøy",
        "inderøy kommune",
        "INDERØY",
        "Inderoy",
    ] {
        let k = json(&["-k", q, "kommuner", "--format", "json"]);
        assert_eq!(k.len(), 1, "{q}");
        assert_eq!(k[0]["id"], "inderoy", "{q}");
    }
}

#[test]
fn unknown_kommune_is_exit_1_with_the_known_ids() {
    let (code, out, err) = run(&["-k", "sirdl", "kommuner"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.starts_with("bti: ukjent kommune «sirdl»\n"), "{err}");
    assert!(err.contains("mente du: sirdal"), "{err}");
    assert!(
        err.contains("kjente kommuner: austrheim, inderoy, sirdal, sogndal, strand"),
        "{err}"
    );
}

#[test]
fn kommune_from_env_and_flag_wins() {
    let k: serde_json::Value = serde_json::from_slice(
        &bti()
            .env("BTI_KOMMUNE", "sogndal")
            .args(["kommuner", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(k[0]["id"], "sogndal");
    let k: serde_json::Value = serde_json::from_slice(
        &bti()
            .env("BTI_KOMMUNE", "sogndal")
            .args(["-k", "strand", "kommuner", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    assert_eq!(k[0]["id"], "strand");
}

#[test]
fn config_file_gives_defaults_below_env_and_flags() {
    let cfg = tree(&[(
        "bti/config.toml",
        "kommune = \"austrheim\"\nmaalform = \"nb\"\n",
    )]);
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg.path())
        .args(["kommuner", "--format", "json"])
        .output()
        .unwrap();
    let k: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(k.as_array().unwrap().len(), 1);
    assert_eq!(k[0]["id"], "austrheim");
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg.path())
        .env("BTI_KOMMUNE", "sirdal")
        .args(["kommuner", "--format", "json"])
        .output()
        .unwrap();
    let k: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(k[0]["id"], "sirdal");
}

#[test]
fn an_unknown_kommune_from_the_config_file_says_where_it_comes_from() {
    let cfg = tree(&[("bti/config.toml", "kommune = \"oslo\"\n")]);
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg.path())
        .arg("kommuner")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ukjent kommune «oslo»"), "{err}");
    assert!(
        err.contains("kommunen er satt i") && err.contains("bti/config.toml"),
        "{err}"
    );
    // Given with -k, the user knows where it came from.
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg.path())
        .args(["-k", "bergen", "kommuner"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("«bergen»") && !err.contains("config.toml"),
        "{err}"
    );
}

#[test]
fn bad_config_file_is_reported_with_line() {
    let cfg = tree(&[("bti/config.toml", "kommune = \"sirdal\"\nfarge = \"ja\"\n")]);
    let out = bti()
        .env("XDG_CONFIG_HOME", cfg.path())
        .arg("kommuner")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("bti/config.toml:2:1: feil: ukjent nøkkel «farge»"),
        "{err}"
    );
}

#[test]
fn maalform_follows_the_kommune_unless_given() {
    let (_, out, _) = run(&["-k", "sogndal", "tjenester", "finnes-ikkje-noko"]);
    // Never a bare «ingen treff»: it says what is not registered.
    assert!(out.starts_with("Ingen tenester passar søket.\n«"), "{out}");
    let (_, out, _) = run(&[
        "-k",
        "sogndal",
        "--maalform",
        "nb",
        "tjenester",
        "finnes-ikkje-noko",
    ]);
    assert!(out.starts_with("Ingen tjenester passer søket.\n«"), "{out}");
    // (Across all municipalities "finnes" is one letter from "Sinnes skule".)
    let (_, out, _) = run(&["--målform", "nn", "tjenester", "finnes-ikkje-noko"]);
    assert!(
        out.starts_with("Ingen tenester passar søket.\nMeinte du «Sinnes skule»?\n«"),
        "{out}"
    );
}

#[test]
fn data_dir_built_in_a_test() {
    let dir = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nn\"\nregion = \"Testregion\"\n",
        ),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT Testby\"\nkategori = \"ppt\"\ntelefon = \"12 34 56 78\"\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let k = json(&["--data", d, "kommuner", "--format", "json"]);
    assert_eq!(k.len(), 1);
    assert_eq!(k[0]["id"], "testby");
    assert_eq!(k[0]["maalform"], "nn");
    assert_eq!(k[0]["tjenester"], 1);
    // Without nasjonal/ the embedded national files are used.
    let (code, out, _) = run(&["--data", d, "nivaa", "--format", "json"]);
    assert_eq!(code, 0);
    assert!(out.contains("Undring"));
    let out = bti()
        .env("BTI_DATA", d)
        .args(["-k", "testby", "tjenester", "--format", "json"])
        .output()
        .unwrap();
    let t: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(t[0]["telefon"], "12 34 56 78");
}

#[test]
fn missing_data_dir_is_exit_1() {
    let (code, _, err) = run(&["--data", "/nonexistent/bti-data", "kommuner"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "bti: /nonexistent/bti-data: kan ikke lese: finnes ikke; sjekk navnet og stien\n"
    );
}

#[test]
fn no_escape_codes_without_colour() {
    for (env, args) in [
        (Some(("NO_COLOR", "1")), vec!["kommuner"]),
        (None, vec!["--color", "never", "kommuner"]),
        (None, vec!["kommuner"]),
    ] {
        let mut c = bti();
        if let Some((k, v)) = env {
            c.env(k, v);
        }
        let out = c.args(&args).output().unwrap();
        assert!(out.status.success());
        assert!(!out.stdout.contains(&0x1b), "escape code with {args:?}");
    }
    let out = bti()
        .args(["--color", "always", "kommuner"])
        .output()
        .unwrap();
    assert!(out.stdout.contains(&0x1b), "--color always gives colour");
}

#[test]
fn closed_pipe_ends_quietly() {
    let bin = assert_cmd::cargo::cargo_bin("bti");
    for cmd in [
        "kommuner | head -c1",
        "frist --alle | head -1",
        "tjenester --format json | head -c1",
    ] {
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!("set -o pipefail; '{}' {cmd}", bin.display()))
            .env("XDG_CONFIG_HOME", "/nonexistent")
            .output()
            .unwrap();
        assert!(
            out.stderr.is_empty(),
            "{cmd}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{cmd}");
    }
}

#[test]
fn bad_flags_and_dates_are_usage_errors() {
    for args in [
        vec!["kommuner", "--finnes-ikke"],
        vec!["--i-dag", "1.1.18", "frist"],
        vec!["frist", "--fra", "i går"],
        vec!["--format", "yaml", "kommuner"],
        vec!["--maalform", "sv", "kommuner"],
        vec!["finnes-ikke"],
        vec!["frist", "--dager", "-3"],
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty());
        assert!(err.starts_with("bti: "), "{args:?}: {err}");
    }
    let (_, _, err) = run(&["--i-dag", "1.1.18", "frist"]);
    assert!(err.contains("ÅÅÅÅ-MM-DD"), "{err}");
    let (code, _, err) = run(&["kommuner", "--format", "ics"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("«bti kommuner» kan ikke skrive --format ics"),
        "{err}"
    );
}

#[test]
fn no_command_prints_an_overview() {
    let (code, out, _) = run(&[]);
    assert_eq!(code, 0);
    assert!(out.contains("Bruk: bti [valg] <kommando>"));
    assert!(out.lines().count() < 25);
}

/// `kommuner` only counts plans and arenas, and skips their date checks for
/// the embedded data (proven clean by `sjekk` in the tests); a data folder on
/// disk must still have every date checked, as `sjekk` does (SPEC §1.8).
#[test]
fn kommuner_checks_the_dates_of_a_data_folder() {
    let dir = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/testby/framdrift.toml",
            "[[plan]]\nid = \"p\"\nnavn = \"P\"\nstart = \"2018-01-01\"\nslutt = \"2018-06-30\"\n\n[[plan.aktivitet]]\nhva = \"Møte\"\nfrist = \"31. fubar\"\n",
        ),
        (
            "kommuner/testby/arenaer.toml",
            "[[arena]]\nid = \"a\"\nnavn = \"A\"\nnivaa = \"kommune\"\nmoter = [\"32.13.2019\"]\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["--data", d, "kommuner"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        err.contains("framdrift.toml:9:10") && err.contains("«31. fubar»"),
        "{err}"
    );
    assert!(
        err.contains("arenaer.toml:5:11") && err.contains("«32.13.2019»"),
        "{err}"
    );
    // The embedded data gives the same counts as before, and no diagnostics.
    let (code, _, err) = run(&["kommuner"]);
    assert_eq!((code, err.as_str()), (0, ""));
}
