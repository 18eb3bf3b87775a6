//! Tests over every shipped graph (national and each municipality's own) and
//! the fixture graphs in `tests/fixtures/guide/`, and the TUI's screens
//! rendered to a `TestBackend` (insta snapshots in `snapshots/`).
//!
//! Paths are found by breadth-first search here, not written by hand, so a
//! new or reworded graph is covered the day it is shipped.

use std::collections::{HashMap, VecDeque};

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::style::Color;

use super::engine::{Engine, Pos, Svar};
use super::oppsummering::Oppsummering;
use super::tui::{Action, App, Effekt, KommuneValg, bryt, from_key, render};
use super::*;
use crate::data::Store;
use crate::data::model::Veileder;

const I_DAG: NaiveDate = match NaiveDate::from_ymd_opt(2026, 1, 15) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

fn nasjonal() -> Nasjonal {
    Store::embedded(Maalform::Nb)
        .nasjonal()
        .require(Maalform::Nb)
        .unwrap()
}

fn kilde(kommune: Option<&str>) -> Kilde {
    let store = Store::embedded(Maalform::Nb);
    let nasjonal = nasjonal();
    let kommune = kommune.map(|id| store.kommune(id, &nasjonal).require(Maalform::Nb).unwrap());
    Kilde { nasjonal, kommune }
}

/// The national graph and every municipality that ships its own.
fn shipped() -> Vec<(String, Kilde)> {
    let store = Store::embedded(Maalform::Nb);
    let mut out = vec![("nasjonal".to_string(), kilde(None))];
    for id in store.kommune_ids().unwrap() {
        let k = kilde(Some(&id));
        let own = k
            .kommune
            .as_ref()
            .and_then(|d| d.veileder.as_ref())
            .is_some_and(|v| v.guide.is_some());
        if own {
            out.push((id, k));
        }
    }
    out
}

fn fixtures() -> Vec<(String, Guide)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/guide");
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "toml") {
            let v: Veileder = toml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            out.push((p.display().to_string(), v.guide.unwrap()));
        }
    }
    assert!(out.len() >= 2, "fixtures missing");
    out
}

fn alle_grafer() -> Vec<(String, Guide)> {
    let mut g: Vec<(String, Guide)> = shipped()
        .into_iter()
        .map(|(n, k)| (n, k.guide().unwrap().clone()))
        .collect();
    g.extend(fixtures());
    g
}

/// The shortest answer sequence to every place reachable from the start.
fn stier(guide: &Guide) -> HashMap<Pos, Vec<usize>> {
    let start = Engine::new(guide).unwrap();
    let mut seen = HashMap::from([(start.her(), Vec::new())]);
    let mut queue = VecDeque::from([(start, Vec::new())]);
    while let Some((e, sti)) = queue.pop_front() {
        let Some(n) = e.node() else { continue };
        for i in 0..n.valg.len() {
            let mut neste = e.clone();
            assert!(neste.velg(i));
            if let std::collections::hash_map::Entry::Vacant(v) = seen.entry(neste.her()) {
                let mut s: Vec<usize> = sti.clone();
                s.push(i);
                v.insert(s.clone());
                queue.push_back((neste, s));
            }
        }
    }
    seen
}

fn kjor(guide: &Guide, sti: &[usize]) -> Engine {
    let mut e = Engine::new(guide).unwrap();
    for &i in sti {
        assert!(e.velg(i));
    }
    e
}

#[test]
fn every_outcome_of_every_graph_is_reached_by_a_scripted_path() {
    for (navn, guide) in alle_grafer() {
        let stier = stier(&guide);
        for (u, utfall) in guide.utfall.iter().enumerate() {
            let sti = stier
                .get(&Pos::Utfall(u))
                .unwrap_or_else(|| panic!("{navn}: {} unreachable", utfall.id.as_ref()));
            let e = kjor(&guide, sti);
            assert_eq!(
                e.utfall().unwrap().id.as_ref(),
                utfall.id.as_ref(),
                "{navn}"
            );
            let svar: Vec<Svar> = e.historikk().iter().map(|t| t.svar).collect();
            let want: Vec<Svar> = sti.iter().map(|&i| Svar::Valg(i)).collect();
            assert_eq!(svar, want, "{navn}: the history is the path");
        }
        for (i, n) in guide.node.iter().enumerate() {
            assert!(
                stier.contains_key(&Pos::Node(i)),
                "{navn}: node {} unreachable",
                n.id.as_ref()
            );
        }
    }
}

#[test]
fn back_and_akutt_from_every_node_restore_the_state() {
    for (navn, guide) in alle_grafer() {
        for (pos, sti) in stier(&guide) {
            let Pos::Node(_) = pos else { continue };
            let mut e = kjor(&guide, &sti);
            let her = e.her();
            let hist = e.historikk().to_vec();
            if e.er_akutt() {
                assert!(!e.akutt(), "{navn}: a second akutt is a no-op");
            } else {
                assert!(e.akutt(), "{navn}: akutt from {}", e.id(her));
                assert!(e.er_akutt());
                assert_eq!(e.historikk().last().unwrap().svar, Svar::Akutt);
                assert!(e.tilbake());
            }
            assert_eq!((e.her(), e.historikk()), (her, hist.as_slice()), "{navn}");
            let antall = e.node().unwrap().valg.len();
            for i in 0..antall {
                assert!(e.velg(i));
                assert!(e.tilbake());
                assert_eq!((e.her(), e.historikk()), (her, hist.as_slice()), "{navn}");
            }
            assert!(!e.velg(antall), "{navn}: no choice past the last");
            // Back all the way retraces the path exactly.
            let mut forventet: Vec<Pos> = {
                let mut f = Engine::new(&guide).unwrap();
                let mut v = vec![f.her()];
                for &i in &sti {
                    f.velg(i);
                    v.push(f.her());
                }
                v
            };
            forventet.pop();
            while let Some(p) = forventet.pop() {
                assert!(e.tilbake());
                assert_eq!(e.her(), p, "{navn}");
            }
            assert!(!e.tilbake(), "{navn}: nothing before the start");
            assert!(e.historikk().is_empty());
        }
    }
}

#[test]
fn every_summary_of_the_shipped_data_is_complete() {
    for (navn, k) in shipped() {
        let guide = k.guide().unwrap().clone();
        for (pos, sti) in stier(&guide) {
            let Pos::Utfall(_) = pos else { continue };
            let e = kjor(&guide, &sti);
            let o = Oppsummering::ny(&k, &e, I_DAG, Maalform::Nb).unwrap();
            assert_eq!(o.sti.len(), sti.len());
            for f in &o.frister {
                assert!(
                    f.dato.is_some(),
                    "{navn}: frist «{}» is no duration",
                    f.tekst
                );
                assert!(f.dato.unwrap() > I_DAG);
            }
            for l in &o.lovverk {
                assert!(l.lov.is_some(), "{navn}: unknown lovverk {}", l.id);
            }
            for n in &o.nodnummer {
                assert!(!n.navn.is_empty(), "{navn}: unknown nodnummer {}", n.id);
            }
            // The id list has no duplicates.
            let mut ids: Vec<&str> = o.lovverk.iter().map(|l| l.id.as_str()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), o.lovverk.len());
            // Markdown and JSON carry the same outcome.
            assert!(o.markdown().contains(&o.tittel.replace('|', "\\|")));
            assert_eq!(o.json()["id"], o.id.as_str());
        }
    }
}

#[test]
fn sirdal_contacts_follow_the_outcome_categories() {
    let k = kilde(Some("sirdal"));
    let guide = k.guide().unwrap().clone();
    let stier = stier(&guide);
    let u = guide
        .utfall
        .iter()
        .position(|u| u.id.as_ref() == "utfall-bekymringsmelding")
        .unwrap();
    let e = kjor(&guide, &stier[&Pos::Utfall(u)]);
    let o = Oppsummering::ny(&k, &e, I_DAG, Maalform::Nb).unwrap();
    assert!(!o.tjenester.is_empty());
    assert!(o.tjenester.iter().all(|t| t.kategori == "barnevern"));
    assert!(o.nodnummer.iter().any(|n| n.nummer == "116 111"));
    // National only: no contacts, and a note that says how to get them.
    let n = kilde(None);
    let o = Oppsummering::ny(&n, &e, I_DAG, Maalform::Nb).unwrap();
    assert!(o.tjenester.is_empty());
    assert!(o.tekst().contains("bti -k sirdal guide"));
}

#[test]
fn outcome_frist_and_node_frist_become_dates() {
    let (_, guide) = fixtures()
        .into_iter()
        .find(|(n, _)| n.ends_with("sykel.toml"))
        .unwrap();
    let k = kilde(None);
    let mut e = Engine::new(&guide).unwrap();
    assert!(e.velg(0)); // start -> steg-1 (frist 3 dager)
    assert!(e.velg(0)); // back to start
    assert!(e.velg(0)); // steg-1 again: listed once
    assert!(e.velg(2)); // utfall-to (frist 1 uke)
    let o = Oppsummering::ny(&k, &e, I_DAG, Maalform::Nb).unwrap();
    let f: Vec<(&str, Option<NaiveDate>)> = o
        .frister
        .iter()
        .map(|f| (f.node.as_str(), f.dato))
        .collect();
    assert_eq!(
        f,
        [
            ("steg-1", NaiveDate::from_ymd_opt(2026, 1, 18)),
            ("utfall-to", NaiveDate::from_ymd_opt(2026, 1, 22)),
        ]
    );
    assert_eq!(o.sti.len(), 4);
}

// ------------------------------------------------------------------ TUI

fn app(k: Kilde, m: Maalform, farge: bool) -> App {
    let e = Engine::new(k.guide().unwrap()).unwrap();
    App::new(k, e, m, farge, I_DAG)
}

fn skjerm(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| render(app, f)).unwrap();
    t
}

fn tekst(app: &App, w: u16, h: u16) -> String {
    skjerm(app, w, h).backend().to_string()
}

/// Walk the app to the node with this id by the shortest path.
fn gaa_til(app: &mut App, id: &str) {
    let guide = app.engine.guide().clone();
    let pos = guide
        .node
        .iter()
        .position(|n| n.id.as_ref() == id)
        .map(Pos::Node)
        .or_else(|| {
            guide
                .utfall
                .iter()
                .position(|u| u.id.as_ref() == id)
                .map(Pos::Utfall)
        })
        .unwrap();
    for &i in &stier(&guide)[&pos] {
        assert_eq!(app.update(Action::Tall(i + 1)), Effekt::Ingen);
        assert_eq!(app.update(Action::Bekreft), Effekt::Ingen);
    }
    assert_eq!(app.engine.id(app.engine.her()), id);
}

#[test]
fn snapshot_first_node() {
    let a = app(kilde(None), Maalform::Nb, false);
    insta::assert_snapshot!("forste_node", tekst(&a, 80, 24));
}

#[test]
fn snapshot_node_with_tools_and_deadline() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    let s = tekst(&a, 80, 30);
    // The national graph names Tromsø's deadline as an example only.
    assert!(!s.contains("Frist:"), "{s}");
    assert!(s.contains("eksempel: Tromsø kommune"), "{s}");
    assert!(s.contains("Verktøy:"));
    insta::assert_snapshot!("node_verktoy_frist", s);
}

#[test]
fn snapshot_akutt() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    a.update(Action::Akutt);
    let s = tekst(&a, 80, 30);
    assert!(s.contains("⚠ AKUTT"));
    insta::assert_snapshot!("akutt", s);
}

#[test]
fn snapshot_summary_with_sirdal_contacts() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-niva-2");
    let s = tekst(&a, 100, 60);
    assert!(s.contains("PPT Lister"), "{s}");
    assert!(s.contains("Lister barnevern"));
    insta::assert_snapshot!("oppsummering_sirdal", s);
}

#[test]
fn snapshot_help_overlay() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    a.update(Action::Hjelp);
    insta::assert_snapshot!("hjelp", tekst(&a, 80, 24));
}

#[test]
fn snapshot_too_small() {
    let a = app(kilde(None), Maalform::Nb, false);
    let s = tekst(&a, 39, 12);
    assert!(s.contains("Terminalen er for liten"), "{s}");
    assert!(tekst(&a, 40, 11).contains("Terminalen er for liten"));
    assert!(!tekst(&a, 40, 12).contains("Terminalen er for liten"));
    insta::assert_snapshot!("for_liten", tekst(&a, 30, 10));
}

#[test]
fn snapshot_kommune_choice_in_nynorsk() {
    let mut a = app(kilde(None), Maalform::Nn, false);
    a.velg_kommune = Some(KommuneValg {
        liste: vec![
            (Some("sirdal".into()), "Sirdal kommune".into()),
            (Some("sogndal".into()), "Sogndal kommune".into()),
            (None, "Berre nasjonalt".into()),
        ],
    });
    a.update(Action::Ned);
    insta::assert_snapshot!("kommunevalg_nn", tekst(&a, 60, 14));
    assert_eq!(
        a.update(Action::Bekreft),
        Effekt::LastKommune(Some("sogndal".into()))
    );
    a.update(Action::Tall(3));
    assert_eq!(a.update(Action::Bekreft), Effekt::LastKommune(None));
}

#[test]
fn a_chosen_municipality_brings_its_maalform_unless_one_was_set() {
    for (fast, want) in [(false, Maalform::Nn), (true, Maalform::Nb)] {
        let mut a = app(kilde(None), Maalform::Nb, false);
        a.fast_maalform = fast;
        let k = kilde(Some("sogndal"));
        let e = Engine::new(k.guide().unwrap()).unwrap();
        a.bytt_kilde(k, e);
        assert_eq!(a.m, want);
    }
}

#[test]
fn akutt_is_red_with_colour_and_still_marked_without() {
    for farge in [true, false] {
        let mut a = app(kilde(None), Maalform::Nb, farge);
        a.update(Action::Akutt);
        let t = skjerm(&a, 80, 30);
        let buf = t.backend().buffer();
        let red = buf
            .content
            .iter()
            .any(|c| c.fg == Color::Red || c.bg == Color::Red);
        assert_eq!(red, farge, "red only with colour");
        let s = t.backend().to_string();
        assert!(s.contains("⚠ AKUTT – Akutt fare"), "title marker");
        assert!(s.contains('╔'), "double border");
    }
}

#[test]
fn no_colour_means_no_colour_on_any_screen() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    let mut skjermer = vec![skjerm(&a, 80, 24)];
    a.update(Action::Hjelp);
    skjermer.push(skjerm(&a, 80, 24));
    a.update(Action::Hjelp);
    gaa_til(&mut a, "utfall-akutt");
    skjermer.push(skjerm(&a, 80, 24));
    for t in skjermer {
        for c in &t.backend().buffer().content {
            assert_eq!((c.fg, c.bg), (Color::Reset, Color::Reset));
        }
    }
}

#[test]
fn renders_every_screen_at_every_size_without_panicking() {
    let sizes = [1u16, 11, 12, 39, 40, 130];
    for (_, k) in shipped() {
        let guide = k.guide().unwrap().clone();
        for (_, sti) in stier(&guide) {
            let mut a = app(k.clone(), Maalform::Nn, true);
            for &i in &sti {
                a.update(Action::Tall(i + 1));
                a.update(Action::Bekreft);
            }
            for hjelp in [false, true] {
                a.hjelp = hjelp;
                for w in sizes {
                    for h in sizes {
                        skjerm(&a, w, h);
                    }
                }
            }
        }
    }
    for (_, guide) in fixtures() {
        let k = kilde(None);
        let e = Engine::new(&guide).unwrap();
        let mut a = App::new(k, e, Maalform::Nb, false, I_DAG);
        for _ in 0..12 {
            a.update(Action::Ned);
        }
        for w in sizes {
            for h in sizes {
                skjerm(&a, w, h);
            }
        }
        // The cursor on the last of twelve choices stays in view.
        let s = tekst(&a, 40, 12);
        if guide.node[0].valg.len() == 12 {
            assert!(s.contains("▶ 12. Valg tolv"), "{s}");
        }
    }
}

#[test]
fn scrolling_is_clamped_to_the_content() {
    use ratatui::layout::Rect;
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-niva-2");
    let flate = Rect::new(0, 0, 80, 24);
    let maks = super::tui::maks_rull(&a, flate);
    assert!(maks > 10, "the summary is longer than one screen");
    for _ in 0..50 {
        a.update(Action::RullNed);
        a.rull = a.rull.min(maks);
    }
    assert_eq!(a.rull, maks);
    let bunn = tekst(&a, 80, 24);
    assert!(
        bunn.contains("Veien hit:") && !bunn.contains("↓ mer"),
        "{bunn}"
    );
    a.update(Action::RullOpp);
    assert_eq!(a.rull, maks - 10, "PgUp acts at once");
    // Everything fits at 130×80: nothing to scroll.
    assert_eq!(super::tui::maks_rull(&a, Rect::new(0, 0, 130, 80)), 0);
    assert_eq!(super::tui::maks_rull(&a, Rect::new(0, 0, 30, 10)), 0);
}

#[test]
fn keys_become_actions() {
    let k = |code| KeyEvent::new(code, KeyModifiers::NONE);
    assert_eq!(from_key(k(KeyCode::Char('q'))), Some(Action::Avslutt));
    assert_eq!(from_key(k(KeyCode::Esc)), Some(Action::Avslutt));
    assert_eq!(
        from_key(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)),
        Some(Action::Avbryt)
    );
    assert_eq!(from_key(k(KeyCode::Char('a'))), Some(Action::Akutt));
    assert_eq!(from_key(k(KeyCode::Char('!'))), Some(Action::Akutt));
    assert_eq!(from_key(k(KeyCode::Char('3'))), Some(Action::Tall(3)));
    assert_eq!(from_key(k(KeyCode::Char('0'))), None);
    assert_eq!(from_key(k(KeyCode::Char('j'))), Some(Action::Ned));
    assert_eq!(from_key(k(KeyCode::Up)), Some(Action::Opp));
    assert_eq!(from_key(k(KeyCode::Backspace)), Some(Action::Tilbake));
    assert_eq!(from_key(k(KeyCode::Char('b'))), Some(Action::Tilbake));
    assert_eq!(from_key(k(KeyCode::Enter)), Some(Action::Bekreft));
    assert_eq!(from_key(k(KeyCode::Char('?'))), Some(Action::Hjelp));
    assert_eq!(from_key(k(KeyCode::Char('s'))), Some(Action::Lagre));
    assert_eq!(from_key(k(KeyCode::Char('x'))), None);
    let mut release = k(KeyCode::Char('q'));
    release.kind = KeyEventKind::Release;
    assert_eq!(from_key(release), None);
}

#[test]
fn update_is_a_careful_state_machine() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    // Back at the start says so, and changes nothing.
    assert_eq!(a.update(Action::Tilbake), Effekt::Ingen);
    assert!(a.melding.is_some());
    // Saving before an outcome is refused with a message.
    assert_eq!(a.update(Action::Lagre), Effekt::Ingen);
    assert!(a.melding.is_some());
    // A digit moves the cursor; it does not answer.
    a.update(Action::Tall(4));
    assert_eq!((a.markor, a.engine.historikk().len()), (3, 0));
    a.update(Action::Tall(9));
    assert_eq!(a.markor, 3, "no ninth choice");
    a.update(Action::Ned);
    assert_eq!(a.markor, 3, "the cursor stops at the last choice");
    // q with help open closes the help only.
    a.update(Action::Hjelp);
    assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
    assert!(!a.hjelp && !a.ferdig);
    // Enter answers; the cursor starts at the top of the next node.
    a.update(Action::Bekreft);
    assert_eq!(a.engine.node().unwrap().id.as_ref(), "steg-1");
    assert_eq!(a.markor, 0);
    a.update(Action::Akutt);
    assert!(a.engine.er_akutt());
    a.update(Action::Tilbake);
    assert_eq!(a.engine.node().unwrap().id.as_ref(), "steg-1");
    // At an outcome, s asks the loop to save.
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-avslutt");
    assert!(a.oppsummering.is_some());
    assert_eq!(a.update(Action::Lagre), Effekt::Lagre);
    assert_eq!(a.update(Action::Avbryt), Effekt::Avslutt);
    assert!(a.ferdig);
}

#[test]
fn wrapping_never_overflows() {
    let tekst = "Ettordsomerlengreennenhellinje og vanlige ord, æøå og ⚠ tegn — slik.";
    for w in 1..40 {
        for (forst, videre) in [("", ""), ("• ", "  "), ("▶ 12. ", "      ")] {
            let linjer = bryt(tekst, w, forst, videre);
            assert!(!linjer.is_empty());
            let joined: String = linjer
                .concat()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join("");
            let orig: String = tekst.split_whitespace().collect::<Vec<_>>().join("");
            assert!(joined.contains(&orig.replace(' ', "")[..5]));
            if w > bredde_av(videre).max(bredde_av(forst)) {
                for l in &linjer {
                    assert!(bredde_av(l) <= w, "w={w} {l:?}");
                }
            }
        }
    }
    assert_eq!(bryt("a b c", 3, "", ""), ["a b", "c"]);
    assert_eq!(bryt("", 10, "• ", ""), ["• "]);
}

fn bredde_av(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}
