//! Tests of the site builder without a browser: escaping, determinism, links.

use super::felles::*;
use super::veileder::*;
use super::*;
use crate::data::model::Guide;

#[test]
fn links_only_web_addresses_and_plain_numbers() {
    assert_eq!(trygg_url(Some("javascript:alert(1)")), None);
    assert_eq!(trygg_url(Some("www.sirdal.kommune.no")), None);
    assert_eq!(
        trygg_url(Some(" https://lovdata.no/x ")).as_deref(),
        Some("https://lovdata.no/x")
    );
    assert_eq!(tel("38 37 90 00").as_deref(), Some("tel:38379000"));
    assert_eq!(tel("116 111").as_deref(), Some("tel:116111"));
    assert_eq!(tel("–"), None);
    assert_eq!(mailto("post@x.no").as_deref(), Some("mailto:post@x.no"));
    assert_eq!(mailto("\"><b>@x"), None);
}

#[test]
fn deadlines_on_the_web_count_from_the_undring() {
    assert_eq!(
        frist_relativ(Maalform::Nn, "14 dagar"),
        "Innan 14 dagar frå undringa oppstod"
    );
    assert_eq!(
        frist_relativ(Maalform::Nb, "2 uker"),
        "Innen 2 uker fra undringen oppsto"
    );
    assert_eq!(
        frist_relativ(Maalform::Nb, "før neste møte"),
        "før neste møte"
    );
}

#[test]
fn file_names_are_safe_and_unique() {
    let g: Guide = toml::from_str::<crate::data::model::Veileder>(
        r#"
[guide]
start = "A b"
[[guide.node]]
id = "A b"
tittel = "t"
tekst = "t"
sporsmal = "?"
valg = [{ tekst = "x", til = "a-b" }]
[[guide.utfall]]
id = "a-b"
tittel = "u"
tekst = "t"
"#,
    )
    .unwrap()
    .guide
    .unwrap();
    let f = filnavn(&g);
    assert_eq!(f["A b"], "veileder/a-b.html");
    assert_eq!(f["a-b"], "veileder/a-b-2.html");
    let v = veier(&g);
    assert_eq!(v["a-b"], vec![Some(0)]);
}

#[test]
fn data_text_cannot_end_a_css_string() {
    assert_eq!(css_streng("Tittel – Sirdal"), "\"Tittel – Sirdal\"");
    assert_eq!(css_streng("a\"b\\c\nd"), "\"a\\22 b\\5c c\\a d\"");
}

#[test]
fn dash_lines_in_data_text_become_a_list() {
    let b =
        blokker("Tre formål:\n\n- Tidlig innsats\n- Foreldresamarbeid\n\nSlutt.\nMed to linjer.");
    assert_eq!(
        b,
        vec![
            Blokk {
                tekst: Some("Tre formål:".into()),
                punkter: vec![]
            },
            Blokk {
                tekst: None,
                punkter: vec!["Tidlig innsats".into(), "Foreldresamarbeid".into()]
            },
            Blokk {
                tekst: Some("Slutt. Med to linjer.".into()),
                punkter: vec![]
            },
        ]
    );
    // In one paragraph: the text before, the list, the text after.
    let b = blokker("Før:\n- a\n• b\nEtter");
    assert_eq!(b.len(), 2);
    assert_eq!(b[0].tekst.as_deref(), Some("Før:"));
    assert_eq!(b[0].punkter, vec!["a", "b"]);
    assert_eq!(b[1].tekst.as_deref(), Some("Etter"));
    // A dash inside a line is text.
    assert_eq!(blokker("Fase 1 - start")[0].punkter.len(), 0);
}

#[test]
fn sources_shown_are_register_entries_never_notes() {
    let reg: crate::data::kilder::KilderFil = toml::from_str(
        r#"
[[kilde]]
id = "lov-x"
tittel = "Lov om x"
utgiver = "Lovdata"
dato = "2021"
lenke = "https://lovdata.no/x"
"#,
    )
    .unwrap();
    let reg = Kilder::from_entries(reg.kilde);
    let v = kildevis(
        &reg,
        [
            "lov-x, § 3; kontroller: at § 3 stemmer",
            "ukjent-id; lov-x",
            "https://example.org/side",
            "javascript:alert(1)",
        ],
    );
    // An id the register lacks and a bare word are not shown.
    assert_eq!(v.len(), 2, "{v:?}");
    assert_eq!(v[0].tittel, "Lov om x");
    assert_eq!(v[0].utgiver.as_deref(), Some("Lovdata"));
    assert_eq!(v[1].tittel, "https://example.org/side");
}
