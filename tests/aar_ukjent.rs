//! Issue 27 item 5, «år ukjent»: a plan row whose date the source gives
//! without a year (`aar_ukjent = true`). Accepted by `sjekk`, shown
//! «15. mars (år ukjent)», never overdue, never a calendar event.

use crate::util::{run, tree};

/// A municipality `test` in `maalform` whose one plan (with `vindu` lines,
/// possibly none) has the given rows (TOML text of each `[[plan.aktivitet]]`).
fn plan(maalform: &str, vindu: &str, rader: &[&str]) -> tempfile::TempDir {
    let mut text = format!("[[plan]]\nid = \"p\"\nnavn = \"Plan\"\n{vindu}\n");
    for r in rader {
        text.push_str(&format!("\n[[plan.aktivitet]]\n{r}\n"));
    }
    tree(&[
        (
            "kommuner/test/kommune.toml",
            &format!("navn = \"Testkommune\"\nmaalform = \"{maalform}\"\n"),
        ),
        ("kommuner/test/framdrift.toml", &text),
    ])
}

fn sjekk(dir: &tempfile::TempDir) -> (i32, String) {
    let (code, out, err) = run(&["sjekk", dir.path().to_str().unwrap()]);
    (code, format!("{out}{err}"))
}

const RADER: [&str; 3] = [
    "id = \"a\"\nhva = \"Fagdag\"\nfrist = \"15.03\"\naar_ukjent = true",
    "id = \"b\"\nhva = \"Samling\"\nnaar = \"1.-3. juni\"\n\"år_ukjent\" = true",
    "id = \"c\"\nhva = \"Dater rad\"\nfrist = \"1.2.2024\"",
];

#[test]
fn a_date_without_a_year_is_accepted_and_shown_so() {
    // Old code: «ukjent nøkkel «aar_ukjent»», and «15.03» without a window
    // was «datoen mangler år».
    let dir = plan("nb", "", &RADER);
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
    let data = dir.path().to_str().unwrap();
    let rows = crate::util::json(&[
        "--data",
        data,
        "--i-dag",
        "2026-12-02",
        "frist",
        "--alle",
        "--format",
        "json",
    ]);
    let by = |id: &str| rows.iter().find(|r| r["aktivitet"] == id).unwrap();
    let a = by("a");
    assert_eq!(a["aar_ukjent"], true);
    assert_eq!(a["uten_aar"], "--03-15");
    assert_eq!(a["start"], serde_json::Value::Null);
    assert_eq!(a["slutt"], serde_json::Value::Null);
    assert_eq!(a["dager_igjen"], serde_json::Value::Null);
    assert_eq!(a["ikke_oppdatert"], false);
    assert_eq!(by("b")["uten_aar"], "--06-01/--06-03");
    assert_eq!(by("c")["aar_ukjent"], false);
    assert_eq!(by("c")["uten_aar"], serde_json::Value::Null);
    // The dated row first, then the year-less ones by day and month.
    let ids: Vec<&str> = rows
        .iter()
        .map(|r| r["aktivitet"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["c", "a", "b"]);

    let (code, out, _) = run(&["--data", data, "--i-dag", "2026-12-02", "frist", "--alle"]);
    assert_eq!(code, 0);
    assert!(out.contains("15. mars (år ukjent)"), "{out}");
    assert!(out.contains("1. juni – 3. juni (år ukjent)"), "{out}");
    assert!(
        !out.contains("2000"),
        "the placeholder year never shows: {out}"
    );
    for format in ["markdown", "tsv", "csv"] {
        let (code, out, _) = run(&[
            "--data",
            data,
            "--i-dag",
            "2026-12-02",
            "frist",
            "--alle",
            "--format",
            format,
        ]);
        assert_eq!(code, 0);
        assert!(out.contains("15. mars (år ukjent)"), "{format}: {out}");
        assert!(!out.contains("2000"), "{format}: {out}");
    }
}

#[test]
fn a_year_unknown_row_is_never_overdue_nor_a_calendar_event() {
    let dir = plan("nb", "", &RADER);
    let data = dir.path().to_str().unwrap();
    // Long after any 15 March: nothing overdue, nothing in a window.
    for args in [
        &[
            "--data",
            data,
            "--i-dag",
            "2026-12-02",
            "frist",
            "--forfalt",
            "--format",
            "json",
        ][..],
        &[
            "--data",
            data,
            "--i-dag",
            "2026-03-01",
            "frist",
            "--dager",
            "60",
            "--format",
            "json",
        ][..],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "{err}");
        assert!(
            !out.contains("\"a\"") && !out.contains("\"b\""),
            "{args:?}: {out}"
        );
    }
    let (code, out, _) = run(&["--data", data, "frist", "--alle", "--format", "ics"]);
    assert_eq!(code, 0);
    assert_eq!(
        out.matches("BEGIN:VEVENT").count(),
        1,
        "only the dated row: {out}"
    );
    // `sjekk` does not call it «ikke oppdatert», nor does `kommuner`.
    let (_, out, err) = run(&["--i-dag", "2026-12-02", "sjekk", data]);
    assert!(
        out.matches("fristen er passert").count() + err.matches("fristen er passert").count() == 1,
        "{out}{err}"
    );
}

#[test]
fn nynorsk_says_aar_ukjend() {
    let dir = plan("nn", "", &RADER);
    let data = dir.path().to_str().unwrap();
    let (code, out, _) = run(&[
        "--data",
        data,
        "-k",
        "test",
        "--i-dag",
        "2026-12-02",
        "frist",
        "--alle",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("15. mars (år ukjend)"), "{out}");
}

#[test]
fn a_year_in_the_expression_or_a_week_is_an_error_that_says_so() {
    for (frist, melding) in [
        ("15.03.2024", "men datoen har år"),
        ("uke 10", "bare være dag og måned"),
        ("påske", "bare være dag og måned"),
        ("2 uker etter c", "bare være dag og måned"),
    ] {
        let row = format!("id = \"a\"\nhva = \"Fagdag\"\nfrist = \"{frist}\"\naar_ukjent = true");
        let dir = plan("nb", "", &[&row, RADER[2]]);
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 1, "{frist}: {out}");
        assert!(out.contains(melding), "{frist}: {out}");
        assert!(out.contains("framdrift.toml:"), "{frist}: {out}");
    }
    // Within a plan window the year-less date is still not given the window's year.
    let dir = plan(
        "nb",
        "start = \"2024-01-01\"\nslutt = \"2025-12-31\"",
        &[RADER[0]],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn the_website_shows_the_day_without_a_year() {
    let dir = plan("nb", "", &RADER);
    let data = dir.path().to_str().unwrap();
    let ut = dir.path().join("side");
    let (code, _, err) = run(&[
        "--data",
        data,
        "-k",
        "test",
        "nettside",
        ut.to_str().unwrap(),
        "--i-dag",
        "2026-12-02",
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(ut.join("framdrift.html")).unwrap();
    assert!(html.contains("15. mars (år ukjent)"), "{html}");
    let ics = std::fs::read_dir(&ut)
        .unwrap()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".ics"))
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .unwrap_or_default();
    assert!(!ics.contains("Fagdag"), "{ics}");
}
