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
use super::{Kilde, frist_tekst, lov_tekst, steg_etikett};
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
}

/// Map a key to an action; `None` for keys that do nothing.
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
        _ => return None,
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
    pub markor: usize,
    /// Scroll offset of the text (lines).
    pub rull: u16,
    pub hjelp: bool,
    /// A one-line message in the footer (saved, nothing to go back to, …).
    pub melding: Option<String>,
    pub oppsummering: Option<Oppsummering>,
    /// The current summary has been saved.
    pub lagret: bool,
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
            markor: 0,
            rull: 0,
            hjelp: false,
            melding: None,
            oppsummering: None,
            lagret: false,
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

    fn flyttet(&mut self) {
        self.markor = 0;
        self.rull = 0;
        self.lagret = false;
        self.oppsummering = Oppsummering::ny(&self.kilde, &self.engine, self.i_dag, self.m);
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
            Action::RullOpp => self.rull = self.rull.saturating_sub(10),
            Action::RullNed => self.rull = self.rull.saturating_add(10),
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
                }
                if self.engine.akutt() {
                    self.flyttet();
                }
            }
            Action::Hjelp => self.hjelp = true,
            Action::Lagre => {
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
            Action::Avslutt => {
                self.ferdig = true;
                return Effekt::Avslutt;
            }
            Action::Avbryt => {}
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

/// Draw the whole screen: a pure function of the state.
pub fn render(app: &App, f: &mut Frame) {
    let area = f.area();
    if area.width < MIN_BREDDE || area.height < MIN_HOYDE {
        liten(app, f, area);
        return;
    }
    let stil = Stil { farge: app.farge };
    let [topp, stegrad, kropp, bunn] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    topplinje(app, &stil, f, topp);
    if let Some(v) = &app.velg_kommune {
        kommunevalg(app, v, &stil, f, stegrad.union(kropp));
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
        m.t(
            "Gjør vinduet større, eller trykk q for å avslutte.",
            "Gjer vindauget større, eller trykk q for å avslutte.",
        ),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(l));
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
    let mut navn: Vec<String> = vec![m.t("Før du starter", "Før du startar").to_string()];
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
                .map(|n| steg_etikett(m, steg, n.steg))
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

/// The lines of a node at width `w`: the text (tools, laws, deadline
/// included), the question with the choices, and the cursor's line range.
type NodeLinjer = (Vec<Line<'static>>, Vec<Line<'static>>, (usize, usize));

fn node_linjer(app: &App, stil: &Stil, node: &crate::data::model::Node, w: usize) -> NodeLinjer {
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
        for n in &app.kilde.nasjonal.nodnummer {
            let forst = format!("{:<8} ", n.nummer);
            let mut l = bryt(&n.navn, w, &forst, "         ").into_iter();
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
            &node.verktoy.join(" · "),
        );
    }
    if !node.lovverk.is_empty() {
        tekst.push(Line::from(""));
        tekst.push(Line::from(Span::styled(
            format!("{}:", m.t("Lovverk", "Lovverk")),
            stil.fet(),
        )));
        for l in &node.lovverk {
            for linje in bryt(&lov_tekst(&app.kilde, l.as_ref()), w, "• ", "  ") {
                tekst.push(Line::from(linje));
            }
        }
    }
    if let Some(fr) = &node.frist {
        tekst.push(Line::from(""));
        felt(
            &mut tekst,
            m.t("Frist", "Frist"),
            &frist_tekst(m, fr.as_ref(), app.i_dag),
        );
    }

    // The question and the choices, always visible below the text.
    let mut valg: Vec<Line<'static>> = Vec::new();
    for l in bryt(&node.sporsmal, w, "", "") {
        valg.push(Line::from(Span::styled(l, stil.fet())));
    }
    let mut markor_linjer = (0, 0);
    for (i, v) in node.valg.iter().enumerate() {
        let valgt = i == app.markor;
        let forst = format!("{} {}. ", if valgt { "▶" } else { " " }, i + 1);
        let innrykk = " ".repeat(bredde(&forst));
        let start = valg.len();
        for l in bryt(&v.tekst, w, &forst, &innrykk) {
            let s = if valgt {
                let pad = w.saturating_sub(bredde(&l));
                Line::from(Span::styled(
                    format!("{l}{}", " ".repeat(pad)),
                    stil.valgt(),
                ))
            } else {
                Line::from(l)
            };
            valg.push(s);
        }
        if valgt {
            markor_linjer = (start, valg.len());
        }
    }

    (tekst, valg, markor_linjer)
}

/// Heights of the text and the choices in a pane `h` lines high. When
/// everything fits, the choices follow the text; otherwise the text scrolls
/// (PgUp/PgDn) above choices that stay in view.
fn node_hoyder(tekst: usize, valg: usize, h: usize) -> (usize, usize) {
    if tekst + 1 + valg <= h {
        (tekst, valg)
    } else {
        let valg_h = valg.min(h.saturating_sub(3).max(h / 2));
        (h.saturating_sub(valg_h + 1), valg_h)
    }
}

fn node(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let Some(node) = app.engine.node() else {
        return;
    };
    let blokk = ramme(stil, node.tittel.clone(), app.engine.er_akutt());
    let inner = blokk.inner(area);
    let (tekst, valg, markor_linjer) = node_linjer(app, stil, node, usize::from(inner.width));
    let (tekst_h, valg_h) = node_hoyder(tekst.len(), valg.len(), usize::from(inner.height));
    let (synlig, _over, under) = rullet(tekst, tekst_h, usize::from(app.rull));
    // Scroll the choices just enough to keep the cursor in view.
    let valg_fra = markor_linjer.1.saturating_sub(valg_h).min(markor_linjer.0);
    let valg_synlig: Vec<Line> = valg.into_iter().skip(valg_fra).take(valg_h).collect();

    let mut blokk = blokk;
    if under {
        blokk = blokk.title_bottom(Line::from(Span::styled(
            format!(" ↓ {} (PgDn) ", m.t("mer tekst", "meir tekst")),
            stil.fet(),
        )));
    }
    f.render_widget(blokk, area);
    let [a_tekst, _mellom, a_valg] = Layout::vertical([
        Constraint::Length(u16::try_from(tekst_h).unwrap_or(0)),
        Constraint::Length(1),
        Constraint::Min(0),
    ])
    .areas(inner);
    f.render_widget(Paragraph::new(synlig), a_tekst);
    f.render_widget(Paragraph::new(valg_synlig), a_valg);
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

/// The summary as lines at width `w`, headings bold, lists hanging.
fn oppsummering_linjer(o: &Oppsummering, stil: &Stil, w: usize) -> Vec<Line<'static>> {
    let mut linjer: Vec<Line<'static>> = Vec::new();
    // Skip the heading line of the text form: the frame's title says it.
    for raw in o.tekst().lines().skip(1) {
        let innrykk: String = raw.chars().take_while(|c| *c == ' ').collect();
        let innhold = raw.trim_start();
        // Hang the continuation lines of "• …" and "12. …" under the text.
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
        for l in bryt(innhold, w, &forst, &videre) {
            if overskrift {
                linjer.push(Line::from(Span::styled(l, stil.fet())));
            } else {
                linjer.push(Line::from(l));
            }
        }
    }
    linjer
}

/// How far the main pane can scroll in a terminal of size `area`; the event
/// loop clamps `App::rull` to it, so PgUp after many PgDn acts at once.
pub fn maks_rull(app: &App, area: Rect) -> u16 {
    if area.width < MIN_BREDDE || area.height < MIN_HOYDE || app.velg_kommune.is_some() {
        return 0;
    }
    let stil = Stil { farge: app.farge };
    // The layout of `render`: two lines above, one below, a border around.
    let inner = Block::bordered().inner(Rect::new(0, 0, area.width, area.height - 3));
    let (w, h) = (usize::from(inner.width), usize::from(inner.height));
    let n = match (&app.oppsummering, app.engine.node()) {
        (Some(o), _) => oppsummering_linjer(o, &stil, w).len().saturating_sub(h),
        (None, Some(node)) => {
            let (tekst, valg, _) = node_linjer(app, &stil, node, w);
            let (tekst_h, _) = node_hoyder(tekst.len(), valg.len(), h);
            tekst.len().saturating_sub(tekst_h)
        }
        (None, None) => 0,
    };
    u16::try_from(n).unwrap_or(u16::MAX)
}

fn kommunevalg(app: &App, v: &KommuneValg, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let blokk = ramme(stil, m.t("Velg kommune", "Vel kommune").to_string(), false);
    let inner = blokk.inner(area);
    let w = usize::from(inner.width);
    let mut linjer: Vec<Line<'static>> = Vec::new();
    for l in bryt(
        m.t(
            "Hvilken kommune jobber du i? Guiden bruker kommunens veileder og viser kontaktene til tjenestene der.",
            "Kva kommune jobbar du i? Rettleiaren brukar kommunen sin rettleiar og viser kontaktane til tenestene der.",
        ),
        w,
        "",
        "",
    ) {
        linjer.push(Line::from(l));
    }
    linjer.push(Line::from(""));
    let topp = linjer.len();
    for (i, (_, navn)) in v.liste.iter().enumerate() {
        let valgt = i == app.markor;
        let tekst = format!("{} {}. {navn}", if valgt { "▶" } else { " " }, i + 1);
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
    let h = usize::from(inner.height);
    let markor = topp + app.markor;
    let fra = (markor + 1).saturating_sub(h);
    let synlig: Vec<Line> = linjer.into_iter().skip(fra).take(h).collect();
    f.render_widget(blokk, area);
    f.render_widget(Paragraph::new(synlig), inner);
}

fn bunnlinje(app: &App, stil: &Stil, f: &mut Frame, area: Rect) {
    let m = app.m;
    let line = if let Some(msg) = &app.melding {
        Line::from(Span::styled(msg.clone(), stil.valgt()))
    } else {
        let taster: &[(&str, &str)] = if app.velg_kommune.is_some() {
            &[
                ("↑↓", m.t("velg", "vel")),
                ("Enter", m.t("bekreft", "stadfest")),
                ("a", "akutt"),
                ("?", "hjelp"),
                ("q", m.t("avslutt", "avslutt")),
            ]
        } else if app.oppsummering.is_some() {
            &[
                ("↑↓", m.t("bla", "bla")),
                ("s", m.t("lagre", "lagre")),
                ("b", m.t("tilbake", "attende")),
                ("a", "akutt"),
                ("?", "hjelp"),
                ("q", m.t("avslutt", "avslutt")),
            ]
        } else {
            &[
                ("↑↓ 1-9", m.t("velg", "vel")),
                ("Enter", m.t("bekreft", "stadfest")),
                ("b", m.t("tilbake", "attende")),
                ("a", "akutt"),
                ("?", "hjelp"),
                ("q", m.t("avslutt", "avslutt")),
            ]
        };
        let mut spans = Vec::new();
        for (i, (k, t)) in taster.iter().enumerate() {
            if i > 0 {
                spans.push(Span::styled(" · ", stil.svak()));
            }
            spans.push(Span::styled((*k).to_string(), stil.fet()));
            spans.push(Span::raw(format!(" {t}")));
        }
        Line::from(spans)
    };
    f.render_widget(Paragraph::new(line), area);
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
        ("q  Esc  Ctrl-C", m.t("avslutt", "avslutt")),
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
            app.rull = app.rull.min(maks_rull(app, Rect::new(0, 0, w, h)));
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
                            && !app.lagret
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
                app.lagret = true;
                format!("{} {}", m.t("Lagret i", "Lagra i"), path.display())
            }
            Err(e) => e.to_string(),
        },
    );
}
