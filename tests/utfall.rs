//! Which services an outcome lists (issue 27.4): the coordinating services,
//! the arenas for one child's case and the services of the outcome's
//! categories, each once; many schools become one line, the user's own
//! kind of workplace «din egen skole»; a service may have several categories.

use scraper::{Html, Selector};
use serde_json::Value;

use crate::nettside::{bygg, filer};
use crate::util::{bti, json, run, tree};

const SKOLER: [&str; 5] = [
    "Nordby skole",
    "Sørby skole",
    "Vestby skole",
    "Østby skole",
    "Midtby skole",
];

/// A municipality with five schools, a coordinating unit, one service in
/// two categories, an arena for one child's case and one at kommune level.
fn testby(maalform: &str) -> tempfile::TempDir {
    let mut tjenester = String::new();
    for (i, s) in SKOLER.iter().enumerate() {
        tjenester.push_str(&format!(
            "[[tjeneste]]\nid = \"skole-{i}\"\nnavn = \"{s}\"\nkategori = \"skole\"\n\n"
        ));
    }
    tjenester.push_str(
        "[[tjeneste]]\nid = \"ke\"\nnavn = \"Tildelingskontoret\"\nkategori = \"koordinerende-enhet\"\n\
         telefon = \"12 34 56 78\"\n\n\
         [[tjeneste]]\nid = \"helse\"\nnavn = \"Helsestasjon og skolehelsetjeneste\"\n\
         kategori = [\"helsestasjon\", \"skolehelsetjeneste\"]\n\n\
         [[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT Testby\"\nkategori = \"ppt\"\n",
    );
    let arenaer = "[[arena]]\nid = \"samarbeidsmote\"\nnavn = \"Samarbeidsmøte\"\nnivaa = \"individ\"\n\
                   tidspunkt = \"kl. 12.30–14.00\"\nsted = \"Rådhuset, møterom 2\"\n\n\
                   [[arena]]\nid = \"styringsgruppe\"\nnavn = \"Styringsgruppe\"\nnivaa = \"kommune\"\n";
    tree(&[
        (
            "kommuner/testby/kommune.toml",
            &format!("navn = \"Testby kommune\"\nmaalform = \"{maalform}\"\n"),
        ),
        ("kommuner/testby/tjenester.toml", &tjenester),
        ("kommuner/testby/arenaer.toml", arenaer),
    ])
}

/// The national graph to step 4, then «nivå 2».
const NIVAA_2: &str = "4\n1\n1\n4\n1\n1\n3\n";

fn guide(dir: &tempfile::TempDir, ekstra: &[&str], json: bool) -> String {
    guide_svar(dir, ekstra, json, NIVAA_2)
}

fn guide_svar(dir: &tempfile::TempDir, ekstra: &[&str], json: bool, svar: &str) -> String {
    let d = dir.path().to_str().unwrap();
    let mut c = bti();
    c.args(["--data", d, "-k", "testby", "--i-dag", "2026-01-15"])
        .args(ekstra)
        .args(["guide", "--plain"]);
    if json {
        c.args(["--format", "json"]);
    }
    let out = c.write_stdin(svar).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn utfall(dir: &tempfile::TempDir, ekstra: &[&str]) -> Value {
    let out = guide(dir, ekstra, true);
    let last = out.lines().last().unwrap();
    let v: Value = serde_json::from_str(last).unwrap();
    assert_eq!(v["type"], "utfall");
    assert_eq!(v["id"], "utfall-niva-2");
    v
}

fn ids(v: &Value) -> Vec<&str> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect()
}

#[test]
fn the_data_with_a_list_of_categories_passes_sjekk() {
    let dir = testby("nb");
    let (code, out, err) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn a_nivaa_2_summary_lists_many_schools_as_one_line_in_groups() {
    let dir = testby("nb");
    let v = utfall(&dir, &[]);
    // (a) the coordinating unit, (b) the arena for one child's case only,
    // (c) the services, the one with two categories once, no school.
    assert_eq!(ids(&v["koordinerende"]), ["ke"]);
    assert_eq!(ids(&v["arenaer"]), ["samarbeidsmote"]);
    assert_eq!(v["arenaer"][0]["sted"], "Rådhuset, møterom 2");
    assert_eq!(ids(&v["tjenester"]), ["helse", "ppt"]);
    let samlet = v["samlet"].as_array().unwrap();
    assert_eq!(samlet.len(), 1, "{samlet:?}");
    assert_eq!(samlet[0]["kategori"], "skole");
    assert_eq!(samlet[0]["antall"], 5);
    assert_eq!(samlet[0]["egen"], false);
    assert_eq!(
        samlet[0]["kommando"],
        "bti -k testby tjenester --kategori skole"
    );

    let tekst = guide(&dir, &[], false);
    let kontakter = tekst
        .split("Kontakter:\n")
        .nth(1)
        .and_then(|s| s.split("\n\n").next())
        .unwrap();
    for s in SKOLER {
        assert!(!kontakter.contains(s), "{s} listed:\n{kontakter}");
    }
    let forventet = [
        "  Koordinerende enhet:",
        "    • Tildelingskontoret – telefon 12 34 56 78",
        "  Arenaer for samarbeid om ett barn:",
        "    • Samarbeidsmøte – kl. 12.30–14.00 · Rådhuset, møterom 2",
        "  Tjenester å kontakte:",
        "    • Helsestasjon og skolehelsetjeneste (Helsestasjon)",
        "    • PPT Testby (PPT)",
        "    • Skole: 5 tjenester – se alle med: bti -k testby tjenester --kategori skole",
    ];
    let mut fra = 0;
    for linje in forventet {
        let i = kontakter[fra..]
            .find(linje)
            .unwrap_or_else(|| panic!("«{linje}» missing or out of order:\n{kontakter}"));
        fra += i + linje.len();
    }
    assert!(!kontakter.contains("Styringsgruppe"), "{kontakter}");
    assert_eq!(
        kontakter
            .matches("Helsestasjon og skolehelsetjeneste")
            .count(),
        1,
        "{kontakter}"
    );
    // The categories covered are not said to be unregistered.
    let uten = kontakter
        .lines()
        .find(|l| l.contains("ikke registrert tjenester for"))
        .unwrap();
    for k in [
        "Skole",
        "Helsestasjon",
        "Skolehelsetjeneste",
        "PPT",
        "Koordinerende",
    ] {
        assert!(!uten.contains(k), "{k}: {uten}");
    }
}

#[test]
fn a_teacher_sees_the_schools_as_din_egen_skole() {
    for (mf, linje, overskrift) in [
        ("nb", "    • Skole: din egen skole\n", "Kontakter:\n"),
        ("nn", "    • Skule: din eigen skule\n", "Kontaktar:\n"),
    ] {
        let dir = testby(mf);
        let v = utfall(&dir, &["--arbeidssted", "skole"]);
        assert_eq!(v["samlet"][0]["egen"], true);
        assert_eq!(v["samlet"][0]["kommando"], Value::Null);
        let tekst = guide(&dir, &["--arbeidssted", "skole"], false);
        let kontakter = tekst.split(overskrift).nth(1).unwrap();
        assert!(kontakter.contains(linje), "{mf}:\n{kontakter}");
        for s in SKOLER {
            assert!(!kontakter.contains(s), "{mf}: {s} listed:\n{kontakter}");
        }
    }
}

#[test]
fn a_service_with_two_categories_is_found_by_each() {
    let dir = testby("nb");
    let d = dir.path().to_str().unwrap();
    for k in ["helsestasjon", "skolehelsetjeneste"] {
        let v = json(&[
            "--data",
            d,
            "-k",
            "testby",
            "--format",
            "json",
            "tjenester",
            "--kategori",
            k,
        ]);
        assert_eq!(v.len(), 1, "{k}: {v:?}");
        assert_eq!(v[0]["id"], "helse");
        // `kategori` stays the primary as a string; `kategorier` has all.
        assert_eq!(v[0]["kategori"], "helsestasjon");
        assert_eq!(
            v[0]["kategorier"],
            serde_json::json!(["helsestasjon", "skolehelsetjeneste"])
        );
    }
    // A search for the second category's word finds it too.
    let v = json(&[
        "--data",
        d,
        "-k",
        "testby",
        "--format",
        "json",
        "tjenester",
        "skolehelsetjeneste",
    ]);
    assert!(v.iter().any(|t| t["id"] == "helse"), "{v:?}");
    let (code, out, _) = run(&[
        "--data",
        d,
        "-k",
        "testby",
        "--format",
        "tsv",
        "tjenester",
        "--kategori",
        "skolehelsetjeneste",
    ]);
    assert_eq!(code, 0);
    assert!(
        out.contains("\thelsestasjon\thelsestasjon; skolehelsetjeneste\t"),
        "{out}"
    );
}

/// `sjekk` on a municipality whose `tjenester.toml` is `tjenester`.
fn sjekk_tjenester(tjenester: &str) -> (i32, String) {
    let dir = tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nb\"\n",
        ),
        ("kommuner/testby/tjenester.toml", tjenester),
    ]);
    let (code, out, err) = run(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    (code, format!("{out}{err}"))
}

#[test]
fn an_unknown_category_in_a_list_is_warned_at_its_place() {
    let (_, out) = sjekk_tjenester(
        "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = [\"ppt\", \"helsestasjonn\"]\n",
    );
    assert!(
        out.contains("tjenester.toml:4:20: advarsel: ukjent kategori «helsestasjonn»"),
        "{out}"
    );
    // An empty list is an error, not a service without a category.
    let (code, out) = sjekk_tjenester("[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = []\n");
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tjenester.toml:4:12: feil: tom liste: gi minst én kategori"),
        "{out}"
    );
}

#[test]
fn the_outcome_page_links_the_schools_and_the_services_page_lists_each_once() {
    let dir = testby("nb");
    let ut = dir.path().join("ut");
    bygg(
        &["--data", dir.path().to_str().unwrap(), "-k", "testby"],
        &ut,
    );
    let f = filer(&ut);
    let side = |p: &str| Html::parse_document(std::str::from_utf8(&f[p]).unwrap());
    let sel = |s: &str| Selector::parse(s).unwrap();
    let doc = side("veileder/utfall-niva-2.html");
    let html = doc.root_element().html();
    for s in SKOLER {
        assert!(!html.contains(s), "{s} on the outcome page");
    }
    let lenke = doc
        .select(&sel("a[href='../tjenester.html#kategori-skole']"))
        .next()
        .expect("a link to the schools");
    assert!(
        lenke
            .text()
            .collect::<String>()
            .contains("Skole: 5 tjenester")
    );
    let h3: Vec<String> = doc.select(&sel("h3")).map(|h| h.text().collect()).collect();
    assert_eq!(
        h3,
        [
            "Koordinerende enhet",
            "Arenaer for samarbeid om ett barn",
            "Tjenester å kontakte"
        ]
    );
    // The services page: one article (one anchor) per service, linked from
    // its second category.
    let doc = side("tjenester.html");
    assert_eq!(doc.select(&sel("#tjeneste-helse")).count(), 1);
    assert_eq!(
        doc.select(&sel(
            "section[aria-labelledby='kategori-skolehelsetjeneste'] a[href='#tjeneste-helse']"
        ))
        .count(),
        1
    );
}

/// The arenas are where services meet about one child: a nivå 1 outcome
/// (the user's own service with the family) lists none, nivå 2 does.
#[test]
fn a_nivaa_1_summary_lists_no_arena() {
    let dir = testby("nb");
    let out = guide_svar(&dir, &[], true, "4\n1\n1\n4\n1\n1\n2\n");
    let v: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
    assert_eq!(v["nivaa"], 1, "{v}");
    assert_eq!(v["arenaer"], serde_json::json!([]));
    assert_eq!(ids(&utfall(&dir, &[])["arenaer"]), ["samarbeidsmote"]);
}
