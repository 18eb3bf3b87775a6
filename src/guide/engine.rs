//! The walkthrough as a pure state machine over a veileder graph (`[guide]`):
//! where we are, how we got here, and the way back.
//!
//! The engine owns a copy of the graph with every `til` resolved to an index
//! up front, so that a step can never fail halfway and no lookup by id is
//! needed while walking. It knows nothing of terminals, files or dates: the
//! TUI, the line mode and the summary all drive the same `Engine` and read
//! the same history, so they cannot disagree about the path taken.

use std::collections::HashMap;

use crate::data::model::{Guide, Node, Utfall};

/// A place in the graph: a question node, or a terminal outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pos {
    Node(usize),
    Utfall(usize),
}

/// How the walker left a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Svar {
    /// Choice number `i` (0-based) of the node.
    Valg(usize),
    /// The always-available jump to the akutt node.
    Akutt,
}

/// One step of the history: where the walker was, and what they answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trinn {
    pub fra: Pos,
    pub svar: Svar,
}

/// Why a graph cannot be walked. Validation at load time reports the same
/// problems with file and line; this is the engine's own guard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GrafFeil {
    /// `start` or `akutt` names no node.
    UkjentStart(String),
    UkjentAkutt(String),
    /// A choice points at an id that is neither a node nor an outcome.
    UkjentMaal {
        node: String,
        til: String,
    },
    /// A node without choices would trap the walker.
    IngenValg(String),
}

impl GrafFeil {
    /// A short Norwegian message.
    pub fn melding(&self, m: crate::i18n::Maalform) -> String {
        match self {
            GrafFeil::UkjentStart(id) => format!(
                "{} «{id}» {}",
                m.t("startnoden", "startnoden"),
                m.t("finnes ikke i veilederen", "finst ikkje i rettleiaren")
            ),
            GrafFeil::UkjentAkutt(id) => format!(
                "{} «{id}» {}",
                m.t("akuttnoden", "akuttnoden"),
                m.t("finnes ikke i veilederen", "finst ikkje i rettleiaren")
            ),
            GrafFeil::UkjentMaal { node, til } => format!(
                "{} «{node}» {} «{til}», {}",
                m.t("et valg i noden", "eit val i noden"),
                m.t("peker på", "peikar på"),
                m.t("som ikke finnes", "som ikkje finst")
            ),
            GrafFeil::IngenValg(id) => format!(
                "{} «{id}» {}",
                m.t("noden", "noden"),
                m.t("har ingen valg", "har ingen val")
            ),
        }
    }
}

/// The walker's state over one graph.
#[derive(Debug, Clone)]
pub struct Engine {
    guide: Guide,
    /// Per node, per choice: where it leads.
    maal: Vec<Vec<Pos>>,
    start: usize,
    akutt: Option<usize>,
    her: Pos,
    historikk: Vec<Trinn>,
}

impl Engine {
    /// Resolve the graph; refuse one that cannot be walked safely.
    pub fn new(guide: &Guide) -> Result<Engine, GrafFeil> {
        let mut ids: HashMap<&str, Pos> = HashMap::new();
        // Outcomes first, so a node with the same id (a validation error) wins.
        for (i, u) in guide.utfall.iter().enumerate() {
            ids.insert(u.id.as_ref(), Pos::Utfall(i));
        }
        for (i, n) in guide.node.iter().enumerate() {
            ids.insert(n.id.as_ref(), Pos::Node(i));
        }
        let node_ix = |id: &str| match ids.get(id) {
            Some(Pos::Node(i)) => Some(*i),
            _ => None,
        };
        let start_id = guide.start.as_ref();
        let start = node_ix(start_id).ok_or_else(|| GrafFeil::UkjentStart(start_id.clone()))?;
        let akutt = match &guide.akutt {
            Some(a) => {
                Some(node_ix(a.as_ref()).ok_or_else(|| GrafFeil::UkjentAkutt(a.as_ref().clone()))?)
            }
            None => None,
        };
        let mut maal = Vec::with_capacity(guide.node.len());
        for n in &guide.node {
            if n.valg.is_empty() {
                return Err(GrafFeil::IngenValg(n.id.as_ref().clone()));
            }
            let mut v = Vec::with_capacity(n.valg.len());
            for valg in &n.valg {
                let til = valg.til.as_ref();
                let pos = ids
                    .get(til.as_str())
                    .copied()
                    .ok_or_else(|| GrafFeil::UkjentMaal {
                        node: n.id.as_ref().clone(),
                        til: til.clone(),
                    })?;
                v.push(pos);
            }
            maal.push(v);
        }
        Ok(Engine {
            guide: guide.clone(),
            maal,
            start,
            akutt,
            her: Pos::Node(start),
            historikk: Vec::new(),
        })
    }

    pub fn guide(&self) -> &Guide {
        &self.guide
    }

    /// Where the walker is now.
    pub fn her(&self) -> Pos {
        self.her
    }

    /// The current node, unless the walk has reached an outcome.
    pub fn node(&self) -> Option<&Node> {
        match self.her {
            Pos::Node(i) => self.guide.node.get(i),
            Pos::Utfall(_) => None,
        }
    }

    /// The outcome, once reached.
    pub fn utfall(&self) -> Option<&Utfall> {
        match self.her {
            Pos::Utfall(i) => self.guide.utfall.get(i),
            Pos::Node(_) => None,
        }
    }

    pub fn node_at(&self, i: usize) -> Option<&Node> {
        self.guide.node.get(i)
    }

    /// The id of a place.
    pub fn id(&self, pos: Pos) -> &str {
        match pos {
            Pos::Node(i) => self.guide.node.get(i).map_or("", |n| n.id.as_ref()),
            Pos::Utfall(i) => self.guide.utfall.get(i).map_or("", |u| u.id.as_ref()),
        }
    }

    /// Whether the walker stands on the akutt node.
    pub fn er_akutt(&self) -> bool {
        self.akutt.is_some_and(|a| self.her == Pos::Node(a))
    }

    /// Whether the walker stands on the start node (the first screen).
    pub fn er_paa_start(&self) -> bool {
        self.her == Pos::Node(self.start)
    }

    /// Whether the graph has an akutt node to jump to.
    pub fn har_akutt(&self) -> bool {
        self.akutt.is_some()
    }

    /// Whether the outcome was reached straight from the akutt node.
    pub fn utfall_fra_akutt(&self) -> bool {
        matches!(self.her, Pos::Utfall(_))
            && self
                .historikk
                .last()
                .is_some_and(|t| self.akutt.is_some_and(|a| t.fra == Pos::Node(a)))
    }

    pub fn er_ferdig(&self) -> bool {
        matches!(self.her, Pos::Utfall(_))
    }

    /// The answers that led here, oldest first.
    pub fn historikk(&self) -> &[Trinn] {
        &self.historikk
    }

    /// Take choice `i` (0-based) of the current node. `false` (and no change)
    /// when there is no such choice or the walk is at an outcome.
    pub fn velg(&mut self, i: usize) -> bool {
        let Pos::Node(n) = self.her else {
            return false;
        };
        let Some(&til) = self.maal.get(n).and_then(|v| v.get(i)) else {
            return false;
        };
        self.historikk.push(Trinn {
            fra: self.her,
            svar: Svar::Valg(i),
        });
        self.her = til;
        true
    }

    /// Jump to the akutt node from anywhere (also from an outcome). `false`
    /// when already there or when the graph has no akutt node.
    pub fn akutt(&mut self) -> bool {
        let Some(a) = self.akutt else {
            return false;
        };
        if self.her == Pos::Node(a) {
            return false;
        }
        self.historikk.push(Trinn {
            fra: self.her,
            svar: Svar::Akutt,
        });
        self.her = Pos::Node(a);
        true
    }

    /// Undo the last answer. `false` at the start.
    pub fn tilbake(&mut self) -> bool {
        match self.historikk.pop() {
            Some(t) => {
                self.her = t.fra;
                true
            }
            None => false,
        }
    }

    /// Back to the start with an empty history.
    pub fn start_paa_nytt(&mut self) {
        self.historikk.clear();
        self.her = Pos::Node(self.start);
    }

    /// The nodes on the path, in order, each once (for deadlines and laws).
    pub fn noder_paa_stien(&self) -> Vec<&Node> {
        let mut sett = Vec::new();
        let mut out = Vec::new();
        for t in &self.historikk {
            if let Pos::Node(i) = t.fra
                && !sett.contains(&i)
            {
                sett.push(i);
                if let Some(n) = self.guide.node.get(i) {
                    out.push(n);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graf(toml_text: &str) -> Guide {
        #[derive(serde::Deserialize)]
        struct V {
            guide: Guide,
        }
        toml::from_str::<V>(toml_text).unwrap().guide
    }

    const LITEN: &str = r#"
[guide]
start = "a"
akutt = "akutt"
[[guide.node]]
id = "a"
tittel = "A"
tekst = "t"
sporsmal = "?"
valg = [{ tekst = "til b", til = "b" }, { tekst = "slutt", til = "u1" }]
[[guide.node]]
id = "b"
steg = 1
tittel = "B"
tekst = "t"
sporsmal = "?"
valg = [{ tekst = "til u2", til = "u2" }, { tekst = "til a", til = "a" }]
[[guide.node]]
id = "akutt"
tittel = "Akutt"
tekst = "t"
sporsmal = "?"
valg = [{ tekst = "varslet", til = "u1" }]
[[guide.utfall]]
id = "u1"
tittel = "U1"
tekst = "t"
[[guide.utfall]]
id = "u2"
tittel = "U2"
tekst = "t"
"#;

    #[test]
    fn walks_backs_and_jumps() {
        let mut e = Engine::new(&graf(LITEN)).unwrap();
        assert_eq!(e.node().unwrap().id.as_ref(), "a");
        assert!(!e.tilbake(), "nothing to undo at the start");
        assert!(!e.velg(2), "no third choice");
        assert!(e.velg(0));
        assert_eq!(e.node().unwrap().id.as_ref(), "b");
        assert!(e.akutt());
        assert!(e.er_akutt());
        assert!(!e.akutt(), "already at akutt");
        assert!(e.tilbake());
        assert_eq!(e.node().unwrap().id.as_ref(), "b");
        assert!(e.velg(0));
        assert!(e.er_ferdig());
        assert_eq!(e.utfall().unwrap().id.as_ref(), "u2");
        assert!(!e.velg(0), "no choices at an outcome");
        assert_eq!(
            e.historikk(),
            &[
                Trinn {
                    fra: Pos::Node(0),
                    svar: Svar::Valg(0)
                },
                Trinn {
                    fra: Pos::Node(1),
                    svar: Svar::Valg(0)
                },
            ]
        );
        // akutt from an outcome, and back to it
        assert!(e.akutt());
        assert!(e.tilbake());
        assert_eq!(e.utfall().unwrap().id.as_ref(), "u2");
        e.start_paa_nytt();
        assert_eq!(e.her(), Pos::Node(0));
        assert!(e.historikk().is_empty());
    }

    #[test]
    fn cycles_keep_the_whole_history() {
        let mut e = Engine::new(&graf(LITEN)).unwrap();
        for _ in 0..3 {
            assert!(e.velg(0)); // a -> b
            assert!(e.velg(1)); // b -> a
        }
        assert_eq!(e.historikk().len(), 6);
        assert_eq!(e.noder_paa_stien().len(), 2, "each node once");
        for _ in 0..6 {
            assert!(e.tilbake());
        }
        assert_eq!(e.her(), Pos::Node(0));
        assert!(!e.tilbake());
    }

    #[test]
    fn outcome_from_akutt_is_marked() {
        let mut e = Engine::new(&graf(LITEN)).unwrap();
        assert!(e.akutt());
        assert!(e.velg(0));
        assert!(e.utfall_fra_akutt());
        let mut e = Engine::new(&graf(LITEN)).unwrap();
        assert!(e.velg(1));
        assert!(!e.utfall_fra_akutt());
    }

    #[test]
    fn refuses_broken_graphs() {
        let broken = LITEN.replace("til = \"u2\"", "til = \"finnes-ikke\"");
        assert_eq!(
            Engine::new(&graf(&broken)).unwrap_err(),
            GrafFeil::UkjentMaal {
                node: "b".into(),
                til: "finnes-ikke".into()
            }
        );
        let broken = LITEN.replace("start = \"a\"", "start = \"u1\"");
        assert_eq!(
            Engine::new(&graf(&broken)).unwrap_err(),
            GrafFeil::UkjentStart("u1".into())
        );
        let broken = LITEN.replace("akutt = \"akutt\"", "akutt = \"x\"");
        assert_eq!(
            Engine::new(&graf(&broken)).unwrap_err(),
            GrafFeil::UkjentAkutt("x".into())
        );
        let no_akutt = LITEN.replace("akutt = \"akutt\"\n", "");
        let mut e = Engine::new(&graf(&no_akutt)).unwrap();
        assert!(!e.har_akutt());
        assert!(!e.akutt());
        assert!(e.historikk().is_empty());
    }
}
