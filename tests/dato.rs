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
    // And the user's own --data.
    let dir = plan(
        "2018-01-01",
        "2018-12-31",
        &["hva = \"A\"\nfrist = \"1.3\""],
    );
    let d = dir.path().to_str().unwrap();
    let (code, out, _) = run(&["--data", d, "-k", "test", "--i-dag", "2030-01-01", "frist"]);
    assert_eq!(code, 0);
    assert!(
        out.contains(&format!("«bti --data {d} -k test frist --alle»")),
        "{out}"
    );
}

// --- #5: usage errors in the UI målform ------------------------------------------

/// Words of clap's English messages and help; none may reach the user.
const ENGELSK: [&str; 24] = [
    "error:",
    "unexpected",
    "found",
    "tip:",
    "Usage",
    "possible values",
    "Possible values",
    "For more information",
    "invalid",
    "required",
    "cannot be used",
    "provided",
    "supplied",
    "similar",
    "subcommand",
    "[OPTIONS]",
    "the argument",
    "expected",
    "isn't",
    "wasn't",
    "digit",
    "[default:",
    "[env:",
    "[aliases:",
];

fn engelsk(text: &str) -> Option<&'static str> {
    ENGELSK.iter().copied().find(|w| text.contains(w))
}

/// Every usage error that the README, `--help` and the man pages could lead
/// to: one of each clap error kind the binary can produce.
const BRUKSFEIL: &[&[&str]] = &[
    &["--lang", "kommuner"],
    &["kommuner", "--lang"],
    &["tjenester", "--langg"],
    &["fris"],
    &["frist", "--alle", "--forfalt"],
    &["frist", "--alle", "--fra", "2018-01-01"],
    &["--format", "xml", "kommuner"],
    &["--format"],
    &["kommuner", "--format"],
    &["--color", "kanskje", "kommuner"],
    &["--maalform", "sv", "kommuner"],
    &["--i-dag", "1.13.2018", "frist"],
    &["--i-dag", "i går", "frist"],
    &["--i-dag", "-0001-01-01", "frist"],
    &["--i-dag=+10000-01-01", "frist"],
    &["frist", "--fra", "i går"],
    &["frist", "--til", "32.1.2018"],
    &["frist", "--dager", "-3"],
    &["frist", "--dager=-3"],
    &["frist", "--dager", "mange"],
    &["nivaa", "to"],
    &["nivaa", "1", "2"],
    &["tjenester", "--nivaa", "x"],
    &["arenaer", "--nivaa", "fylke"],
    &["init"],
    &["init", "x"],
    &["init", "x", "--navn"],
    &[
        "--maalform",
        "nb",
        "init",
        "x",
        "--navn",
        "X",
        "--vedtak",
        "1.1.1800",
    ],
    &["completions"],
    &["completions", "tcsh"],
    &["guide", "--overskriv"],
    &["guide", "--lagre"],
    &["sjekk", "a", "b"],
    &["-k"],
    &["--data"],
    &["hjelp", "finnes-ikke"],
    &["kommuner", "--format", "ics"],
];

#[test]
fn usage_errors_have_no_english_in_either_maalform() {
    for args in BRUKSFEIL {
        for m in [None, Some("nb"), Some("nn")] {
            let mut full: Vec<&str> = Vec::new();
            if let Some(m) = m {
                full.extend(["--maalform", m]);
            }
            full.extend(args.iter());
            let (code, out, err) = run(&full);
            assert_eq!(code, 2, "bti {full:?}: {err}");
            assert!(out.is_empty(), "bti {full:?}: {out}");
            assert!(err.starts_with("bti: "), "bti {full:?}: {err}");
            assert_eq!(engelsk(&err), None, "bti {full:?}:\n{err}");
            if m == Some("nn") && !args.contains(&"--maalform") {
                // Nynorsk forms, where the message has words that differ.
                for bm in ["ikke ", "mangler ", "kommandoer", "verdier"] {
                    assert!(!err.contains(bm), "bti {full:?} (nn) says «{bm}»:\n{err}");
                }
            }
        }
    }
}

#[test]
fn usage_errors_say_what_is_wrong() {
    for (args, want) in [
        (&["kommuner", "--lang"][..], "ukjent valg «--lang»"),
        (
            &["--maalform", "nn", "kommuner", "--lang"][..],
            "ukjend val «--lang»",
        ),
        (&["fris"][..], "mente du «frist» eller «frister»?"),
        (
            &["--maalform", "nn", "frist", "--alle", "--forfalt"][..],
            "--alle kan ikkje brukast saman med --forfalt",
        ),
        (
            &["--format", "xml", "kommuner"][..],
            "mulige verdier: table, json, tsv, csv, markdown, ics",
        ),
        (
            &["--maalform", "nn", "--format", "xml", "kommuner"][..],
            "moglege verdiar: table",
        ),
        (&["--format"][..], "--format <FMT> mangler verdi"),
        (&["init", "x"][..], "mangler --navn <NAVN>"),
        // Both forms of the usage, each on its own line, and the command once.
        (
            &["init", "x"][..],
            "<ID> [DIR]\n        bti init --fra <KOMMUNE> [--navn <NAVN>] <ID> [DIR]\n  Se «bti init --help»",
        ),
        (&["--i-dag", "1.13.2018", "frist"][..], "år 1900–2200"),
        (
            &["--maalform", "nn", "--i-dag", "1.13.2018", "frist"][..],
            "ikkje ein dato",
        ),
        (&["completions", "tcsh"][..], "mente du «zsh»?"),
    ] {
        let (code, _, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(want),
            "bti {args:?} should say «{want}»:\n{err}"
        );
    }
    // The municipality's målform applies when no --maalform is given (Sogndal writes nynorsk).
    let (_, _, err) = run(&["-k", "sogndal", "frist", "--alle", "--forfalt"]);
    assert!(err.contains("kan ikkje brukast"), "{err}");
}

#[test]
fn init_usage_shows_that_maalform_is_needed() {
    let (_, out, _) = run(&["init", "--help"]);
    assert!(out.contains("Bruk: bti --maalform <nb|nn> init"), "{out}");
    let (_, _, err) = run(&["init"]);
    assert!(err.contains("--maalform <nb|nn>"), "{err}");
    // Both usage lines on lines of their own (not an escaped "\n"), and the
    // help hint names the command once.
    assert!(!err.contains("\\n"), "{err}");
    assert!(
        err.lines()
            .any(|l| l.trim() == "bti init --fra <KOMMUNE> [--navn <NAVN>] <ID> [DIR]"),
        "{err}"
    );
    assert!(err.contains("Se «bti init --help»"), "{err}");
    let page = std::fs::read_to_string("man/bti-init.1").unwrap();
    assert!(page.contains("\\-\\-maalform <nb|nn> init"), "{page}");
}

#[test]
fn hjelp_and_help_are_help() {
    let (code, want, _) = run(&["--help"]);
    assert_eq!(code, 0);
    for args in [&["hjelp"][..], &["help"][..]] {
        assert_eq!(run(args), (0, want.clone(), String::new()), "{args:?}");
    }
    let (code, frist, _) = run(&["frist", "--help"]);
    assert_eq!(code, 0);
    assert_eq!(run(&["hjelp", "frist"]).1, frist);
    assert_eq!(run(&["-k", "sirdal", "help", "frist"]).1, frist);
    for args in [
        &["--help"][..],
        &["-h"][..],
        &["frist", "--help"][..],
        &["init", "-h"][..],
        &["tjenester", "--help"][..],
    ] {
        let (_, out, _) = run(args);
        assert_eq!(engelsk(&out), None, "bti {args:?}:\n{out}");
    }
}

#[test]
fn empty_environment_variables_count_as_unset() {
    let plain = run(&["-k", "sirdal", "--i-dag", "2018-11-01", "frist"]);
    assert_eq!(plain.0, 0);
    for var in ["BTI_DATA", "BTI_KOMMUNE", "BTI_MAALFORM", "BTI_I_DAG"] {
        let out = bti()
            .env(var, "")
            .args(["-k", "sirdal", "--i-dag", "2018-11-01", "frist"])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{var}=: {err}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), plain.1, "{var}=");
    }
    // A bad value from the environment names the variable, not a flag the user never gave.
    let out = bti()
        .env("BTI_I_DAG", "i går")
        .args(["frist"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        err.contains("BTI_I_DAG") && !err.contains("--i-dag"),
        "{err}"
    );
}

#[test]
fn man_pages_have_norwegian_headings_and_no_empty_sections() {
    for entry in std::fs::read_dir("man").unwrap() {
        let path = entry.unwrap().path();
        let page = std::fs::read_to_string(&path).unwrap();
        let headings: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
        for h in ["NAVN", "SYNOPSIS", "BESKRIVELSE", "VALG"] {
            assert!(
                headings.contains(&format!(".SH {h}").as_str()),
                "{}: {headings:?}",
                path.display()
            );
        }
        for en in [
            "NAME",
            "DESCRIPTION",
            "OPTIONS",
            "SUBCOMMANDS",
            "EXTRA",
            "VERSION",
        ] {
            assert!(
                !headings.contains(&format!(".SH {en}").as_str()),
                "{}: {en}",
                path.display()
            );
        }
        assert_eq!(engelsk(&page), None, "{}", path.display());
        // No section is empty: some text follows every heading before the next.
        let lines: Vec<&str> = page.lines().collect();
        for (i, l) in lines.iter().enumerate() {
            if l.starts_with(".SH ") {
                let body = lines[i + 1..]
                    .iter()
                    .take_while(|x| !x.starts_with(".SH "))
                    .filter(|x| {
                        !x.starts_with(".ie ") && !x.starts_with(".el ") && !x.trim().is_empty()
                    })
                    .count();
                assert!(body > 0, "{}: empty {l}", path.display());
            }
        }
    }
}
