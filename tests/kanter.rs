//! Rough edges found when bti was tried as users would (issue 25, item 4).

use crate::util::{bti, json, run, tree};

#[test]
fn unknown_command_suggests_the_closest_first() {
    let (code, _, err) = run(&["gide"]);
    assert_eq!(code, 2);
    assert!(err.contains("mente du «guide»?"), "{err}");
    for ord in ["veileder", "veiledning"] {
        let (_, _, err) = run(&[ord]);
        assert!(err.contains("mente du «guide»?"), "{ord}: {err}");
    }
    let (_, _, err) = run(&["--maalform", "nn", "rettleiing"]);
    assert!(err.contains("meinte du «guide»?"), "{err}");
}

#[test]
fn a_bad_bti_kommune_names_the_variable() {
    let out = bti()
        .env("BTI_KOMMUNE", "xyz")
        .arg("tjenester")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("BTI_KOMMUNE"), "{err}");
}

#[test]
fn the_long_format_help_lists_the_values() {
    let (_, out, _) = run(&["frist", "--help"]);
    let i = out.find("--format <FMT>").unwrap();
    let del = &out[i..i + 1200];
    assert!(del.contains("verdier: table, json, tsv, csv,"), "{del}");
    assert!(del.contains("xlsx"), "{del}");
}

#[test]
fn arenaer_shows_purpose_and_members_and_takes_a_service_name() {
    let (_, out, _) = run(&["-k", "sirdal", "arenaer", "--i-dag", "2018-09-01"]);
    assert!(out.contains("Formål") && out.contains("Deltakere"), "{out}");
    assert!(
        out.contains("BTI-arbeidet"),
        "the purpose is in the table: {out}"
    );
    let by_id = json(&[
        "-k",
        "sirdal",
        "arenaer",
        "--tjeneste",
        "ppt-lister",
        "--format",
        "json",
    ]);
    let by_name = json(&[
        "-k",
        "sirdal",
        "arenaer",
        "--tjeneste",
        "ppt lister",
        "--format",
        "json",
    ]);
    assert!(!by_id.is_empty());
    assert_eq!(by_id, by_name);
    let (code, _, err) = run(&["-k", "sirdal", "arenaer", "--tjeneste", "lister"]);
    assert_eq!(
        code, 2,
        "a name that fits several is an error that lists them"
    );
    assert!(
        err.contains("«Lister barnevern»") && err.contains("«PPT Lister»"),
        "{err}"
    );
}

#[test]
fn a_municipalitys_own_synonyms_find_its_own_services_only() {
    let tjeneste = "[[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT\"\nkategori = \"ppt\"\n";
    let dir = tree(&[
        (
            "kommuner/a/kommune.toml",
            "navn = \"A\"\nmaalform = \"nb\"\n",
        ),
        ("kommuner/a/tjenester.toml", tjeneste),
        (
            "kommuner/a/synonymer.toml",
            "[[synonym]]\nord = [\"kontoret\"]\nbetyr = [\"ppt\"]\n",
        ),
        (
            "kommuner/b/kommune.toml",
            "navn = \"B\"\nmaalform = \"nb\"\n",
        ),
        ("kommuner/b/tjenester.toml", tjeneste),
    ]);
    let d = dir.path().to_str().unwrap();
    let v = json(&["--data", d, "tjenester", "kontoret", "--format", "json"]);
    let kommuner: Vec<&str> = v.iter().map(|e| e["kommune"].as_str().unwrap()).collect();
    assert_eq!(kommuner, ["a"], "B's PPT is not A's «kontoret»");
}

#[test]
fn a_search_for_what_is_not_registered_says_so_and_where_to_turn() {
    let (code, out, _) = run(&["-k", "sirdal", "tjenester", "skolehelsetjenesten"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("«skolehelsetjenesten» er ikke registrert i dataene for Sirdal kommune."),
        "{out}"
    );
    assert!(out.contains("Nærmeste: «Helsestasjon»"), "{out}");
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "barnevernvakt"]);
    assert!(out.contains("«Lister barnevern»"), "{out}");
    assert!(
        out.contains("Alarmtelefonen for barn og unge, 116 111"),
        "{out}"
    );
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "politi"]);
    assert!(out.contains("02800"), "{out}");
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "logoped"]);
    assert!(out.contains("«logoped» er ikke registrert"), "{out}");
    assert!(out.contains("bti -k sirdal tjenester"), "{out}");
    let (_, nn, _) = run(&["-k", "sogndal", "tjenester", "politi"]);
    assert!(
        nn.contains("er ikkje registrert i dataa for Sogndal kommune"),
        "{nn}"
    );
}
