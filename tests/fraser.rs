//! Issue 26 (and 23 item 1, 27 item 5) through the binary: the phrases plans
//! use for Christmas, Easter, seasons, quarters, school holidays, recurring
//! and ongoing rows; the ambiguous ones named; a 40 KB date expression that
//! used to overflow the stack.

use chrono::{Datelike, Days, NaiveDate};

use crate::util::{run, tree};

/// A municipality `test` in `maalform` with one plan `p` (window `start`–`slutt`,
/// optional extra plan keys) whose rows are `(id, frist)`.
fn plan(
    maalform: &str,
    start: &str,
    slutt: &str,
    ekstra: &str,
    rader: &[(&str, &str)],
) -> tempfile::TempDir {
    let mut text = format!(
        "[[plan]]\nid = \"p\"\nnavn = \"Plan\"\nstart = \"{start}\"\nslutt = \"{slutt}\"\n{ekstra}\n"
    );
    for (id, frist) in rader {
        text.push_str(&format!(
            "\n[[plan.aktivitet]]\nid = \"{id}\"\nhva = \"Rad {id}\"\nfrist = \"{frist}\"\n"
        ));
    }
    tree(&[
        (
            "kommuner/test/kommune.toml",
            &format!("navn = \"Testkommune\"\nmaalform = \"{maalform}\"\n"),
        ),
        ("kommuner/test/framdrift.toml", &text),
    ])
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// `bti sjekk DIR`: exit code and everything printed.
fn sjekk(dir: &tempfile::TempDir) -> (i32, String) {
    let text = std::fs::read_to_string(dir.path().join("kommuner/test/kommune.toml")).unwrap();
    let m = if text.contains("\"nn\"") { "nn" } else { "nb" };
    let (code, out, err) = run(&["--maalform", m, "sjekk", dir.path().to_str().unwrap()]);
    (code, format!("{out}{err}"))
}

/// One occurrence as JSON gives it: (aktivitet, start, slutt, omtrentlig, lopende).
type Rad = (String, Option<String>, Option<String>, bool, bool);

/// `frist --alle --format json`, one `Rad` per occurrence.
fn rader(dir: &tempfile::TempDir) -> Vec<Rad> {
    let rows = crate::util::json(&[
        "--data",
        dir.path().to_str().unwrap(),
        "--i-dag",
        "2024-06-01",
        "frist",
        "--alle",
        "--format",
        "json",
    ]);
    rows.iter()
        .map(|r| {
            (
                r["aktivitet"].as_str().unwrap().to_string(),
                r["start"].as_str().map(String::from),
                r["slutt"].as_str().map(String::from),
                r["omtrentlig"].as_bool().unwrap(),
                r["lopende"].as_bool().unwrap(),
            )
        })
        .collect()
}

/// Each phrase (bokmål rows in an nb municipality, nynorsk in an nn one)
/// resolves to `[start, slutt]` with the given approximate mark.
fn expect(maalform: &str, start: &str, slutt: &str, cases: &[(&str, NaiveDate, NaiveDate, bool)]) {
    let rows: Vec<(String, &str)> = cases
        .iter()
        .enumerate()
        .map(|(i, (f, ..))| (format!("r{i}"), *f))
        .collect();
    let refs: Vec<(&str, &str)> = rows.iter().map(|(i, f)| (i.as_str(), *f)).collect();
    let dir = plan(maalform, start, slutt, "", &refs);
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{maalform}: {out}");
    let got = rader(&dir);
    for (i, (frist, s, e, omtrent)) in cases.iter().enumerate() {
        let row = got
            .iter()
            .find(|r| r.0 == format!("r{i}"))
            .unwrap_or_else(|| panic!("{frist}: {got:?}"));
        assert_eq!(
            (row.1.as_deref(), row.2.as_deref(), row.3),
            (
                Some(s.to_string().as_str()),
                Some(e.to_string().as_str()),
                *omtrent
            ),
            "{maalform} «{frist}»"
        );
    }
}

// --- «jul» first: Christmas was silently July --------------------------------

#[test]
fn before_christmas_is_christmas_not_july() {
    // Old code: 2024-07-31 for every one of them.
    let jul = d(2024, 12, 23);
    expect(
        "nb",
        "2024-01-01",
        "2024-12-31",
        &[
            ("før jul", jul, jul, true),
            ("innen jul", jul, jul, true),
            ("før jul 2024", jul, jul, true),
            ("i jula", d(2024, 12, 24), d(2025, 1, 1), true),
            ("julen 2024", d(2024, 12, 24), d(2025, 1, 1), true),
            ("etter jul", d(2024, 1, 2), d(2024, 1, 29), true),
            ("15. jul", d(2024, 7, 15), d(2024, 7, 15), false),
            ("jul.", d(2024, 7, 1), d(2024, 7, 31), false),
        ],
    );
    expect(
        "nn",
        "2024-01-01",
        "2024-12-31",
        &[
            ("innan jul", jul, jul, true),
            ("seinast jul", jul, jul, true),
            ("i jula", d(2024, 12, 24), d(2025, 1, 1), true),
        ],
    );
}

#[test]
fn bare_jul_with_a_year_asks_which() {
    // Old code: July 2024, no word.
    for (maalform, words) in [
        ("nb", "kan leses på flere måter"),
        ("nn", "kan lesast på fleire måtar"),
    ] {
        let dir = plan(
            maalform,
            "2024-01-01",
            "2024-12-31",
            "",
            &[("a", "jul 2024")],
        );
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(words), "{out}");
        assert!(out.contains("«juli 2024» eller «julen 2024»"), "{out}");
        assert!(out.contains("framdrift.toml:"), "{out}");
    }
}

// --- Easter by the computus ----------------------------------------------------

/// Easter Sunday by Gauss's algorithm with its two Gregorian exceptions:
/// computed here independently of the program's own (Meeus) computus.
fn gauss_paaske(y: i32) -> NaiveDate {
    let (k, a, b, c) = (y / 100, y % 19, y % 4, y % 7);
    let p = (13 + 8 * k) / 25;
    let q = k / 4;
    let m = (15 - p + k - q) % 30;
    let n = (4 + k - q) % 7;
    let dd = (19 * a + m) % 30;
    let e = (2 * b + 4 * c + 6 * dd + n) % 7;
    let mut day = 22 + dd + e; // days from 1 March, minus one
    if dd == 29 && e == 6 {
        day -= 7; // 26 April becomes 19 April
    }
    if dd == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
        day -= 7; // 25 April becomes 18 April
    }
    d(y, 3, 1) + Days::new(day as u64 - 1)
}

#[test]
fn easter_phrases_follow_the_computus() {
    for y in [2019, 2024, 2025, 2027, 2038] {
        let e = gauss_paaske(y);
        assert_eq!(e.weekday(), chrono::Weekday::Sun);
        let (start, slutt) = (format!("{y}-01-01"), format!("{y}-12-31"));
        expect(
            "nb",
            &start,
            &slutt,
            &[
                ("før påske", e - Days::new(4), e - Days::new(4), true),
                ("etter påske", e + Days::new(2), e + Days::new(29), true),
                ("påsken", e - Days::new(3), e + Days::new(1), false),
                ("påskeferien", e - Days::new(6), e + Days::new(1), true),
            ],
        );
        expect(
            "nn",
            &start,
            &slutt,
            &[
                ("innan påske", e - Days::new(4), e - Days::new(4), true),
                ("i påska", e - Days::new(3), e + Days::new(1), false),
            ],
        );
    }
}

// --- Quarters, halves, seasons, holidays, weekdays -------------------------------

#[test]
fn quarters_halves_seasons_and_new_year() {
    expect(
        "nb",
        "2024-01-01",
        "2024-12-31",
        &[
            ("1. kvartal 2024", d(2024, 1, 1), d(2024, 3, 31), false),
            ("Q3 2024", d(2024, 7, 1), d(2024, 9, 30), false),
            ("første halvår 2024", d(2024, 1, 1), d(2024, 6, 30), false),
            ("2. halvår", d(2024, 7, 1), d(2024, 12, 31), false),
            ("sommeren 2024", d(2024, 6, 1), d(2024, 8, 31), true),
            ("sommer 2024", d(2024, 6, 1), d(2024, 8, 31), true),
            ("innen sommeren", d(2024, 6, 19), d(2024, 6, 19), true),
            ("før sommerferien", d(2024, 6, 19), d(2024, 6, 19), true),
            ("etter nyttår", d(2024, 1, 2), d(2024, 1, 29), true),
            ("tirsdag i uke 12", d(2024, 3, 19), d(2024, 3, 19), false),
            ("høsten 2024", d(2024, 8, 1), d(2024, 12, 31), false),
            ("mars-april 2024", d(2024, 3, 1), d(2024, 4, 30), false),
            ("innen uke 40", d(2024, 10, 4), d(2024, 10, 4), false),
            ("i løpet av 2024", d(2024, 1, 1), d(2024, 12, 31), false),
        ],
    );
    expect(
        "nn",
        "2024-01-01",
        "2024-12-31",
        &[
            ("fyrste halvår 2024", d(2024, 1, 1), d(2024, 6, 30), false),
            ("sumaren 2024", d(2024, 6, 1), d(2024, 8, 31), true),
            ("innan sumaren", d(2024, 6, 19), d(2024, 6, 19), true),
            ("tysdag i veke 12", d(2024, 3, 19), d(2024, 3, 19), false),
            ("hausten 2024", d(2024, 8, 1), d(2024, 12, 31), false),
        ],
    );
    expect(
        "nb",
        "2024-08-01",
        "2025-07-31",
        &[
            ("vinteren 2024/2025", d(2024, 12, 1), d(2025, 2, 28), true),
            ("våren 2025", d(2025, 1, 1), d(2025, 6, 30), false),
            ("uke 2, 2025", d(2025, 1, 6), d(2025, 1, 10), false),
            ("august/september", d(2024, 8, 1), d(2024, 9, 30), false),
            ("uke 34–36", d(2024, 8, 19), d(2024, 9, 6), false),
        ],
    );
}

#[test]
fn winter_and_new_year_with_a_year_are_two_readings() {
    for (frist, want) in [
        (
            "vinteren 2024",
            "«vinteren 2023/2024» eller «vinteren 2024/2025»",
        ),
        ("før nyttår 2025", "«før 1.1.2025» eller «før 1.1.2026»"),
    ] {
        let dir = plan("nb", "2024-01-01", "2025-12-31", "", &[("a", frist)]);
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains(want), "{frist}: {out}");
    }
}

#[test]
fn skolestart_comes_from_the_plan_or_is_an_error_that_says_how() {
    for maalform in ["nb", "nn"] {
        let dir = plan(
            maalform,
            "2024-01-01",
            "2024-12-31",
            "",
            &[("a", "før skolestart")],
        );
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 1, "{out}");
        assert!(
            out.contains("skolestart = \\\"2024-08-19\\\"")
                || out.contains("skolestart = \"2024-08-19\""),
            "{out}"
        );
    }
    let dir = plan(
        "nb",
        "2024-01-01",
        "2024-12-31",
        "skolestart = \"2024-08-19\"",
        &[
            ("a", "før skolestart"),
            ("b", "skolestart"),
            ("c", "i sommerferien"),
        ],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
    let got = rader(&dir);
    let by = |id: &str| got.iter().find(|r| r.0 == id).unwrap().clone();
    assert_eq!(by("a").2.as_deref(), Some("2024-08-18"));
    assert_eq!(by("b").2.as_deref(), Some("2024-08-19"));
    assert_eq!(by("c").2.as_deref(), Some("2024-08-18"));
}

// --- Recurring and ongoing rows ------------------------------------------------

#[test]
fn recurring_rows_are_occurrences_inside_the_window() {
    let dir = plan(
        "nb",
        "2024-01-01",
        "2024-12-31",
        "",
        &[
            ("m", "hver mandag i mars"),
            ("u", "annenhver uke fra uke 2"),
            ("n", "hver 14. dag fra 10.1"),
        ],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
    let got = rader(&dir);
    let mandager: Vec<_> = got
        .iter()
        .filter(|r| r.0 == "m")
        .map(|r| r.1.clone().unwrap())
        .collect();
    assert_eq!(
        mandager,
        ["2024-03-04", "2024-03-11", "2024-03-18", "2024-03-25"]
    );
    assert_eq!(got.iter().filter(|r| r.0 == "u").count(), 26);
    assert_eq!(got.iter().filter(|r| r.0 == "n").count(), 26);
    // Without a start, and past the cap: errors that say what to write.
    let dir = plan(
        "nn",
        "2020-01-01",
        "2024-12-31",
        "",
        &[("a", "annakvar veke"), ("b", "kvar måndag")],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("seier ikkje når gjentakinga byrjar"), "{out}");
    assert!(out.contains("«annakvar veke frå veke 1»"), "{out}");
    assert!(out.contains("høgst 200"), "{out}");
}

#[test]
fn ongoing_rows_have_no_deadline_and_are_never_overdue() {
    // Old code: «løpende» and «fra 2022» were errors («mente du «ila 2022»?»).
    let dir = plan(
        "nb",
        "2024-01-01",
        "2024-12-31",
        "",
        &[
            ("a", "løpende"),
            ("b", "fra 2022"),
            ("c", "fra august 2024"),
            ("d", "hele perioden"),
        ],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
    let got = rader(&dir);
    let by = |id: &str| got.iter().find(|r| r.0 == id).unwrap().clone();
    assert_eq!(by("a").1.as_deref(), Some("2024-01-01"));
    assert_eq!(by("b").1.as_deref(), Some("2022-01-01"));
    assert_eq!(by("c").1.as_deref(), Some("2024-08-01"));
    for id in ["a", "b", "c", "d"] {
        assert_eq!(by(id).2, None, "{id}: no deadline");
        assert!(by(id).4, "{id}: lopende");
    }
    let data = dir.path().to_str().unwrap();
    // Long after the plan: nothing overdue, nothing in the default window.
    for args in [
        &[
            "--data",
            data,
            "--i-dag",
            "2025-06-01",
            "frist",
            "--forfalt",
            "--format",
            "json",
        ][..],
        &[
            "--data",
            data,
            "--i-dag",
            "2024-06-01",
            "frist",
            "--format",
            "json",
        ][..],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, out.trim()), (0, "[]"), "{args:?}: {err}");
    }
    // Never a year-long calendar event.
    let (code, out, _) = run(&["--data", data, "frist", "--alle", "--format", "ics"]);
    assert_eq!(code, 0);
    assert!(!out.contains("BEGIN:VEVENT"), "{out}");
    // The table says so.
    let (_, out, _) = run(&["--data", data, "--i-dag", "2024-06-01", "frist", "--alle"]);
    assert!(out.contains("løpende fra"), "{out}");
}

#[test]
fn naar_loepende_is_accepted() {
    // Old code: «naar: kan ikke lese datouttrykket «løpende»».
    let text = "[[plan]]\nid = \"p\"\nnavn = \"P\"\nstart = \"2024-01-01\"\nslutt = \"2024-12-31\"\n\n\
                [[plan.aktivitet]]\nid = \"a\"\nnaar = \"løpende\"\nhva = \"Tverrfaglig team\"\n";
    let dir = tree(&[
        (
            "kommuner/test/kommune.toml",
            "navn = \"T\"\nmaalform = \"nn\"\n",
        ),
        ("kommuner/test/framdrift.toml", text),
    ]);
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 0, "{out}");
    let got = rader(&dir);
    assert_eq!(got[0].1.as_deref(), Some("2024-01-01"));
    assert!(got[0].4);
}

// --- Issue 23 item 1: a 40 KB expression overflowed the stack --------------------

#[test]
fn a_40_kb_dash_chain_is_an_error_not_a_stack_overflow() {
    // Old code: exit 134, «has overflowed its stack».
    for (felt, uttrykk) in [
        ("frist", format!("{}2", "1-".repeat(20_000))),
        ("naar", format!("{}2021", "2021–".repeat(8_000))),
    ] {
        let text = format!(
            "[[plan]]\nid = \"p\"\nnavn = \"P\"\nstart = \"2024-01-01\"\nslutt = \"2024-12-31\"\n\n\
             [[plan.aktivitet]]\nhva = \"A\"\n{felt} = \"{uttrykk}\"\n"
        );
        let dir = tree(&[
            (
                "kommuner/test/kommune.toml",
                "navn = \"T\"\nmaalform = \"nb\"\n",
            ),
            ("kommuner/test/framdrift.toml", &text),
        ]);
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 1, "{felt}: {}", &out[..out.len().min(400)]);
        assert!(out.contains("datouttrykket er for langt"), "{felt}");
        assert!(out.contains("høyst 500"), "{felt}");
        assert!(out.contains("framdrift.toml:9:"), "{felt}");
        let data = dir.path().to_str().unwrap();
        for cmd in ["frist", "kommuner"] {
            let (code, _, err) = run(&["--data", data, cmd]);
            assert_eq!(code, 1, "{felt} {cmd}: {}", &err[..err.len().min(400)]);
            assert!(!err.contains("overflowed"), "{cmd}");
        }
    }
}

#[test]
fn sjekk_suggests_only_a_spelling_that_keeps_the_meaning() {
    let dir = plan(
        "nb",
        "2024-01-01",
        "2024-12-31",
        "",
        &[("a", "før jull"), ("b", "Før påskke")],
    );
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("(mente du «før jul»?)"), "{out}");
    assert!(out.contains("(mente du «Før påske»?)"), "{out}");
    // Two readings: named, never one chosen for the writer.
    let dir = plan("nb", "2024-01-01", "2024-12-31", "", &[("a", "jul 2024")]);
    let (_, out) = sjekk(&dir);
    assert!(!out.contains("mente du"), "{out}");
    // A short word is not «corrected» into another preposition («fra» → «ila»).
    let dir = plan("nb", "2024-01-01", "2024-12-31", "", &[("a", "fre 2024")]);
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(!out.contains("ila"), "{out}");
}

// --- Issue 27 item 7: arenas' meetings -----------------------------------------

fn arena(moter: &str, maalform: &str) -> tempfile::TempDir {
    tree(&[
        (
            "kommuner/test/kommune.toml",
            &format!("navn = \"T\"\nmaalform = \"{maalform}\"\n"),
        ),
        (
            "kommuner/test/arenaer.toml",
            &format!(
                "[[arena]]\nid = \"team\"\nnavn = \"BTI-team\"\nnivaa = \"individ\"\n\
                 tidspunkt = \"kl. 12.30–14.00\"\nsted = \"Rådhuset, møterom 2\"\nmoter = [{moter}]\n"
            ),
        ),
    ])
}

#[test]
fn arena_meetings_without_a_year_and_recurring_give_the_next_meeting() {
    // Old code: «15.01» was an error about plan periods; the rest unreadable.
    for (moter, maalform, i_dag, neste) in [
        ("\"15.01\"", "nb", "2024-06-05", "2025-01-15"),
        (
            "\"første tirsdag i måneden\"",
            "nb",
            "2024-06-05",
            "2024-07-02",
        ),
        (
            "\"fyrste tysdag i månaden\"",
            "nn",
            "2024-06-04",
            "2024-06-04",
        ),
        (
            "\"hver 14. dag fra 8.1.2024\"",
            "nb",
            "2024-06-01",
            "2024-06-10",
        ),
        (
            "\"kvar 14. dag frå 8.1.2024\"",
            "nn",
            "2024-06-11",
            "2024-06-24",
        ),
        (
            "\"15.01.2025\", \"siste fredag i mars\"",
            "nb",
            "2025-02-01",
            "2025-01-15",
        ),
    ] {
        let dir = arena(moter, maalform);
        let (code, out) = sjekk(&dir);
        assert_eq!(code, 0, "{moter}: {out}");
        let rows = crate::util::json(&[
            "--data",
            dir.path().to_str().unwrap(),
            "--i-dag",
            i_dag,
            "arenaer",
            "--format",
            "json",
        ]);
        let want = if moter.contains("siste fredag") {
            "2025-03-28"
        } else {
            neste
        };
        assert_eq!(rows[0]["neste_mote"], want, "{moter}");
        assert_eq!(rows[0]["tidspunkt"], "kl. 12.30–14.00");
        assert_eq!(rows[0]["sted"], "Rådhuset, møterom 2");
    }
    // A recurrence that does not say where it starts is an error that says how.
    let dir = arena("\"hver 14. dag\"", "nb");
    let (code, out) = sjekk(&dir);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("«hver 14. dag fra"), "{out}");
    assert!(!out.contains("planperiode"), "{out}");
}
