//! Several labelled contact points per service (issue 27 item 3):
//! `[[tjeneste.kontakt]]` read, checked by `sjekk`, and shown point by point
//! in `tjenester` (json, tsv, csv, table, `--lang`), the guide's summary and
//! the website, each with its own `tel:`/`mailto:` link.

use serde_json::Value;

use crate::util::{bti, json, run, tree};

const GOD: &str = "tests/fixtures/kontakt/god";
const FEIL: &str = "tests/fixtures/kontakt/feil";

fn tjeneste<'a>(alle: &'a [Value], id: &str) -> &'a Value {
    alle.iter().find(|t| t["id"] == id).unwrap()
}

#[test]
fn json_has_each_labelled_point_with_only_the_keys_it_has() {
    let alle = json(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--format",
        "json",
    ]);
    let bv = tjeneste(&alle, "barnevern");
    assert_eq!(bv["telefon"], "12 34 56 78", "the main number stays");
    assert_eq!(
        bv["kontakt"],
        serde_json::json!([
            {"etikett": "Sentralbord", "telefon": "12 34 56 00", "epost": "post@kontaktby.example"},
            {"etikett": "Vakttelefon", "telefon": "98 76 54 32"},
        ])
    );
    let vakt = bv["kontakt"][1].as_object().unwrap();
    assert!(
        !vakt.contains_key("epost"),
        "a missing key is left out: {vakt:?}"
    );
    let hs = tjeneste(&alle, "helsestasjon");
    assert_eq!(hs["kontakt"][0]["etikett"], "Sommer");
    assert!(hs["kontakt"][0].get("telefon").is_none());
}

#[test]
fn tsv_and_csv_give_the_points_as_one_cell() {
    let (code, out, err) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--format",
        "tsv",
    ]);
    assert_eq!(code, 0, "{err}");
    let mut linjer = out.lines();
    let kolonner: Vec<&str> = linjer.next().unwrap().split('\t').collect();
    let i = kolonner.iter().position(|k| *k == "kontakt").unwrap();
    assert_eq!(kolonner[i - 1], "epost");
    let bv: Vec<&str> = linjer
        .find(|l| l.contains("\tbarnevern\t"))
        .unwrap()
        .split('\t')
        .collect();
    assert_eq!(
        bv[i],
        "Sentralbord: 12 34 56 00, post@kontaktby.example; Vakttelefon: 98 76 54 32"
    );
    let (code, out, err) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(
            ",\"Sentralbord: 12 34 56 00, post@kontaktby.example; Vakttelefon: 98 76 54 32\","
        ),
        "{out}"
    );
}

#[test]
fn table_and_lang_show_each_point_on_its_own_line() {
    let (code, out, err) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--lang",
        "barnevern",
    ]);
    assert_eq!(code, 0, "{err}");
    let linjer: Vec<&str> = out.lines().map(str::trim).collect();
    assert!(
        linjer.contains(&"kontakt        Sentralbord: 12 34 56 00, post@kontaktby.example"),
        "{out}"
    );
    assert!(linjer.contains(&"Vakttelefon: 98 76 54 32"), "{out}");
    // A main field that is missing is left out when labelled points exist.
    let (_, out, _) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--lang",
        "helsestasjon",
    ]);
    assert!(
        out.contains("kontakt        Sommer: sommer@kontaktby.example"),
        "{out}"
    );
    assert!(!out.contains("e-post "), "{out}");
    let (code, out, err) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "tjenester",
        "--format",
        "markdown",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("| 12 34 56 78<br>Sentralbord: 12 34 56 00<br>Vakttelefon: 98 76 54 32 | Sentralbord: post@kontaktby.example |"),
        "{out}"
    );
}

#[test]
fn the_guide_summary_lists_each_point() {
    // National graph to steg-4, choice 5: the bekymringsmelding (barnevern).
    let svar = "4\n1\n1\n4\n1\n1\n5\n";
    let args = ["--data", GOD, "-k", "kontaktby", "guide", "--plain"];
    let out = bti().args(args).write_stdin(svar).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tekst = String::from_utf8(out.stdout).unwrap();
    assert!(
        tekst.contains("  • Barneverntjenesten (Barnevern) – telefon 12 34 56 78\n    Sentralbord: telefon 12 34 56 00 · e-post post@kontaktby.example\n    Vakttelefon: telefon 98 76 54 32\n"),
        "{tekst}"
    );
    let out = bti()
        .args(args)
        .args(["--format", "json"])
        .write_stdin(svar)
        .output()
        .unwrap();
    let tekst = String::from_utf8(out.stdout).unwrap();
    let utfall: Value = serde_json::from_str(tekst.lines().last().unwrap()).unwrap();
    assert_eq!(utfall["id"], "utfall-bekymringsmelding");
    let bv = utfall["tjenester"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "barnevern")
        .unwrap();
    assert_eq!(
        bv["kontakt"][1],
        serde_json::json!({"etikett": "Vakttelefon", "telefon": "98 76 54 32"})
    );
}

#[test]
fn the_website_links_each_point_with_its_label() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("side");
    let (code, _, err) = run(&[
        "--data",
        GOD,
        "-k",
        "kontaktby",
        "nettside",
        ut.to_str().unwrap(),
        "--i-dag",
        "2026-11-30",
    ]);
    assert_eq!(code, 0, "{err}");
    let les = |f: &str| std::fs::read_to_string(ut.join(f)).unwrap();
    let tjenester = les("tjenester.html");
    assert!(
        tjenester.contains("<dt>Sentralbord</dt><dd>Telefon: <a href=\"tel:12345600\">12 34 56 00</a><br>E-post: <a href=\"mailto:post@kontaktby.example\">post@kontaktby.example</a></dd>"),
        "{tjenester}"
    );
    assert!(
        tjenester.contains(
            "<dt>Vakttelefon</dt><dd>Telefon: <a href=\"tel:98765432\">98 76 54 32</a></dd>"
        ),
        "{tjenester}"
    );
    // Two separate links, never one of all the digits.
    assert!(!tjenester.contains("tel:1234560098765432"), "{tjenester}");
    let utfall = les("veileder/utfall-bekymringsmelding.html");
    assert!(
        utfall.contains("<br>Sentralbord: <a href=\"tel:12345600\">12 34 56 00</a> · <a href=\"mailto:post@kontaktby.example\">post@kontaktby.example</a><br>Vakttelefon: <a href=\"tel:98765432\">98 76 54 32</a>"),
        "{utfall}"
    );
    let akutt = les("veileder/akutt.html");
    assert!(
        akutt.contains("href=\"tel:98765432\"><span class=\"ring-nummer\">98 76 54 32</span> <span class=\"ring-navn\">Barneverntjenesten (Vakttelefon)</span>"),
        "{akutt}"
    );
}

/// `bti sjekk DIR` (with `extra` before it) fails and says exactly
/// `want`: each message prefixed with `fil` and its position, then the sum.
fn sjekk_sier(extra: &[&str], dir: &str, fil: &str, want: &[String], sum: &str) {
    let args = [&["--i-dag", "2000-01-01"], extra, &["sjekk", dir]].concat();
    let (code, out, _) = run(&args);
    assert_eq!(code, 1, "{out}");
    let mut forventet: Vec<String> = want.iter().map(|w| format!("{fil}:{w}")).collect();
    forventet.push(sum.to_string());
    assert_eq!(out.lines().collect::<Vec<_>>(), forventet);
}

#[test]
fn sjekk_says_where_several_numbers_and_addresses_go() {
    sjekk_sier(
        &[],
        FEIL,
        &format!("{FEIL}/kommuner/test/tjenester.toml"),
        &[
            "5:12: feil: «telefon» = «12 34 56 78 (sentralbord), 987 65 432 (vakt)»: flere telefonnumre i ett felt; skriv hvert nummer i sin egen [[tjeneste.kontakt]] med etikett (f.eks. «Sentralbord») og telefon".into(),
            "6:10: feil: «epost» = «a@test.example, b@test.example»: flere e-postadresser i ett felt; skriv hver adresse i sin egen [[tjeneste.kontakt]] med etikett (f.eks. «Sentralbord») og epost".into(),
            "8:1: feil: mangler påkrevd nøkkel «etikett»".into(),
            "12:11: feil: [[tjeneste.kontakt]] «Vakt» har verken «telefon» eller «epost»: skriv minst én av dem".into(),
        ],
        "Sjekket: 4 feil, 0 advarsler (1 kommune)",
    );
}

/// Each labelled point is checked as the main ones are, at its own place
/// (the same text earlier in the entry does not take its position), and
/// the messages have nynorsk as every message of `sjekk` has.
#[test]
fn each_point_is_checked_at_its_own_place_in_the_files_maalform() {
    let d = tree(&[
        (
            "kommuner/nyby/kommune.toml",
            "navn = \"Nyby\"\nmaalform = \"nn\"\n",
        ),
        (
            "kommuner/nyby/tjenester.toml",
            "[[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT\"\nkategori = \"ppt\"\n\
             beskrivelse = \"Ikkje 1-800-EVIL.\"\n\
             telefon = \"12 34 56 78 / 98 76 54 32\"\n\n\
             [[tjeneste.kontakt]]\netikett = \"Sommar\"\nepost = \"a@x.example og b@x.example\"\n\n\
             [[tjeneste.kontakt]]\netikett = \"Ring\"\ntelefon = \"1-800-EVIL\"\n\n\
             [[tjeneste.kontakt]]\netikett = \"  \"\ntelefon = \"12 34 56 78\"\n",
        ),
    ]);
    let root = d.path().to_str().unwrap();
    sjekk_sier(
        &["--maalform", "nn"],
        root,
        &format!("{root}/kommuner/nyby/tjenester.toml"),
        &[
            "6:12: feil: «telefon» = «12 34 56 78 / 98 76 54 32»: fleire telefonnummer i eitt felt; skriv kvart nummer i sin eigen [[tjeneste.kontakt]] med etikett (t.d. «Sentralbord») og telefon".into(),
            "10:10: feil: «epost» = «a@x.example og b@x.example»: fleire e-postadresser i eitt felt; skriv kvar adresse i sin eigen [[tjeneste.kontakt]] med etikett (t.d. «Sentralbord») og epost".into(),
            "14:12: feil: «telefon» = «1-800-EVIL»: eit telefonnummer har berre siffer, mellomrom og - . / ( ); bokstavar og andre teikn høyrer til i eit anna felt".into(),
            "17:11: feil: «etikett» er tom: skriv kva kontaktpunktet er (eit team, ein sesong, «Sentralbord»; aldri namnet på ein person)".into(),
        ],
        "Sjekka: 4 feil, 0 åtvaringar (1 kommune)",
    );
}
