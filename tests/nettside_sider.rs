//! `bti nettside` as a site a municipality can publish as it is: the akutt
//! page starts with the numbers, outcome pages with whom to contact, pages
//! for parents, staff and each level are linked from the front page, every
//! walkthrough page links back, stale plan rows are marked, each page shows
//! its sources, the footer links the accessibility statement and feedback.

use std::collections::BTreeMap;

use scraper::{ElementRef, Html, Selector};

use crate::nettside::{bygg, filer, html};
use crate::util::tree;

const KOMMUNER: [&str; 5] = ["strand", "sirdal", "austrheim", "sogndal", "inderoy"];

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

fn alle() -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&[], &ut);
    let f = filer(&ut);
    (dir, f)
}

fn side(f: &BTreeMap<String, Vec<u8>>, p: &str) -> Html {
    let s = String::from_utf8(f.get(p).unwrap_or_else(|| panic!("{p} missing")).clone()).unwrap();
    Html::parse_document(&s)
}

fn tekst(e: ElementRef) -> String {
    e.text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `href` resolved against the page `fra` (site-relative paths, `/`-separated).
fn lost(fra: &str, href: &str) -> String {
    let href = href.split('#').next().unwrap_or("");
    let mut deler: Vec<&str> = fra.split('/').collect();
    deler.pop();
    for d in href.split('/') {
        match d {
            ".." => {
                deler.pop();
            }
            "." | "" => {}
            x => deler.push(x),
        }
    }
    deler.join("/")
}

/// The `href`s of the links after the page's `h1`, in document order.
fn lenker_etter_h1(doc: &Html) -> Vec<(String, String)> {
    let main = doc.select(&sel("main")).next().unwrap();
    let inner = main.inner_html();
    let (_, etter) = inner.split_once("</h1>").expect("an h1");
    let frag = Html::parse_fragment(etter);
    frag.select(&sel("a[href]"))
        .map(|a| (a.value().attr("href").unwrap().to_string(), tekst(a)))
        .collect()
}

#[test]
fn the_akutt_page_starts_with_the_numbers_as_tel_links() {
    let (_d, f) = alle();
    for id in KOMMUNER {
        let doc = side(&f, &format!("{id}/veileder/akutt.html"));
        let lenker = lenker_etter_h1(&doc);
        let hrefs: Vec<&str> = lenker.iter().take(4).map(|(h, _)| h.as_str()).collect();
        assert_eq!(
            hrefs,
            ["tel:112", "tel:113", "tel:116111", "tel:02800"],
            "{id}: {lenker:?}"
        );
        assert!(
            lenker[2].1.contains("Alarmtelefonen for barn og unge")
                && lenker[2].1.contains("116 111"),
            "{id}: {:?}",
            lenker[2]
        );
        assert_eq!(doc.select(&sel(".stegbar")).count(), 0, "{id}: no step bar");
        let s = doc.root_element().html();
        assert!(!s.contains("Før du start"), "{id}: no «Før du starter»");
    }
    // The municipality's own barnevern follows, where the data has its number.
    let data = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nn\"\n",
        ),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"bv\"\nnavn = \"Barnevernvakta i Testby\"\nkategori = \"barnevern\"\ntelefon = \"12 34 56 78\"\n",
        ),
    ]);
    let ut = data.path().join("ut");
    bygg(
        &["--data", data.path().to_str().unwrap(), "-k", "testby"],
        &ut,
    );
    let f = filer(&ut);
    let lenker = lenker_etter_h1(&side(&f, "veileder/akutt.html"));
    assert_eq!(lenker[4].0, "tel:12345678", "{lenker:?}");
    assert!(lenker[4].1.contains("Barnevernvakta i Testby"));
}

#[test]
fn no_page_shows_a_dash_for_a_missing_field_or_a_maintainer_note() {
    let (_d, f) = alle();
    for (k, s) in html(&f) {
        let doc = Html::parse_document(&s);
        let t = tekst(doc.root_element());
        for bad in ["Telefon: –", "E-post: –", "kontroller"] {
            assert!(
                !t.to_lowercase().contains(&bad.to_lowercase()),
                "{k}: «{bad}»"
            );
        }
    }
}

/// Every page type for readers, reached by a link from the front page.
#[test]
fn the_pages_for_parents_staff_and_each_level_are_linked_from_the_front_page() {
    let (_d, f) = alle();
    for id in KOMMUNER {
        let nn = matches!(id, "sogndal" | "austrheim");
        let forside = side(&f, &format!("{id}/index.html"));
        let hrefs: Vec<String> = forside
            .select(&sel("main a[href]"))
            .map(|a| a.value().attr("href").unwrap().to_string())
            .collect();
        let (bekymret, hjelp) = if nn {
            ("Uroa for eit barn?", "Slik brukar du rettleiaren")
        } else {
            ("Bekymret for et barn?", "Slik bruker du veilederen")
        };
        for (href, h1) in [
            ("bekymret.html", bekymret),
            ("slik-bruker-du-veilederen.html", hjelp),
        ] {
            assert!(
                hrefs.iter().any(|h| h == href),
                "{id}: {href} from the front page"
            );
            let doc = side(&f, &format!("{id}/{href}"));
            assert_eq!(tekst(doc.select(&sel("h1")).next().unwrap()), h1, "{id}");
        }
        // One page per level above 0, in order, each to the next.
        let nivaa: Vec<&String> = hrefs.iter().filter(|h| h.starts_with("nivaa-")).collect();
        let want: Vec<String> = if id == "sogndal" { 1..=4 } else { 1..=3 }
            .map(|n| format!("nivaa-{n}.html"))
            .collect();
        assert_eq!(nivaa, want.iter().collect::<Vec<_>>(), "{id}");
        for w in want.windows(2) {
            let doc = side(&f, &format!("{id}/{}", w[0]));
            assert!(
                doc.select(&sel(".blaing a[href]"))
                    .any(|a| a.value().attr("href") == Some(w[1].as_str())),
                "{id}: {} links {}",
                w[0],
                w[1]
            );
        }
        // Each level page: its steps, the stafettholder on 1–3, the arenas.
        let n1 = side(&f, &format!("{id}/nivaa-1.html"));
        assert!(n1.select(&sel("main ol li")).count() >= 3, "{id}: steps");
        let h2: Vec<String> = n1.select(&sel("main h2")).map(tekst).collect();
        let stafett = if nn {
            "Stafetthaldar og stafettlogg"
        } else {
            "Stafettholder og stafettlogg"
        };
        assert!(h2.iter().any(|h| h == stafett), "{id}: {h2:?}");
        assert!(h2.iter().any(|h| h.contains("individnivå")), "{id}: {h2:?}");
    }
}

#[test]
fn the_parents_page_says_when_barnevernet_is_contacted_without_consent() {
    let (_d, f) = alle();
    for (id, want) in [
        (
            "sirdal",
            [
                "grunn til å tro",
                "over 15 år",
                "Opplysningsplikten gjelder ikke enhver bekymring",
                "stafettlogg",
                "rett til å si hva det mener",
            ],
        ),
        (
            "sogndal",
            [
                "grunn til å tru",
                "over 15 år",
                "Opplysningsplikta gjeld ikkje all uro",
                "stafettlogg",
                "rett til å seie kva det meiner",
            ],
        ),
    ] {
        let doc = side(&f, &format!("{id}/bekymret.html"));
        let t = tekst(doc.root_element());
        for w in want {
            assert!(t.contains(w), "{id}: «{w}»");
        }
        let kilder: Vec<String> = doc.select(&sel("section.kilder li")).map(tekst).collect();
        assert!(
            kilder.iter().any(|k| k.contains("Helsedirektoratet")),
            "{id}: {kilder:?}"
        );
        assert!(
            kilder.iter().any(|k| k.contains("barnevernsloven")),
            "{id}: {kilder:?}"
        );
        assert!(
            doc.select(&sel("a[href='tel:116111']")).count() == 1,
            "{id}: Alarmtelefonen"
        );
    }
    // The municipality's own text follows the national one, lists as lists.
    let data = tree(&[(
        "kommuner/testby/kommune.toml",
        "navn = \"Testby kommune\"\nmaalform = \"nb\"\nforeldreside = \"\"\"\nRing oss:\n- hverdager 8–15\n- ellers 116 111\"\"\"\n",
    )]);
    let ut = data.path().join("ut");
    bygg(
        &["--data", data.path().to_str().unwrap(), "-k", "testby"],
        &ut,
    );
    let doc = side(&filer(&ut), "bekymret.html");
    let punkter: Vec<String> = doc.select(&sel("main ul li")).map(tekst).collect();
    assert!(punkter.iter().any(|p| p == "hverdager 8–15"), "{punkter:?}");
}

#[test]
fn outcome_pages_put_whom_to_contact_first_and_link_their_level() {
    let (_d, f) = alle();
    let doc = side(&f, "sirdal/veileder/utfall-bekymringsmelding.html");
    let h2: Vec<String> = doc.select(&sel(".oppsummering h2")).map(tekst).collect();
    assert_eq!(
        h2.first().map(String::as_str),
        Some("Hvem du kontakter"),
        "{h2:?}"
    );
    let pos = |s: &str| h2.iter().position(|h| h == s).unwrap_or(usize::MAX);
    assert!(pos("Hva du gjør") < pos("Lovverk og plikter"), "{h2:?}");
    // Lister barnevern has no number in the data: its line has none either.
    let linje = doc
        .select(&sel(".kontaktliste li"))
        .map(tekst)
        .find(|l| l.contains("Lister barnevern"))
        .unwrap();
    assert_eq!(linje, "Lister barnevern (Barnevern)");
    assert!(tekst(doc.select(&sel(".sentralbord")).next().unwrap()).contains("38 37 90 00"));
    let doc = side(&f, "sogndal/veileder/utfall-niva-1.html");
    assert!(
        doc.select(&sel(".oppsummering a[href='../nivaa-1.html']"))
            .count()
            == 1,
        "the outcome links its level page"
    );
}

#[test]
fn every_walkthrough_page_but_the_first_links_back_to_its_question() {
    let (_d, f) = alle();
    for id in KOMMUNER {
        let forside = side(&f, &format!("{id}/index.html"));
        let start = lost(
            &format!("{id}/index.html"),
            forside
                .select(&sel("a.hovudknapp"))
                .next()
                .unwrap()
                .value()
                .attr("href")
                .unwrap(),
        );
        let mut n = 0;
        for (k, s) in html(&f).filter(|(k, _)| k.starts_with(&format!("{id}/veileder/"))) {
            let doc = Html::parse_document(&s);
            let tilbake: Vec<String> = doc
                .select(&sel(".tilbake a[href]"))
                .map(|a| lost(k, a.value().attr("href").unwrap()))
                .collect();
            if *k == start {
                assert!(tilbake.is_empty(), "{k}: the first page has no way back");
                continue;
            }
            assert!(!tilbake.is_empty(), "{k} links back");
            // Each way back is a page with a choice that leads here.
            for t in &tilbake {
                let fra = side(&f, t);
                assert!(
                    fra.select(&sel(".valliste a[href]"))
                        .any(|a| lost(t, a.value().attr("href").unwrap()) == *k),
                    "{t} does not lead to {k}"
                );
            }
            n += 1;
        }
        assert!(n > 5, "{id}: {n} pages");
    }
}

#[test]
fn stale_plan_rows_are_marked_per_the_build_date() {
    let (_d, f) = alle();
    let doc = side(&f, "sirdal/framdrift.html");
    let merket: Vec<String> = doc.select(&sel("td .ikke-oppdatert")).map(tekst).collect();
    assert!(merket.len() > 10, "{merket:?}");
    assert!(
        merket
            .iter()
            .all(|m| m.starts_with("fristen er passert – status er fortsatt «"))
    );
    let t = tekst(doc.root_element());
    assert!(t.contains("(per 30.11.2026)"));
    // A finished row is not marked, and letter case is the data's own.
    assert!(t.contains("fullført"));
    assert!(t.contains("FRAMDRIFTSPLAN JANUAR-JUNI 2018"));
}

#[test]
fn each_page_shows_its_sources_from_the_register() {
    let (_d, f) = alle();
    for p in [
        "sirdal/index.html",
        "sirdal/veileder/akutt.html",
        "sirdal/veileder/utfall-bekymringsmelding.html",
        "sirdal/tjenester.html",
        "sirdal/framdrift.html",
        "sogndal/nivaa-4.html",
        "sogndal/slik-bruker-du-veilederen.html",
    ] {
        let doc = side(&f, p);
        let h = doc.select(&sel("section.kilder h2")).next().map(tekst);
        let want = if p.starts_with("sogndal") {
            "Kjelder"
        } else {
            "Kilder"
        };
        assert_eq!(h.as_deref(), Some(want), "{p}");
        let li: Vec<String> = doc.select(&sel("section.kilder li")).map(tekst).collect();
        assert!(!li.is_empty(), "{p}");
        for l in &li {
            assert!(
                !l.contains("kontroller") && !l.contains("sirdal-bti-2018"),
                "{p}: {l}"
            );
        }
    }
}

#[test]
fn the_footer_links_the_accessibility_statement_and_feedback() {
    let kommune = "navn = \"Testby kommune\"\nmaalform = \"MF\"\n\
                   tilgjengelighetserklaering = \"https://uustatus.no/nb/erklaringer/publisert/testby\"\n\
                   tilbakemelding = \"nettside@testby.kommune.no\"\n";
    for (mf, ikke) in [
        ("nb", "Ikke send opplysninger om et barn"),
        ("nn", "Ikkje send opplysningar om eit barn"),
    ] {
        let data = tree(&[("kommuner/testby/kommune.toml", &kommune.replace("MF", mf))]);
        let ut = data.path().join("ut");
        bygg(
            &["--data", data.path().to_str().unwrap(), "-k", "testby"],
            &ut,
        );
        let f = filer(&ut);
        for (k, s) in html(&f) {
            let doc = Html::parse_document(&s);
            let bunn = doc.select(&sel("footer")).next().unwrap();
            assert!(
                bunn.select(&sel(
                    "a[href='https://uustatus.no/nb/erklaringer/publisert/testby']"
                ))
                .count()
                    == 1,
                "{k}: the statement"
            );
            assert!(
                bunn.select(&sel("a[href='mailto:nettside@testby.kommune.no']"))
                    .count()
                    == 1,
                "{k}: feedback"
            );
            assert!(tekst(bunn).contains(ikke), "{k}");
        }
    }
    // Without them: no such links.
    let (_d, f) = alle();
    let doc = side(&f, "sirdal/index.html");
    assert_eq!(doc.select(&sel("footer a")).count(), 0);
}

#[test]
fn the_front_pages_say_what_bti_is() {
    let (_d, f) = alle();
    let doc = side(&f, "sirdal/index.html");
    let forste = doc.select(&sel("main h1 + p")).next().map(tekst).unwrap();
    assert!(
        forste.starts_with("BTI (bedre tverrfaglig innsats) er"),
        "{forste}"
    );
    let doc = side(&f, "sogndal/index.html");
    let forste = doc.select(&sel("main h1 + p")).next().map(tekst).unwrap();
    assert!(
        forste.starts_with("BTI (betre tverrfagleg innsats) er"),
        "{forste}"
    );
    // The overview of several municipalities: what it is, no empty header.
    let doc = side(&f, "index.html");
    assert!(
        tekst(doc.select(&sel("main")).next().unwrap()).contains("BTI (bedre tverrfaglig innsats)")
    );
    for h in doc.select(&sel("header")) {
        assert!(!tekst(h).is_empty(), "an empty header");
    }
}

#[test]
fn review_details_current_page_step_bar_lists_warning_sign_title_print_case() {
    let (_d, f) = alle();
    for (k, s) in html(&f) {
        let doc = Html::parse_document(&s);
        // aria-current="page" only on a link to the page itself.
        for a in doc.select(&sel("a[aria-current='page']")) {
            assert_eq!(lost(k, a.value().attr("href").unwrap()), *k, "{k}");
        }
        // The step bar has no links: not a landmark.
        assert_eq!(doc.select(&sel("nav.stegbar")).count(), 0, "{k}");
        // Every page prints its title, the municipality and the build date.
        if k.contains('/') {
            let stil = doc.root_element().value().attr("style").unwrap_or_default();
            assert!(
                stil.starts_with("--utskrift: \"") && stil.contains("bygd 30.11.2026"),
                "{k}: {stil}"
            );
        }
    }
    let doc = side(&f, "sirdal/veileder/steg-2.html");
    let tittel = tekst(doc.select(&sel("title")).next().unwrap());
    assert!(tittel.starts_with("Steg 2 av 4"), "{tittel}");
    assert!(tittel.ends_with("Sirdal kommune"), "{tittel}");
    // A «- » list written in the data is a list.
    let doc = side(&f, "sirdal/index.html");
    assert!(
        doc.select(&sel("main ul li")).any(|li| tekst(li)
            == "Tidlig innsats overfor barn, unge og familier det er knyttet bekymringer til"),
        "Sirdal's list of purposes"
    );
    assert!(!tekst(doc.root_element()).contains("- Tidlig innsats"));
    let css = String::from_utf8(f["sirdal/stil.css"].clone()).unwrap();
    // No case changes, no «⚠» said by CSS on top of the text's own.
    for bad in ["text-transform", "small-caps", "content: \"⚠"] {
        assert!(!css.contains(bad), "{bad}");
    }
    // Print: buttons as plain text, the header line on every sheet.
    let print = css.split("@media print").nth(1).unwrap();
    assert!(print.contains(".knapp") && print.contains("border: 0"));
    assert!(
        print.contains("@top-left { content: var(--utskrift"),
        "{print}"
    );
    assert!(css.contains("overflow-wrap: anywhere"));
}

/// The browser's report (tests/web/sjekk.mjs): from every front page a click
/// reaches the parents' page, the staff help and each level page (axe ran on
/// each of these page types in the crawl), and the akutt page's first links
/// after its `h1` are the numbers.
pub(crate) fn i_nettlesaren(r: &serde_json::Value) {
    for id in KOMMUNER {
        let site = format!("{id}/");
        let got = r["readers"][&site]
            .as_object()
            .unwrap_or_else(|| panic!("{id}: {r}"));
        let nivaa = if id == "sogndal" { 4 } else { 3 };
        assert_eq!(got.len(), 2 + nivaa, "{id}: {got:?}");
        for (href, side) in got {
            assert!(
                side["h1"].as_str().is_some_and(|h| !h.is_empty()),
                "{id}/{href}"
            );
            assert!(side["kilder"].as_u64().unwrap() > 0, "{id}/{href}: sources");
            assert_eq!(side["akutt"], true, "{id}/{href}");
            assert!(
                r["axePages"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p == &format!("{site}{href}")),
                "{id}/{href}: axe"
            );
        }
        assert_eq!(
            r["akutt"][&site],
            serde_json::json!(["tel:112", "tel:113", "tel:116111", "tel:02800"]),
            "{id}"
        );
    }
    let stor = r["shots"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["font"] == 32)
        .count();
    assert!(
        stor >= 5 * 8,
        "{stor} pages checked at 320 px with a 32 px font"
    );
}

#[test]
fn sjekk_warns_when_the_statement_is_not_a_web_address() {
    let data = tree(&[(
        "kommuner/testby/kommune.toml",
        "navn = \"Testby kommune\"\nmaalform = \"nb\"\ntilgjengelighetserklaering = \"uustatus.no/testby\"\n",
    )]);
    let (code, out, err) = crate::util::run(&["--data", data.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 0, "a warning only: {err}");
    assert!(
        out.contains("kommune.toml:1:1: advarsel: «tilgjengelighetserklaering» «uustatus.no/testby» er ikke en nettadresse"),
        "{out}"
    );
    assert!(
        out.ends_with("Sjekket: 0 feil, 1 advarsel (1 kommune)\n"),
        "{out}"
    );
    // The site shows no link for it.
    let ut = data.path().join("ut");
    bygg(
        &["--data", data.path().to_str().unwrap(), "-k", "testby"],
        &ut,
    );
    let doc = side(&filer(&ut), "index.html");
    assert_eq!(doc.select(&sel("footer a")).count(), 0);
}

/// Issue 22: publishing a site without an accessibility statement is warned
/// about (on stderr, exit 0); with one, nothing is said.
#[test]
fn building_a_site_without_an_accessibility_statement_warns() {
    for (kommune, advarer) in [
        ("navn = \"Testby kommune\"\nmaalform = \"nb\"\n", true),
        (
            "navn = \"Testby kommune\"\nmaalform = \"nb\"\ntilgjengelighetserklaering = \"https://uustatus.no/nb/erklaringer/publisert/testby\"\n",
            false,
        ),
    ] {
        let data = tree(&[("kommuner/testby/kommune.toml", kommune)]);
        let ut = data.path().join("ut");
        let out = crate::util::bti()
            .args([
                "--data",
                data.path().to_str().unwrap(),
                "-k",
                "testby",
                "nettside",
            ])
            .arg(&ut)
            .output()
            .unwrap();
        assert!(out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            err.contains("Testby kommune: advarsel: ingen tilgjengelighetserklæring er oppgitt"),
            advarer,
            "{err}"
        );
    }
}
