//! `bti frist` on the Sirdal plans with a fixed today, and the ics output
//! read back by an independent parser.

use crate::util::{bti, json, run, tree};

#[test]
fn default_window_on_sirdal() {
    let rows = json(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-11-01",
        "frist",
        "--format",
        "json",
    ]);
    let got: Vec<(&str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r["slutt"].as_str().unwrap(),
                r["frist_tekst"].as_str().unwrap(),
                r["hva"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("2018-11-07", "6.+7.11", "Nasjonal BTI-samling"),
            ("2018-11-26", "26.11", "Styringsgruppemøte"),
            ("2018-11-30", "Ila mnd", "Driftsstyremøte"),
            (
                "2018-11-30",
                "30.11",
                "Etterspørre status, gi tilbud om støtte"
            ),
        ]
    );
}

#[test]
fn default_window_table() {
    let (code, out, _) = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-11-01",
        "frist",
        "--dager",
        "7",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("tir. 6. november 2018 – ons. 7. november 2018"),
        "{out}"
    );
    assert!(out.contains("om 6 dager"), "{out}");
    assert!(out.contains("«6.+7.11»"), "{out}");
    assert!(
        out.contains("Driftsstyremøte"),
        "Ila mnd overlaps the window"
    );
    assert!(
        !out.contains("Styringsgruppemøte"),
        "26.11 is outside 7 days"
    );
    let (_, out, _) = run(&[
        "-k",
        "austrheim",
        "--i-dag",
        "2023-03-20",
        "frist",
        "--alle",
    ]);
    assert!(out.contains("om 3 dagar"), "nynorsk relative: {out}");
}

#[test]
fn forfalt_lists_open_rows_before_today() {
    let rows = json(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-11-01",
        "frist",
        "--forfalt",
        "--format",
        "json",
    ]);
    assert_eq!(rows.len(), 21);
    assert!(rows.iter().all(|r| r["dager_igjen"].as_i64().unwrap() < 0));
    assert_eq!(rows.first().unwrap()["frist_tekst"], "18/1");
    assert_eq!(rows.last().unwrap()["frist_tekst"], "26.10");
}

#[test]
fn json_fields_of_one_occurrence() {
    let rows = json(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-03-01",
        "frist",
        "--plan",
        "2018-var",
        "--dager",
        "10",
        "--format",
        "json",
    ]);
    let r = rows.iter().find(|r| r["frist_tekst"] == "Uke 10").unwrap();
    assert_eq!(r["kommune"], "sirdal");
    assert_eq!(r["plan"], "2018-var");
    assert_eq!(r["aktivitet"], "prosjektgruppe-mars");
    assert_eq!(r["naar"], "MARS");
    assert_eq!(r["hvem"], "Prosjektgruppa");
    assert_eq!(r["ansvar"], "Prosjektleder innkaller");
    assert_eq!(r["start"], "2018-03-05");
    assert_eq!(r["slutt"], "2018-03-09");
    assert_eq!(r["omtrentlig"], false);
    assert_eq!(r["lopende"], false);
    assert_eq!(r["status"], "planlagt");
    assert_eq!(r["dager_igjen"], 8);
    assert_eq!(r["ikke_oppdatert"], false);
    let keys: Vec<&String> = r.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "kommune",
            "plan",
            "aktivitet",
            "naar",
            "hva",
            "hvem",
            "ansvar",
            "frist_tekst",
            "start",
            "slutt",
            "omtrentlig",
            "lopende",
            "aar_ukjent",
            "uten_aar",
            "status",
            "dager_igjen",
            "ikke_oppdatert"
        ]
    );
}

#[test]
fn year_inference_across_new_year() {
    let rows = json(&[
        "-k",
        "sirdal",
        "frist",
        "--alle",
        "--plan",
        "2018-2019",
        "--format",
        "json",
    ]);
    let slutt = |frist: &str| {
        rows.iter().find(|r| r["frist_tekst"] == frist).unwrap()["slutt"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(slutt("26.10"), "2018-10-26");
    assert_eq!(slutt("23.01"), "2019-01-23");
    assert_eq!(slutt("12.06"), "2019-06-12");
}

#[test]
fn filters_ansvar_hvem_plan() {
    let rows = json(&[
        "-k",
        "sirdal",
        "frist",
        "--alle",
        "--ansvar",
        "voksenopplæringen",
        "--format",
        "json",
    ]);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["frist_tekst"], "Innen utgangen av mars");
    assert_eq!(rows[0]["slutt"], "2018-03-31");
    let rows = json(&[
        "-k",
        "sirdal",
        "frist",
        "--alle",
        "--hvem",
        "referansegruppa",
        "--format",
        "json",
    ]);
    assert_eq!(rows.len(), 1);
    let (code, _, err) = run(&["-k", "sirdal", "frist", "--plan", "2018-vaar"]);
    assert_eq!(code, 1);
    assert!(err.contains("planen «2018-vaar» finnes ikke"), "{err}");
    assert!(err.contains("2018-var"), "{err}");
}

#[test]
fn empty_window_names_the_nearest_deadlines() {
    let (code, out, _) = run(&["-k", "sirdal", "--i-dag", "2026-11-22", "frist"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "Ingen frister fra søn. 22. november 2026 til tir. 22. desember 2026.\n\
         Nærmeste tidligere frist: ons. 12. juni 2019 (for 7 år siden; Driftsstyremøte, Sirdal kommune)\n\
         Nærmeste senere frist: —\n\
         Vis alle med «bti -k sirdal frist --alle», eller «bti -k sirdal frist --fra 2019-06-05» (planene ligger i fortiden; se også --forfalt)\n"
    );
    assert_eq!(
        json(&[
            "-k",
            "sirdal",
            "--i-dag",
            "2026-11-22",
            "frist",
            "--format",
            "json"
        ])
        .len(),
        0
    );
}

#[test]
fn csv_and_tsv_have_a_header_and_one_row_per_occurrence() {
    let out = bti()
        .args(["-k", "sirdal", "frist", "--alle", "--format", "csv"])
        .output()
        .unwrap();
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(&headers[0], "kommune");
    assert_eq!(&headers[7], "frist_tekst");
    let records: Vec<csv::StringRecord> = rdr.records().map(Result::unwrap).collect();
    assert_eq!(
        records.len(),
        41,
        "40 activities, the December driftsstyre twice"
    );
    let out = bti()
        .args(["-k", "sirdal", "frist", "--alle", "--format", "tsv"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 42);
    assert!(text.lines().all(|l| l.split('\t').count() == 17));
    let header = text.lines().next().unwrap_or_default();
    assert!(
        header.contains("lopende") && header.contains("ikke_oppdatert"),
        "{header}"
    );
}

#[test]
fn ics_is_read_back_by_an_independent_parser() {
    use icalendar::{Component, DatePerhapsTime};
    let dir = tree(&[
        (
            "kommuner/test/kommune.toml",
            "navn = \"Testkommune\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/test/framdrift.toml",
            "[[plan]]\nid = \"p\"\nnavn = \"Plan\"\nstart = \"2018-08-01\"\nslutt = \"2019-06-30\"\n\n\
             [[plan.aktivitet]]\nid = \"vedtak\"\nhva = \"Vedtak, med komma; og semikolon\"\nfrist = \"13.09\"\nhvem = \"Kommunestyret\"\n\n\
             [[plan.aktivitet]]\nhva = \"Nasjonal samling med et svært langt navn som må brettes over flere linjer i kalenderfila\"\nfrist = \"6.+7.11\"\n\n\
             [[plan.aktivitet]]\nhva = \"Driftsstyre\"\nfrist = \"7.12 + 19.12\"\n\n\
             [[plan.aktivitet]]\nhva = \"Kartlegging\"\nfrist = \"6 måneder etter vedtak\"\n",
        ),
    ]);
    let ics = || {
        bti()
            .args([
                "--data",
                dir.path().to_str().unwrap(),
                "--i-dag",
                "2018-01-01",
                "frist",
                "--alle",
                "--format",
                "ics",
            ])
            .output()
            .unwrap()
    };
    let out = ics();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "CRLF only"
    );
    assert!(
        text.split("\r\n").all(|l| l.len() <= 75),
        "folded at 75 octets"
    );
    let unfolded = icalendar::parser::unfold(&text);
    let cal: icalendar::Calendar = icalendar::parser::read_calendar(&unfolded).unwrap().into();
    let events: Vec<_> = cal.events().collect();
    assert_eq!(events.len(), 5);
    let date = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::Date(d)) => d.to_string(),
        other => panic!("{other:?}"),
    };
    let got: Vec<(String, String, String)> = events
        .iter()
        .map(|e| {
            (
                date(e.get_start()),
                date(e.get_end()),
                e.get_summary().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got[0],
        (
            "2018-09-13".into(),
            "2018-09-14".into(),
            "Vedtak, med komma; og semikolon".into()
        )
    );
    assert_eq!(got[1].0, "2018-11-06");
    assert_eq!(got[1].1, "2018-11-08", "DTEND is exclusive");
    assert!(
        got[1]
            .2
            .starts_with("Nasjonal samling med et svært langt navn")
    );
    assert_eq!(
        (got[2].0.as_str(), got[3].0.as_str()),
        ("2018-12-07", "2018-12-19")
    );
    assert_eq!(got[4].0, "2019-03-13", "6 months after 13.09.2018");
    let uids: Vec<&str> = events.iter().map(|e| e.get_uid().unwrap()).collect();
    assert_eq!(uids[0], "test-p-vedtak-1@bti");
    // A row without id: a key from its content, never its position (SPEC §3.1).
    assert!(
        uids[2].starts_with("test-p-h") && uids[2].ends_with("-1@bti"),
        "{uids:?}"
    );
    assert_eq!(uids[3], uids[2].replace("-1@bti", "-2@bti"));
    assert!(!uids.iter().any(|u| u.contains("-p-3-")), "{uids:?}");
    assert!(
        events[0]
            .get_description()
            .unwrap()
            .contains("Hvem: Kommunestyret")
    );
    // Stable: the same input gives the same bytes.
    let again = ics();
    assert_eq!(again.stdout, text.as_bytes());
}

/// SPEC §3.1 `ikke_oppdatert`: a passed deadline on a row still marked
/// planned, in every format of `frist`, counted by `kommuner`, warned by `sjekk`.
#[test]
fn a_passed_deadline_still_planned_is_marked_in_every_format() {
    let v = json(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2019-01-01",
        "frist",
        "--alle",
        "--format",
        "json",
    ]);
    let rad = |id: &str| v.iter().find(|e| e["aktivitet"] == id).unwrap().clone();
    assert_eq!(rad("oppstartsmote-conexus")["ikke_oppdatert"], true);
    assert_eq!(rad("fase-1")["ikke_oppdatert"], false, "fullført");
    assert!(v.iter().all(|e| e["ikke_oppdatert"].is_boolean()));
    let (_, tabell, _) = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2019-01-01",
        "frist",
        "--forfalt",
    ]);
    assert!(
        tabell.contains("fristen er passert – status er fortsatt «planlagt»"),
        "{tabell}"
    );
    let (_, nn, _) = run(&[
        "-k",
        "sirdal",
        "--maalform",
        "nn",
        "--i-dag",
        "2019-01-01",
        "frist",
        "--forfalt",
    ]);
    assert!(
        nn.contains("fristen er passert – status er framleis «planlagt»"),
        "{nn}"
    );
    for f in ["csv", "tsv"] {
        let (_, out, _) = run(&[
            "-k",
            "sirdal",
            "--i-dag",
            "2019-01-01",
            "frist",
            "--alle",
            "--format",
            f,
        ]);
        assert!(
            out.lines().next().unwrap().contains("ikke_oppdatert"),
            "{f}"
        );
        assert!(out.contains("true"), "{f}");
    }
    let (_, ics, _) = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2019-01-01",
        "frist",
        "--alle",
        "--format",
        "ics",
    ]);
    assert!(ics.contains("fristen er passert"), "{ics}");
    let (_, md, _) = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2019-01-01",
        "frist",
        "--forfalt",
        "--format",
        "markdown",
    ]);
    assert!(md.contains("fristen er passert"));
}

#[test]
fn kommuner_counts_the_rows_not_updated() {
    let tell = |i_dag: &str| -> Vec<(String, u64)> {
        json(&["--i-dag", i_dag, "kommuner", "--format", "json"])
            .iter()
            .map(|k| {
                (
                    k["id"].as_str().unwrap().to_string(),
                    k["ikke_oppdatert"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    let naa = tell("2026-12-02");
    for id in ["sirdal", "strand", "inderoy"] {
        assert!(naa.iter().any(|(k, n)| k == id && *n > 0), "{id}: {naa:?}");
    }
    assert!(tell("2000-01-01").iter().all(|(_, n)| *n == 0));
    let (_, tabell, _) = run(&["--i-dag", "2026-12-02", "kommuner"]);
    assert!(
        tabell.contains("rader ikke oppdatert (fristen er passert)"),
        "{tabell}"
    );
}

#[test]
fn sjekk_warns_about_rows_not_updated_with_their_position() {
    let (code, out, _) = run(&["--i-dag", "2019-01-01", "sjekk"]);
    assert_eq!(code, 0, "a warning: {out}");
    assert!(
        out.contains("<innebygd>/kommuner/sirdal/framdrift.toml:17:9: advarsel: frist tor. 18. januar 2018: fristen er passert – status er fortsatt «planlagt»"),
        "{out}"
    );
    let v = json(&["--i-dag", "2019-01-01", "sjekk", "--format", "json"]);
    assert!(
        v.iter()
            .any(|d| d["kode"] == "ikke-oppdatert" && d["linje"] == 17)
    );
}

#[test]
fn an_empty_selection_says_so_on_stderr_in_every_format() {
    for f in ["ics", "csv", "tsv", "json", "markdown"] {
        let (code, out, err) = run(&[
            "-k",
            "sirdal",
            "--i-dag",
            "2030-01-01",
            "frist",
            "--format",
            f,
        ]);
        assert_eq!(code, 0, "{f}");
        assert!(err.contains("Ingen frister fra"), "{f}: {err}");
        assert!(err.contains("Nærmeste tidligere frist:"), "{f}: {err}");
        assert!(!out.contains("Ingen frister"), "{f}: stdout stays clean");
    }
    let (_, out, _) = run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2030-01-01",
        "frist",
        "--format",
        "json",
    ]);
    assert_eq!(out.trim(), "[]");
}
