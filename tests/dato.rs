//! Issue #15 through the binary: plan-window rules, stable calendar UIDs,
//! `-k` ambiguity, `frist` without a plan, and usage errors that are
//! Norwegian from the first word to the last.

use crate::util::{bti, run, tree};

const KOMMUNE: &str = "navn = \"Testkommune\"\nmaalform = \"nb\"\n";

/// A municipality `test` with one plan `p` of the given rows.
fn plan(start: &str, slutt: &str, rader: &[&str]) -> tempfile::TempDir {
    let mut text = format!(
        "[[plan]]\nid = \"p\"\nnavn = \"Plan\"\nstart = \"{start}\"\nslutt = \"{slutt}\"\n"
    );
    for r in rader {
        text.push_str("\n[[plan.aktivitet]]\n");
        text.push_str(r);
        text.push('\n');
    }
    tree(&[
        ("kommuner/test/kommune.toml", KOMMUNE),
        ("kommuner/test/framdrift.toml", &text),
    ])
}

/// `bti sjekk DIR`: exit code, and stdout and stderr together as the third item.
fn sjekk(dir: &tempfile::TempDir) -> (i32, String, String) {
    let (code, out, err) = run(&["sjekk", dir.path().to_str().unwrap()]);
    (code, String::new(), format!("{out}{err}"))
}

// --- SPEC §1.8: the plan window --------------------------------------------

#[test]
fn leap_day_that_the_window_lacks_is_an_error() {
    // Old code: 2024-02-29, outside the window, no warning.
    for (start, slutt) in [("2023-01-01", "2023-12-31"), ("2026-08-01", "2027-07-31")] {
        let dir = plan(start, slutt, &["hva = \"Møte\"\nfrist = \"29.02\""]);
        let (code, _, err) = sjekk(&dir);
        assert_eq!(code, 1, "{start}: {err}");
        assert!(err.contains("utenfor planperioden"), "{err}");
        assert!(err.contains("framdrift.toml:"), "{err}");
    }
}

#[test]
fn yearless_date_in_a_multi_year_window_asks_for_the_year() {
    // Old code: silently the 2020 date.
    for frist in ["1/3", "Uke 10", "mars"] {
        let dir = plan(
            "2020-01-01",
            "2022-12-31",
            &[&format!("hva = \"Møte\"\nfrist = \"{frist}\"")],
        );
        let (code, _, err) = sjekk(&dir);
        assert_eq!(code, 1, "{frist}: {err}");
        assert!(
            err.contains("flere år av planperioden (2020, 2021, 2022)"),
            "{err}"
        );
        assert!(err.contains("skriv året"), "{err}");
    }
}

#[test]
fn one_day_window_does_not_move_a_date_out_of_it() {
    // Old code: 2020-01-02.
    let dir = plan(
        "2020-01-01",
        "2020-01-01",
        &["hva = \"Møte\"\nfrist = \"2/1\""],
    );
    let (code, _, err) = sjekk(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("utenfor planperioden"), "{err}");
}

#[test]
fn no_date_past_year_2200_in_data_json_or_ics() {
    // Old code: slutt "+10000-01-14" and DTEND:+100000101.
    let dir = plan(
        "9999-01-01",
        "9999-12-31",
        &[
            "id = \"a\"\nhva = \"A\"\nfrist = \"31.12\"",
            "hva = \"B\"\nfrist = \"2 uker etter a\"",
        ],
    );
    let (code, _, err) = sjekk(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("9999 er utenfor 1900–2200"), "{err}");
    for fmt in ["json", "ics"] {
        let (code, out, _) = run(&[
            "--data",
            dir.path().to_str().unwrap(),
            "frist",
            "--alle",
            "--format",
            fmt,
        ]);
        assert_eq!(code, 1);
        assert!(!out.contains("10000"), "{out}");
    }
    let dir = plan(
        "-0001-01-01",
        "2018-12-31",
        &["hva = \"A\"\nfrist = \"1.3.2018\""],
    );
    let (code, _, err) = sjekk(&dir);
    assert_eq!(code, 1, "{err}");
    // A relative deadline that leaves the window is an error too.
    let dir = plan(
        "2018-01-01",
        "2018-12-31",
        &[
            "id = \"a\"\nhva = \"A\"\nfrist = \"1.12\"",
            "hva = \"B\"\nfrist = \"2 måneder etter a\"",
        ],
    );
    let (code, _, err) = sjekk(&dir);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("utenfor planperioden") && err.contains("2019-02-01"),
        "{err}"
    );
}

#[test]
fn ca_marks_the_row_approximate() {
    let dir = plan(
        "2018-01-01",
        "2018-06-30",
        &[
            "hva = \"A\"\nfrist = \"ca. uke 10\"",
            "hva = \"B\"\nfrist = \"uke 10-12\"",
        ],
    );
    let rows = crate::util::json(&[
        "--data",
        dir.path().to_str().unwrap(),
        "frist",
        "--alle",
        "--format",
        "json",
    ]);
    let got: Vec<(&str, &str, bool)> = rows
        .iter()
        .map(|r| {
            (
                r["start"].as_str().unwrap(),
                r["slutt"].as_str().unwrap(),
                r["omtrentlig"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2018-03-05", "2018-03-09", true),
            ("2018-03-05", "2018-03-23", false)
        ]
    );
}

#[test]
fn command_line_dates_in_norwegian_form_and_range() {
    let iso = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-11-01",
        "frist",
        "--format",
        "json",
    ]);
    for d in ["1.11.2018", "01.11.2018"] {
        assert_eq!(
            run(&["-k", "sirdal", "--i-dag", d, "frist", "--format", "json"]),
            iso,
            "{d}"
        );
    }
    let fra = run(&[
        "-k",
        "sirdal",
        "frist",
        "--fra",
        "1.11.2018",
        "--til",
        "30.11.2018",
        "--format",
        "json",
    ]);
    assert_eq!(fra.0, 0, "{}", fra.2);
    for bad in [
        "+10000-01-01",
        "-0001-01-01",
        "9999-12-31",
        "1899-12-31",
        "1.11.18",
    ] {
        let flag = format!("--i-dag={bad}");
        let (code, _, err) = run(&["-k", "sirdal", &flag, "frist"]);
        assert_eq!(code, 2, "{bad}");
        assert!(err.contains("1900–2200"), "{bad}: {err}");
    }
    // A huge --dager never prints a date past 2200.
    let (code, out, _) = run(&[
        "-k",
        "sogndal",
        "--i-dag",
        "2200-12-01",
        "frist",
        "--dager",
        "4000000000",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("+"), "{out}");
}

// --- SPEC §3.1: stable UIDs ----------------------------------------------------

fn uids(dir: &tempfile::TempDir) -> std::collections::BTreeMap<String, String> {
    let out = bti()
        .args([
            "--data",
            dir.path().to_str().unwrap(),
            "frist",
            "--alle",
            "--format",
            "ics",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let mut map = std::collections::BTreeMap::new();
    let mut uid = String::new();
    for line in text.split("\r\n") {
        if let Some(u) = line.strip_prefix("UID:") {
            uid = u.to_string();
        }
        if let Some(s) = line.strip_prefix("SUMMARY:") {
            map.insert(s.to_string(), uid.clone());
        }
    }
    map
}

#[test]
fn uids_survive_inserting_removing_and_reordering_rows() {
    let a = "hva = \"Alfa\"\nfrist = \"uke 10\"";
    let b = "hva = \"Beta\"\nfrist = \"1.3\"";
    let c = "id = \"gamma\"\nhva = \"Gamma\"\nfrist = \"7.12 + 19.12\"";
    let d = "hva = \"Delta\"\nfrist = \"mars\"\nnaar = \"MARS\"";
    let new = "hva = \"Ny rad\"\nfrist = \"2.3\"";
    let v = ("2018-01-01", "2018-12-31");
    let before = uids(&plan(v.0, v.1, &[a, b, c, d]));
    assert_eq!(before.len(), 4);
    // Old code: every row after the inserted one moved to another UID.
    let inserted = uids(&plan(v.0, v.1, &[new, a, b, c, d]));
    let removed = uids(&plan(v.0, v.1, &[b, c, d]));
    let reordered = uids(&plan(v.0, v.1, &[d, c, a, b]));
    for (name, after) in [
        ("inserted", &inserted),
        ("removed", &removed),
        ("reordered", &reordered),
    ] {
        for (hva, uid) in after {
            if let Some(old) = before.get(hva) {
                assert_eq!(old, uid, "{name}: {hva}");
            }
        }
    }
    assert_eq!(inserted.len(), 5);
    assert!(before["Gamma"].contains("-gamma-"), "{before:?}");
}

// --- SPEC §3: -k ---------------------------------------------------------------

fn kommuner(navn: &[(&str, &str)]) -> tempfile::TempDir {
    let files: Vec<(String, String)> = navn
        .iter()
        .map(|(id, n)| {
            (
                format!("kommuner/{id}/kommune.toml"),
                format!("navn = \"{n}\"\nmaalform = \"nb\"\n"),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    tree(&refs)
}

#[test]
fn a_name_that_fits_several_municipalities_is_an_error() {
    // Old code: silently the first.
    let dir = kommuner(&[("heroy-m", "Herøy kommune"), ("heroy-n", "Herøy kommune")]);
    let (code, _, err) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "-k",
        "Herøy",
        "kommuner",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("heroy-m") && err.contains("heroy-n"), "{err}");
    // The exact id still wins.
    let (code, out, err) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "-k",
        "heroy-n",
        "--format",
        "json",
        "kommuner",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("heroy-n") && !out.contains("heroy-m"), "{out}");
}

#[test]
fn an_exact_name_beats_a_folded_one() {
    // Old code: `-k "bo kommune"` gave Bø.
    let dir = kommuner(&[("bo-n", "Bø kommune"), ("bo-t", "Bo kommune")]);
    let d = dir.path().to_str().unwrap();
    for (q, want) in [
        ("Bo kommune", "bo-t"),
        ("bo kommune", "bo-t"),
        ("Bø kommune", "bo-n"),
        ("bø", "bo-n"),
    ] {
        let (code, out, err) = run(&["--data", d, "-k", q, "--format", "json", "kommuner"]);
        assert_eq!(code, 0, "{q}: {err}");
        let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0]["id"], want, "{q}");
    }
}

// --- #6: frist without a plan, hints with the user's -k -------------------------

#[test]
fn frist_says_the_municipality_has_no_plan() {
    // Old code: "Ingen fristar frå … til …" although --alle has no window.
    for args in [
        &["-k", "sogndal", "frist", "--alle"][..],
        &["-k", "sogndal", "frist"][..],
    ] {
        let (code, out, _) = run(args);
        assert_eq!(code, 0);
        assert!(
            out.contains("Sogndal kommune har ingen framdriftsplan"),
            "{out}"
        );
        assert!(!out.contains("Ingen fristar frå"), "{out}");
    }
}

#[test]
fn frist_hints_keep_the_users_k() {
    // Old code: "bti frist --alle", which lists every municipality.
    let (code, out, _) = run(&["-k", "sirdal", "--i-dag", "2030-01-01", "frist"]);
    assert_eq!(code, 0);
    assert!(out.contains("«bti -k sirdal frist --alle»"), "{out}");
    assert!(out.contains("«bti -k sirdal frist --fra "), "{out}");
}
