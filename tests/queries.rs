//! `tjenester`, `arenaer`, `roller`, `nivaa` on the seed data and fixtures.

use crate::util::{bti, json, run, tree};

#[test]
fn tjenester_hels_finds_the_health_station() {
    let t = json(&["tjenester", "hels", "--format", "json"]);
    assert!(
        t.iter()
            .any(|x| x["kommune"] == "sirdal" && x["navn"] == "Helsestasjon")
    );
    assert!(t.iter().all(|x| x["kommune"].is_string()));
}

#[test]
fn all_words_must_match() {
    let t = json(&[
        "-k",
        "sirdal",
        "tjenester",
        "barnevern",
        "lister",
        "--format",
        "json",
    ]);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0]["id"], "lister-barnevern");
    assert_eq!(t[0]["navn"], "Lister barnevern");
}

#[test]
fn folded_search_finds_ovre() {
    let t = json(&["tjenester", "ovre", "--format", "json"]);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0]["navn"], "Øvre Sirdal barnehage");
}

#[test]
fn tjenester_json_carries_every_key() {
    let t = json(&["-k", "sirdal", "tjenester", "ppt", "--format", "json"]);
    let keys: Vec<&String> = t[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "kommune",
            "id",
            "navn",
            "kategori",
            "kategorier",
            "beskrivelse",
            "nivaa",
            "maalgruppe",
            "interkommunal",
            "telefon",
            "epost",
            "kontakt",
            "nettside",
            "adresse",
            "apningstid",
            "sokeord",
            "kilde"
        ]
    );
    assert!(t[0]["telefon"].is_null());
    assert_eq!(t[0]["kontakt"], serde_json::json!([]), "always a list");
    assert!(
        t[0]["kilde"]
            .as_str()
            .unwrap()
            .starts_with("sirdal-bti-2018, ")
    );
}

#[test]
fn kategori_and_nivaa_filters() {
    let t = json(&["tjenester", "--kategori", "ppt", "--format", "json"]);
    assert!(!t.is_empty());
    assert!(t.iter().all(|x| x["kategori"] == "ppt"));
    let (code, _, err) = run(&["tjenester", "--kategori", "pp"]);
    assert_eq!(code, 1);
    assert!(err.contains("ukjent kategori «pp»"), "{err}");
    let t = json(&[
        "-k",
        "sogndal",
        "tjenester",
        "--nivaa",
        "3",
        "--format",
        "json",
    ]);
    assert!(
        t.iter()
            .all(|x| x["nivaa"].as_array().unwrap().contains(&3.into()))
    );
}

#[test]
fn arenaer_for_a_tjeneste() {
    let a = json(&[
        "-k",
        "sirdal",
        "arenaer",
        "--tjeneste",
        "ppt-lister",
        "--format",
        "json",
    ]);
    let ids: Vec<&str> = a.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["referansegruppe"]);
    let (code, _, err) = run(&["-k", "sirdal", "arenaer", "--tjeneste", "ppt-listr"]);
    assert_eq!(code, 1);
    assert_eq!(
        err,
        "bti: tjenesten «ppt-listr» finnes ikke\n  mente du: ppt-lister\n"
    );
}

#[test]
fn neste_mote_moves_with_today() {
    let neste = |dag: &str| {
        let a = json(&[
            "-k",
            "sirdal",
            "--i-dag",
            dag,
            "arenaer",
            "driftsstyre",
            "--format",
            "json",
        ]);
        a[0]["neste_mote"].clone()
    };
    assert_eq!(neste("2018-10-01"), "2018-10-26");
    assert_eq!(neste("2018-12-08"), "2018-12-19");
    assert_eq!(neste("2019-06-12"), "2019-06-12");
    assert!(neste("2019-06-13").is_null());
}

#[test]
fn arenaer_nivaa_filter() {
    let a = json(&["arenaer", "--nivaa", "individ", "--format", "json"]);
    assert!(a.iter().all(|x| x["nivaa"] == "individ"));
    let (code, _, _) = run(&["arenaer", "--nivaa", "land"]);
    assert_eq!(code, 2);
}

#[test]
fn roller_merge_national_and_own() {
    let r = json(&["roller", "--format", "json"]);
    assert!(
        r.iter()
            .all(|x| x["fra"] == "nasjonal" && x["kommune"].is_null())
    );
    let r = json(&["-k", "sogndal", "roller", "--format", "json"]);
    let stafett = r.iter().find(|x| x["id"] == "stafettholder").unwrap();
    assert_eq!(
        stafett["fra"], "sogndal",
        "the municipality's entry wins by id"
    );
    assert_eq!(stafett["kommune"], "sogndal");
    let r = json(&["-k", "sirdal", "roller", "--format", "json"]);
    assert!(r.iter().any(|x| x["fra"] == "nasjonal"));
    assert!(r.iter().any(|x| x["fra"] == "sirdal"));
}

#[test]
fn nivaa_shows_one_level_in_full() {
    let (code, out, _) = run(&["nivaa", "0"]);
    assert_eq!(code, 0);
    assert!(out.contains("Definer undringen"));
    let (code, _, err) = run(&["nivaa", "4"]);
    assert_eq!(code, 1);
    assert!(err.contains("nivå 4 finnes ikke"), "{err}");
    let (code, out, _) = run(&["-k", "sogndal", "nivå", "4"]);
    assert_eq!(code, 0, "Sogndal's own level 4");
    // Sogndal writes nynorsk: the source is a «kjelde», shown by its title.
    assert!(out.contains("kjelde      Sogndal kommune: "), "{out}");
}

#[test]
fn lang_prints_every_field_with_dashes() {
    let dir = tree(&[
        (
            "kommuner/t/kommune.toml",
            "navn = \"T\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/t/tjenester.toml",
            "[[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT T\"\nkategori = \"ppt\"\n",
        ),
    ]);
    let (code, out, _) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "tjenester",
        "--lang",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "PPT T (T)\n  id             ppt\n  kategori       ppt\n  beskrivelse    —\n  nivå           —\n  målgruppe      —\n  interkommunal  —\n  telefon        —\n  e-post         —\n  nettside       —\n  adresse        —\n  åpningstid     —\n  kilde          —\n"
    );
}

#[test]
fn csv_reads_back() {
    let out = bti()
        .args(["tjenester", "--format", "csv"])
        .output()
        .unwrap();
    let mut rdr = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(&rdr.headers().unwrap()[1], "id");
    let n = rdr.records().map(Result::unwrap).count();
    let j = json(&["tjenester", "--format", "json"]);
    assert_eq!(n, j.len());
}

#[test]
fn markdown_is_a_github_table() {
    let (_, out, _) = run(&["-k", "sirdal", "arenaer", "--format", "markdown"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("| Navn | Formål | Hyppighet | Innkaller | Neste møte | Deltakere |")
    );
    assert_eq!(lines.next(), Some("|---|---|---|---|---|---|"));
}

#[test]
fn tables_fit_80_columns() {
    for args in [
        vec!["tjenester"],
        vec!["-k", "sirdal", "tjenester"],
        vec!["-k", "sirdal", "--i-dag", "2018-11-01", "arenaer"],
        vec!["-k", "sirdal", "--i-dag", "2018-11-01", "frist"],
        vec!["roller"],
        vec!["kommuner"],
    ] {
        let out = bti().env("BTI_BREDDE", "80").args(&args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines() {
            assert!(line.chars().count() <= 80, "{args:?}: {line}");
        }
        let name = args
            .iter()
            .map(|a| a.replace('-', ""))
            .collect::<Vec<_>>()
            .join("_");
        insta::assert_snapshot!(format!("table80_{name}"), text);
    }
}

#[test]
fn each_format_gets_its_rows_with_and_without_lang() {
    // Only the representation the format shows is built: --lang must not
    // empty the JSON, nor the JSON formats empty the table.
    for cmd in ["tjenester", "arenaer", "roller"] {
        let plain = json(&[cmd, "--format", "json"]);
        assert!(!plain.is_empty(), "{cmd}");
        assert_eq!(json(&[cmd, "--lang", "--format", "json"]), plain, "{cmd}");
        let (code, md, _) = run(&[cmd, "--lang", "--format", "markdown"]);
        assert_eq!(code, 0);
        assert_eq!(md.lines().count(), plain.len() + 2, "{cmd}: {md}");
        let (_, table, _) = run(&[cmd]);
        let (_, lang, _) = run(&[cmd, "--lang"]);
        assert!(table.contains('│') || table.contains('|'), "{cmd}: {table}");
        assert_ne!(table, lang, "{cmd}");
    }
    let k = json(&["kommuner", "--format", "json"]);
    assert_eq!(k.len(), 5);
    assert!(k.iter().all(|e| e["tjenester"].as_u64().is_some()));
    let (_, md, _) = run(&["kommuner", "--format", "markdown"]);
    assert_eq!(md.lines().count(), 7, "{md}");
}

/// Issue 21 §4: steps rebuilt from an incomplete source are marked in the
/// table itself, not only in a description the table hides; in JSON too.
#[test]
fn reconstructed_steps_are_marked_in_the_nivaa_table() {
    let (code, out, err) = crate::util::run(&["-k", "sogndal", "nivaa"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out.matches("(stega er rekonstruerte frå ei ufullstendig kjelde)")
            .count(),
        5,
        "{out}"
    );
    let (_, out, _) = crate::util::run(&["-k", "sogndal", "--format", "json", "nivaa"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .all(|n| n["rekonstruert"] == true)
    );
    let (_, out, _) = crate::util::run(&["nivaa"]);
    assert!(!out.contains("rekonstruert"), "{out}");
}
