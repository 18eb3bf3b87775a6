//! `bti vurdering`: each of Bufdir's criteria on a small data folder, the
//! five shipped municipalities, an `init` folder, and every format.

use std::collections::HashMap;

use serde_json::Value;

use crate::util::{json, run, tree};

const KOMMUNE: &str = "navn = \"T kommune\"\nmaalform = \"nb\"\n";

/// Each criterion's element, by id, for a folder `kommuner/t/` holding `files`.
fn vurder(files: &[(&str, &str)]) -> HashMap<String, Value> {
    let mut alle: Vec<(String, String)> = vec![("kommuner/t/kommune.toml".into(), KOMMUNE.into())];
    for (f, t) in files {
        alle.retain(|(p, _)| p != &format!("kommuner/t/{f}"));
        alle.push((format!("kommuner/t/{f}"), (*t).into()));
    }
    let refs: Vec<(&str, &str)> = alle.iter().map(|(p, t)| (p.as_str(), t.as_str())).collect();
    let dir = tree(&refs);
    let d = dir.path().to_str().unwrap();
    json(&[
        "--data",
        d,
        "-k",
        "t",
        "--i-dag",
        "2026-12-02",
        "--format",
        "json",
        "vurdering",
    ])
    .into_iter()
    .map(|v| (v["id"].as_str().unwrap().to_string(), v))
    .collect()
}

fn status(v: &HashMap<String, Value>, id: &str) -> String {
    v[id]["status"].as_str().unwrap().to_string()
}

fn belegg(v: &HashMap<String, Value>, id: &str) -> String {
    v[id]["belegg"].to_string()
}

fn plan(status: &str, hva: &str) -> String {
    format!(
        "[[plan]]\nid = \"p\"\nnavn = \"Plan\"\n\n[[plan.aktivitet]]\nid = \"a\"\nhva = \"{hva}\"\nfrist = \"2025-01-10\"\nstatus = \"{status}\"\n"
    )
}

fn arena(nivaa: &str, navn: &str, formaal: &str) -> String {
    format!(
        "[[arena]]\nid = \"{nivaa}-a\"\nnavn = \"{navn}\"\nnivaa = \"{nivaa}\"\nformaal = \"{formaal}\"\n"
    )
}

#[test]
fn nothing_registered_is_unknown_never_not_met() {
    let v = vurder(&[]);
    assert_eq!(v.len(), 15);
    for (id, e) in &v {
        assert_eq!(e["status"], "ukjent", "{id}");
        assert_eq!(e["kommune"], "t");
        assert!(
            ["krav", "anbefaling"].contains(&e["art"].as_str().unwrap()),
            "{id}"
        );
        assert!(!e["kilde"].as_str().unwrap().is_empty(), "{id}");
        assert!(e["belegg"].as_array().unwrap().is_empty());
        assert!(e["mangler"].is_array());
    }
    assert_eq!(v["stafettholder"]["art"], "anbefaling");
    assert_eq!(v["samtykke"]["art"], "krav");
}

#[test]
fn elektronisk_is_the_website_field() {
    let v = vurder(&[(
        "kommune.toml",
        "navn = \"T kommune\"\nmaalform = \"nb\"\nnettside = \"https://t.example/bti\"\n",
    )]);
    assert_eq!(status(&v, "elektronisk"), "oppfylt");
    assert!(belegg(&v, "elektronisk").contains("https://t.example/bti"));
}

#[test]
fn levels_from_arenas_show_what_is_missing() {
    let arenaer =
        arena("kommune", "Styringsgruppe", "Leder arbeidet") + &arena("individ", "Team", "Møtes");
    let v = vurder(&[("arenaer.toml", &arenaer)]);
    assert_eq!(status(&v, "tre-nivaa"), "delvis");
    assert!(
        v["tre-nivaa"]["mangler"]
            .to_string()
            .contains("tjenestenivå")
    );
    assert_eq!(status(&v, "kommunenivaa"), "delvis");
    // Arenas are registered, none on the service level: the data shows the lack.
    assert_eq!(status(&v, "tjenestenivaa"), "ikke-oppfylt");
    assert!(belegg(&v, "kommunenivaa").contains("Styringsgruppe"));
}

#[test]
fn levels_described_in_kommune_toml_are_met() {
    let mut k = KOMMUNE.to_string();
    for n in ["kommune", "tjeneste", "individ"] {
        k.push_str(&format!(
            "\n[[modellnivaa]]\nid = \"{n}\"\nnavn = \"T - {n}\"\n"
        ));
    }
    let v = vurder(&[("kommune.toml", &k)]);
    for id in ["tre-nivaa", "kommunenivaa", "tjenestenivaa"] {
        assert_eq!(status(&v, id), "oppfylt", "{id}");
    }
}

#[test]
fn a_plan_row_counts_by_its_status() {
    let v = vurder(&[(
        "framdrift.toml",
        &plan("fullfort", "Handlingsveileder ferdig"),
    )]);
    assert_eq!(status(&v, "handlingsveileder"), "oppfylt");
    assert!(belegg(&v, "handlingsveileder").contains("plan «p», rad «a»"));
    let v = vurder(&[(
        "framdrift.toml",
        &plan("pagar", "Kartlegging av tjenestene"),
    )]);
    assert_eq!(status(&v, "kartlegging"), "delvis");
    // Planned, and its deadline has passed: missing, and said to be out of date.
    let v = vurder(&[(
        "framdrift.toml",
        &plan("planlagt", "Kartlegging av tjenestene"),
    )]);
    assert_eq!(status(&v, "kartlegging"), "ukjent");
    let mangler = v["kartlegging"]["mangler"].to_string();
    assert!(
        mangler.contains("fristen er passert – status er fortsatt «planlagt»"),
        "{mangler}"
    );
}

#[test]
fn the_own_guide_is_the_handlingsveileder() {
    // Sogndal has its own veileder.toml with a guide; Strand has none.
    let sogndal = json(&["-k", "sogndal", "--format", "json", "vurdering"]);
    let h = sogndal
        .iter()
        .find(|e| e["id"] == "handlingsveileder")
        .unwrap();
    assert_eq!(h["status"], "oppfylt");
    assert!(h["belegg"].to_string().contains("veileder.toml"));
}

#[test]
fn roles_arenas_and_fields_are_evidence() {
    let v = vurder(&[
        (
            "roller.toml",
            "[[rolle]]\nid = \"stafettholder-t\"\nnavn = \"Stafettholder i T\"\n",
        ),
        (
            "kommune.toml",
            "navn = \"T kommune\"\nmaalform = \"nb\"\nstafettlogg = \"Conexus\"\n\n[[modellnivaa]]\nid = \"individ\"\nnavn = \"T\"\npunkter = [\"Medvirkning\", \"Samarbeidsavtaler\"]\n",
        ),
        (
            "arenaer.toml",
            &(arena("individ", "Logg", "Etter samtykke fra foreldrene")
                + &arena("kommune", "Brukerråd", "Brukermedvirkning i alle planer")),
        ),
        (
            "framdrift.toml",
            &plan(
                "fullfort",
                "Evaluering og fagdag om tegn og signaler; vedtak i kommunestyret",
            ),
        ),
    ]);
    for id in [
        "stafettholder",
        "stafettlogg",
        "samtykke",
        "medvirkning",
        "brukermedvirkning",
        "samarbeidsavtaler",
        "evaluering",
        "kompetanse",
        "forankring",
    ] {
        assert_eq!(status(&v, id), "oppfylt", "{id}: {}", v[id]);
    }
    assert!(belegg(&v, "stafettholder").contains("roller.toml: rolle «Stafettholder i T»"));
    assert!(belegg(&v, "stafettlogg").contains("kommune.toml: stafettlogg «Conexus»"));
    assert!(belegg(&v, "samtykke").contains("arenaer.toml: arena «Logg»"));
}

#[test]
fn the_five_municipalities_in_every_format() {
    for k in ["strand", "sirdal", "austrheim", "sogndal", "inderoy"] {
        let v = json(&[
            "-k",
            k,
            "--i-dag",
            "2026-12-02",
            "--format",
            "json",
            "vurdering",
        ]);
        assert_eq!(v.len(), 15, "{k}");
        for e in &v {
            let s = e["status"].as_str().unwrap();
            assert!(
                ["oppfylt", "delvis", "ikke-oppfylt", "ukjent"].contains(&s),
                "{k}: {s}"
            );
        }
    }
    // Hand-checked: Strand describes all three levels of its BTS model.
    let strand = json(&["-k", "strand", "--format", "json", "vurdering"]);
    assert!(
        strand
            .iter()
            .filter(|e| e["id"].as_str().unwrap().ends_with("nivaa"))
            .all(|e| e["status"] == "oppfylt")
    );
    // Austrheim has only the council case: its plan rows are planned, not done.
    let austrheim = json(&[
        "-k",
        "austrheim",
        "--i-dag",
        "2026-12-02",
        "--format",
        "json",
        "vurdering",
    ]);
    let kartlegging = austrheim.iter().find(|e| e["id"] == "kartlegging").unwrap();
    assert_eq!(kartlegging["status"], "ukjent");
    assert!(
        kartlegging["mangler"]
            .to_string()
            .contains("bufdir-kriterier")
    );
    let all = json(&["--format", "json", "vurdering"]);
    assert_eq!(all.len(), 75);
    for f in ["table", "markdown", "tsv", "csv"] {
        let (code, out, err) = run(&["-k", "sogndal", "--format", f, "vurdering"]);
        assert_eq!(code, 0, "{f}: {err}");
        assert!(out.contains("samtykke"), "{f}");
    }
    let (_, md, _) = run(&["-k", "strand", "--format", "markdown", "vurdering"]);
    assert!(md.starts_with("| Kriterium | Art | Status |"), "{md}");
    assert!(md.contains("Helsedirektoratet, Nasjonal faglig retningslinje"));
}

#[test]
fn nynorsk_says_not_registered_in_nynorsk() {
    let (code, out, _) = run(&["-k", "austrheim", "vurdering"]);
    assert_eq!(code, 0);
    assert!(out.contains("ikkje registrert i dataa"), "{out}");
    assert!(out.contains("tilråding"));
    assert!(!out.contains("ikke registrert"));
    let (_, nb, _) = run(&["-k", "strand", "vurdering"]);
    assert!(nb.contains("ikke registrert i dataene") || !nb.contains("ikkje"));
}

#[test]
fn an_init_folder_is_assessed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let (code, _, err) = run(&[
        "--maalform",
        "nn",
        "init",
        "minby",
        "--navn",
        "Minby kommune",
        "--vedtak",
        "2025-03-01",
        d,
    ]);
    assert_eq!(code, 0, "{err}");
    let v = json(&[
        "--data",
        d,
        "-k",
        "minby",
        "--i-dag",
        "2026-12-02",
        "--format",
        "json",
        "vurdering",
    ]);
    assert_eq!(v.len(), 15);
    // The scaffolded plan has the grant's kartlegging row, planned.
    let k = v.iter().find(|e| e["id"] == "kartlegging").unwrap();
    assert!(
        k["mangler"].to_string().contains("kartlegg")
            || k["belegg"].to_string().contains("kartlegg"),
        "{k}"
    );
    let (code, out, err) = run(&["--data", d, "-k", "minby", "vurdering"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Minby kommune:"), "{out}");
}
