//! The seventh test municipality (issue 27 «Done when»): Tromsø, written
//! from the municipality's public BTI, barnevern, PPT and helsestasjon pages
//! (tests/fixtures/tromso, sources in its kilder.toml). It passes `sjekk`,
//! answers queries, builds a website, and its own rule sits on the national graph.

use crate::util::run;

const DATA: &str = "tests/fixtures/tromso";

#[test]
fn sjekk_passes_without_errors_or_warnings() {
    let (code, out, err) = run(&["--i-dag", "2026-12-02", "sjekk", DATA]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("0 feil, 0 advarsler"), "{out}{err}");
}

#[test]
fn tjenester_as_json_carry_what_the_pages_say() {
    let rows = crate::util::json(&[
        "--data",
        DATA,
        "-k",
        "tromso",
        "tjenester",
        "--format",
        "json",
    ]);
    let by = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} missing: {rows:?}"))
    };
    assert_eq!(by("barneverntjenesten")["telefon"], "95 19 52 40");
    assert_eq!(by("barneverntjenesten")["kategori"], "barnevern");
    assert_eq!(by("ppt")["epost"], "ppt@tromso.kommune.no");
    assert_eq!(by("jordmortjenesten")["kategori"], "helsestasjon");
    assert_eq!(by("skolehelsetjenesten")["kategori"], "skolehelsetjeneste");
    assert!(
        rows.iter().all(|r| r["kilde"].is_string()),
        "every entry has its source"
    );
    // Issue 27.3 and 27.4: a labelled number, a service of two categories.
    let kontakt = &by("barneverntjenesten")["kontakt"][0];
    assert_eq!(kontakt["etikett"], "Sentralbord");
    assert_eq!(kontakt["telefon"], "77 79 00 00");
    assert_eq!(by("psykhjelpen")["kategori"], "psykisk-helse");
    assert_eq!(
        by("psykhjelpen")["kategorier"],
        serde_json::json!(["psykisk-helse", "helsestasjon"])
    );
}

#[test]
fn the_own_deadline_is_on_the_national_decision_step() {
    let out = crate::util::bti()
        .args([
            "--data",
            DATA,
            "-k",
            "tromso",
            "--i-dag",
            "2026-12-02",
            "guide",
            "--plain",
        ])
        .args(["--undring", "2026-12-01"])
        .write_stdin("4\n1\n1\n4\n1\n1\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Vurder videre oppfølging"), "{text}");
    assert!(
        text.contains("Frist: 14 dager – innen tir. 15. desember 2026"),
        "{text}"
    );
    assert!(
        text.contains("Fem trinn fra bekymring til melding"),
        "{text}"
    );
}

#[test]
fn an_ongoing_row_is_never_marked_as_not_updated() {
    // Old code: «fra høsten 2025», still «pågår», was «fristen er passert» in
    // `frist`, on the website and as a `sjekk` warning.
    let rows = crate::util::json(&[
        "--data",
        DATA,
        "-k",
        "tromso",
        "--i-dag",
        "2026-12-02",
        "frist",
        "--alle",
        "--format",
        "json",
    ]);
    let r = rows
        .iter()
        .find(|r| r["aktivitet"] == "endringene")
        .unwrap();
    assert_eq!(r["lopende"], true);
    assert_eq!(r["ikke_oppdatert"], false);
    let (code, out, _) = run(&[
        "--data",
        DATA,
        "--i-dag",
        "2026-12-02",
        "kommuner",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("\"ikke_oppdatert\":1"), "{out}");
}

#[test]
fn the_website_builds_and_shows_the_services() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("side");
    let (code, out, err) = run(&[
        "--data",
        DATA,
        "-k",
        "tromso",
        "nettside",
        ut.to_str().unwrap(),
        "--i-dag",
        "2026-12-02",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("index.html"), "{out}");
    let html = |f: &str| std::fs::read_to_string(ut.join(f)).unwrap();
    assert!(html("index.html").contains("Tromsø kommune"));
    let plan = html("framdrift.html");
    assert!(plan.contains("Endringene innføres stegvis"), "{plan}");
    assert!(!plan.contains("fristen er passert"), "{plan}");
    // Issue 27.2: the local, inter-municipal vakt on the akutt page, the
    // digital form on the parents' page.
    let akutt = std::fs::read_dir(ut.join("veileder"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .find(|h| h.contains("tel:112"))
        .expect("an akutt page");
    assert!(akutt.contains("tel:95195240"), "{akutt}");
    assert!(akutt.contains("Barnevernvakta"), "{akutt}");
    let foreldre = std::fs::read_dir(&ut)
        .unwrap()
        .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
        .find(|h| {
            h.contains("class=\"meldeskjema\"")
                || h.contains("https://tromso.kommune.no/barnevern\"")
        });
    assert!(foreldre.is_some(), "the form is linked");
}
