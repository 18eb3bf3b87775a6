//! Issue 27.2: the local barnevernvakt and the digital form for a
//! bekymringsmelding (`kommune.toml` `[barnevernvakt]`, `meldeskjema`), in
//! the guide's summary, on the akutt screen, on the website and in `sjekk`.
//! The fixture `tests/fixtures/vakt` holds Vaktby (bokmål, every field) and
//! Vaktvik (nynorsk, a vakt with name and hours only).

use scraper::{Html, Selector};
use serde_json::Value;

use crate::nettside::{bygg, filer};
use crate::util::{run, tree};

const DATA: &str = "tests/fixtures/vakt";
const SKJEMA: &str = "https://vaktby.example/bekymringsmelding";
const VAKT: &str = "Barnevernvakta i Fjordregionen";

/// stopp → «bekymret for alvorlig omsorgssvikt» → «grunn til å tro».
const TIL_MELDING: &str = "3\n3\n";
/// The national graph to steg-4, then «nivå 2».
const TIL_NIVAA_2: &str = "4\n1\n1\n4\n1\n1\n3\n";

/// `bti guide --plain` for a municipality of the fixture: (code, stdout).
fn guide(kommune: &str, args: &[&str], input: &str) -> (i32, String) {
    let mut a = vec!["--data", DATA, "-k", kommune, "guide", "--plain"];
    a.extend_from_slice(args);
    let (code, out, _) = crate::guide::guide(&a, input);
    (code, out)
}

/// The `utfall` line of `guide --format json`.
fn utfall(kommune: &str, input: &str) -> Value {
    let (code, out) = guide(kommune, &["--format", "json"], input);
    assert_eq!(code, 0, "{out}");
    let last: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert_eq!(last["type"], "utfall", "{last}");
    last
}

/// How often 116 111 is given as a number in the summary's JSON: in the
/// national numbers and as the fallback beside the local vakt.
fn alarmtelefoner(u: &Value) -> usize {
    let i_liste = u["nodnummer"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| n["nummer"] == "116 111")
        .count();
    i_liste + usize::from(u["alarmtelefon"]["nummer"] == "116 111")
}

#[test]
fn the_melding_summary_gives_the_vakt_and_116_111_once_each_and_the_form() {
    let u = utfall("vaktby", TIL_MELDING);
    assert_eq!(u["id"], "utfall-bekymringsmelding");
    let v = &u["barnevernvakt"];
    assert_eq!(v["navn"], VAKT);
    assert_eq!(v["telefon"], "12 34 56 78");
    assert_eq!(v["apningstid"], "hverdager 15.30–08.00, helger hele døgnet");
    assert_eq!(v["nettside"], "https://fjordregionen.example/barnevernvakt");
    assert_eq!(v["interkommunal"], "Fjordregionen");
    assert_eq!(alarmtelefoner(&u), 1, "{u}");
    // The outcome lists 116 111 itself: no second line for it.
    assert_eq!(u["alarmtelefon"], Value::Null);
    assert_eq!(u["meldeskjema"], SKJEMA);

    // The text says the same, each once, and the two lines agree.
    let (_, out) = guide("vaktby", &[], TIL_MELDING);
    let opp = out.split("Oppsummering: ").nth(1).unwrap();
    assert!(
        opp.contains(&format!("\nSend bekymringsmelding digitalt: {SKJEMA}\n")),
        "{opp}"
    );
    assert_eq!(opp.matches(VAKT).count(), 1, "{opp}");
    assert!(
        opp.contains(&format!(
            "  • {VAKT} – telefon 12 34 56 78 · åpningstid hverdager 15.30–08.00, helger hele døgnet · nettside https://fjordregionen.example/barnevernvakt\n"
        )),
        "{opp}"
    );
    let linjer: Vec<&str> = opp
        .lines()
        .filter(|l| l.starts_with("  ") && l.contains("116 111"))
        .collect();
    assert_eq!(
        linjer,
        [
            "  Alarmtelefonen for barn og unge, 116 111 – åpen hele døgnet; en barnevernvakt svarer, den lokale når den er åpen"
        ],
        "{opp}"
    );
}

#[test]
fn a_nivaa_2_summary_gives_the_vakt_then_116_111_and_no_form() {
    let u = utfall("vaktby", TIL_NIVAA_2);
    assert_eq!(u["id"], "utfall-niva-2");
    assert_eq!(u["barnevernvakt"]["navn"], VAKT);
    assert_eq!(u["alarmtelefon"]["id"], "116111");
    assert_eq!(alarmtelefoner(&u), 1, "{u}");
    // Not a melding outcome: the form is not offered.
    assert_eq!(u["meldeskjema"], Value::Null);

    let (_, out) = guide("vaktby", &[], TIL_NIVAA_2);
    let kontakter = out.split("Kontakter:\n").nth(1).unwrap();
    let vakt = kontakter.find(VAKT).unwrap();
    let alarm = kontakter.find("  • Alarmtelefonen for barn og unge, 116 111 – åpen hele døgnet; en barnevernvakt svarer, den lokale når den er åpen").unwrap();
    assert!(
        vakt < alarm,
        "the local vakt, then the fallback:\n{kontakter}"
    );
    assert!(!out.contains("digitalt"), "{out}");
}

#[test]
fn missing_fields_are_left_out_and_nynorsk_says_it_in_nynorsk() {
    let (code, out) = guide("vaktvik", &[], TIL_NIVAA_2);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("  • Barnevernsvakta i Vikregionen – opningstid kvardagar 15.30–08.00\n"),
        "{out}"
    );
    assert!(
        out.contains("  • Alarmtelefonen for barn og unge, 116 111 – open heile døgeret; ei barnevernsvakt svarar, den lokale når ho er open\n"),
        "{out}"
    );
    let u = utfall("vaktvik", TIL_NIVAA_2);
    assert_eq!(u["barnevernvakt"]["telefon"], Value::Null);
    assert_eq!(u["meldeskjema"], Value::Null);
}

#[test]
fn the_akutt_screen_lists_the_vakt_after_the_national_numbers() {
    let (_, out) = guide("vaktby", &[], "1\n");
    let akutt = out.split("[⚠ Akutt fare]").nth(1).unwrap();
    let nasjonale = akutt.find("  02800 – Politiet").unwrap();
    let vakt = akutt
        .find("Barnevernvakt:\n  12 34 56 78 – Barnevernvakta i Fjordregionen (hverdager 15.30–08.00, helger hele døgnet)\n")
        .unwrap_or_else(|| panic!("{akutt}"));
    assert!(nasjonale < vakt, "{akutt}");
    // Without a phone there is no number to list.
    let (_, out) = guide("vaktvik", &[], "1\n");
    assert!(!out.contains("Barnevernsvakt:"), "{out}");
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn side(f: &std::collections::BTreeMap<String, Vec<u8>>, p: &str) -> Html {
    Html::parse_document(std::str::from_utf8(&f[p]).unwrap())
}

fn hrefs(doc: &Html, s: &str) -> Vec<String> {
    doc.select(&sel(s))
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect()
}

#[test]
fn the_site_calls_the_vakt_from_the_akutt_page_and_links_the_form() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&["--data", DATA, "-k", "vaktby"], &ut);
    let f = filer(&ut);

    // The akutt page: the national numbers, then the vakt, then barnevernet.
    let akutt = side(&f, "veileder/akutt.html");
    assert_eq!(
        hrefs(&akutt, ".ringeliste a"),
        [
            "tel:112",
            "tel:113",
            "tel:116111",
            "tel:02800",
            "tel:12345678",
            "tel:12345670"
        ]
    );
    let vakt: String = akutt
        .select(&sel(".ringeliste li"))
        .nth(4)
        .unwrap()
        .text()
        .collect();
    assert!(
        vakt.contains(VAKT) && vakt.contains("hverdager 15.30–08.00"),
        "{vakt}"
    );
    // Its source is among the page's sources.
    assert!(
        hrefs(&akutt, "a").contains(&"https://fjordregionen.example/barnevernvakt".to_string())
    );

    // The melding outcome links the form; other outcomes do not.
    let melding = side(&f, "veileder/utfall-bekymringsmelding.html");
    assert_eq!(hrefs(&melding, ".meldeskjema a"), [SKJEMA]);
    assert!(hrefs(&melding, ".barnevernvakt a").contains(&"tel:12345678".to_string()));
    let nivaa2 = side(&f, "veileder/utfall-niva-2.html");
    assert!(hrefs(&nivaa2, ".meldeskjema a").is_empty());
    assert_eq!(hrefs(&nivaa2, ".alarmtelefon a"), ["tel:116111"]);

    // The parents' page: the vakt among the numbers, and the form.
    let foreldre = side(&f, "bekymret.html");
    assert!(hrefs(&foreldre, ".nodnummer a").contains(&"tel:12345678".to_string()));
    assert_eq!(hrefs(&foreldre, ".meldeskjema a"), [SKJEMA]);
}

#[test]
fn sjekk_rejects_a_vakt_phone_that_is_no_number() {
    let kommune = std::fs::read_to_string(format!("{DATA}/kommuner/vaktby/kommune.toml"))
        .unwrap()
        .replace("telefon = \"12 34 56 78\"", "telefon = \"1-800-EVIL-123\"");
    let data = tree(&[
        ("kommuner/vaktby/kommune.toml", &kommune),
        (
            "kommuner/vaktby/tjenester.toml",
            &std::fs::read_to_string(format!("{DATA}/kommuner/vaktby/tjenester.toml")).unwrap(),
        ),
    ]);
    let p = data.path().to_str().unwrap();
    let (code, out, _) = run(&["sjekk", p]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!(
            "{p}/kommuner/vaktby/kommune.toml:11:12: feil: «telefon» = «1-800-EVIL-123»: et telefonnummer har bare sifre"
        )),
        "{out}"
    );
}

/// `bti sjekk` on a one-file municipality gives `feil` at `pos`.
fn sjekk_feil(kommune: &str, pos: &str, feil: &str) {
    let data = tree(&[("kommuner/test/kommune.toml", kommune)]);
    let p = data.path().to_str().unwrap();
    let (code, out, _) = run(&["sjekk", p]);
    assert_eq!(code, 1, "{out}");
    let want = format!("{p}/kommuner/test/kommune.toml:{pos}: feil: {feil}");
    assert!(out.contains(&want), "want «{want}» in:\n{out}");
}

#[test]
fn sjekk_wants_a_name_for_the_vakt_an_address_for_the_form_and_known_keys() {
    const START: &str = "navn = \"Test kommune\"\nmaalform = \"nb\"\n";
    sjekk_feil(
        &format!("{START}\n[barnevernvakt]\ntelefon = \"12 34 56 78\"\n"),
        "4:1",
        "mangler påkrevd nøkkel «navn»",
    );
    sjekk_feil(
        &format!("{START}meldeskjema = \"www.test.example/melding\"\n"),
        "3:15",
        "«meldeskjema» «www.test.example/melding» må være en nettadresse som begynner med https:// eller http://",
    );
    sjekk_feil(
        &format!("{START}\n[barnevernvakt]\nnavn = \"Vakta\"\ntelefonn = \"12 34 56 78\"\n"),
        "6:1",
        "ukjent nøkkel «telefonn» (mente du «telefon»?)",
    );
}
