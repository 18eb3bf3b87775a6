//! Tests of the site builder without a browser: escaping, determinism, links.

use super::*;

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
