//! The corrections of the line-by-line audit of `data/` against the seeds
//! (issue #13, item 4): each checked through the binary, and, where the seed
//! copies are at hand (`../shared/seeds`), against the seed text itself.

use crate::util::{json, run};

fn ids(rows: &[serde_json::Value]) -> Vec<String> {
    rows.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

/// The seed text of a municipality, or `None` (then the check is skipped).
fn seed(prefix: &str) -> Option<String> {
    let dir = std::path::Path::new("../shared/seeds");
    let entry = std::fs::read_dir(dir)
        .ok()?
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().starts_with(prefix))?;
    std::fs::read_to_string(entry.path()).ok()
}

fn in_seed(prefix: &str, texts: &[&str]) {
    let Some(s) = seed(prefix) else {
        eprintln!("seeds not found: skipping the verbatim check");
        return;
    };
    for t in texts {
        assert!(s.contains(t), "{prefix}: «{t}» is not in the seed");
    }
}

#[test]
fn sogndal_services_and_levels_as_the_seed_has_them() {
    let t = json(&["-k", "sogndal", "tjenester", "--format", "json"]);
    let ids = ids(&t);
    assert!(
        ids.contains(&"nav".into()) && ids.contains(&"helse-og-levekar".into()),
        "{ids:?}"
    );
    for r in &t {
        if matches!(r["id"].as_str(), Some("ppt" | "barnevern")) {
            assert!(r["nivaa"].is_null(), "{r}");
        }
    }
    let a = json(&["-k", "sogndal", "arenaer", "--format", "json"]);
    assert!(a.iter().any(|x| x["navn"] == "Kommunalt innsatsteam for trygt og godt barnehage og skulemiljø"));
    in_seed(
        "003_",
        &[
            "helse- og levekårstenestene, barnevern og NAV",
            "trygt og godt barnehage og skulemiljø",
        ],
    );
}

#[test]
fn sogndal_says_where_its_text_is_reconstructed() {
    for nr in ["0", "1", "2", "3", "4"] {
        let (_, out, _) = run(&["-k", "sogndal", "nivaa", nr]);
        assert!(
            out.contains("tekst rekonstruert frå ei ufullstendig kjelde"),
            "nivå {nr}: {out}"
        );
    }
    let r = json(&["-k", "sogndal", "roller", "--format", "json"]);
    let s = r.iter().find(|x| x["id"] == "stafettholder").unwrap();
    assert!(
        s["lokale_foringar"]
            .as_str()
            .unwrap()
            .contains("tekst rekonstruert frå ei ufullstendig kjelde")
    );
}

#[test]
fn the_coordinator_ending_the_stafett_is_sogndals_not_national() {
    let n = json(&["roller", "--format", "json"]);
    let k = n.iter().find(|x| x["id"] == "koordinator").unwrap();
    let all = k.to_string();
    assert!(!all.contains("avsluttes stafettholderrollen"), "{all}");
    let s = json(&["-k", "sogndal", "roller", "--format", "json"]);
    let k = s.iter().find(|x| x["id"] == "koordinator").unwrap();
    assert_eq!(k["fra"], "sogndal");
    assert!(k.to_string().contains("avsluttar stafetthaldar-rolla"));
}

#[test]
fn sirdal_arenas_website_and_tasks() {
    let a = ids(&json(&["-k", "sirdal", "arenaer", "--format", "json"]));
    for id in [
        "driftsstyre",
        "referansegruppe",
        "prosjektgruppen",
        "styringsgruppen",
        "interkommunal-koordineringsgruppe",
        "interkommunale-arbeidsgrupper",
        "kommunale-arbeidsgrupper",
        "pedagogisk-team",
    ] {
        assert!(a.contains(&id.to_string()), "{id}: {a:?}");
    }
    let k = json(&["-k", "sirdal", "kommuner", "--format", "json"]);
    assert_eq!(k[0]["nettside"], "https://www.btilister.no/");
    let r = json(&["-k", "sirdal", "roller", "--format", "json"]);
    let oppgaver = |id: &str| r.iter().find(|x| x["id"] == id).unwrap()["oppgaver"].to_string();
    assert!(!oppgaver("superbruker").contains("Stafettholderne sender til superbrukeren"));
    assert!(
        oppgaver("stafettholder-proveperioden")
            .contains("Stafettholderne sender til superbrukeren")
    );
    in_seed(
        "001_",
        &[
            "<https://www.btilister.no/>",
            "interkommunale arbeidsgrupper og kommunale arbeidsgrupper etter behov",
            "Legge saken frem for pedagogisk team for vurdering",
            "Stafettholderne sender til superbrukeren\t14/5\tStafettholdere",
        ],
    );
}

#[test]
fn strand_arenas_verbatim_date_and_statuses() {
    let a = ids(&json(&["-k", "strand", "arenaer", "--format", "json"]));
    for id in ["levekarsutvalget", "ungdomsradet", "fau-su"] {
        assert!(a.contains(&id.to_string()), "{id}: {a:?}");
    }
    let f = json(&["-k", "strand", "frist", "--alle", "--format", "json"]);
    let row = |id: &str| f.iter().find(|x| x["aktivitet"] == id).unwrap().clone();
    let l = row("forankring-levekarsutvalget");
    assert_eq!(
        (l["frist_tekst"].as_str(), l["slutt"].as_str()),
        (Some("15.09.20"), Some("2020-09-15"))
    );
    assert_eq!(row("brukermedvirkning-unge")["status"], "pagar");
    assert_eq!(row("brukermedvirkning-foresatte")["status"], "pagar");
    assert_eq!(row("horing-fau-su")["status"], "planlagt");
    in_seed(
        "000_",
        &[
            "Levekårsutvalget 15.09.20",
            "gjennomføres våren 2021",
            "FAU og SU (barnehager)",
        ],
    );
}

#[test]
fn inderoy_works_with_steinkjer_and_snaasa_and_the_development_is_under_way() {
    let f = json(&["-k", "inderoy", "frist", "--alle", "--format", "json"]);
    let row = |id: &str| f.iter().find(|x| x["aktivitet"] == id).unwrap().clone();
    assert_eq!(
        row("fagdager")["hvem"],
        "Inderøy kommune sammen med Steinkjer og Snåsa"
    );
    assert_eq!(row("utviklingsprosess")["status"], "pagar");
    in_seed(
        "004_",
        &[
            "Vi arbeider derfor sammen i dette prosjektet",
            "Prosjektet har hatt egen styringsgruppe og prosjektgruppe",
        ],
    );
}

#[test]
fn sirdal_contacts_point_at_its_own_website_not_the_veileder() {
    let out = crate::util::bti()
        .args(["-k", "sirdal", "guide", "--plain"])
        .write_stdin("4\n1\n1\n4\n1\n1\n2\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("www.sirdal.kommune.no"), "{text}");
    assert!(!text.contains("btilister"), "{text}");
}
