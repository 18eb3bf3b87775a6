//! The terminal UI of `bti guide` (ratatui + crossterm).
//!
//! Shaped like ratatui's own examples: all state in one struct (`App`), input
//! turned into an `Action` (`from_key`), `App::update` changes the state and
//! returns the side effect the event loop must carry out (load a
//! municipality, save the summary, quit), and `render` is a pure function of
//! `&App`, so every screen can be tested with a `TestBackend`.
//!
//! The terminal is always given back: on quit, on Ctrl-C (a key in raw mode),
//! on SIGTERM/SIGHUP/SIGINT/SIGQUIT (a flag the loop checks), and on panic (ratatui's
//! panic hook restores before the message is printed). Without colour
//! (`NO_COLOR`, `--color never`) only bold and reversed text are used, and the
//! akutt screen still says "⚠ AKUTT" in words and with a double border.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use chrono::NaiveDate;
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::engine::Engine;
use super::oppsummering::Oppsummering;
use super::{Datoer, Kilde, frist_tekst, lov_linjer, lover, node_etikett, trenger_undring};
use crate::error::Result;
use crate::i18n::Maalform;

/// The smallest terminal the layout is drawn for.
pub const MIN_BREDDE: u16 = 40;
pub const MIN_HOYDE: u16 = 12;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Opp,
    Ned,
    /// A digit: choice number `n` (1-based).
    Tall(usize),
    Bekreft,
    Tilbake,
    Akutt,
    Hjelp,
    RullOpp,
    RullNed,
    Lagre,
    /// `q` or Esc: closes the help first, then quits.
    Avslutt,
    /// Ctrl-C: quits at once.
    Avbryt,
    /// Any other key: does nothing on its own, but answers an open question
    /// ("Avslutte? … en annen tast for å fortsette") and closes the help.
    Annen,
}

/// Map a key to an action; `None` for key releases and Ctrl combinations
/// that do nothing (any other key is `Annen`).
pub fn from_key(k: KeyEvent) -> Option<Action> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    if k.modifiers.contains(KeyModifiers::CONTROL) {
        return match k.code {
            KeyCode::Char('c') | KeyCode::Char('C') => Some(Action::Avbryt),
            _ => None,
        };
    }
    Some(match k.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Opp,
        KeyCode::Down | KeyCode::Char('j') => Action::Ned,
        KeyCode::Char(c @ '1'..='9') => Action::Tall(c as usize - '0' as usize),
        KeyCode::Enter => Action::Bekreft,
        KeyCode::Char('b') | KeyCode::Backspace | KeyCode::Left => Action::Tilbake,
        KeyCode::Char('a') | KeyCode::Char('!') => Action::Akutt,
        KeyCode::Char('?') => Action::Hjelp,
        KeyCode::PageUp => Action::RullOpp,
        KeyCode::PageDown | KeyCode::Char(' ') => Action::RullNed,
        KeyCode::Char('s') => Action::Lagre,
        KeyCode::Char('q') | KeyCode::Esc => Action::Avslutt,
        _ => Action::Annen,
    })
}

/// What the event loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effekt {
    Ingen,
    /// Load this municipality (`None`: national only) and start the walk.
    LastKommune(Option<String>),
    /// Write the summary.
    Lagre,
    Avslutt,
}

/// The screen before the walk when no municipality was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KommuneValg {
    /// (id, name); `None` is "national only".
    pub liste: Vec<(Option<String>, String)>,
}

/// All the state of the TUI.
pub struct App {
    pub m: Maalform,
    pub farge: bool,
    pub i_dag: NaiveDate,
    pub kilde: Kilde,
    pub engine: Engine,
    /// Set while the municipality is being chosen.
    pub velg_kommune: Option<KommuneValg>,
    /// The day the undring arose: deadlines count from it (today unless the
    /// user says otherwise). Held only while the TUI runs.
    pub undring: NaiveDate,
    /// The undring date is settled (given with `--undring`, or answered):
    /// the question is asked at most once.
    pub undring_spurt: bool,
    /// Set while the undring date is being chosen: the day under the cursor.
    pub spor_undring: Option<NaiveDate>,
    /// `q` was pressed mid-walk: the next `q` quits, any other key stays.
    pub bekreft_avslutt: bool,
    /// Lines of text one PgUp/PgDn moves (the event loop sets it from the
    /// size of the text pane).
    pub side: u16,
    pub markor: usize,
    /// Scroll offset of the text (lines).
    pub rull: u16,
    pub hjelp: bool,
    /// A one-line message in the footer (saved, nothing to go back to, …).
    pub melding: Option<String>,
    pub oppsummering: Option<Oppsummering>,
    /// Where the current summary has been saved, once it has.
    pub lagret: Option<PathBuf>,
    pub ferdig: bool,
    /// The målform was set by the user: a chosen municipality keeps it.
    pub fast_maalform: bool,
}

impl App {
    pub fn new(kilde: Kilde, engine: Engine, m: Maalform, farge: bool, i_dag: NaiveDate) -> App {
        App {
            m,
            farge,
            i_dag,
            kilde,
            engine,
            velg_kommune: None,
            undring: i_dag,
            undring_spurt: false,
            spor_undring: None,
            bekreft_avslutt: false,
            side: 10,
            markor: 0,
            rull: 0,
            hjelp: false,
            melding: None,
            oppsummering: None,
            lagret: None,
            ferdig: false,
            fast_maalform: true,
        }
    }

    /// Start over with another municipality's data (after the choice screen).
    pub fn bytt_kilde(&mut self, kilde: Kilde, engine: Engine) {
        if !self.fast_maalform
            && let Some(k) = &kilde.kommune
        {
            self.m = k.kommune.maalform;
        }
        self.kilde = kilde;
        self.engine = engine;
        self.velg_kommune = None;
        self.flyttet();
    }

    /// Ask once when the undring arose, if nobody has said yet and the walk
    /// has come to where the date counts (`trenger_undring`: after the first
    /// stop-rule screen, never on the akutt path). Called on every move.
    pub fn spor_om_undring(&mut self) {
        if !self.undring_spurt && self.velg_kommune.is_none() && trenger_undring(&self.engine) {
            self.spor_undring = Some(self.undring);
        }
    }

    /// The dates the deadlines are counted with.
    pub fn datoer(&self) -> Datoer {
        Datoer {
            undring: self.undring,
            i_dag: self.i_dag,
        }
    }

    fn flyttet(&mut self) {
        self.markor = 0;
        self.rull = 0;
        self.lagret = None;
        self.oppsummering = Oppsummering::ny(&self.kilde, &self.engine, self.datoer(), self.m);
        self.spor_om_undring();
    }

    /// `q` mid-walk: ask before quitting, since the answers are lost.
    fn spor_avslutt(&mut self) -> Effekt {
        if self.midt_i() {
            self.bekreft_avslutt = true;
            self.melding = Some(
                self.m
                    .t(
                        "Avslutte? Svarene blir ikke lagret. Trykk q igjen for å avslutte, en annen tast for å fortsette.",
                        "Avslutte? Svara blir ikkje lagra. Trykk q ein gong til for å avslutte, ein annan tast for å halde fram.",
                    )
                    .to_string(),
            );
            return Effekt::Ingen;
        }
        self.ferdig = true;
        Effekt::Avslutt
    }

    /// On a question mid-walk (not the first screen, not a choice screen, not
    /// the summary): quitting there loses the answers, so `q` asks first.
    fn midt_i(&self) -> bool {
        self.velg_kommune.is_none()
            && self.oppsummering.is_none()
            && !(self.engine.er_paa_start() && self.engine.historikk().is_empty())
    }

    /// Keys on the "when did the undring arise" screen: ↑/↓ move a day,
    /// PgUp/PgDn a week (never past today), Enter settles it.
    fn undring_tast(&mut self, a: Action, dag: NaiveDate) -> Effekt {
        let flytt = |d: NaiveDate, n: i64| {
            let ny = d.checked_add_signed(chrono::Duration::days(n)).unwrap_or(d);
            ny.min(self.i_dag)
        };
        match a {
            Action::Opp => self.spor_undring = Some(flytt(dag, -1)),
            Action::Ned => self.spor_undring = Some(flytt(dag, 1)),
            Action::RullOpp => self.spor_undring = Some(flytt(dag, -7)),
            Action::RullNed => self.spor_undring = Some(flytt(dag, 7)),
            Action::Bekreft => {
                self.undring = dag;
                self.undring_spurt = true;
                self.spor_undring = None;
                self.flyttet();
            }
            Action::Akutt => {
                // No time for dates: deadlines count from today.
                self.undring_spurt = true;
                self.spor_undring = None;
                if self.engine.akutt() {
                    self.flyttet();
                }
            }
            Action::Tilbake => {
                // The date is asked after an answer: b takes that answer back.
                self.spor_undring = None;
                if self.engine.tilbake() {
                    self.flyttet();
                }
            }
            Action::Hjelp => self.hjelp = true,
            Action::Avslutt => return self.spor_avslutt(),
            Action::Tall(_) | Action::Lagre | Action::Avbryt | Action::Annen => {}
        }
        Effekt::Ingen
    }

    fn antall_valg(&self) -> usize {
        match (&self.velg_kommune, self.engine.node()) {
            (Some(v), _) => v.liste.len(),
            (None, Some(n)) => n.valg.len(),
            (None, None) => 0,
        }
    }

    pub fn update(&mut self, a: Action) -> Effekt {
        let m = self.m;
        self.melding = None;
        if a == Action::Avbryt {
            self.ferdig = true;
            return Effekt::Avslutt;
        }
        if self.hjelp {
            // Any key closes the help; q/Esc do only that.
            self.hjelp = false;
            if matches!(a, Action::Hjelp | Action::Avslutt) {
                return Effekt::Ingen;
            }
        }
        if std::mem::take(&mut self.bekreft_avslutt) {
            // The question "quit?" is answered by this key: q quits, any
            // other key keeps the walk as it was.
            if a == Action::Avslutt {
                self.ferdig = true;
                return Effekt::Avslutt;
            }
            return Effekt::Ingen;
        }
        if let Some(dag) = self.spor_undring {
            return self.undring_tast(a, dag);
        }
        let n = self.antall_valg();
        match a {
            Action::Opp => {
                if n > 0 {
                    self.markor = self.markor.saturating_sub(1);
                } else {
                    self.rull = self.rull.saturating_sub(1);
                }
            }
            Action::Ned => {
                if n > 0 {
                    self.markor = (self.markor + 1).min(n - 1);
                } else {
                    self.rull = self.rull.saturating_add(1);
                }
            }
            Action::RullOpp => self.rull = self.rull.saturating_sub(self.side.max(1)),
            Action::RullNed => self.rull = self.rull.saturating_add(self.side.max(1)),
            Action::Tall(k) => {
                // A digit moves the cursor; Enter confirms, so a stray key
                // never answers a question on its own.
                if (1..=n).contains(&k) {
                    self.markor = k - 1;
                    return Effekt::Ingen;
                }
                if n > 0 {
                    self.melding = Some(format!(
                        "{} {k} – {} 1 til {n}",
                        m.t("Det er ikke noe valg", "Det er ikkje noko val"),
                        m.t("velg", "vel")
                    ));
                }
            }
            Action::Bekreft => return self.bekreft(),
            Action::Tilbake => {
                if self.velg_kommune.is_none() && self.engine.tilbake() {
                    self.flyttet();
                } else {
                    self.melding = Some(
                        m.t("Du er ved første steg", "Du er ved det første steget")
                            .to_string(),
                    );
                }
            }
            Action::Akutt => {
                if self.velg_kommune.is_some() {
                    // The akutt node is the same in every graph's spirit, but
                    // the municipality decides which graph: use the national
                    // one now rather than wait for a choice.
                    self.velg_kommune = None;
                    self.undring_spurt = true;
                }
                if self.engine.akutt() {
                    self.flyttet();
                }
            }
            Action::Hjelp => self.hjelp = true,
            Action::Lagre => {
                if let Some(p) = &self.lagret {
                    self.melding = Some(format!(
                        "{} {}",
                        m.t(
                            "Oppsummeringen er allerede lagret i",
                            "Oppsummeringa er allereie lagra i"
                        ),
                        p.display()
                    ));
                    return Effekt::Ingen;
                }
                if self.oppsummering.is_some() {
                    return Effekt::Lagre;
                }
                self.melding = Some(
                    m.t(
                        "Oppsummeringen kan lagres når du har kommet til et utfall",
                        "Oppsummeringa kan lagrast når du har kome til eit utfall",
                    )
                    .to_string(),
                );
            }
            Action::Avslutt => return self.spor_avslutt(),
            Action::Avbryt | Action::Annen => {}
        }
        Effekt::Ingen
    }

    fn bekreft(&mut self) -> Effekt {
        if let Some(v) = &self.velg_kommune {
            let id = v.liste.get(self.markor).and_then(|(id, _)| id.clone());
            return Effekt::LastKommune(id);
        }
        if self.engine.velg(self.markor) {
            self.flyttet();
        }
        Effekt::Ingen
    }
}

// ------------------------------------------------------------------ rendering

fn bredde(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// Word-wrap `tekst` to `w` columns; the first line starts with `forst`, the
/// rest with `videre` (hanging indent). Words longer than a line are split.
pub fn bryt(tekst: &str, w: usize, forst: &str, videre: &str) -> Vec<String> {
    let mut ut = Vec::new();
    let mut linje = forst.to_string();
    let mut har_ord = false;
    for ord in tekst.split_whitespace() {
        let mut ord = ord;
        loop {
            let skille = usize::from(har_ord);
            if bredde(&linje) + skille + bredde(ord) <= w {
                if har_ord {
                    linje.push(' ');
                }
                linje.push_str(ord);
                har_ord = true;
                break;
            }
            if har_ord {
                ut.push(std::mem::replace(&mut linje, videre.to_string()));
                har_ord = false;
                continue;
            }
            // A word longer than a whole line: split it (at least one
            // character per line, even when the prefix alone is too wide).
            let plass = w.saturating_sub(bredde(&linje));
            let mut brukt = 0;
            let mut slutt = 0;
            for (i, c) in ord.char_indices() {
                let cw = bredde(c.encode_utf8(&mut [0; 4]));
                if slutt > 0 && brukt + cw > plass {
                    break;
                }
                brukt += cw;
                slutt = i + c.len_utf8();
            }
            linje.push_str(&ord[..slutt]);
            ut.push(std::mem::replace(&mut linje, videre.to_string()));
            ord = &ord[slutt..];
            if ord.is_empty() {
                break;
            }
        }
    }
    if har_ord || ut.is_empty() {
        ut.push(linje);
    }
    ut
}

struct Stil {
    farge: bool,
}

impl Stil {
    fn fet(&self) -> Style {
        Style::default().add_modifier(Modifier::BOLD)
    }
    fn valgt(&self) -> Style {
        Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }
    fn akutt(&self) -> Style {
        let s = Style::default().add_modifier(Modifier::BOLD);
        if self.farge { s.fg(Color::Red) } else { s }
    }
    fn akutt_banner(&self) -> Style {
        if self.farge {
            Style::default()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD)
        } else {
            self.valgt()
        }
    }
    fn svak(&self) -> Style {
        if self.farge {
            Style::default().fg(Color::DarkGray)
        } else {
            Style::default()
        }
    }
    fn aksent(&self) -> Style {
        let s = self.fet();
        if self.farge { s.fg(Color::Cyan) } else { s }
    }
}

/// The message lines and the five rows of the screen: top line, step bar,
/// main pane, message, keys. A message gets its own lines above the keys,
/// so the keys for akutt and quit never give way to it.
fn flater(app: &App, area: Rect) -> (Vec<String>, [Rect; 5]) {
    let melding: Vec<String> = app.melding.as_deref().map_or_else(Vec::new, |msg| {
        let mut l = bryt(msg, usize::from(area.width), "", "");
        l.truncate(3);
        l
    });
    let rader = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(u16::try_from(melding.len()).unwrap_or(0)),
        Constraint::Length(1),
    ])
    .areas(area);
    (melding, rader)
}

/// Draw the whole screen: a pure function of the state.
pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width < MIN_BREDDE || area.height < MIN_HOYDE {
        liten(app, f, area);
        return;
    }
    let stil = Stil { farge: app.farge };
    let (melding, [topp, stegrad, kropp, meld, bunn]) = flater(app, area);
    topplinje(app, &stil, f, topp);
    if !melding.is_empty() {
        let linjer: Vec<Line> = melding
            .into_iter()
            .map(|l| Line::from(Span::styled(l, stil.valgt())))
            .collect();
        f.render_widget(Paragraph::new(linjer), meld);
    }
    if let Some(v) = &app.velg_kommune {
        kommunevalg(app, v, &stil, f, stegrad.union(kropp));
    } else if let Some(dag) = app.spor_undring {
        undringsdato(app, dag, &stil, f, stegrad.union(kropp));
    } else {
        stegbar(app, &stil, f, stegrad);
        match &app.oppsummering {
            Some(o) => oppsummering(app, o, &stil, f, kropp),
            None => node(app, &stil, f, kropp),
        }
    }
    bunnlinje(app, &stil, f, bunn);
    if app.hjelp {
        hjelp(app, &stil, f, area);
    }
}

fn liten(app: &App, f: &mut Frame, area: Rect) {
    let m = app.m;
    let w = usize::from(area.width.max(1));
    let mut linjer: Vec<Line> = Vec::new();
    for l in bryt("Terminalen er for liten (minst 40×12)", w, "", "") {
        linjer.push(Line::from(Span::styled(
            l,
            Style::default().add_modifier(Modifier::BOLD),
        )));
    }
    for l in bryt(
        m.t("Gjør vinduet større.", "Gjer vindauget større."),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(l));
    }
    // The keys that matter most work here too: say so.
    for l in bryt(
        m.t("a: akutt · q: avslutt", "a: akutt · q: avslutt"),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(Span::styled(
            l,
            Style::default().add_modifier(Modifier::BOLD),
        )));
    }
    if let Some(msg) = &app.melding {
        // E.g. "Avslutte? … trykk q igjen": the answer must be seen.
        for l in bryt(msg, w, "", "") {
            linjer.push(Line::from(l));
        }
    }
    if app.engine.er_akutt() {
        linjer.insert(
            0,
            Line::from(Span::styled("⚠ AKUTT", Stil { farge: app.farge }.akutt())),
        );
    }
    let h = u16::try_from(linjer.len())
        .unwrap_or(u16::MAX)
        .min(area.height);
    let y = area.y + (area.height - h) / 2;
    f.render_widget(
        Paragraph::new(linjer).alignment(ratatui::layout::Alignment::Center),
        Rect::new(area.x, y, area.width, h),
    );
}

fn topplinje(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let venstre = format!("bti guide · {}", app.kilde.kommune_navn(m));
    let hoyre = format!("{} {}", m.t("i dag", "i dag"), m.dato(app.i_dag));
    let mellom = usize::from(area.width).saturating_sub(bredde(&venstre) + bredde(&hoyre));
    let line = if mellom >= 2 {
        Line::from(vec![
            Span::styled(venstre, stil.aksent()),
            Span::raw(" ".repeat(mellom)),
            Span::styled(hoyre, stil.svak()),
        ])
    } else {
        Line::from(Span::styled(venstre, stil.aksent()))
    };
    f.render_widget(Paragraph::new(line), area);
}

/// The nivå 0 steps: "Før du starter › 1 Definer … › 2 …", the current one
/// reversed, the ones before it ticked; a compact form when it does not fit.
fn stegbar(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let steg = app.kilde.steg();
    let ferdig = app.oppsummering.is_some();
    let her = app.engine.node().map_or(u32::MAX, |n| n.steg);
    // The first entry names the steg-0 node the walker stands on: "Før du
    // starter" only on the first screen, "Stoppregler" for the re-check
    // mid-walk, "Akutt fare" on the akutt node (as the plain mode's label).
    let forst = match app.engine.node() {
        Some(n) if n.steg == 0 && !ferdig => {
            node_etikett(m, steg, n, app.engine.er_paa_start(), app.engine.er_akutt())
        }
        _ => m.t("Før du starter", "Før du startar").to_string(),
    };
    let mut navn: Vec<String> = vec![forst];
    navn.extend(
        steg.iter()
            .enumerate()
            .map(|(i, s)| format!("{} {s}", i + 1)),
    );
    // Ticked: the steps of the nodes on the path actually taken (a path
    // through the stop rules may skip steps; those are not ticked).
    let besokt: Vec<u32> = app
        .engine
        .noder_paa_stien()
        .iter()
        .map(|n| n.steg)
        .collect();
    let status = |i: usize| -> (bool, bool) {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        let naa = !ferdig && i == her;
        (!naa && besokt.contains(&i), naa)
    };
    let oppsummering = m.t("Oppsummering", "Oppsummering");
    let skille = 3;
    let slutt = if ferdig {
        bredde(oppsummering) + 2 + skille
    } else {
        0
    };
    // Full: every step named. Medium: only the current step named, the
    // others as numbers. Compact: dots and the current step's label.
    let full: usize = navn.iter().map(|n| bredde(n) + 2 + skille).sum::<usize>() + slutt;
    let kort = |i: usize| {
        if i == 0 {
            m.t("Før", "Før").to_string()
        } else {
            i.to_string()
        }
    };
    let medium: usize = navn
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let (_, naa) = status(i);
            skille + 2 + if naa { bredde(n) } else { bredde(&kort(i)) }
        })
        .sum::<usize>()
        + slutt;
    let mut spans = Vec::new();
    let w = usize::from(area.width);
    if full <= w || medium <= w {
        for (i, n) in navn.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" › ", stil.svak()));
            }
            let (gjort, naa) = status(i);
            let n = if full <= w || naa { n.clone() } else { kort(i) };
            if naa {
                spans.push(Span::styled(format!(" {n} "), stil.valgt()));
            } else if gjort {
                spans.push(Span::raw(format!("✓ {n}")));
            } else {
                spans.push(Span::styled(n, stil.svak()));
            }
        }
        if ferdig {
            spans.push(Span::styled(" › ", stil.svak()));
            spans.push(Span::styled(format!(" {oppsummering} "), stil.valgt()));
        }
    } else {
        for i in 0..navn.len() {
            let (gjort, naa) = status(i);
            let (tegn, s) = if naa {
                ("◉", stil.fet())
            } else if gjort {
                ("●", Style::default())
            } else {
                ("○", stil.svak())
            };
            spans.push(Span::styled(tegn, s));
        }
        spans.push(Span::raw("  "));
        let tekst = if ferdig {
            oppsummering.to_string()
        } else {
            app.engine
                .node()
                .map(|n| node_etikett(m, steg, n, app.engine.er_paa_start(), app.engine.er_akutt()))
                .unwrap_or_default()
        };
        spans.push(Span::styled(tekst, stil.fet()));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The frame around the main pane; the akutt one is double, red (with
/// colour) and titled "⚠ AKUTT" so it is unmistakable without colour too.
fn ramme<'a>(stil: &Stil, tittel: String, akutt: bool) -> Block<'a> {
    let b = Block::bordered();
    if akutt {
        b.border_type(BorderType::Double)
            .border_style(stil.akutt())
            .title(Line::from(Span::styled(
                format!(" ⚠ AKUTT – {tittel} "),
                stil.akutt(),
            )))
    } else {
        b.title(Line::from(Span::styled(format!(" {tittel} "), stil.fet())))
    }
}

/// Lines of a scrollable pane, scrolled to `rull` (clamped); returns the
/// visible slice and whether there is more below.
fn rullet(
    linjer: Vec<Line<'static>>,
    hoyde: usize,
    rull: usize,
) -> (Vec<Line<'static>>, bool, bool) {
    let maks = linjer.len().saturating_sub(hoyde);
    let fra = rull.min(maks);
    let mer_under = fra < maks;
    let mer_over = fra > 0;
    (
        linjer.into_iter().skip(fra).take(hoyde).collect(),
        mer_over,
        mer_under,
    )
}

/// The text of a node at width `w` (tools, laws and deadline included),
/// without the question and the choices.
fn node_tekst_linjer(
    app: &App,
    stil: &Stil,
    node: &crate::data::model::Node,
    w: usize,
) -> Vec<Line<'static>> {
    let m = app.m;
    let akutt = app.engine.er_akutt();
    let mut tekst: Vec<Line<'static>> = Vec::new();
    if akutt {
        tekst.push(Line::from(Span::styled(
            format!(
                " ⚠ AKUTT – {} ",
                m.t(
                    "ring 112 eller 113 ved fare for liv og helse",
                    "ring 112 eller 113 ved fare for liv og helse"
                )
            ),
            stil.akutt_banner(),
        )));
        tekst.push(Line::from(""));
    }
    for l in bryt(&node.tekst, w, "", "") {
        tekst.push(Line::from(l));
    }
    if akutt && !app.kilde.nasjonal.nodnummer.is_empty() {
        tekst.push(Line::from(""));
        // The local barnevernvakt after the national numbers, with its hours.
        let vakt = app.kilde.kommune.as_ref().and_then(|k| {
            super::vakt_ring(&k.kommune, m).map(|(tlf, navn)| (tlf.to_string(), navn))
        });
        let nasjonale = app.kilde.nasjonal.nodnummer.iter();
        for (nummer, navn) in nasjonale
            .map(|n| (n.nummer.clone(), n.navn.clone()))
            .chain(vakt)
        {
            let forst = format!("{nummer:<8} ");
            let mut l = bryt(&navn, w, &forst, "         ").into_iter();
            if let Some(forste) = l.next() {
                let (nr, rest) = forste.split_at(forst.len().min(forste.len()));
                tekst.push(Line::from(vec![
                    Span::styled(nr.to_string(), stil.akutt()),
                    Span::raw(rest.to_string()),
                ]));
            }
            tekst.extend(l.map(Line::from));
        }
    }
    let felt = |tekst: &mut Vec<Line<'static>>, etikett: &str, verdi: &str| {
        let forst = format!("{etikett}: ");
        let innrykk = " ".repeat(bredde(&forst).min(w / 2));
        for (i, l) in bryt(verdi, w, &forst, &innrykk).into_iter().enumerate() {
            if i == 0 && l.starts_with(&forst) {
                tekst.push(Line::from(vec![
                    Span::styled(forst.clone(), stil.fet()),
                    Span::raw(l[forst.len()..].to_string()),
                ]));
            } else {
                tekst.push(Line::from(l));
            }
        }
    };
    if !node.verktoy.is_empty() {
        tekst.push(Line::from(""));
        felt(
            &mut tekst,
            m.t("Verktøy", "Verktøy"),
            &node
                .verktoy
                .iter()
                .map(crate::data::model::Verktoy::som_tekst)
                .collect::<Vec<_>>()
                .join(" · "),
        );
    }
    let lov = lover(&app.kilde, node.lovverk.iter().map(|l| l.as_ref().as_str()));
    if !lov.is_empty() {
        tekst.push(Line::from(""));
        tekst.push(Line::from(Span::styled(
            format!("{}:", m.t("Lovverk", "Lovverk")),
            stil.fet(),
        )));
        for l in lov_linjer(&app.kilde, &lov, m) {
            for linje in bryt(&l, w, "• ", "  ") {
                tekst.push(Line::from(linje));
            }
        }
    }
    if let Some(fr) = &node.frist {
        tekst.push(Line::from(""));
        felt(
            &mut tekst,
            m.t("Frist", "Frist"),
            &frist_tekst(m, fr.as_ref(), app.datoer()),
        );
    }

    tekst
}

/// A node laid out in a pane `w` wide and `h` high. The choices always stay
/// in view (SPEC §4: from 40×12 up every choice is visible); when space is
/// short the text scrolls instead, the question joins the scrolling text,
/// and at last each choice shrinks to one line ("…"), the one under the
/// cursor kept whole while there is room.
struct NodeLayout {
    /// All the scrolling text (the question at its end when it moved there).
    tekst: Vec<Line<'static>>,
    /// Lines of `tekst` in view.
    tekst_h: usize,
    /// The fixed lines below the text: the question (when it fits) and the choices.
    valg: Vec<Line<'static>>,
}

fn avkort(s: &str, w: usize) -> String {
    if bredde(s) <= w {
        return s.to_string();
    }
    let mut ut = String::new();
    for c in s.chars() {
        if bredde(&ut) + bredde(c.encode_utf8(&mut [0; 4])) + 1 > w {
            break;
        }
        ut.push(c);
    }
    ut.push('…');
    ut
}

fn node_layout(
    app: &App,
    stil: &Stil,
    node: &crate::data::model::Node,
    w: usize,
    h: usize,
) -> NodeLayout {
    let mut tekst = node_tekst_linjer(app, stil, node, w);
    let sporsmal: Vec<Line<'static>> = bryt(&node.sporsmal, w, "", "")
        .into_iter()
        .map(|l| Line::from(Span::styled(l, stil.fet())))
        .collect();
    let linje = |l: String, valgt: bool| -> Line<'static> {
        if valgt {
            let pad = w.saturating_sub(bredde(&l));
            Line::from(Span::styled(
                format!("{l}{}", " ".repeat(pad)),
                stil.valgt(),
            ))
        } else {
            Line::from(l)
        }
    };
    // Each choice wrapped in full, and as one line.
    let mut hele: Vec<Vec<Line<'static>>> = Vec::new();
    let mut korte: Vec<Line<'static>> = Vec::new();
    for (i, v) in node.valg.iter().enumerate() {
        let valgt = i == app.markor;
        let forst = format!("{} {}. ", if valgt { "▶" } else { " " }, i + 1);
        let innrykk = " ".repeat(bredde(&forst));
        hele.push(
            bryt(&v.tekst, w, &forst, &innrykk)
                .into_iter()
                .map(|l| linje(l, valgt))
                .collect(),
        );
        korte.push(linje(avkort(&format!("{forst}{}", v.tekst), w), valgt));
    }
    let valg_h: usize = hele.iter().map(Vec::len).sum();
    let sp_h = sporsmal.len();

    // Everything fits: text, a blank line, the question, the choices.
    if tekst.len() + 1 + sp_h + valg_h <= h {
        let tekst_h = tekst.len();
        let mut valg = sporsmal;
        valg.extend(hele.into_iter().flatten());
        return NodeLayout {
            tekst,
            tekst_h,
            valg,
        };
    }
    // The text scrolls above the question and the whole choices.
    if sp_h + valg_h + 2 <= h {
        let mut valg = sporsmal;
        valg.extend(hele.into_iter().flatten());
        return NodeLayout {
            tekst,
            tekst_h: h - valg.len() - 1,
            valg,
        };
    }
    // The question scrolls with the text; the whole choices stay.
    tekst.push(Line::from(""));
    tekst.extend(sporsmal);
    if valg_h + 2 <= h {
        return NodeLayout {
            tekst,
            tekst_h: h - valg_h - 1,
            valg: hele.into_iter().flatten().collect(),
        };
    }
    // One line a choice; the one under the cursor whole if there is room.
    let n = korte.len();
    let plass = h.saturating_sub(2);
    let mut valg: Vec<Line<'static>> = Vec::new();
    if n <= plass {
        let ekstra = plass - n;
        for (i, (kort, hel)) in korte.into_iter().zip(hele).enumerate() {
            if i == app.markor && hel.len() > 1 && hel.len() - 1 <= ekstra {
                valg.extend(hel);
            } else {
                valg.push(kort);
            }
        }
    } else {
        // More choices than lines (a graph with very many choices in a tiny
        // pane): the choices scroll to keep the cursor in view.
        let vis = h.saturating_sub(1).max(1);
        let fra = (app.markor + 1).saturating_sub(vis);
        valg = korte.into_iter().skip(fra).take(vis).collect();
    }
    let tekst_h = h.saturating_sub(valg.len() + 1);
    NodeLayout {
        tekst,
        tekst_h,
        valg,
    }
}

fn node(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let Some(node) = app.engine.node() else {
        return;
    };
    let blokk = ramme(stil, node.tittel.clone(), app.engine.er_akutt());
    let inner = blokk.inner(area);
    let l = node_layout(
        app,
        stil,
        node,
        usize::from(inner.width),
        usize::from(inner.height),
    );
    let tekst_h = l.tekst_h;
    let (synlig, _over, under) = rullet(l.tekst, tekst_h, usize::from(app.rull));

    let mut blokk = blokk;
    if under {
        blokk = blokk.title_bottom(Line::from(Span::styled(
            format!(" ↓ {} (PgDn) ", m.t("mer tekst", "meir tekst")),
            stil.fet(),
        )));
    }
    f.render_widget(blokk, area);
    let mellom = u16::from(tekst_h > 0);
    let [a_tekst, _mellom, a_valg] = Layout::vertical([
        Constraint::Length(u16::try_from(tekst_h).unwrap_or(0)),
        Constraint::Length(mellom),
        Constraint::Min(0),
    ])
    .areas(inner);
    f.render_widget(Paragraph::new(synlig), a_tekst);
    f.render_widget(Paragraph::new(l.valg), a_valg);
}

/// The screen that asks, once, when the undring arose: a day chosen with
/// the arrow keys, never typed, and held only while the walk runs.
fn undringsdato(app: &App, dag: NaiveDate, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let blokk = ramme(
        stil,
        m.t("Når oppsto undringen?", "Når oppstod undringa?")
            .to_string(),
        false,
    );
    let inner = blokk.inner(area);
    let w = usize::from(inner.width);
    let dager = (app.i_dag - dag).num_days();
    let naar = match dager {
        0 => m.t("i dag", "i dag").to_string(),
        1 => m.t("i går", "i går").to_string(),
        n => format!(
            "{} {n} {}",
            m.t("for", "for"),
            m.t("dager siden", "dagar sidan")
        ),
    };
    let mut linjer: Vec<Line<'static>> = Vec::new();
    for l in bryt(&format!("{} ({naar})", m.dato(dag)), w, "▶ ", "  ") {
        let pad = w.saturating_sub(bredde(&l));
        linjer.push(Line::from(Span::styled(
            format!("{l}{}", " ".repeat(pad)),
            stil.valgt(),
        )));
    }
    linjer.push(Line::from(""));
    for l in bryt(
        m.t(
            "Fristene i veilederen regnes fra dagen undringen oppsto. ↑ ↓ flytter en dag, PgUp PgDn en uke; Enter bekrefter. Datoen lagres ikke.",
            "Fristane i rettleiaren blir rekna frå dagen undringa oppstod. ↑ ↓ flyttar ein dag, PgUp PgDn ei veke; Enter stadfestar. Datoen blir ikkje lagra.",
        ),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(l));
    }
    f.render_widget(blokk, area);
    f.render_widget(Paragraph::new(linjer), inner);
}

fn oppsummering(app: &App, o: &Oppsummering, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let blokk = ramme(
        stil,
        format!("{}: {}", m.t("Utfall", "Utfall"), o.tittel),
        o.akutt,
    );
    let inner = blokk.inner(area);
    let linjer = oppsummering_linjer(o, stil, usize::from(inner.width));
    let h = usize::from(inner.height);
    let (synlig, over, under) = rullet(linjer, h, usize::from(app.rull));
    let mut blokk = blokk;
    if under || over {
        blokk = blokk.title_bottom(Line::from(Span::styled(
            format!(
                " {}{} ",
                if over { "↑ " } else { "" },
                if under {
                    m.t("↓ mer (PgDn/j)", "↓ meir (PgDn/j)")
                } else {
                    "PgUp/k"
                }
            ),
            stil.fet(),
        )));
    }
    f.render_widget(blokk, area);
    f.render_widget(Paragraph::new(synlig), inner);
}

/// The summary's text form word-wrapped at width `w`, lists hanging under
/// their marker ("• …", "12. …"); each line with whether it is a heading.
fn bryt_linjer(tekst: &str, w: usize) -> Vec<(String, bool)> {
    let mut ut = Vec::new();
    for raw in tekst.lines() {
        let innrykk: String = raw.chars().take_while(|c| *c == ' ').collect();
        let innhold = raw.trim_start();
        let siffer = innhold.chars().take_while(char::is_ascii_digit).count();
        let markor = if innhold.starts_with("• ") {
            "• ".len()
        } else if siffer > 0 && innhold[siffer..].starts_with(". ") {
            siffer + 2
        } else {
            0
        };
        let (merke, innhold) = innhold.split_at(markor);
        let forst = format!("{innrykk}{merke}");
        let videre = format!("{innrykk}{}", " ".repeat(bredde(merke)));
        let overskrift = innrykk.is_empty() && innhold.ends_with(':');
        if innhold.is_empty() && merke.is_empty() {
            ut.push((String::new(), false));
            continue;
        }
        for l in bryt(innhold, w, &forst, &videre) {
            ut.push((l, overskrift));
        }
    }
    ut
}

/// The summary's text form wrapped for a terminal `w` columns wide: what is
/// left in the terminal after the TUI ends.
pub fn bryt_oppsummering(tekst: &str, w: usize) -> String {
    let mut s = String::new();
    for (l, _) in bryt_linjer(tekst, w.max(20)) {
        s.push_str(l.trim_end());
        s.push('\n');
    }
    s
}

/// The summary as lines at width `w`, headings bold, lists hanging.
fn oppsummering_linjer(o: &Oppsummering, stil: &Stil, w: usize) -> Vec<Line<'static>> {
    let tekst = o.tekst();
    // Skip the heading line of the text form: the frame's title says it.
    let uten_tittel = tekst.split_once('\n').map_or("", |(_, rest)| rest);
    bryt_linjer(uten_tittel, w)
        .into_iter()
        .map(|(l, overskrift)| {
            if overskrift {
                Line::from(Span::styled(l, stil.fet()))
            } else {
                Line::from(l)
            }
        })
        .collect()
}

/// How far the main pane can scroll in a terminal of size `area`; the event
/// loop clamps `App::rull` to it, so PgUp after many PgDn acts at once.
pub fn maks_rull(app: &App, area: Rect) -> u16 {
    rulling(app, area).0
}

/// How far the main pane can scroll, and how many lines of text are in view
/// (one PgDn), in a terminal of size `area`: the layout of `render`.
pub fn rulling(app: &App, area: Rect) -> (u16, u16) {
    if area.width < MIN_BREDDE
        || area.height < MIN_HOYDE
        || app.velg_kommune.is_some()
        || app.spor_undring.is_some()
    {
        return (0, 0);
    }
    let stil = Stil { farge: app.farge };
    let (_, [_, _, kropp, _, _]) = flater(app, area);
    let inner = Block::bordered().inner(kropp);
    let (w, h) = (usize::from(inner.width), usize::from(inner.height));
    let (n, side) = match (&app.oppsummering, app.engine.node()) {
        (Some(o), _) => (oppsummering_linjer(o, &stil, w).len().saturating_sub(h), h),
        (None, Some(node)) => {
            let l = node_layout(app, &stil, node, w, h);
            (l.tekst.len().saturating_sub(l.tekst_h), l.tekst_h)
        }
        (None, None) => (0, 0),
    };
    let u = |x: usize| u16::try_from(x).unwrap_or(u16::MAX);
    (u(n), u(side))
}

fn kommunevalg(app: &App, v: &KommuneValg, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let blokk = ramme(stil, m.t("Velg kommune", "Vel kommune").to_string(), false);
    let inner = blokk.inner(area);
    let w = usize::from(inner.width);
    let h = usize::from(inner.height);
    let n = v.liste.len();
    // The list first: the question above it gives way (cut with "…") when
    // the pane is too low for both, so every municipality stays in view.
    let mut linjer: Vec<Line<'static>> = Vec::new();
    let intro = bryt(
        m.t(
            "Hvilken kommune jobber du i? Guiden bruker kommunens veileder og viser kontaktene til tjenestene der.",
            "Kva kommune jobbar du i? Rettleiaren brukar kommunen sin rettleiar og viser kontaktane til tenestene der.",
        ),
        w,
        "",
        "",
    );
    let plass = h.saturating_sub(n + 1);
    if plass > 0 {
        let kuttet = intro.len() > plass;
        for (i, l) in intro.into_iter().take(plass).enumerate() {
            if kuttet && i + 1 == plass {
                linjer.push(Line::from(avkort(&format!("{l} …"), w)));
            } else {
                linjer.push(Line::from(l));
            }
        }
        linjer.push(Line::from(""));
    }
    let topp = linjer.len();
    for (i, (_, navn)) in v.liste.iter().enumerate() {
        let valgt = i == app.markor;
        let tekst = avkort(
            &format!("{} {}. {navn}", if valgt { "▶" } else { " " }, i + 1),
            w,
        );
        if valgt {
            let pad = w.saturating_sub(bredde(&tekst));
            linjer.push(Line::from(Span::styled(
                format!("{tekst}{}", " ".repeat(pad)),
                stil.valgt(),
            )));
        } else {
            linjer.push(Line::from(tekst));
        }
    }
    let markor = topp + app.markor;
    let fra = (markor + 1).saturating_sub(h);
    let synlig: Vec<Line> = linjer.into_iter().skip(fra).take(h).collect();
    f.render_widget(blokk, area);
    f.render_widget(Paragraph::new(synlig), inner);
}

/// The keys of the current screen, each with its priority (0 is never
/// dropped): what `bunnlinje` shows, the less important dropped first when
/// the line is too narrow, so "a akutt" and "q avslutt" always stay.
pub fn taster(app: &App) -> Vec<(&'static str, &'static str, u8)> {
    let m = app.m;
    let akutt = ("a", "akutt", 0);
    let avslutt = ("q", m.t("avslutt", "avslutt"), 0);
    let hjelp = ("?", "hjelp", 4);
    if app.bekreft_avslutt {
        return vec![
            ("q", m.t("avslutt", "avslutt"), 0),
            (
                m.t("annen tast", "annan tast"),
                m.t("fortsett", "hald fram"),
                0,
            ),
        ];
    }
    if app.velg_kommune.is_some() {
        vec![
            ("↑↓", m.t("velg", "vel"), 2),
            ("Enter", m.t("bekreft", "stadfest"), 1),
            akutt,
            hjelp,
            avslutt,
        ]
    } else if app.spor_undring.is_some() {
        vec![
            ("↑↓", m.t("dag", "dag"), 2),
            ("Enter", m.t("bekreft", "stadfest"), 1),
            ("b", m.t("tilbake", "attende"), 2),
            akutt,
            hjelp,
            avslutt,
        ]
    } else if app.oppsummering.is_some() {
        vec![
            ("↑↓", m.t("bla", "bla"), 3),
            ("s", m.t("lagre", "lagre"), 1),
            ("b", m.t("tilbake", "attende"), 2),
            akutt,
            hjelp,
            avslutt,
        ]
    } else {
        vec![
            ("↑↓ 1-9", m.t("velg", "vel"), 2),
            ("Enter", m.t("bekreft", "stadfest"), 1),
            ("b", m.t("tilbake", "attende"), 3),
            akutt,
            hjelp,
            avslutt,
        ]
    }
}

fn bunnlinje(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let mut taster = taster(app);
    let lengde = |t: &[(&str, &str, u8)]| -> usize {
        t.iter()
            .map(|(k, n, _)| bredde(k) + 1 + bredde(n))
            .sum::<usize>()
            + 3 * t.len().saturating_sub(1)
    };
    while lengde(&taster) > usize::from(area.width) {
        let Some((i, _)) = taster
            .iter()
            .enumerate()
            .filter(|(_, t)| t.2 > 0)
            .max_by_key(|(i, t)| (t.2, *i))
        else {
            break;
        };
        taster.remove(i);
    }
    let mut spans = Vec::new();
    for (i, (k, t, _)) in taster.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" · ", stil.svak()));
        }
        spans.push(Span::styled((*k).to_string(), stil.fet()));
        spans.push(Span::raw(format!(" {t}")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn hjelp(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let rader: [(&str, &str); 9] = [
        ("↑ ↓  j k", m.t("flytt markøren", "flytt markøren")),
        (
            "1–9",
            m.t(
                "velg svaret med det nummeret",
                "vel svaret med det nummeret",
            ),
        ),
        ("Enter", m.t("bekreft svaret", "stadfest svaret")),
        (
            "b  Backspace",
            m.t("gå ett steg tilbake", "gå eitt steg attende"),
        ),
        (
            "a  !",
            m.t(
                "AKUTT: hopp til akutt fare, når som helst",
                "AKUTT: hopp til akutt fare, kva tid som helst",
            ),
        ),
        ("PgUp PgDn", m.t("bla i teksten", "bla i teksten")),
        (
            "s",
            m.t(
                "lagre oppsummeringen som Markdown (bare du kan lese fila)",
                "lagre oppsummeringa som Markdown (berre du kan lese fila)",
            ),
        ),
        (
            "?",
            m.t(
                "vis eller skjul denne hjelpen",
                "vis eller skjul denne hjelpa",
            ),
        ),
        (
            "q  Esc  Ctrl-C",
            m.t(
                "avslutt (midt i veiledningen spør q først)",
                "avslutt (midt i rettleiinga spør q først)",
            ),
        ),
    ];
    let bred = area.width.saturating_sub(4).min(76);
    let w = usize::from(bred.saturating_sub(2));
    let kol = 16.min(w / 3);
    let mut linjer: Vec<Line<'static>> = Vec::new();
    for (tast, tekst) in rader {
        let forst = format!("{tast:<kol$}");
        let innrykk = " ".repeat(kol);
        for (i, l) in bryt(tekst, w, &format!("{forst} "), &format!("{innrykk} "))
            .into_iter()
            .enumerate()
        {
            if i == 0 {
                let split = l
                    .char_indices()
                    .nth(forst.chars().count())
                    .map_or(l.len(), |(b, _)| b);
                linjer.push(Line::from(vec![
                    Span::styled(l[..split].to_string(), stil.fet()),
                    Span::raw(l[split..].to_string()),
                ]));
            } else {
                linjer.push(Line::from(l));
            }
        }
    }
    linjer.push(Line::from(""));
    for l in bryt(
        m.t(
            "Guiden spør aldri om navn, fødselsdato eller annen fritekst, og lagrer ingenting uten at du ber om det.",
            "Rettleiaren spør aldri om namn, fødselsdato eller annan fritekst, og lagrar ingenting utan at du ber om det.",
        ),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(l));
    }
    let hoy = u16::try_from(linjer.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let rect = Rect::new(
        area.x + (area.width - bred) / 2,
        area.y + (area.height - hoy) / 2,
        bred,
        hoy,
    );
    let blokk = Block::bordered()
        .border_type(BorderType::Thick)
        .title(Line::from(Span::styled(
            format!(" {} ", m.t("Hjelp", "Hjelp")),
            stil.fet(),
        )))
        .title_bottom(Line::from(Span::styled(
            format!(
                " {} ",
                m.t("trykk en tast for å lukke", "trykk ein tast for å lukke")
            ),
            stil.svak(),
        )));
    let inner = blokk.inner(rect);
    f.render_widget(Clear, rect);
    f.render_widget(blokk, rect);
    f.render_widget(Paragraph::new(linjer), inner);
}

// ------------------------------------------------------------------ event loop

/// What the event loop needs besides the state.
/// Loads a municipality (`None`: national) and its graph.
pub type Laster<'a> = &'a dyn Fn(Option<&str>) -> Result<(Kilde, Engine)>;

pub struct Oppsett<'a> {
    /// Loads a municipality (`None`: national) after the choice screen.
    pub last: Laster<'a>,
    /// `--lagre FIL`; `s` without it saves to a new file in the current directory.
    pub lagre: Option<PathBuf>,
    pub overskriv: bool,
}

/// How the TUI ended.
pub enum Slutt {
    /// Quit at the summary.
    Utfall(Box<Oppsummering>),
    /// Quit, Ctrl-C or a signal before an outcome (in the målform in use).
    Avbrutt(Maalform),
    /// The terminal could not be set up: use the line mode instead.
    IngenTerminal,
}

/// Run the TUI until the user quits. The terminal is restored on every path.
pub fn run(mut app: App, o: &Oppsett) -> Result<Slutt> {
    let signal = Arc::new(AtomicBool::new(false));
    let mut ids = Vec::new();
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
        // `kill -QUIT` (Ctrl-\ is a key in raw mode): left the terminal raw.
        signal_hook::consts::SIGQUIT,
    ] {
        if let Ok(id) = signal_hook::flag::register(sig, Arc::clone(&signal)) {
            ids.push(id);
        }
    }
    let ferdig = Arc::new(AtomicBool::new(false));
    vakt(Arc::clone(&signal), Arc::clone(&ferdig));
    let resultat = match ratatui::try_init() {
        Ok(mut terminal) => {
            let r = event_loop(&mut terminal, &mut app, o, &signal);
            ferdig.store(true, Ordering::Relaxed);
            // Blank the alternate screen first, so a terminal that keeps
            // rows of it after a resize shows nothing of the walkthrough.
            let _ = terminal.clear();
            ratatui::restore();
            r
        }
        Err(_) => {
            ratatui::restore();
            Ok(Slutt::IngenTerminal)
        }
    };
    for id in ids {
        signal_hook::low_level::unregister(id);
    }
    resultat
}

/// A watchdog for signals the event loop cannot see. When the terminal hangs
/// up (the window is closed, tmux is killed), crossterm's reader spins on the
/// tty's end-of-file inside `event::poll` and never returns to check the
/// signal flag: a process left burning a core with nobody to see it. If the
/// loop has not ended half a second after SIGHUP/SIGTERM/SIGINT/SIGQUIT, restore what
/// can be restored and exit 1 (nothing has been written to disk).
fn vakt(signal: Arc<AtomicBool>, ferdig: Arc<AtomicBool>) {
    let _ = std::thread::Builder::new()
        .name("bti-vakt".into())
        .spawn(move || {
            loop {
                std::thread::sleep(Duration::from_millis(100));
                if ferdig.load(Ordering::Relaxed) {
                    return;
                }
                if signal.load(Ordering::Relaxed) {
                    std::thread::sleep(Duration::from_millis(500));
                    if ferdig.load(Ordering::Relaxed) {
                        return;
                    }
                    ratatui::restore();
                    std::process::exit(1);
                }
            }
        });
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    o: &Oppsett,
    signal: &AtomicBool,
) -> Result<Slutt> {
    // Start crossterm's event source (and its SIGWINCH handler) before the
    // first frame, so a resize right after start-up is not lost.
    event::poll(Duration::ZERO)?;
    let mut tegn = true;
    let mut storrelse = crossterm::terminal::size().ok();
    loop {
        if signal.load(Ordering::Relaxed) {
            return Ok(Slutt::Avbrutt(app.m));
        }
        if tegn {
            if let Some((w, h)) = storrelse {
                app.side = rulling(app, Rect::new(0, 0, w, h)).1.max(1);
            }
            terminal.draw(|f| render(app, f))?;
            tegn = false;
        }
        if !event::poll(Duration::from_millis(100))? {
            // Belt and braces: notice a size change even without an event.
            let naa = crossterm::terminal::size().ok();
            if naa != storrelse {
                storrelse = naa;
                tegn = true;
            }
            continue;
        }
        let effekt = match event::read()? {
            Event::Key(k) => match from_key(k) {
                Some(a) => app.update(a),
                None => continue,
            },
            Event::Resize(w, h) => {
                storrelse = Some((w, h));
                tegn = true;
                continue;
            }
            _ => continue,
        };
        tegn = true;
        if let Some((w, h)) = storrelse {
            let (maks, side) = rulling(app, Rect::new(0, 0, w, h));
            app.rull = app.rull.min(maks);
            app.side = side.max(1);
        }
        match effekt {
            Effekt::Ingen => {}
            Effekt::LastKommune(id) => match (o.last)(id.as_deref()) {
                Ok((kilde, engine)) => app.bytt_kilde(kilde, engine),
                Err(e) => app.melding = Some(e.to_string()),
            },
            Effekt::Lagre => lagre(app, o),
            Effekt::Avslutt => {
                return Ok(match app.oppsummering.take() {
                    Some(opp) => {
                        if let Some(p) = &o.lagre
                            && app.lagret.is_none()
                        {
                            super::lagre::skriv(p, &opp.markdown(), o.overskriv, app.m)?;
                        }
                        Slutt::Utfall(Box::new(opp))
                    }
                    None => Slutt::Avbrutt(app.m),
                });
            }
        }
    }
}

fn lagre(app: &mut App, o: &Oppsett) {
    let m = app.m;
    let Some(opp) = &app.oppsummering else {
        return;
    };
    let path = o
        .lagre
        .clone()
        .unwrap_or_else(|| super::lagre::ledig_navn(app.i_dag));
    app.melding = Some(
        match super::lagre::skriv(&path, &opp.markdown(), o.overskriv, m) {
            Ok(()) => {
                let melding = format!("{} {}", m.t("Lagret i", "Lagra i"), path.display());
                app.lagret = Some(path);
                melding
            }
            Err(e) => e.to_string(),
        },
    );
}
