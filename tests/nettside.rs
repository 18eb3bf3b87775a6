//! `bti nettside`: the site is built for every shipped municipality, is the
//! same byte for byte from run to run, escapes data text, parses as HTML5,
//! loads nothing from elsewhere, and (where Chromium and node are present)
//! passes the browser checks of `tests/web/sjekk.mjs`: every internal link
//! resolves, the walkthrough clicks through to every outcome, axe-core finds
//! no WCAG 2.1 A/AA violation.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{bti, run, tree};

pub(crate) const I_DAG: &str = "2026-11-30";

/// Every file under `dir`: relative path → bytes.
pub(crate) fn filer(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

pub(crate) fn bygg(args: &[&str], ut: &Path) {
    let mut a: Vec<&str> = args.to_vec();
    let ut_s = ut.to_str().unwrap();
    a.extend(["nettside", ut_s, "--i-dag", I_DAG]);
    let (code, out, err) = run(&a);
    assert_eq!(code, 0, "bti {a:?}: {err}");
    assert!(out.contains("index.html"), "{out}");
}

pub(crate) fn html(filer: &BTreeMap<String, Vec<u8>>) -> impl Iterator<Item = (&String, String)> {
    filer
        .iter()
        .filter(|(k, _)| k.ends_with(".html"))
        .map(|(k, v)| (k, String::from_utf8(v.clone()).unwrap()))
}

#[test]
fn builds_every_shipped_municipality_with_an_index() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("nettside");
    bygg(&[], &ut);
    let f = filer(&ut);
    for id in ["strand", "sirdal", "austrheim", "sogndal", "inderoy"] {
        for side in [
            "index.html",
            "tjenester.html",
            "arenaer.html",
            "roller.html",
            "framdrift.html",
            "stil.css",
        ] {
            assert!(
                f.contains_key(&format!("{id}/{side}")),
                "{id}/{side} missing"
            );
        }
        assert!(
            f.keys()
                .any(|k| k.starts_with(&format!("{id}/veileder/utfall-"))),
            "{id} has no outcome pages"
        );
        let index = String::from_utf8(f["index.html"].clone()).unwrap();
        assert!(
            index.contains(&format!("href=\"{id}&#x2f;index.html\"")),
            "index links {id}"
        );
    }
    // The language of each site follows the municipality's målform.
    let lang = |p: &str| String::from_utf8(f[p].clone()).unwrap();
    assert!(lang("sogndal/index.html").contains("<html lang=\"nn\""));
    assert!(lang("austrheim/veileder/stopp.html").contains("<html lang=\"nn\""));
    assert!(lang("austrheim/tjenester.html").contains("Tenester"));
    assert!(lang("sirdal/index.html").contains("<html lang=\"nb\""));
    assert!(lang("sirdal/tjenester.html").contains("Tjenester"));
}

#[test]
fn the_same_data_and_day_give_byte_identical_files() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    bygg(&[], &a);
    bygg(&[], &b);
    let (fa, fb) = (filer(&a), filer(&b));
    assert_eq!(fa.keys().collect::<Vec<_>>(), fb.keys().collect::<Vec<_>>());
    for (k, v) in &fa {
        assert!(v == &fb[k], "{k} differs between two runs");
    }
}

#[test]
fn a_non_empty_folder_is_refused_unless_overskriv() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    let (code, _, err) = run(&["-k", "sirdal", "nettside", ut.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["-k", "sirdal", "nettside", ut.to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("--overskriv"), "{err}");
    let (code, _, err) = run(&[
        "-k",
        "sirdal",
        "nettside",
        "--overskriv",
        ut.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(ut.join("index.html").exists());
    // The default folder is `nettside` in the working directory.
    let cwd = tempfile::tempdir().unwrap();
    let out = bti()
        .current_dir(cwd.path())
        .args(["-k", "sogndal", "nettside"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(cwd.path().join("nettside/index.html").exists());
    assert!(cwd.path().join("nettside/veileder").is_dir());
}

#[test]
fn data_text_with_markup_is_shown_as_text() {
    let dir = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"<script>alert(1)</script> kommune\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"bv\"\nnavn = \"<img src=x onerror=alert(2)>\"\nkategori = \"barnevern\"\n\
             adresse = \"\\\"><script>alert(3)</script>\"\nnettside = \"javascript:alert(4)\"\n",
        ),
    ]);
    let ut = dir.path().join("ut");
    bygg(
        &["--data", dir.path().to_str().unwrap(), "-k", "testby"],
        &ut,
    );
    let f = filer(&ut);
    let mut n = 0;
    for (k, s) in html(&f) {
        assert!(!s.contains("<script"), "{k} has a script element");
        assert!(!s.contains("<img"), "{k} has an img element");
        assert!(
            !s.contains("javascript:alert(4)\""),
            "{k} links a javascript: URL"
        );
        let doc = scraper::Html::parse_document(&s);
        let tekst: String = doc.root_element().text().collect();
        if tekst.contains("<script>alert(1)</script> kommune") {
            n += 1;
        }
    }
    assert!(n > 5, "the name shows as text on every page ({n})");
    let tj = String::from_utf8(f["tjenester.html"].clone()).unwrap();
    let doc = scraper::Html::parse_document(&tj);
    let tekst: String = doc.root_element().text().collect();
    assert!(tekst.contains("<img src=x onerror=alert(2)>"));
    assert!(
        tekst.contains("javascript:alert(4)"),
        "the bad URL is shown, not linked"
    );
}

#[test]
fn every_page_parses_as_html5_and_loads_nothing_from_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&[], &ut);
    let f = filer(&ut);
    let mut n = 0;
    for (k, s) in html(&f) {
        let doc = scraper::Html::parse_document(&s);
        assert!(doc.errors.is_empty(), "{k}: {:?}", doc.errors);
        for sel in ["script", "form", "iframe", "img", "input"] {
            let s = scraper::Selector::parse(sel).unwrap();
            assert_eq!(doc.select(&s).count(), 0, "{k} has <{sel}>");
        }
        let link = scraper::Selector::parse("link[href]").unwrap();
        for l in doc.select(&link) {
            let href = l.value().attr("href").unwrap();
            assert!(!href.contains("//"), "{k} loads {href}");
        }
        let a = scraper::Selector::parse("a[href]").unwrap();
        for l in doc.select(&a) {
            let href = l.value().attr("href").unwrap();
            assert!(!href.starts_with('/'), "{k}: absolute link {href}");
        }
        if k != "index.html" {
            let akutt = scraper::Selector::parse("header a.akutt[href]").unwrap();
            assert_eq!(doc.select(&akutt).count(), 1, "{k} has the akutt link");
            let skip = scraper::Selector::parse("a.hopp[href='#innhald']").unwrap();
            assert_eq!(doc.select(&skip).count(), 1, "{k} has the skip link");
        }
        let html = scraper::Selector::parse("html[lang]").unwrap();
        assert_eq!(doc.select(&html).count(), 1, "{k} sets lang");
        n += 1;
    }
    assert!(n > 100, "{n} pages");
}

#[test]
fn node_deadlines_are_relative_to_the_undring_not_dates() {
    // The shipped graphs carry no deadlines (a deadline is a municipality's
    // own rule): a municipality whose own veileder has them, in both målformer.
    use crate::guide::{FRIST_KOMMUNE, FRIST_VEILEDER};
    for (maalform, want) in [
        ("nb", ["Innen 14 dager fra undringen oppsto"]),
        ("nn", ["Innan 14 dagar frå undringa oppstod"]),
    ] {
        let kommune =
            FRIST_KOMMUNE.replace("maalform = \"nb\"", &format!("maalform = \"{maalform}\""));
        // The deadline is the data's own text, in the municipality's målform.
        let veileder = match maalform {
            "nn" => FRIST_VEILEDER.replace("14 dager", "14 dagar"),
            _ => FRIST_VEILEDER.to_string(),
        };
        let data = crate::util::tree(&[
            ("kommuner/fristby/kommune.toml", &kommune),
            ("kommuner/fristby/veileder.toml", &veileder),
        ]);
        let ut = data.path().join("ut");
        bygg(
            &["--data", data.path().to_str().unwrap(), "-k", "fristby"],
            &ut,
        );
        let s = std::fs::read_to_string(ut.join("veileder/steg-1.html")).unwrap();
        for w in want {
            assert!(s.contains(w), "{maalform}: {s}");
        }
        // No date in what the page says (the printed header's build date aside).
        let doc = scraper::Html::parse_document(&s);
        let main: String = doc
            .select(&scraper::Selector::parse("main").unwrap())
            .flat_map(|m| m.text())
            .collect();
        assert!(!main.contains("2026"), "no date on a walkthrough page");
    }
}

#[test]
fn the_calendar_is_the_one_bti_frist_writes() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&["-k", "sirdal"], &ut);
    let ics = std::fs::read(ut.join("sirdal-frister.ics")).unwrap();
    let out = bti()
        .args([
            "-k", "sirdal", "frist", "--alle", "--format", "ics", "--i-dag", I_DAG,
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        ics == out.stdout,
        "the site's .ics differs from `bti frist --alle --format ics`"
    );
    let plan = std::fs::read_to_string(ut.join("framdrift.html")).unwrap();
    assert!(plan.contains("href=\"sirdal-frister.ics\""));
    // Every dated occurrence is a row of the plan table.
    let events = String::from_utf8(ics)
        .unwrap()
        .matches("BEGIN:VEVENT")
        .count();
    let doc = scraper::Html::parse_document(&plan);
    let rows = doc
        .select(&scraper::Selector::parse("table.plan tbody tr").unwrap())
        .count();
    assert!(
        rows >= events && events > 10,
        "{rows} rows, {events} events"
    );
}

#[test]
fn outcome_pages_carry_the_guide_summary() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&["-k", "sirdal"], &ut);
    let s = std::fs::read_to_string(ut.join("veileder/utfall-bekymringsmelding.html")).unwrap();
    for want in [
        "Hvem du kontakter",
        "Lister barnevern",
        "116 111",
        "Barnevernsloven",
        "lovdata.no",
    ] {
        assert!(s.contains(want), "missing {want}");
    }
    // the same outcome through `bti guide`'s JSON summary names the same services
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&["-k", "sogndal"], &ut);
    let s = std::fs::read_to_string(ut.join("veileder/utfall-niva-1.html")).unwrap();
    assert!(s.contains("Hald fram på"), "nynorsk summary");
    assert!(s.contains("Kven du kontaktar"));
}

// ----------------------------------------------------------------- browser

/// What the browser tests need. On a developer machine without it they skip
/// with a note; under CI (`CI=true`, as `.ci/run` runs) a missing tool fails:
/// CI must run them.
fn browser_tools() -> Option<PathBuf> {
    let mangler = |note: String| -> Option<PathBuf> {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("{note}: CI must run the browser tests (.ci/run installs them)");
        }
        eprintln!("note: {note}; skipping the browser tests");
        None
    };
    let web = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/web");
    let chromium = std::env::var_os("BTI_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    if !chromium.exists() {
        return mangler(format!(
            "{} is missing (apt-get install chromium)",
            chromium.display()
        ));
    }
    if Command::new("node").arg("--version").output().is_err() {
        return mangler("node is not on PATH".into());
    }
    for m in ["playwright-core", "axe-core"] {
        if !web.join("node_modules").join(m).exists() {
            return mangler(format!(
                "tests/web/node_modules/{m} is missing (run `npm ci` in tests/web)"
            ));
        }
    }
    Some(web)
}

#[test]
fn in_a_browser_links_resolve_the_walk_reaches_every_outcome_and_axe_is_clean() {
    let Some(web) = browser_tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("nettside");
    bygg(&[], &ut);
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/nettside-skjermbilder");
    let out = Command::new("node")
        .arg(web.join("sjekk.mjs"))
        .arg(&ut)
        .arg(&shots)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "sjekk.mjs failed: {err}");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pages = r["pages"].as_array().unwrap();
    let html_files = filer(&ut).keys().filter(|k| k.ends_with(".html")).count();
    assert_eq!(
        pages.len(),
        html_files,
        "every page is reachable by links from index.html"
    );
    assert_eq!(r["broken"], serde_json::json!([]), "broken links");
    assert_eq!(
        r["brokenFragments"],
        serde_json::json!([]),
        "broken #fragments"
    );
    assert_eq!(
        r["external"],
        serde_json::json!([]),
        "requests to other hosts"
    );
    assert_eq!(r["consoleErrors"], serde_json::json!([]));
    assert_eq!(
        r["axe"],
        serde_json::json!([]),
        "axe-core WCAG 2.1 A/AA violations"
    );
    assert!(
        r["axePages"].as_array().unwrap().len() >= 5 * 8,
        "axe ran on every page type"
    );
    for (page, lang) in r["lang"].as_object().unwrap() {
        let want = if page.starts_with("sogndal/") || page.starts_with("austrheim/") {
            "nn"
        } else {
            "nb"
        };
        assert_eq!(lang, want, "{page}");
    }

    // The walk from each first page reaches every outcome of the graph, and
    // each outcome page shows its title, the contacts heading and the numbers.
    let m = bti::i18n::Maalform::Nb;
    let store = bti::data::Store::embedded(m);
    let nasjonal = store.nasjonal().data.unwrap();
    for id in ["strand", "sirdal", "austrheim", "sogndal", "inderoy"] {
        let mut s = store.clone();
        s.maalform = s.maalform_of(id).unwrap();
        let nasjonal = if s.maalform == m {
            nasjonal.clone()
        } else {
            s.nasjonal().data.unwrap()
        };
        let k = s.kommune(id, &nasjonal).data.unwrap();
        let guide = k.guide(&nasjonal).unwrap();
        let got = &r["outcomes"][format!("{id}/")];
        assert_eq!(
            got.as_object().map_or(0, |o| o.len()),
            guide.utfall.len(),
            "{id}: outcomes reached by clicking: {got}"
        );
        let kontakter = if k.kommune.maalform == m {
            "Hvem du kontakter"
        } else {
            "Kven du kontaktar"
        };
        for u in &guide.utfall {
            let o = &got[u.id.as_ref()];
            assert_eq!(
                o["h1"],
                serde_json::json!(u.tittel),
                "{id}/{}",
                u.id.as_ref()
            );
            assert!(
                o["h2"].as_array().unwrap().iter().any(|h| h == kontakter),
                "{id}: {o}"
            );
            assert_eq!(o["akutt"], true);
            for n in &u.nodnummer {
                let nummer = &nasjonal.nummer(n.as_ref()).unwrap().nummer;
                assert!(
                    o["numbers"].as_array().unwrap().iter().any(|x| x == nummer),
                    "{id}: {nummer}"
                );
            }
            for t in k
                .tjenester
                .iter()
                .filter(|t| u.kategorier.iter().any(|c| t.har_kategori(c.as_ref())))
            {
                assert!(
                    o["contacts"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .any(|c| c.as_str().unwrap().contains(&t.navn)),
                    "{id}/{}: {} missing",
                    u.id.as_ref(),
                    t.navn
                );
            }
        }
    }
    // Screenshots at 320 and 1280 px, and nothing wider than the window at 320 px.
    for s in r["shots"].as_array().unwrap() {
        if let Some(f) = s["file"].as_str() {
            assert!(Path::new(f).exists());
        }
        assert!(
            s["overflow"].as_i64().unwrap() <= 0,
            "horizontal scroll: {s}"
        );
    }
    assert!(r["shots"].as_array().unwrap().len() >= 5 * 4 * 2);
    crate::nettside_sider::i_nettlesaren(&r);
}

/// Issue 21 §4/§5 on the website: no maintainer's note, no unconfirmed
/// paragraph, no other municipality's rule, and no «–» for a missing contact;
/// 116 111 named as everywhere else.
#[test]
fn the_site_shows_nothing_meant_for_the_maintainer() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    bygg(&[], &ut);
    let filer = filer(&ut);
    let mut utfall = 0;
    for (navn, tekst) in html(&filer) {
        for f in [
            "kontroller",
            "13-2",
            "Telefon: –",
            "E-post: –",
            "eksempel: Tromsø",
            "døme: Tromsø",
            "bedreinnnsats",
        ] {
            assert!(!tekst.contains(f), "{navn}: «{f}»");
        }
        if navn.contains("/veileder/utfall-") {
            utfall += 1;
            if tekst.contains("116 111") {
                assert!(
                    tekst.contains("Alarmtelefonen for barn og unge, "),
                    "{navn}"
                );
            }
        }
    }
    assert!(utfall > 10);
}
