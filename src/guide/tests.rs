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
    Kilde::ny(nasjonal, kommune)
}

/// The national graph and every municipality that ships its own.
fn shipped() -> Vec<(String, Kilde)> {
    shipped_i(Maalform::Nb)
}

/// As `shipped`, read in målform `m` (a `veileder.nn.toml` where there is one).
fn shipped_i(m: Maalform) -> Vec<(String, Kilde)> {
    let store = Store::embedded(m);
    let nasjonal = store.nasjonal().require(m).unwrap();
    let kilde = |id: Option<&str>| {
        Kilde::ny(
            nasjonal.clone(),
            id.map(|id| store.kommune(id, &nasjonal).require(m).unwrap()),
        )
    };
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
            let o = Oppsummering::ny(&k, &e, Datoer::i_dag(I_DAG), Maalform::Nb).unwrap();
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
                assert!(!l.lov.is_empty(), "{navn}: unknown lovverk {}", l.id);
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
    let o = Oppsummering::ny(&k, &e, Datoer::i_dag(I_DAG), Maalform::Nb).unwrap();
    assert!(!o.tjenester.is_empty());
    assert!(o.tjenester.iter().all(|t| t.kategori == "barnevern"));
    assert!(o.nodnummer.iter().any(|n| n.nummer == "116 111"));
    // National only: no contacts, and a note that says how to get them.
    let n = kilde(None);
    let o = Oppsummering::ny(&n, &e, Datoer::i_dag(I_DAG), Maalform::Nb).unwrap();
    assert!(o.tjenester.is_empty());
    assert!(o.tekst().contains("bti -k sirdal guide"));
}

#[test]
fn deadlines_count_from_the_undring_and_only_for_what_is_ahead() {
    let (_, guide) = fixtures()
        .into_iter()
        .find(|(n, _)| n.ends_with("sykel.toml"))
        .unwrap();
    let k = kilde(None);
    let mut e = Engine::new(&guide).unwrap();
    assert!(e.velg(0)); // start -> steg-1 (frist 3 dager)
    assert!(e.velg(0)); // back to start
    assert!(e.velg(0)); // steg-1 again
    assert!(e.velg(2)); // utfall-to (frist 1 uke)
    let frister = |d: Datoer| -> Vec<(String, Option<NaiveDate>)> {
        Oppsummering::ny(&k, &e, d, Maalform::Nb)
            .unwrap()
            .frister
            .iter()
            .map(|f| (f.node.clone(), f.dato))
            .collect()
    };
    // steg-1 is done: its deadline is not listed at the outcome.
    assert_eq!(
        frister(Datoer::i_dag(I_DAG)),
        [(
            "utfall-to".to_string(),
            NaiveDate::from_ymd_opt(2026, 1, 22)
        )]
    );
    // Counted from the day the undring arose, not from today.
    let tidligere = Datoer {
        undring: NaiveDate::from_ymd_opt(2026, 1, 10).unwrap(),
        i_dag: I_DAG,
    };
    assert_eq!(
        frister(tidligere),
        [(
            "utfall-to".to_string(),
            NaiveDate::from_ymd_opt(2026, 1, 17)
        )]
    );
    let o = Oppsummering::ny(&k, &e, tidligere, Maalform::Nb).unwrap();
    assert!(
        o.tekst()
            .contains("1 uke fra lør. 10. januar 2026, da undringen oppsto"),
        "{}",
        o.tekst()
    );
    assert!(!o.tekst().contains("passert"), "{}", o.tekst());
    // A deadline that has passed by the time the outcome is reached says so
    // in the summary too, not only on the node's screen.
    let lenge_siden = Datoer {
        undring: NaiveDate::from_ymd_opt(2025, 12, 1).unwrap(),
        i_dag: I_DAG,
    };
    let gammel = Oppsummering::ny(&k, &e, lenge_siden, Maalform::Nb).unwrap();
    assert!(
        gammel
            .tekst()
            .contains("da undringen oppsto) – fristen er passert"),
        "{}",
        gammel.tekst()
    );
    assert!(gammel.markdown().contains("– fristen er passert"));
    assert_eq!(o.json()["undring"], "2026-01-10");
    assert_eq!(o.sti.len(), 4);

    // A closing outcome lists none, though the data gives it one.
    let mut e = Engine::new(&guide).unwrap();
    assert!(e.velg(0));
    assert!(e.velg(1)); // utfall-ferdig
    assert!(lukker_saken(e.utfall().unwrap()));
    assert!(e.utfall().unwrap().frist.is_some());
    let o = Oppsummering::ny(&k, &e, Datoer::i_dag(I_DAG), Maalform::Nb).unwrap();
    assert!(o.frister.is_empty());
    assert!(o.tekst().contains("Ingen frister på denne veien."));
}

#[test]
fn a_node_deadline_says_when_it_counts_from_and_when_it_has_passed() {
    let m = Maalform::Nb;
    assert_eq!(
        frist_tekst(m, "14 dager", Datoer::i_dag(I_DAG)),
        "14 dager – innen tor. 29. januar 2026"
    );
    let d = Datoer {
        undring: NaiveDate::from_ymd_opt(2025, 12, 20).unwrap(),
        i_dag: I_DAG,
    };
    assert_eq!(
        frist_tekst(m, "14 dager", d),
        "14 dager – innen lør. 3. januar 2026 (regnet fra lør. 20. desember 2025, da undringen oppsto) – fristen er passert"
    );
    assert_eq!(
        frist_tekst(Maalform::Nn, "4 veker", d),
        "4 veker – innan lau. 17. januar 2026 (rekna frå lau. 20. desember 2025, då undringa oppstod)"
    );
}

#[test]
fn dates_are_read_as_people_type_them() {
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(les_dato("2026-01-05"), d(2026, 1, 5));
    assert_eq!(les_dato(" 5.1.2026 "), d(2026, 1, 5));
    assert_eq!(les_dato("05.01.2026"), d(2026, 1, 5));
    for feil in [
        "",
        "5.1.26",
        "31.2.2026",
        "5.1",
        "i går",
        "5/1/2026",
        "5.1.2026.",
        "+5.1.2026",
    ] {
        assert_eq!(les_dato(feil), None, "{feil}");
    }
}

/// Every simple path (no node twice) from the start to an outcome, and the
/// akutt jump from the start: more than one path per outcome, so a deadline
/// that leaks from a step on one way in is caught.
fn alle_stier(guide: &Guide) -> Vec<Engine> {
    fn gaa(e: Engine, besokt: &mut Vec<Pos>, ut: &mut Vec<Engine>) {
        if e.er_ferdig() {
            ut.push(e);
            return;
        }
        if ut.len() > 5000 {
            return;
        }
        let n = e.node().map_or(0, |n| n.valg.len());
        for i in 0..n {
            let mut neste = e.clone();
            assert!(neste.velg(i));
            if besokt.contains(&neste.her()) {
                continue;
            }
            besokt.push(neste.her());
            gaa(neste, besokt, ut);
            besokt.pop();
        }
    }
    let start = Engine::new(guide).unwrap();
    let mut ut = Vec::new();
    gaa(start.clone(), &mut vec![start.her()], &mut ut);
    let mut akutt = start;
    if akutt.akutt() {
        let her = akutt.her();
        gaa(akutt, &mut vec![her], &mut ut);
    }
    ut
}

/// Names of municipalities whose own rules DOMAIN.md lists: never shown in
/// a graph as if they were the user's rule.
const ANDRE_KOMMUNER: [&str; 5] = ["Tromsø", "Vestre Toten", "Overhalla", "Løten", "Øygarden"];

/// The "Done when" of issue #12: every outcome of every shipped graph, in
/// both målformer, by every simple path: no deadline on an outcome that
/// closes the case, none for a step already passed, none borrowed from
/// another municipality (the national graph carries none; a named rule is an
/// example), no national consent age.
#[test]
fn every_outcome_of_every_shipped_graph_keeps_its_deadlines_honest() {
    let d = Datoer {
        undring: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        i_dag: I_DAG,
    };
    let mut utfall_sett = 0;
    for m in [Maalform::Nb, Maalform::Nn] {
        for (navn, k) in shipped_i(m) {
            let guide = k.guide().unwrap().clone();
            let nasjonal_graf = k
                .kommune
                .as_ref()
                .and_then(|x| x.veileder.as_ref())
                .and_then(|v| v.guide.as_ref())
                .is_none();
            if nasjonal_graf {
                assert!(
                    !har_frister(&guide),
                    "{navn}: the national graph carries no deadline of its own"
                );
            }
            let mut tekster: Vec<&str> = Vec::new();
            for n in &guide.node {
                tekster.push(&n.tekst);
                tekster.push(&n.sporsmal);
                tekster.extend(n.valg.iter().map(|v| v.tekst.as_str()));
            }
            for u in &guide.utfall {
                tekster.push(&u.tekst);
            }
            for t in &tekster {
                for kommune in ANDRE_KOMMUNER {
                    // Not even as «eksempel» (issue 21): a reader cannot tell
                    // which rule is theirs; examples stay in comments and `kilde`.
                    assert!(
                        !t.contains(kommune),
                        "{navn}: «{kommune}» in user text: {t}"
                    );
                }
                // No national age for a stafettlogg; the one legal age is the
                // child over 15 whose consent contact with barnevernet needs.
                if nasjonal_graf && !t.contains("barnevern") {
                    for alder in ["15 år", "16 år", "18 år"] {
                        assert!(!t.contains(alder), "{navn}: a national consent age: {t}");
                    }
                }
            }
            let stier = alle_stier(&guide);
            assert!(!stier.is_empty());
            for e in stier {
                let u = e.utfall().unwrap();
                let o = Oppsummering::ny(&k, &e, d, m).unwrap();
                utfall_sett += 1;
                if nasjonal_graf {
                    assert!(
                        !o.lovverk.iter().any(|l| l.id == "samtykke-16"),
                        "{navn}: Øygarden's consent age on {}",
                        o.id
                    );
                }
                if lukker_saken(u) {
                    assert!(o.frister.is_empty(), "{navn}: {} closes the case", o.id);
                }
                let passert: Vec<&str> = e
                    .noder_paa_stien()
                    .iter()
                    .map(|n| n.id.as_ref().as_str())
                    .collect();
                for f in &o.frister {
                    assert!(
                        !passert.contains(&f.node.as_str()),
                        "{navn}: the deadline of {} is shown after the step was passed",
                        f.node
                    );
                    assert_eq!(f.node, o.id, "{navn}: only the outcome's own is ahead");
                    // Counted from the undring, not from today.
                    assert_eq!(
                        f.dato,
                        frist_dato(&f.tekst, d.undring),
                        "{navn}: {}",
                        f.node
                    );
                }
            }
        }
    }
    assert!(utfall_sett > 20, "only {utfall_sett} outcomes walked");
}

/// SPEC §4: a stop-rule question asked again lists the same answers, in the
/// same words and order, as the first time; the akutt choice has one place.
#[test]
fn the_stop_rule_question_is_asked_the_same_way_everywhere() {
    for m in [Maalform::Nb, Maalform::Nn] {
        for (navn, k) in shipped_i(m) {
            let guide = k.guide().unwrap();
            let start = guide
                .node
                .iter()
                .find(|n| n.id.as_ref() == guide.start.as_ref())
                .unwrap();
            let forste: Vec<&str> = start.valg.iter().map(|v| v.tekst.as_str()).collect();
            let akutt = guide.akutt.as_ref().unwrap().as_ref();
            let akutt_plass = start.valg.iter().position(|v| v.til.as_ref() == akutt);
            assert!(
                akutt_plass.is_some(),
                "{navn}: the first screen offers akutt"
            );
            let mut gjentatt = 0;
            for n in &guide.node {
                if n.id.as_ref() == start.id.as_ref() {
                    continue;
                }
                let tekster: Vec<&str> = n.valg.iter().map(|v| v.tekst.as_str()).collect();
                if n.sporsmal == start.sporsmal {
                    gjentatt += 1;
                    assert_eq!(
                        tekster,
                        forste,
                        "{navn}: «{}» asks the stop rule again with other answers",
                        n.id.as_ref()
                    );
                }
                // Answers shared with the first screen keep their places.
                for (i, t) in tekster.iter().enumerate() {
                    if let Some(j) = forste.iter().position(|f| f == t)
                        && tekster.len() == forste.len()
                    {
                        assert_eq!(i, j, "{navn}: «{t}» moved in «{}»", n.id.as_ref());
                    }
                }
                if let Some(i) = n.valg.iter().position(|v| v.til.as_ref() == akutt) {
                    assert_eq!(
                        Some(i),
                        akutt_plass,
                        "{navn}: akutt at another place in «{}»",
                        n.id.as_ref()
                    );
                }
            }
            assert!(
                gjentatt >= 1,
                "{navn}: the stop rule is asked again before step 3"
            );
        }
    }
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
    // The national graph has no deadline, and names no other
    // municipality's (issue 21: not even as an example).
    assert!(!s.contains("Frist:"), "{s}");
    assert!(!s.contains("Tromsø"), "{s}");
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
            (None, super::bare_nasjonal(Maalform::Nn).into()),
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
    assert_eq!(from_key(k(KeyCode::Char('0'))), Some(Action::Annen));
    assert_eq!(from_key(k(KeyCode::Char('j'))), Some(Action::Ned));
    assert_eq!(from_key(k(KeyCode::Up)), Some(Action::Opp));
    assert_eq!(from_key(k(KeyCode::Backspace)), Some(Action::Tilbake));
    assert_eq!(from_key(k(KeyCode::Char('b'))), Some(Action::Tilbake));
    assert_eq!(from_key(k(KeyCode::Enter)), Some(Action::Bekreft));
    assert_eq!(from_key(k(KeyCode::Char('?'))), Some(Action::Hjelp));
    assert_eq!(from_key(k(KeyCode::Char('s'))), Some(Action::Lagre));
    assert_eq!(from_key(k(KeyCode::Char('x'))), Some(Action::Annen));
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

// ------------------------------------------------------------------ small screens (#12)

/// The last line of a rendered screen (the keys).
fn bunn(s: &str) -> &str {
    s.lines().last().unwrap_or("")
}

/// Whether the screen shows choice `nr` as a line of its own ("│▶ 2. …").
fn viser_valg(s: &str, nr: usize) -> bool {
    s.lines().any(|l| {
        let l = l.trim_start_matches(['"', '│', '║']);
        l.starts_with(&format!("▶ {nr}. ")) || l.starts_with(&format!("  {nr}. "))
    })
}

#[test]
fn every_choice_and_the_akutt_and_quit_keys_are_visible_from_40x12() {
    for m in [Maalform::Nb, Maalform::Nn] {
        for (navn, k) in shipped_i(m) {
            let guide = k.guide().unwrap().clone();
            for (pos, sti) in stier(&guide) {
                let Pos::Node(ni) = pos else { continue };
                let antall = guide.node[ni].valg.len();
                for markor in 0..antall {
                    let e = kjor(&guide, &sti);
                    let mut a = App::new(k.clone(), e, m, false, I_DAG);
                    a.markor = markor;
                    for (w, h) in [(40, 12), (41, 13), (45, 14), (60, 16), (80, 24)] {
                        let s = tekst(&a, w, h);
                        for nr in 1..=antall {
                            assert!(
                                viser_valg(&s, nr),
                                "{navn} {} at {w}×{h}: choice {nr} hidden\n{s}",
                                guide.node[ni].id.as_ref()
                            );
                        }
                        assert!(
                            bunn(&s).contains("a akutt") && bunn(&s).contains("q avslutt"),
                            "{navn} at {w}×{h}: keys {}",
                            bunn(&s)
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_message_never_takes_the_place_of_the_keys() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    a.update(Action::Tilbake); // "Du er ved første steg"
    assert!(a.melding.is_some());
    let s = tekst(&a, 40, 12);
    assert!(s.contains("Du er ved første steg"), "{s}");
    assert!(bunn(&s).contains("a akutt") && bunn(&s).contains("q avslutt"));
    for nr in 1..=4 {
        assert!(viser_valg(&s, nr), "{s}");
    }
}

#[test]
fn snapshot_re_check_at_40x12_and_too_small_at_30x8() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    gaa_til(&mut a, "for-steg-3");
    let s = tekst(&a, 40, 12);
    assert!(s.contains("Stoppregler"), "{s}");
    insta::assert_snapshot!("gjentatt_stoppregel_40x12", s);
    let s = tekst(&a, 30, 8);
    assert!(s.contains("Terminalen er for liten"), "{s}");
    assert!(s.contains("a: akutt · q: avslutt"), "{s}");
    insta::assert_snapshot!("for_liten_30x8", s);
}

#[test]
fn the_text_scrolls_a_page_of_its_own_height() {
    use ratatui::layout::Rect;
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    let (maks, side) = super::tui::rulling(&a, Rect::new(0, 0, 40, 12));
    assert!(maks > 0 && side > 0 && side < 10, "{maks} {side}");
    a.side = side;
    a.update(Action::RullNed);
    assert_eq!(a.rull, side);
}

#[test]
fn quitting_mid_walk_asks_once() {
    // The first screen: q quits at once.
    let mut a = app(kilde(None), Maalform::Nb, false);
    assert_eq!(a.update(Action::Avslutt), Effekt::Avslutt);
    // Mid-walk: the first q asks, any other key keeps the walk, q q quits.
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
    assert!(!a.ferdig);
    let s = tekst(&a, 40, 12);
    assert!(s.contains("Trykk q igjen"), "{s}");
    assert!(bunn(&s).contains("q avslutt"), "{s}");
    assert_eq!(a.update(Action::Ned), Effekt::Ingen);
    assert_eq!(a.markor, 0, "the key only answered the question");
    assert_eq!(a.engine.node().unwrap().id.as_ref(), "steg-2");
    assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
    assert_eq!(a.update(Action::Avslutt), Effekt::Avslutt);
    assert!(a.ferdig);
    // Esc is q; Ctrl-C never asks.
    let mut a = app(kilde(None), Maalform::Nn, false);
    gaa_til(&mut a, "steg-2");
    assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
    assert!(
        a.melding
            .as_deref()
            .unwrap()
            .contains("Svara blir ikkje lagra")
    );
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    assert_eq!(a.update(Action::Avbryt), Effekt::Avslutt);
    // At the summary: no question.
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-avslutt");
    assert_eq!(a.update(Action::Avslutt), Effekt::Avslutt);
}

#[test]
fn saving_twice_says_where_it_already_is() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-avslutt");
    assert_eq!(a.update(Action::Lagre), Effekt::Lagre);
    // What the event loop does after writing the file.
    a.lagret = Some(std::path::PathBuf::from("bti-oppsummering-2026-01-15.md"));
    assert_eq!(a.update(Action::Lagre), Effekt::Ingen);
    assert_eq!(
        a.melding.as_deref(),
        Some("Oppsummeringen er allerede lagret i bti-oppsummering-2026-01-15.md")
    );
    // Another outcome is another summary: it can be saved.
    a.update(Action::Tilbake);
    a.update(Action::Tall(1));
    a.update(Action::Bekreft);
    a.update(Action::Akutt);
    a.update(Action::Bekreft);
    assert!(a.oppsummering.is_some());
    assert_eq!(a.update(Action::Lagre), Effekt::Lagre);
}

#[test]
fn labels_say_where_the_walker_is() {
    let k = kilde(None);
    let steg = k.steg().to_vec();
    let node = |id: &str| {
        k.guide()
            .unwrap()
            .node
            .iter()
            .find(|n| n.id.as_ref() == id)
            .unwrap()
            .clone()
    };
    let m = Maalform::Nb;
    assert_eq!(
        node_etikett(m, &steg, &node("stopp"), true, false),
        "Før du starter"
    );
    assert_eq!(
        node_etikett(m, &steg, &node("for-steg-3"), false, false),
        "Stoppregler"
    );
    assert_eq!(
        node_etikett(m, &steg, &node("akutt"), false, true),
        "Akutt fare"
    );
    assert_eq!(
        node_etikett(Maalform::Nn, &steg, &node("for-steg-3"), false, false),
        "Stoppreglar"
    );
    assert_eq!(
        node_etikett(m, &steg, &node("steg-2"), false, false),
        "Steg 2 av 4: Konkretiser og drøft"
    );
}

fn sykel() -> Guide {
    fixtures()
        .into_iter()
        .find(|(n, _)| n.ends_with("sykel.toml"))
        .unwrap()
        .1
}

#[test]
fn the_undring_date_is_asked_once_with_the_arrow_keys_after_the_stop_rules() {
    let e = Engine::new(&sykel()).unwrap();
    let mut a = App::new(kilde(None), e, Maalform::Nb, false, I_DAG);
    // DOMAIN.md: the stop rules come first; the date is not asked yet.
    a.spor_om_undring();
    assert_eq!(a.spor_undring, None);
    let s = tekst(&a, 80, 24);
    assert!(s.contains("Hvor vil du?"), "{s}");
    assert!(!s.contains("Når oppsto undringen?"), "{s}");
    // start -> steg-1: asked before steg-1 (which has a frist) is shown.
    a.update(Action::Bekreft);
    assert_eq!(a.spor_undring, Some(I_DAG));
    let s = tekst(&a, 40, 12);
    assert!(s.contains("Når oppsto undringen?"), "{s}");
    assert!(bunn(&s).contains("a akutt") && bunn(&s).contains("q avslutt"));
    // b takes the stop-rule answer back; going on asks again.
    a.update(Action::Tilbake);
    assert_eq!(a.spor_undring, None);
    assert!(a.engine.er_paa_start());
    a.update(Action::Bekreft);
    assert_eq!(a.spor_undring, Some(I_DAG));
    // q mid-walk asks first, and any other key stays on the date.
    assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
    assert!(!a.ferdig);
    a.update(Action::Annen);
    assert_eq!(a.spor_undring, Some(I_DAG));
    a.update(Action::Ned);
    assert_eq!(a.spor_undring, Some(I_DAG), "never after today");
    a.update(Action::Opp);
    a.update(Action::RullOpp);
    let dag = NaiveDate::from_ymd_opt(2026, 1, 7).unwrap();
    assert_eq!(a.spor_undring, Some(dag));
    assert!(tekst(&a, 80, 24).contains("for 8 dager siden"));
    a.update(Action::Bekreft);
    assert_eq!((a.spor_undring, a.undring), (None, dag));
    // On steg-1, whose frist (3 dager) counts from 7 January.
    let s = tekst(&a, 80, 24);
    assert!(
        s.contains("Frist: 3 dager – innen lør. 10. januar 2026 (regnet fra ons. 7."),
        "{s}"
    );
    assert!(s.contains("fristen er passert"), "{s}");
    // Asked once: never again in this walk.
    a.update(Action::Bekreft);
    a.spor_om_undring();
    assert_eq!(a.spor_undring, None);
    // A graph without deadlines never asks.
    let mut a = app(kilde(None), Maalform::Nb, false);
    gaa_til(&mut a, "steg-1");
    assert_eq!(a.spor_undring, None);
}

#[test]
fn the_undring_date_is_never_asked_on_the_akutt_path() {
    // By the choice on the stop-rule screen, and by the a key.
    for via_tast in [false, true] {
        let e = Engine::new(&sykel()).unwrap();
        let mut a = App::new(kilde(None), e, Maalform::Nb, false, I_DAG);
        if via_tast {
            a.update(Action::Akutt);
        } else {
            a.update(Action::Tall(2));
            a.update(Action::Bekreft);
        }
        assert!(a.engine.er_akutt());
        assert_eq!(a.spor_undring, None);
        a.update(Action::Bekreft);
        assert_eq!(a.engine.id(a.engine.her()), "utfall-akutt");
        assert_eq!(a.spor_undring, None);
        assert!(!tekst(&a, 80, 24).contains("Når oppsto undringen?"));
    }
    // The rule itself, on every place of the fixture.
    let g = sykel();
    let mut e = Engine::new(&g).unwrap();
    assert!(!trenger_undring(&e), "the first screen");
    e.velg(1);
    assert!(!trenger_undring(&e), "the akutt node");
    e.velg(0);
    assert!(!trenger_undring(&e), "the outcome of the akutt node");
    let mut e = Engine::new(&g).unwrap();
    e.velg(0);
    assert!(trenger_undring(&e), "steg-1");
}

#[test]
fn the_summary_left_in_the_terminal_is_wrapped() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    gaa_til(&mut a, "utfall-niva-2");
    let t = super::tui::bryt_oppsummering(&a.oppsummering.as_ref().unwrap().tekst(), 40);
    for l in t.lines() {
        assert!(bredde_av(l) <= 40, "{l:?}");
    }
    // A service without a number: its name and category, no «–», and where
    // to find the numbers said once.
    assert!(t.contains("  • PPT Lister (PPT)\n"), "{t}");
    assert_eq!(t.matches("finner du på").count(), 1, "{t}");
}

#[test]
fn every_municipality_is_in_view_on_the_choice_screen_at_40x12() {
    let mut a = app(kilde(None), Maalform::Nb, false);
    let store = Store::embedded(Maalform::Nb);
    let mut liste: Vec<(Option<String>, String)> = store
        .kommune_ids()
        .unwrap()
        .into_iter()
        .map(|id| {
            let navn = store.navn_of(&id);
            (Some(id), navn)
        })
        .collect();
    liste.push((None, super::bare_nasjonal(Maalform::Nb).into()));
    let antall = liste.len();
    a.velg_kommune = Some(KommuneValg { liste });
    let s = tekst(&a, 40, 12);
    for nr in 1..=antall {
        assert!(viser_valg(&s, nr), "municipality {nr} hidden:\n{s}");
    }
    assert!(s.contains("Hvilken kommune"), "{s}");
    assert!(
        bunn(&s).contains("a akutt") && bunn(&s).contains("q avslutt"),
        "{s}"
    );
}

#[test]
fn the_step_bar_does_not_say_before_you_start_mid_walk() {
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    let linje = |a: &App| tekst(a, 120, 40).lines().nth(1).unwrap_or("").to_string();
    assert!(linje(&a).contains("Før du starter"), "{}", linje(&a));
    gaa_til(&mut a, "for-steg-3");
    let s = linje(&a);
    assert!(
        s.contains("Stoppregler") && !s.contains("Før du starter"),
        "{s}"
    );
    a.update(Action::Akutt);
    let s = linje(&a);
    assert!(
        s.contains("Akutt fare") && !s.contains("Før du starter"),
        "{s}"
    );
}

#[test]
fn any_other_key_keeps_the_walk_after_q() {
    // "Trykk q igjen for å avslutte, en annen tast for å fortsette": a key
    // with no action of its own (x, Tab) must answer that question too.
    let mut a = app(kilde(Some("sirdal")), Maalform::Nb, false);
    gaa_til(&mut a, "steg-2");
    for key in [KeyCode::Char('x'), KeyCode::Tab] {
        assert_eq!(a.update(Action::Avslutt), Effekt::Ingen);
        assert!(a.bekreft_avslutt);
        let act = from_key(KeyEvent::new(key, KeyModifiers::NONE)).unwrap();
        assert_eq!(a.update(act), Effekt::Ingen);
        assert!(!a.bekreft_avslutt && a.melding.is_none());
        assert_eq!(a.update(Action::Avslutt), Effekt::Ingen, "asks again");
        a.update(Action::Annen);
    }
    assert_eq!(a.engine.node().unwrap().id.as_ref(), "steg-2");
}

/// Every simple path from the start of `g` (no node twice) to an outcome:
/// (the node ids passed, the choices taken, the outcome's id).
fn enkle_stier(g: &Guide) -> Vec<(Vec<String>, Vec<usize>, String)> {
    fn dfs(
        g: &Guide,
        id: &str,
        noder: &mut Vec<String>,
        valg: &mut Vec<usize>,
        out: &mut Vec<(Vec<String>, Vec<usize>, String)>,
    ) {
        if g.utfall.iter().any(|u| u.id.as_ref() == id) {
            out.push((noder.clone(), valg.clone(), id.to_string()));
            return;
        }
        let Some(n) = g.node.iter().find(|n| n.id.as_ref() == id) else {
            return;
        };
        if noder.iter().any(|x| x == id) {
            return;
        }
        noder.push(id.to_string());
        for (i, v) in n.valg.iter().enumerate() {
            valg.push(i);
            dfs(g, v.til.as_ref(), noder, valg, out);
            valg.pop();
        }
        noder.pop();
    }
    let mut out = Vec::new();
    dfs(
        g,
        g.start.as_ref(),
        &mut Vec::new(),
        &mut Vec::new(),
        &mut out,
    );
    out
}

/// Issue 21, DOMAIN.md «Stop rules», over every simple path of every shipped
/// graph in both målformer: a bekymringsmelding is reached only through an
/// answer with `grunnlag` (or the akutt node), and a concrete suspicion of
/// violence or sexual abuse leads straight to the police and barnevernet.
#[test]
fn every_path_to_a_melding_passes_the_threshold_in_both_maalformer() {
    use crate::data::model::Grunnlag;
    for m in [Maalform::Nb, Maalform::Nn] {
        for (navn, k) in shipped_i(m) {
            let g = k.guide().unwrap();
            let akutt = g.akutt.as_ref().map(|a| a.as_ref().clone());
            let stier = enkle_stier(g);
            assert!(stier.len() > 10, "{navn}: {} paths", stier.len());
            let mut meldinger = 0;
            for (noder, valg, utfall) in &stier {
                let u = g.utfall.iter().find(|u| u.id.as_ref() == utfall).unwrap();
                if !u.melding {
                    continue;
                }
                meldinger += 1;
                let grunnlag = noder.iter().zip(valg).any(|(id, &i)| {
                    let n = g.node.iter().find(|n| n.id.as_ref() == id).unwrap();
                    n.valg[i].grunnlag.is_some()
                });
                let via_akutt = noder.iter().any(|id| Some(id) == akutt.as_ref());
                assert!(
                    grunnlag || via_akutt,
                    "{navn} ({m:?}): {} → {utfall} without grunnlag",
                    noder.join(" → ")
                );
            }
            assert!(meldinger > 0, "{navn}: no path to a melding");
            for n in &g.node {
                for v in n
                    .valg
                    .iter()
                    .filter(|v| v.grunnlag == Some(Grunnlag::KonkretMistanke))
                {
                    let til = v.til.as_ref();
                    let (politi, tekst) = match g.node.iter().find(|x| x.id.as_ref() == til) {
                        Some(x) => (x.politi, x.tekst.clone()),
                        None => {
                            let u = g.utfall.iter().find(|u| u.id.as_ref() == til).unwrap();
                            (u.politi, u.tekst.clone())
                        }
                    };
                    assert!(politi, "{navn}: {} → {til} is not politi", n.id.as_ref());
                    for ord in ["02800", "112", "barnevern"] {
                        assert!(tekst.contains(ord), "{navn}: {til} does not name {ord}");
                    }
                }
            }
        }
    }
}

/// Issue 21 §4/§5: no maintainer's note, no other municipality's rule or
/// deadline and no «–» for a missing contact in what a user reads: every
/// node and every summary (text, Markdown, JSON) of every simple path.
#[test]
fn nothing_for_the_maintainer_reaches_a_user() {
    let forbudt = [
        "kontroller",
        "eksempel:",
        "døme:",
        "Tromsø",
        "Vestre Toten",
        "Overhalla",
        "Løten",
        "Øygarden",
        "står ikkje i saka",
        "saksutgreiinga",
        "Nemnt som døme",
        "Telefon: –",
        "| – |",
    ];
    for m in [Maalform::Nb, Maalform::Nn] {
        for (navn, k) in shipped_i(m) {
            let g = k.guide().unwrap().clone();
            for n in &g.node {
                let plass = plain::Plass {
                    akutt: false,
                    start: false,
                };
                let skjerm = plain::node_tekst(&k, n, plass, m, Datoer::i_dag(I_DAG));
                for f in forbudt {
                    assert!(
                        !skjerm.contains(f),
                        "{navn} {}: «{f}» in\n{skjerm}",
                        n.id.as_ref()
                    );
                }
            }
            for (_, valg, _) in enkle_stier(&g) {
                let e = kjor(&g, &valg);
                let o = Oppsummering::ny(&k, &e, Datoer::i_dag(I_DAG), m).unwrap();
                let alt = format!("{}\n{}\n{}", o.tekst(), o.markdown(), o.json());
                for f in forbudt {
                    assert!(!alt.contains(f), "{navn}: «{f}» in\n{alt}");
                }
            }
        }
    }
}

/// Issue 21 §3: `--arbeidssted` narrows every duty to the law of the user's
/// own workplace: helse gets helsepersonelloven § 33 and § 21, not
/// barnehageloven § 46; barnehage the reverse.
#[test]
fn arbeidssted_narrows_the_law_to_the_users_own() {
    use crate::data::model::Arbeidssted;
    let mut k = kilde(None);
    let g = k.guide().unwrap().clone();
    let stier = enkle_stier(&g);
    let til = |u: &str| stier.iter().find(|(_, _, x)| x == u).unwrap().1.clone();
    let tekst = |k: &Kilde, u: &str| {
        let e = kjor(&g, &til(u));
        Oppsummering::ny(k, &e, Datoer::i_dag(I_DAG), Maalform::Nb)
            .unwrap()
            .tekst()
    };
    let alle = format!(
        "{}{}",
        tekst(&k, "utfall-vold-overgrep"),
        tekst(&k, "utfall-niva-2")
    );
    for want in [
        "Barnehageloven § 46",
        "Helsepersonelloven § 33",
        "Helsepersonelloven § 21",
    ] {
        assert!(alle.contains(want), "{want}\n{alle}");
    }
    k.arbeidssted = Some(Arbeidssted::Helse);
    let helse = format!(
        "{}{}",
        tekst(&k, "utfall-vold-overgrep"),
        tekst(&k, "utfall-niva-2")
    );
    assert!(helse.contains("Helsepersonelloven § 33"), "{helse}");
    assert!(helse.contains("Helsepersonelloven § 21"), "{helse}");
    assert!(!helse.contains("Barnehageloven § 46"), "{helse}");
    assert!(!helse.contains("Forvaltningsloven § 13"), "{helse}");
    k.arbeidssted = Some(Arbeidssted::Barnehage);
    let bhg = format!(
        "{}{}",
        tekst(&k, "utfall-vold-overgrep"),
        tekst(&k, "utfall-niva-2")
    );
    assert!(bhg.contains("Barnehageloven § 46"), "{bhg}");
    assert!(bhg.contains("Forvaltningsloven § 13"), "{bhg}");
    assert!(!bhg.contains("Helsepersonelloven § 33"), "{bhg}");
    assert!(!bhg.contains("Helsepersonelloven § 21"), "{bhg}");
}

/// A vakt whose name says what it is gets no label; one that does not, does
/// (the summary, the akutt screen and the site read the same).
#[test]
fn a_vakt_is_labelled_only_when_its_name_does_not_say_it() {
    assert_eq!(
        super::vakt_navn("Barnevernvakta", Maalform::Nb),
        "Barnevernvakta"
    );
    assert_eq!(
        super::vakt_navn("Vakttelefonen i Lister", Maalform::Nb),
        "Vakttelefonen i Lister (barnevernvakt)"
    );
    assert_eq!(
        super::vakt_navn("Vakta i Sogn", Maalform::Nn),
        "Vakta i Sogn (barnevernsvakt)"
    );
}
