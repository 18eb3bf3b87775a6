//! `[guide] arv = "nasjonal"`: a municipality adds its own rule to the
//! national nivå 0 graph without copying it (issue 27, SPEC §1.7).

use crate::util::{run, tree};

const KOMMUNE: &str = "navn = \"Testby kommune\"\nmaalform = \"nb\"\n";

fn med_veileder(veileder: &str) -> tempfile::TempDir {
    tree(&[
        ("kommuner/testby/kommune.toml", KOMMUNE),
        ("kommuner/testby/veileder.toml", veileder),
    ])
}

/// The walk «nei» → step 1 → step 2 «styrket» → re-check «nei» → step 3.
const TIL_STEG_3: &str = "4\n1\n1\n4\n";

#[test]
fn the_municipality_s_own_deadline_is_shown_as_its_own_on_the_national_graph() {
    let dir = med_veileder(
        "[guide]\narv = \"nasjonal\"\n\n[[guide.node]]\nid = \"steg-3\"\nfrist = \"2 uker\"\n",
    );
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 0, "{out}{err}");
    let out = crate::util::bti()
        .args([
            "--data",
            d,
            "-k",
            "testby",
            "guide",
            "--plain",
            "--undring",
            "2026-12-01",
        ])
        .args(["--i-dag", "2026-12-02"])
        .write_stdin(TIL_STEG_3)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // The national texts and choices are there, and the own deadline with them.
    assert!(text.contains("Del undringen med foreldrene"), "{text}");
    assert!(
        text.contains("Frist: 2 uker – innen tir. 15. desember 2026"),
        "{text}"
    );
}

#[test]
fn a_merged_id_that_does_not_exist_is_reported_with_the_nearest_one() {
    let dir = med_veileder(
        "[guide]\narv = \"nasjonal\"\n\n[[guide.node]]\nid = \"steg-33\"\nfrist = \"2 uker\"\n",
    );
    let (code, out, _) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("veileder.toml:5:6: feil: «steg-33» finnes ikke i den nasjonale veilederen"),
        "{out}"
    );
    assert!(out.contains("(mente du «steg-3»?)"), "{out}");
}

#[test]
fn the_merged_graph_is_checked_as_a_whole() {
    // A new node that no choice leads to, and a choice to a node that does not exist.
    let dir = med_veileder(
        r#"[guide]
arv = "nasjonal"

[[guide.node]]
id = "steg-2"
valg = [{ tekst = "Drøft med PPT", til = "ppt-drofting" }]

[[guide.node]]
id = "ekstra"
tittel = "Ekstra"
tekst = "Ingen kommer hit."
sporsmal = "?"
valg = [{ tekst = "Avslutt", til = "utfall-avslutt" }]
"#,
    );
    let (code, out, _) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("målet «ppt-drofting» finnes ikke"), "{out}");
    assert!(
        out.contains("node «ekstra» kan ikke nås fra start"),
        "{out}"
    );
}

#[test]
fn a_choice_to_the_same_target_rewords_it_and_a_new_one_is_added_last() {
    let dir = med_veileder(
        r#"[guide]
arv = "nasjonal"

[[guide.node]]
id = "steg-1"
valg = [
  { tekst = "Ja, jeg kan beskrive det", til = "steg-2" },
  { tekst = "Jeg vil drøfte med helsesykepleier først", til = "egen-drofting" },
]

[[guide.node]]
id = "egen-drofting"
steg = 1
tittel = "Drøft med helsesykepleier"
tekst = "Ring helsestasjonen og drøft saken uten å si hvem barnet er."
sporsmal = "Hva nå?"
valg = [{ tekst = "Gå videre", til = "steg-2" }]
"#,
    );
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 0, "{out}{err}");
    let out = crate::util::bti()
        .args(["--data", d, "-k", "testby", "guide", "--plain"])
        .write_stdin("4\n3\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("  1. Ja, jeg kan beskrive det\n"), "{text}");
    assert!(
        text.contains("  2. Ikke helt – det er mest en magefølelse\n"),
        "{text}"
    );
    assert!(
        text.contains("  3. Jeg vil drøfte med helsesykepleier først\n"),
        "{text}"
    );
    assert!(
        text.contains("Ring helsestasjonen og drøft saken"),
        "{text}"
    );
}

#[test]
fn only_the_national_graph_can_be_inherited() {
    let dir = med_veileder("[guide]\narv = \"oslo\"\n");
    let (code, out, _) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "--maalform",
        "nn",
        "sjekk",
    ]);
    assert_eq!(code, 1);
    assert!(
        out.contains("berre den nasjonale rettleiaren kan arvast"),
        "{out}"
    );
}

#[test]
fn a_nynorsk_municipality_inherits_the_nynorsk_graph() {
    let dir = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nn\"\n",
        ),
        (
            "kommuner/testby/veileder.toml",
            "[guide]\narv = \"nasjonal\"\n\n[[guide.node]]\nid = \"steg-3\"\nfrist = \"2 veker\"\n",
        ),
    ]);
    let out = crate::util::bti()
        .args([
            "--data",
            dir.path().to_str().unwrap(),
            "-k",
            "testby",
            "guide",
            "--plain",
        ])
        .args(["--undring", "2026-12-01", "--i-dag", "2026-12-02"])
        .write_stdin(TIL_STEG_3)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Frist: 2 veker"), "{text}");
    assert!(
        !text.contains("Del undringen med foreldrene"),
        "bokmål i ein nynorsk-kommune: {text}"
    );
}

/// Issue 27 item 6: a tool or form of a step may carry its address.
const MED_LENKE: &str = r#"[guide]
arv = "nasjonal"

[[guide.node]]
id = "steg-1"
verktoy = ["Tegn og signaler", { navn = "Observasjonsskjema", lenke = "https://testby.example.no/skjema" }]
"#;

#[test]
fn a_tool_with_a_link_shows_its_address_in_the_terminal_and_json() {
    let dir = med_veileder(MED_LENKE);
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 0, "{out}{err}");
    let out = crate::util::bti()
        .args(["--data", d, "-k", "testby", "guide", "--plain"])
        .write_stdin("4\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "Verktøy: Tegn og signaler, Observasjonsskjema (https://testby.example.no/skjema)"
        ),
        "{text}"
    );
    let out = crate::util::bti()
        .args([
            "--data", d, "-k", "testby", "guide", "--plain", "--format", "json",
        ])
        .write_stdin("4\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let steg1: serde_json::Value = text
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .find(|v| v["id"] == "steg-1")
        .expect("steg-1");
    assert_eq!(steg1["verktoy"][0], "Tegn og signaler");
    assert_eq!(steg1["verktoy"][1]["navn"], "Observasjonsskjema");
    assert_eq!(
        steg1["verktoy"][1]["lenke"],
        "https://testby.example.no/skjema"
    );
}

#[test]
fn a_tool_with_a_link_is_a_link_on_the_website() {
    let dir = med_veileder(MED_LENKE);
    let d = dir.path().to_str().unwrap();
    let ut = tempfile::tempdir().unwrap();
    let site = ut.path().join("site");
    let (code, out, err) = run(&[
        "--data",
        d,
        "-k",
        "testby",
        "nettside",
        site.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    let side = std::fs::read_dir(site.join("veileder"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .find(|s| s.contains("Tegn og signaler"))
        .expect("the page of step 1");
    let html = scraper::Html::parse_document(&side);
    let a = scraper::Selector::parse("li a").unwrap();
    let lenker: Vec<(String, String)> = html
        .select(&a)
        .map(|e| {
            (
                e.text().collect(),
                e.value().attr("href").unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        lenker.contains(&(
            "Observasjonsskjema".to_string(),
            "https://testby.example.no/skjema".to_string()
        )),
        "{lenker:?}"
    );
}

#[test]
fn a_tool_link_that_is_not_a_web_address_is_an_error_and_a_misspelt_key_is_named() {
    let dir = med_veileder(
        "[guide]\narv = \"nasjonal\"\n\n[[guide.node]]\nid = \"steg-1\"\nverktoy = [{ navn = \"Skjema\", lenke = \"javascript:alert(1)\" }]\n",
    );
    let (code, out, _) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("verktøyet «Skjema»: lenken må være en nettadresse"),
        "{out}"
    );
    let dir = med_veileder(
        "[guide]\narv = \"nasjonal\"\n\n[[guide.node]]\nid = \"steg-1\"\nverktoy = [{ navn = \"Skjema\", lenk = \"https://a.no\" }]\n",
    );
    let (code, out, _) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("ukjent nøkkel «lenk» (mente du «lenke»?)"),
        "{out}"
    );
}
