//! Validation of SPEC §1.8: duplicate ids, dangling references, date
//! expressions, relative-deadline cycles and the soundness of the guide graph.
//! Every problem becomes a diagnostic pointing at the span of the offending
//! id or value; nothing stops at the first problem.

use std::collections::{HashMap, HashSet, VecDeque};

use toml::Spanned;

use super::model::*;
use super::{KommuneData, Nasjonal, Rad};
use crate::dato::{self, Periode, Uttrykk};
use crate::diag::{Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

pub struct NasjonalFiles {
    pub veileder: Option<SourceFile>,
    pub roller: Option<SourceFile>,
    pub lovverk: Option<SourceFile>,
    pub nodnummer: Option<SourceFile>,
}

pub struct KommuneFiles {
    pub kommune: Option<SourceFile>,
    pub tjenester: Option<SourceFile>,
    pub arenaer: Option<SourceFile>,
    pub framdrift: Option<SourceFile>,
    pub veileder: Option<SourceFile>,
    pub roller: Option<SourceFile>,
}

/// Names Windows reserves for devices, with or without an extension: an id
/// becomes a folder or page name (`kommuner/<id>/`, `veileder/<id>.html`),
/// so these are refused as ids.
pub fn windows_reservert(s: &str) -> bool {
    let stamme = s.split('.').next().unwrap_or(s).to_ascii_lowercase();
    matches!(stamme.as_str(), "con" | "prn" | "aux" | "nul")
        || ((stamme.starts_with("com") || stamme.starts_with("lpt"))
            && stamme.len() == 4
            && stamme
                .as_bytes()
                .get(3)
                .is_some_and(|b| (b'1'..=b'9').contains(b)))
}

/// Why `s` is not an id, if it is not (in the UI målform).
pub fn id_feil(s: &str, m: Maalform) -> Option<&'static str> {
    if !is_slug(s) {
        return Some(m.t(
            "må bestå av små bokstaver a–z, sifre og bindestrek",
            "må vere små bokstavar a–z, siffer og bindestrek",
        ));
    }
    windows_reservert(s).then(|| {
        m.t(
            "er et reservert filnavn i Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9); velg en annen id",
            "er eit reservert filnamn i Windows (con, prn, aux, nul, com1–com9, lpt1–lpt9); vel ein annan id",
        )
    })
}

/// An id: lowercase ASCII letters, digits and '-'.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
}

/// Ids that references must name: in order (for suggestions) and hashed
/// (so that thousands of references to thousands of ids stay linear).
struct Ids<'a> {
    list: Vec<&'a str>,
    set: HashSet<&'a str>,
}

impl<'a> Ids<'a> {
    fn new(ids: impl IntoIterator<Item = &'a str>) -> Self {
        let list: Vec<&str> = ids.into_iter().collect();
        let set = list.iter().copied().collect();
        Ids { list, set }
    }
}

/// "Did you mean" is a Levenshtein search over every candidate: offer it for
/// at most this many problems per file, and only among this many candidates,
/// so that a file of thousands of bad references still checks in linear time.
const SUGGEST_BUDGET: usize = 200;
const SUGGEST_MAX_CANDIDATES: usize = 2000;

/// Collects diagnostics for one file.
struct Check<'a> {
    file: &'a SourceFile,
    m: Maalform,
    seed: bool,
    out: &'a mut Vec<Diagnostic>,
    /// Suggestions left to offer in this file.
    suggest_left: usize,
}

impl Check<'_> {
    /// The closest candidate to a mistyped `needle`, within the budget.
    fn closest<'b>(&mut self, needle: &str, candidates: &[&'b str]) -> Option<&'b str> {
        if self.suggest_left == 0 || candidates.len() > SUGGEST_MAX_CANDIDATES {
            return None;
        }
        self.suggest_left -= 1;
        crate::likhet::closest(needle, candidates.iter().copied())
    }

    fn err(&mut self, at: usize, msg: String) {
        self.err_k(at, "ugyldig-verdi", msg);
    }
    fn err_k(&mut self, at: usize, kode: &'static str, msg: String) {
        self.out
            .push(self.file.diag(at, Alvor::Feil, self.m, msg).med_kode(kode));
    }
    fn warn(&mut self, at: usize, kode: &'static str, msg: String) {
        self.out.push(
            self.file
                .diag(at, Alvor::Advarsel, self.m, msg)
                .med_kode(kode),
        );
    }
    fn kilde(&mut self, at: usize, kilde: &Option<String>) {
        if self.seed && kilde.as_deref().is_none_or(|k| k.trim().is_empty()) {
            let m = self.m;
            self.warn(
                at,
                "mangler-kilde",
                m.t("oppføringen mangler «kilde»", "oppføringa manglar «kilde»")
                    .into(),
            );
        }
    }
    fn slug(&mut self, id: &Sp) {
        if let Some(grunn) = id_feil(id.as_ref(), self.m) {
            self.err(
                id.span().start,
                format!("{} «{}» {grunn}", "id", id.as_ref()),
            );
        }
    }
    /// Report every id seen before.
    fn unique<'b>(&mut self, ids: impl IntoIterator<Item = &'b Sp>) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for id in ids {
            self.slug(id);
            if let Some(first) = seen.get(id.as_ref().as_str()) {
                let (line, _) = self.file.line_col(*first);
                let m = self.m;
                self.err_k(
                    id.span().start,
                    "dobbel-id",
                    format!(
                        "{} «{}» {} {line})",
                        m.t("id-en", "id-en"),
                        id.as_ref(),
                        m.t(
                            "er brukt før (første gang på linje",
                            "er brukt før (første gong på linje"
                        )
                    ),
                );
            } else {
                seen.insert(id.as_ref(), id.span().start);
            }
        }
    }
    /// A reference to something that must exist.
    fn reference(&mut self, r: &Sp, what: &str, known: &Ids) {
        if known.set.contains(r.as_ref().as_str()) {
            return;
        }
        let m = self.m;
        let mut msg = format!(
            "{what} «{}» {}",
            r.as_ref(),
            m.t("finnes ikke", "finst ikkje")
        );
        if let Some(best) = self.closest(r.as_ref(), &known.list) {
            msg.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
        }
        self.err_k(r.span().start, "ukjent-referanse", msg);
    }
    fn levels(&mut self, nivaa: &[Spanned<i64>], valid: &[i64]) {
        // No levels known (the veileder was not read): nothing to check against.
        if valid.is_empty() {
            return;
        }
        for n in nivaa {
            if !valid.contains(n.as_ref()) {
                let m = self.m;
                let list: Vec<String> = valid.iter().map(i64::to_string).collect();
                self.err_k(
                    n.span().start,
                    "ukjent-nivaa",
                    format!(
                        "{} {} {} ({}: {})",
                        m.t("nivå", "nivå"),
                        n.as_ref(),
                        m.t("finnes ikke i veilederen", "finst ikkje i rettleiaren"),
                        m.t("gyldige nivåer", "gyldige nivå"),
                        list.join(", ")
                    ),
                );
            }
        }
    }
    /// A contact point that is not what it says (`kontakt`).
    fn kontakt(&mut self, at: usize, p: &super::kontakt::Kontaktpunkt) {
        if let Some(msg) = super::kontakt::feil(p, self.m) {
            self.kontakt_feil(at, p, msg);
        }
    }
    /// A service's contact point: a list in one field is told to go in
    /// `[[tjeneste.kontakt]]` entries, anything else is checked as `kontakt`.
    fn tjeneste_kontakt(&mut self, at: usize, p: &super::kontakt::Kontaktpunkt) {
        match super::kontakt::flere_feil(p, self.m) {
            Some(msg) => self.kontakt_feil(at, p, msg),
            None => self.kontakt(at, p),
        }
    }
    /// Reported where the point's text stands: at its own position when
    /// known, else the first time it stands after `at` (the entry), else at `at`.
    fn kontakt_feil(&mut self, at: usize, p: &super::kontakt::Kontaktpunkt, msg: String) {
        let at = p.ved.unwrap_or(at);
        let pos = self
            .file
            .text
            .get(at..)
            .and_then(|t| t.find(p.verdi))
            .map_or(at, |i| at + i);
        let kode = match p.art {
            super::kontakt::Art::Telefon => "ugyldig-telefon",
            super::kontakt::Art::Epost => "ugyldig-epost",
        };
        self.err_k(pos, kode, msg);
    }
    /// Position of a char offset inside a quoted string value.
    fn inside(&self, value: &Sp, char_pos: usize) -> usize {
        let start = value.span().start;
        // The span covers the quotes: step over the opening one, then `char_pos` characters.
        let text = self.file.text.get(start..).unwrap_or("");
        let skip = usize::from(text.starts_with('"') || text.starts_with('\''));
        text.char_indices()
            .nth(skip + char_pos)
            .map_or(start, |(i, _)| start + i)
    }
}

fn with<'a>(
    file: &'a Option<SourceFile>,
    m: Maalform,
    seed: bool,
    out: &'a mut Vec<Diagnostic>,
) -> Option<Check<'a>> {
    file.as_ref().map(|file| Check {
        file,
        m,
        seed,
        out,
        suggest_left: SUGGEST_BUDGET,
    })
}

/// The national files.
pub fn nasjonal(n: &Nasjonal, files: &NasjonalFiles, m: Maalform, out: &mut Vec<Diagnostic>) {
    let lov_ids = Ids::new(n.lovverk.iter().map(|l| l.id.as_ref().as_str()));
    let nr_ids = Ids::new(n.nodnummer.iter().map(|l| l.id.as_ref().as_str()));
    let levels: Vec<i64> = n.veileder.nivaa.iter().map(|l| *l.nr.as_ref()).collect();
    if let Some(mut c) = with(&files.lovverk, m, true, out) {
        let mut seen = HashSet::new();
        for l in &n.lovverk {
            if !seen.insert(l.id.as_ref()) {
                c.unique(n.lovverk.iter().map(|l| &l.id));
                break;
            }
        }
        for l in &n.lovverk {
            c.slug(&l.id);
            c.kilde(l.id.span().start, &l.kilde);
            // Told to whoever maintains the national files they check
            // (`bti sjekk data`), not to every municipality that uses them.
            if !c.file.path.starts_with("<innebygd>") {
                ubekreftet(&mut c, l);
            }
        }
    }
    if let Some(mut c) = with(&files.nodnummer, m, true, out) {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for nr in &n.nodnummer {
            if let Some(first) = seen.insert(nr.id.as_ref(), nr.id.span().start) {
                let (line, _) = c.file.line_col(first);
                c.err(
                    nr.id.span().start,
                    format!(
                        "id «{}» {} {line})",
                        nr.id.as_ref(),
                        m.t("er brukt før (linje", "er brukt før (linje")
                    ),
                );
            }
            c.kilde(nr.id.span().start, &nr.kilde);
            c.kontakt(
                nr.id.span().start,
                &super::kontakt::Kontaktpunkt {
                    art: super::kontakt::Art::Telefon,
                    nokkel: "nummer",
                    verdi: &nr.nummer,
                    ved: None,
                },
            );
        }
    }
    if let Some(mut c) = with(&files.roller, m, true, out) {
        roller(&mut c, &n.roller, &levels, &lov_ids);
    }
    if let Some(mut c) = with(&files.veileder, m, true, out) {
        veileder(&mut c, &n.veileder, &lov_ids, &nr_ids, true);
    }
}

/// A law whose `kilde` still says «kontroller: …»: users see the law's name
/// (linked to Lovdata) without a paragraph number, and only `sjekk` says what
/// is left to confirm (DOMAIN.md «What users may see»).
fn ubekreftet(c: &mut Check, l: &Lov) {
    if !l.ubekreftet() {
        return;
    }
    let m = c.m;
    let notat = l
        .kilde
        .as_deref()
        .and_then(|k| k.find("kontroller:").map(|i| &k[i..]))
        .unwrap_or_default();
    c.warn(
        l.id.span().start,
        "ubekreftet-paragraf",
        format!(
            "«{}»: {}{} ({notat})",
            l.id.as_ref(),
            m.t(
                "henvisningen er ikke bekreftet; brukerne ser bare lovens navn",
                "tilvisinga er ikkje stadfesta; brukarane ser berre namnet på lova"
            ),
            if l.paragraf.is_some() {
                m.t(", ikke paragrafen", ", ikkje paragrafen")
            } else {
                ""
            }
        ),
    );
}

fn roller(c: &mut Check, roller: &[Rolle], levels: &[i64], lov_ids: &Ids) {
    c.unique(roller.iter().map(|r| &r.id));
    for r in roller {
        c.kilde(r.id.span().start, &r.kilde);
        c.levels(r.nivaa.as_deref().unwrap_or(&[]), levels);
        for l in r.lovverk.iter().flatten() {
            c.reference(l, "lovverk", lov_ids);
        }
    }
}

fn veileder(c: &mut Check, v: &Veileder, lov_ids: &Ids, nr_ids: &Ids, require_guide: bool) {
    let m = c.m;
    let mut seen: HashMap<i64, usize> = HashMap::new();
    for n in &v.nivaa {
        c.kilde(n.nr.span().start, &n.kilde);
        if !(0..=9).contains(n.nr.as_ref()) {
            c.err(
                n.nr.span().start,
                format!(
                    "{} {} {}",
                    m.t("nivå", "nivå"),
                    n.nr.as_ref(),
                    m.t("er utenfor 0–9", "er utanfor 0–9")
                ),
            );
        }
        if let Some(first) = seen.insert(*n.nr.as_ref(), n.nr.span().start) {
            let (line, _) = c.file.line_col(first);
            c.err(
                n.nr.span().start,
                format!(
                    "{} {} {} {line})",
                    m.t("nivå", "nivå"),
                    n.nr.as_ref(),
                    m.t("er gitt før (linje", "er gitt før (linje")
                ),
            );
        }
    }
    let Some(g) = &v.guide else {
        if require_guide {
            c.err(
                0,
                m.t(
                    "mangler [guide] med beslutningsgrafen for nivå 0",
                    "manglar [guide] med avgjerdsgrafen for nivå 0",
                )
                .into(),
            );
        }
        return;
    };
    guide(c, g, &v.nivaa, lov_ids, nr_ids);
    akutt_plass(c, g);
    gjentatt_sporsmal(c, g);
}

/// A web address a page may link: `https://` or `http://` and a host.
pub fn er_nettadresse(u: &str) -> bool {
    let lower = u.trim().to_ascii_lowercase();
    lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))
        .is_some_and(|rest| {
            rest.split(['/', '?', '#'])
                .next()
                .is_some_and(|host| host.contains('.') && !host.contains(char::is_whitespace))
        })
}

/// SPEC §4: a question asked again (the stop rules before step 3) lists the
/// same answers, in the same words and the same order, as the first time. A
/// warning when two nodes ask the same `sporsmal` with different `valg`
/// texts: someone who typed 4 for «nei» the first time must not get
/// something else under 4 the second time.
fn gjentatt_sporsmal(c: &mut Check, g: &Guide) {
    let m = c.m;
    for (i, n) in g.node.iter().enumerate() {
        let Some(forst) = g.node[..i]
            .iter()
            .find(|f| f.sporsmal.trim() == n.sporsmal.trim())
        else {
            continue;
        };
        let svar = |x: &Node| {
            x.valg
                .iter()
                .map(|v| (v.tekst.trim().to_string(), v.grunnlag))
                .collect::<Vec<_>>()
        };
        if svar(forst) != svar(n) {
            c.warn(
                n.id.span().start,
                "gjentatt-sporsmal",
                format!(
                    "node «{}» {} «{}», {}",
                    n.id.as_ref(),
                    m.t("stiller det samme spørsmålet som", "stiller det same spørsmålet som"),
                    forst.id.as_ref(),
                    m.t(
                        "men med andre svar eller i en annen rekkefølge; list svarene likt begge steder",
                        "men med andre svar eller i ei anna rekkjefølgje; list svara likt begge stader"
                    )
                ),
            );
        }
    }
}

fn guide(c: &mut Check, g: &Guide, nivaa: &[Nivaa], lov_ids: &Ids, nr_ids: &Ids) {
    let m = c.m;
    c.unique(
        g.node
            .iter()
            .map(|n| &n.id)
            .chain(g.utfall.iter().map(|u| &u.id)),
    );
    let utelatt = c.file.utelatt.clone();
    let node_ids = Ids::new(
        g.node
            .iter()
            .map(|n| n.id.as_ref().as_str())
            .chain(utelatt.iter().map(String::as_str)),
    );
    let all_ids = Ids::new(
        g.node
            .iter()
            .map(|n| n.id.as_ref().as_str())
            .chain(g.utfall.iter().map(|u| u.id.as_ref().as_str()))
            .chain(utelatt.iter().map(String::as_str)),
    );
    c.reference(&g.start, "node", &node_ids);
    match &g.akutt {
        Some(a) => c.reference(a, "node", &node_ids),
        None => c.err(
            g.start.span().start,
            m.t(
                "[guide] mangler «akutt» (noden akutt-tasten hopper til)",
                "[guide] manglar «akutt» (noden akutt-tasten hoppar til)",
            )
            .into(),
        ),
    }
    let levels: Vec<i64> = nivaa.iter().map(|n| *n.nr.as_ref()).collect();
    for n in &g.node {
        c.kilde(n.id.span().start, &n.kilde);
        if n.valg.is_empty() {
            c.err(
                n.id.span().start,
                format!(
                    "node «{}» {}",
                    n.id.as_ref(),
                    m.t("har ingen valg", "har ingen val")
                ),
            );
        }
        for v in &n.valg {
            c.reference(&v.til, m.t("målet", "målet"), &all_ids);
        }
        for v in &n.verktoy {
            if let Some(l) = v.lenke()
                && !er_nettadresse(l)
            {
                c.err(
                    n.id.span().start,
                    format!(
                        "node «{}»: {} «{}»: {} («{l}»)",
                        n.id.as_ref(),
                        m.t("verktøyet", "verktøyet"),
                        v.navn(),
                        m.t(
                            "lenken må være en nettadresse som begynner med https:// eller http://",
                            "lenkja må vere ei nettadresse som byrjar med https:// eller http://"
                        )
                    ),
                );
            }
        }
        for l in &n.lovverk {
            c.reference(l, "lovverk", lov_ids);
        }
        if let Some(f) = &n.frist {
            varighet(c, f);
        }
    }
    for u in &g.utfall {
        c.kilde(u.id.span().start, &u.kilde);
        if let Some(nv) = &u.nivaa
            && !levels.is_empty()
        {
            c.levels(std::slice::from_ref(nv), &levels);
        }
        for k in &u.kategorier {
            kategori(c, k);
        }
        for l in &u.lovverk {
            c.reference(l, "lovverk", lov_ids);
        }
        for n in &u.nodnummer {
            c.reference(n, m.t("nødnummer", "naudnummer"), nr_ids);
        }
        if let Some(f) = &u.frist {
            varighet(c, f);
        }
    }
    // An entry that could not be read was left out: the graph without it
    // says nothing about the graph the author meant.
    if !utelatt.is_empty() {
        return;
    }
    naabare(c, g);
    grunnlag(c, g);
    blindveier(c, g);
}

/// Every node and outcome can be reached from start (or from akutt, which
/// is reachable from anywhere).
fn naabare(c: &mut Check, g: &Guide) {
    let m = c.m;
    let edges: HashMap<&str, Vec<&str>> = g
        .node
        .iter()
        .map(|n| {
            (
                n.id.as_ref().as_str(),
                n.valg.iter().map(|v| v.til.as_ref().as_str()).collect(),
            )
        })
        .collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = VecDeque::new();
    queue.push_back(g.start.as_ref());
    if let Some(a) = &g.akutt {
        queue.push_back(a.as_ref());
    }
    while let Some(id) = queue.pop_front() {
        if seen.insert(id) {
            for to in edges.get(id).into_iter().flatten() {
                queue.push_back(to);
            }
        }
    }
    for n in &g.node {
        if !seen.contains(n.id.as_ref().as_str()) {
            c.err(
                n.id.span().start,
                format!(
                    "node «{}» {}",
                    n.id.as_ref(),
                    m.t("kan ikke nås fra start", "kan ikkje nåast frå start")
                ),
            );
        }
    }
    for u in &g.utfall {
        if !seen.contains(u.id.as_ref().as_str()) {
            c.err(
                u.id.span().start,
                format!(
                    "{} «{}» {}",
                    m.t("utfallet", "utfallet"),
                    u.id.as_ref(),
                    m.t("kan ikke nås fra start", "kan ikkje nåast frå start")
                ),
            );
        }
    }
}

/// Dead ends: nodes from which no utfall can be reached. A breadth-first
/// search backwards from the outcomes: linear, whatever the node order.
fn blindveier(c: &mut Check, g: &Guide) {
    let m = c.m;
    let mut back: HashMap<&str, Vec<&str>> = HashMap::new();
    for n in &g.node {
        for v in &n.valg {
            back.entry(v.til.as_ref().as_str())
                .or_default()
                .push(n.id.as_ref().as_str());
        }
    }
    let mut reaches: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = g.utfall.iter().map(|u| u.id.as_ref().as_str()).collect();
    while let Some(id) = queue.pop_front() {
        if reaches.insert(id) {
            queue.extend(back.get(id).into_iter().flatten().copied());
        }
    }
    for n in &g.node {
        if !reaches.contains(n.id.as_ref().as_str()) {
            c.err(
                n.id.span().start,
                format!(
                    "node «{}» {}",
                    n.id.as_ref(),
                    m.t(
                        "er en blindvei: ingen utfall kan nås herfra",
                        "er ein blindveg: ingen utfall kan nåast herifrå"
                    )
                ),
            );
        }
    }
}

/// SPEC §1.7, the law as DOMAIN.md «Stop rules» states it: a bekymringsmelding
/// outcome (`melding = true`) is reached only through an answer that
/// establishes the ground (`grunnlag`) or through the akutt node; a
/// `konkret-mistanke` answer leads straight to a node or outcome marked
/// `politi` whose text names 02800 and 112. A breadth-first search over the
/// answers without `grunnlag` that never enters the akutt node: linear, and
/// the same as asking it of every simple path.
fn grunnlag(c: &mut Check, g: &Guide) {
    let m = c.m;
    let akutt = g.akutt.as_ref().map(|a| a.as_ref().as_str());
    let noder: HashMap<&str, &Node> = g.node.iter().map(|n| (n.id.as_ref().as_str(), n)).collect();
    let utfall: HashMap<&str, &super::model::Utfall> = g
        .utfall
        .iter()
        .map(|u| (u.id.as_ref().as_str(), u))
        .collect();
    let mut forrige: HashMap<&str, &str> = HashMap::new();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut queue: VecDeque<&str> = VecDeque::new();
    if Some(g.start.as_ref().as_str()) != akutt {
        queue.push_back(g.start.as_ref());
    }
    while let Some(id) = queue.pop_front() {
        if !seen.insert(id) {
            continue;
        }
        if let Some(n) = noder.get(id) {
            for v in n.valg.iter().filter(|v| v.grunnlag.is_none()) {
                let til = v.til.as_ref().as_str();
                if Some(til) != akutt && !seen.contains(til) {
                    forrige.entry(til).or_insert(id);
                    queue.push_back(til);
                }
            }
        }
    }
    for u in g.utfall.iter().filter(|u| u.melding) {
        let id = u.id.as_ref().as_str();
        if !seen.contains(id) {
            continue;
        }
        let mut sti = vec![id];
        let mut x = id;
        while let Some(p) = forrige.get(x) {
            if sti.len() > g.node.len() + 1 {
                break;
            }
            sti.push(p);
            x = p;
        }
        sti.reverse();
        c.err_k(
            u.id.span().start,
            "melding-uten-grunnlag",
            format!(
                "{} «{id}» {} ({}); {}",
                m.t("utfallet", "utfallet"),
                m.t(
                    "er en bekymringsmelding, men kan nås uten et svar med «grunnlag»",
                    "er ei bekymringsmelding, men kan nåast utan eit svar med «grunnlag»"
                ),
                sti.join(" → "),
                m.t(
                    "merk svaret som gir grunnlaget, med grunnlag = \"grunn-til-a-tro\" eller \"konkret-mistanke\"; uro under terskelen går til anonym drøfting",
                    "merk svaret som gir grunnlaget, med grunnlag = \"grunn-til-a-tro\" eller \"konkret-mistanke\"; uro under terskelen går til anonym drøfting"
                )
            ),
        );
    }
    for n in &g.node {
        for v in n
            .valg
            .iter()
            .filter(|v| v.grunnlag == Some(Grunnlag::KonkretMistanke))
        {
            let til = v.til.as_ref().as_str();
            let (politi, tekst) = match (noder.get(til), utfall.get(til)) {
                (Some(x), _) => (x.politi, x.tekst.as_str()),
                (None, Some(u)) => (u.politi, u.tekst.as_str()),
                (None, None) => continue,
            };
            if politi && tekst.contains("02800") && tekst.contains("112") {
                continue;
            }
            c.err_k(
                v.til.span().start,
                "mistanke-uten-politi",
                format!(
                    "node «{}»: {} «{til}» {}",
                    n.id.as_ref(),
                    m.t(
                        "svaret med grunnlag = \"konkret-mistanke\" går til",
                        "svaret med grunnlag = \"konkret-mistanke\" går til"
                    ),
                    m.t(
                        "som ikke har politi = true og en tekst som nevner 02800 og 112; konkret mistanke om vold eller seksuelle overgrep meldes til politiet så vel som til barnevernet",
                        "som ikkje har politi = true og ein tekst som nemner 02800 og 112; konkret mistanke om vald eller seksuelle overgrep skal meldast til politiet så vel som til barnevernet"
                    )
                ),
            );
        }
    }
}

/// SPEC §4: a stop-rule question asked again lists its answers as the first
/// time did. A warning when the nodes that offer the akutt node as a choice
/// put it at different places: someone who learnt "1 is akutt" on the first
/// screen must not get something else under 1 later. The place on the start
/// node (else the first such node) is the reference.
fn akutt_plass(c: &mut Check, g: &Guide) {
    let m = c.m;
    let Some(akutt) = &g.akutt else {
        return;
    };
    let akutt = akutt.as_ref().as_str();
    let tilbyr: Vec<(&Node, usize)> = g
        .node
        .iter()
        .filter_map(|n| {
            let i = n.valg.iter().position(|v| v.til.as_ref() == akutt)?;
            Some((n, i))
        })
        .collect();
    let Some(&(forst, plass)) = tilbyr
        .iter()
        .find(|(n, _)| n.id.as_ref() == g.start.as_ref())
        .or_else(|| tilbyr.first())
    else {
        return;
    };
    for (n, i) in &tilbyr {
        if *i != plass {
            let at = n
                .valg
                .get(*i)
                .map_or(n.id.span().start, |v| v.til.span().start);
            c.warn(
                at,
                "akutt-plass",
                format!(
                    "node «{}»: {} «{akutt}» {} {}, {} «{}» {} {}; {}",
                    n.id.as_ref(),
                    m.t("valget til", "valet til"),
                    m.t("står som nr.", "står som nr."),
                    i + 1,
                    m.t("men i", "men i"),
                    forst.id.as_ref(),
                    m.t("som nr.", "som nr."),
                    plass + 1,
                    m.t(
                        "sett akutt-valget på samme plass i alle noder",
                        "set akutt-valet på same plass i alle nodar"
                    )
                ),
            );
        }
    }
}

fn varighet(c: &mut Check, f: &Sp) {
    if dato::varighet(f.as_ref()).is_none() {
        let m = c.m;
        c.err(
            f.span().start,
            format!(
                "{} «{}» ({})",
                m.t("kan ikke lese fristen", "kan ikkje lese fristen"),
                f.as_ref(),
                m.t(
                    "skriv f.eks. «14 dager» eller «2 uker»",
                    "skriv t.d. «14 dagar» eller «2 veker»"
                )
            ),
        );
    }
}

fn kategori(c: &mut Check, k: &Sp) {
    if !KATEGORIER.contains(&k.as_ref().as_str()) {
        let m = c.m;
        let mut msg = format!(
            "{} «{}»",
            m.t("ukjent kategori", "ukjend kategori"),
            k.as_ref()
        );
        if let Some(best) = c.closest(k.as_ref(), KATEGORIER) {
            msg.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
        }
        c.warn(k.span().start, "ukjent-kategori", msg);
    }
}

/// The day an arena's meetings are read from when `sjekk` checks them: any
/// day does, since only what depends on the day (which meetings lie ahead)
/// is left out of the check.
const MOTE_SJEKKDAG: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => chrono::NaiveDate::MIN,
};

/// The plan window, if the plan gives both ends.
pub fn vindu(p: &Plan) -> dato::Vindu {
    let s = p.start.as_ref().and_then(|d| d.as_ref().dato())?;
    let e = p.slutt.as_ref().and_then(|d| d.as_ref().dato())?;
    Some((s, e))
}

/// The accessibility statement's address must be one the site can link
/// (`bti nettside` shows only web addresses as links). A missing one is not
/// warned here: every data set without a website would warn; the README and
/// docs/dataformat.md say a published site needs it.
fn tilgjengelighet(c: &mut Check, k: &super::model::Kommune) {
    let m = c.m;
    if let Some(u) = k
        .tilgjengelighetserklaering
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        && !(u.to_ascii_lowercase().starts_with("https://")
            || u.to_ascii_lowercase().starts_with("http://"))
    {
        c.warn(
            0,
            "ugyldig-verdi",
            format!(
                "«tilgjengelighetserklaering» «{u}» {}",
                m.t(
                    "er ikke en nettadresse (https://…); nettsiden lenker ikke til den",
                    "er ikkje ei nettadresse (https://…); nettsida lenker ikkje til henne"
                )
            ),
        );
    }
}

/// `meldeskjema` is a web address the site links and the summary shows;
/// `[barnevernvakt]` has its source and a phone number that is one.
fn barnevernvakt(c: &mut Check, k: &super::model::Kommune) {
    let m = c.m;
    if let Some(u) = &k.meldeskjema
        && !er_nettadresse(u.as_ref())
    {
        c.err(
            u.span().start,
            format!(
                "«meldeskjema» «{}» {}",
                crate::vis::vis_linje(u.as_ref()),
                m.t(
                    "må være en nettadresse som begynner med https:// eller http://",
                    "må vere ei nettadresse som byrjar med https:// eller http://"
                )
            ),
        );
    }
    if let Some(v) = &k.barnevernvakt {
        let at = v.span().start;
        c.kilde(at, &v.as_ref().kilde);
        for p in super::kontakt::barnevernvakt(v.as_ref()) {
            c.kontakt(at, &p);
        }
    }
}

/// Each `[[tjeneste.kontakt]]` of `t` has a label and something to call or
/// write to (the points themselves are checked with the service's others).
fn kontaktpunkter(c: &mut Check, t: &super::model::Tjeneste) {
    let m = c.m;
    for k in &t.kontakt {
        let at = k.etikett.span().start;
        if k.etikett.as_ref().trim().is_empty() {
            c.err_k(
                at,
                "ugyldig-verdi",
                m.t(
                    "«etikett» er tom: skriv hva kontaktpunktet er (et team, en sesong, «Sentralbord»; aldri navnet på en person)",
                    "«etikett» er tom: skriv kva kontaktpunktet er (eit team, ein sesong, «Sentralbord»; aldri namnet på ein person)",
                )
                .into(),
            );
        }
        if k.telefon().is_none() && k.epost().is_none() {
            c.err_k(
                at,
                "mangler-nokkel",
                format!(
                    "[[tjeneste.kontakt]] «{}» {}",
                    crate::vis::vis_linje(k.etikett.as_ref()),
                    m.t(
                        "har verken «telefon» eller «epost»: skriv minst én av dem",
                        "har verken «telefon» eller «epost»: skriv minst éin av dei",
                    )
                ),
            );
        }
    }
}

/// One municipality. Also fills `data.rader` and `data.moter`.
pub fn kommune(
    data: &mut KommuneData,
    nasjonal: &Nasjonal,
    files: &KommuneFiles,
    m: Maalform,
    seed: bool,
    broken: Broken,
    out: &mut Vec<Diagnostic>,
) {
    let lov_ids = Ids::new(nasjonal.lovverk.iter().map(|l| l.id.as_ref().as_str()));
    let nr_ids = Ids::new(nasjonal.nodnummer.iter().map(|l| l.id.as_ref().as_str()));
    let levels: Vec<i64> = data
        .nivaaer(nasjonal)
        .iter()
        .map(|n| *n.nr.as_ref())
        .collect();

    if let Some(mut c) = with(&files.kommune, m, seed, out) {
        c.kilde(0, &data.kommune.kilde);
        for p in super::kontakt::kommune(&data.kommune) {
            c.kontakt(0, &p);
        }
        tilgjengelighet(&mut c, &data.kommune);
        barnevernvakt(&mut c, &data.kommune);
        if let Some(nr) = &data.kommune.kommunenummer
            && !(nr.as_ref().len() == 4 && nr.as_ref().bytes().all(|b| b.is_ascii_digit()))
        {
            c.err(
                nr.span().start,
                m.t(
                    "kommunenummer må være fire sifre",
                    "kommunenummer må vere fire siffer",
                )
                .into(),
            );
        }
    }
    if let Some(mut c) = with(&files.tjenester, m, seed, out) {
        c.unique(data.tjenester.iter().map(|t| &t.id));
        for t in &data.tjenester {
            c.kilde(t.id.span().start, &t.kilde);
            for p in super::kontakt::tjeneste(t) {
                c.tjeneste_kontakt(t.id.span().start, &p);
            }
            kontaktpunkter(&mut c, t);
            for k in t.kategori.alle() {
                kategori(&mut c, k);
            }
            c.levels(t.nivaa.as_deref().unwrap_or(&[]), &levels);
        }
    }
    let tj_ids = Ids::new(
        data.tjenester
            .iter()
            .map(|t| t.id.as_ref().as_str())
            .chain(utelatt(&files.tjenester)),
    );
    if let Some(mut c) = with(&files.arenaer, m, seed, out) {
        c.unique(data.arenaer.iter().map(|a| &a.id));
        for a in &data.arenaer {
            c.kilde(a.id.span().start, &a.kilde);
            for t in a.tjenester.iter().flatten().filter(|_| !broken.tjenester) {
                c.reference(t, m.t("tjenesten", "tenesta"), &tj_ids);
            }
            arena_tjenester_to_ganger(&mut c, a);
            for d in a.moter.iter().flatten() {
                // Which meetings an expression gives depends on the day it is
                // read (`KommuneData::motedatoer`); what it says does not.
                match dato::mote(d.as_ref(), MOTE_SJEKKDAG) {
                    Ok(dato::Lesning {
                        uttrykk: Uttrykk::Perioder(_),
                        lopende: false,
                        ..
                    }) => {}
                    Err(e) if matches!(
                        e.kind,
                        dato::FeilKind::UtenforVindu(..) | dato::FeilKind::Tvetydig(_)
                    ) => {}
                    Ok(_) => c.err(
                        d.span().start,
                        m.t(
                            "et møte må være en dato eller en gjentakelse (f.eks. «26.10.2018», «første tirsdag i måneden»)",
                            "eit møte må vere ein dato eller ei gjentaking (t.d. «26.10.2018», «fyrste tysdag i månaden»)",
                        )
                        .into(),
                    ),
                    Err(e) => {
                        let at = c.inside(d, e.pos);
                        c.err_k(at, "ugyldig-dato", dato_melding(&e, d.as_ref(), None, m));
                    }
                }
            }
        }
    }
    if let Some(mut c) = with(&files.framdrift, m, seed, out) {
        data.rader = planer(&mut c, &data.planer);
    }
    if let Some(mut c) = with(&files.veileder, m, seed, out)
        && let Some(v) = &data.veileder
    {
        veileder(&mut c, v, &lov_ids, &nr_ids, false);
    }
    if let Some(mut c) = with(&files.roller, m, seed, out) {
        roller(&mut c, &data.roller, &levels, &lov_ids);
    }
    if let Some(mut c) = with(&files.kommune, m, seed, out) {
        for n in &data.kommune.modellnivaa {
            c.kilde(0, &n.kilde);
        }
    }
}

/// Words of the date grammar (SPEC §2), for "did you mean" on a typo.
const DATOORD: &[&str] = &[
    "uke",
    "veke",
    "uker",
    "veker",
    "dager",
    "dagar",
    "måneder",
    "månader",
    "mnd",
    "etter",
    "vedtak",
    "i",
    "løpet",
    "av",
    "ila",
    "høsten",
    "hausten",
    "våren",
    "starten",
    "begynnelsen",
    "byrjinga",
    "tidlig",
    "tidleg",
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
    "jul",
    "jula",
    "julen",
    "påske",
    "påsken",
    "påska",
    "påskeferien",
    "nyttår",
    "sommerferien",
    "sommeren",
    "sumaren",
    "vinteren",
    "kvartal",
    "halvår",
    "første",
    "fyrste",
    "andre",
    "løpende",
    "løpande",
    "kontinuerlig",
    "perioden",
    "hver",
    "kvar",
    "annenhver",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "fra",
    "frå",
    "innen",
    "innan",
    "før",
    "skolestart",
];

/// A date error quoting the text as the user wrote it (the parser reads it
/// in lower case), with the nearest phrase that parses when a word is a typo.
fn dato_melding(e: &dato::Feil, tekst: &str, vindu: dato::Vindu, m: Maalform) -> String {
    let mut msg = match &e.kind {
        dato::FeilKind::Ukjent(lav) => {
            let som_skrevet: String = tekst
                .chars()
                .skip(e.pos)
                .take(lav.chars().count())
                .collect();
            let som_skrevet = if som_skrevet.to_lowercase() == *lav {
                som_skrevet
            } else {
                lav.clone()
            };
            dato::Feil {
                pos: e.pos,
                kind: dato::FeilKind::Ukjent(som_skrevet),
            }
            .melding(m)
        }
        _ => e.melding(m),
    };
    // Only an unreadable word gets a «mente du»: a phrase with two readings
    // names them itself, and guessing one would choose for the writer.
    if let dato::FeilKind::Ukjent(_) | dato::FeilKind::UgyldigDato(_) = e.kind
        && let Some(f) = dato_forslag(tekst, vindu)
    {
        msg.push_str(&format!(" ({} «{f}»?)", m.t("mente du", "meinte du")));
    }
    msg
}

/// `tekst` with each word that is a typo of a date word replaced by it, when
/// the result parses.
fn dato_forslag(tekst: &str, vindu: dato::Vindu) -> Option<String> {
    if tekst.len() > 200 {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = tekst
        .split(' ')
        .map(|w| {
            let lw = w.to_lowercase();
            if lw.is_empty()
                || DATOORD.contains(&lw.as_str())
                || !lw.chars().all(char::is_alphabetic)
            {
                return w.to_string();
            }
            // A short word is too near other words to guess («fra» is two
            // edits from «ila», which means something else): one edit at most.
            let most = if lw.chars().count() <= 5 { 1 } else { 2 };
            match crate::likhet::closest(&lw, DATOORD.iter().copied()) {
                Some(best) if crate::likhet::distance(&lw, best) <= most => {
                    changed = true;
                    let mut c = best.chars();
                    if w.chars().next().is_some_and(char::is_uppercase) {
                        c.next()
                            .map(|f| f.to_uppercase().chain(c).collect())
                            .unwrap_or_default()
                    } else {
                        best.to_string()
                    }
                }
                _ => w.to_string(),
            }
        })
        .collect();
    let forslag = words.join(" ");
    (changed && dato::parse(&forslag, vindu).is_ok()).then_some(forslag)
}

/// The ids of entries of `file` that could not be read (see `les`).
fn utelatt(file: &Option<SourceFile>) -> impl Iterator<Item = &str> {
    file.iter()
        .flat_map(|f| f.utelatt.iter().map(String::as_str))
}

/// A service named twice in one arena's `tjenester`.
fn arena_tjenester_to_ganger(c: &mut Check, a: &Arena) {
    let m = c.m;
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for t in a.tjenester.iter().flatten() {
        if let Some(first) = seen.insert(t.as_ref(), t.span().start) {
            let (line, col) = c.file.line_col(first);
            c.err(
                t.span().start,
                format!(
                    "{} «{}» {} {line}:{col})",
                    m.t("tjenesten", "tenesta"),
                    t.as_ref(),
                    m.t(
                        "står to ganger i arenaen (første gang på",
                        "står to gonger i arenaen (første gong på"
                    )
                ),
            );
        }
    }
}

/// What a row's deadline is before relative references are followed.
enum Raw {
    Fast(Vec<Periode>),
    Relativ {
        antall: u32,
        eining: dato::Eining,
        id: Sp,
        id_at: usize,
    },
    Ingen,
}

/// Resolve every activity of every plan; report what does not parse or resolve.
/// A plan's own dates (`start`, `slutt`, `skolestart`) are dates.
fn plan_datoer(c: &mut Check, plan: &Plan) {
    let m = c.m;
    for (field, d) in [
        ("start", &plan.start),
        ("slutt", &plan.slutt),
        ("skolestart", &plan.skolestart),
    ] {
        if let Some(d) = d
            && d.as_ref().dato().is_none()
        {
            c.err(
                d.span().start,
                format!(
                    "«{field}» {}",
                    m.t(
                        "må være en dato (ÅÅÅÅ-MM-DD)",
                        "må vere ein dato (ÅÅÅÅ-MM-DD)"
                    )
                ),
            );
        }
    }
}

/// One row of a plan: its id (given or `<plan>-<n>`), what it resolves to
/// before relative deadlines are followed, and every problem with its dates.
fn aktivitet(
    c: &mut Check,
    plan: &Plan,
    (pi, ai): (usize, usize),
    a: &Aktivitet,
    w: dato::Vindu,
    skolestart: Option<chrono::NaiveDate>,
) -> (Sp, Rad, Raw) {
    let m = c.m;
    let id = match &a.id {
        Some(id) => id.clone(),
        None => Spanned::new(plan.id.span(), format!("{}-{}", plan.id.as_ref(), ai + 1)),
    };
    let mut naar_lopende = false;
    // A row whose year the source does not give is read without the plan window.
    let les = |tekst: &str| {
        if a.aar_ukjent {
            dato::uten_aar(tekst)
        } else {
            dato::les(tekst, w, skolestart)
        }
    };
    let naar = a.naar.as_ref().and_then(|n| match les(n.as_ref()) {
        Ok(dato::Lesning {
            uttrykk: Uttrykk::Perioder(ps),
            lopende,
            ..
        }) => {
            naar_lopende = lopende;
            Some(ps)
        }
        Ok(_) => {
            c.err(
                n.span().start,
                m.t(
                    "«naar» må være en periode (f.eks. «MARS»)",
                    "«naar» må vere ein periode (t.d. «MARS»)",
                )
                .into(),
            );
            None
        }
        Err(e) => {
            let at = c.inside(n, e.pos);
            c.err_k(
                at,
                "ugyldig-dato",
                format!("naar: {}", dato_melding(&e, n.as_ref(), w, m)),
            );
            None
        }
    });
    let from_naar = |c: &mut Check, at: usize| match &naar {
        Some(ps) => Raw::Fast(ps.clone()),
        None => {
            if a.naar.is_none() && at > 0 {
                c.err(
                    at,
                    m.t(
                        "fristen viser til «naar», men raden har ingen «naar»",
                        "fristen viser til «naar», men rada har ingen «naar»",
                    )
                    .into(),
                );
            }
            Raw::Ingen
        }
    };
    let mut omtrent = false;
    // A row that takes its period from «naar» is ongoing when «naar» is.
    let mut lopende = false;
    let r = match &a.frist {
        None => {
            lopende = naar_lopende;
            from_naar(c, 0)
        }
        Some(f) => match les(f.as_ref()).map(|l| {
            omtrent = l.omtrentlig;
            lopende = l.lopende;
            l.uttrykk
        }) {
            Ok(Uttrykk::Perioder(ps)) => Raw::Fast(ps),
            Ok(Uttrykk::Naar) => {
                lopende = naar_lopende;
                from_naar(c, f.span().start)
            }
            Ok(Uttrykk::Relativ {
                antall,
                eining,
                id,
                id_pos,
            }) => {
                let id_at = c.inside(f, id_pos);
                Raw::Relativ {
                    antall,
                    eining,
                    id: Spanned::new(f.span(), id),
                    id_at,
                }
            }
            Err(_) if a.frist_omtrentlig => {
                lopende = naar_lopende;
                from_naar(c, 0)
            }
            Err(e) => {
                let at = c.inside(f, e.pos);
                let mut msg = dato_melding(&e, f.as_ref(), w, m);
                // Free text is the likely cause only of what could not be read.
                if matches!(
                    e.kind,
                    dato::FeilKind::Ukjent(_)
                        | dato::FeilKind::UgyldigDato(_)
                        | dato::FeilKind::UgyldigUke(_)
                ) {
                    msg.push_str(m.t(
                        " (er fristen fritekst, sett «frist_omtrentlig = true»)",
                        " (er fristen fritekst, set «frist_omtrentlig = true»)",
                    ));
                }
                c.err_k(at, "ugyldig-dato", msg);
                Raw::Ingen
            }
        },
    };
    let (r, uten_aar) = aar_ukjent(c, a, r, id.span().start);
    let rad = Rad {
        plan: pi,
        aktivitet: ai,
        id: id.as_ref().clone(),
        perioder: Vec::new(),
        omtrentlig: a.frist_omtrentlig || omtrent,
        lopende,
        uten_aar,
    };
    (id, rad, r)
}

/// Every plan's dates, its rows resolved to periods (relative deadlines
/// followed, loops refused) and checked against the plan window.
fn planer(c: &mut Check, planer: &[Plan]) -> Vec<Rad> {
    c.unique(planer.iter().map(|p| &p.id));
    let mut rader = Vec::new();
    let mut raw = Vec::new();
    let mut ids: Vec<Sp> = Vec::new();
    for (pi, plan) in planer.iter().enumerate() {
        c.kilde(plan.id.span().start, &plan.kilde);
        plan_datoer(c, plan);
        plan_aar(c, plan);
        let w = vindu(plan);
        if let Some((s, e)) = w
            && s > e
            && let Some(d) = &plan.slutt
        {
            c.err(d.span().start, "«slutt» er før «start»".into());
        }
        let skolestart = plan.skolestart.as_ref().and_then(|d| d.as_ref().dato());
        for (ai, a) in plan.aktivitet.iter().enumerate() {
            let (id, rad, r) = aktivitet(c, plan, (pi, ai), a, w, skolestart);
            ids.push(id);
            rader.push(rad);
            raw.push(r);
        }
    }
    // Activity ids are unique across the municipality's plans: relative deadlines name them.
    let explicit: Vec<&Sp> = planer
        .iter()
        .flat_map(|p| p.aktivitet.iter().filter_map(|a| a.id.as_ref()))
        .collect();
    c.unique(explicit);
    let index: HashMap<&str, usize> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_ref().as_str(), i))
        .collect();
    let mut state = vec![State::Todo; raw.len()];
    let mut resolved: Vec<Vec<Periode>> = vec![Vec::new(); raw.len()];
    let mut r = Resolver {
        raw: &raw,
        index: &index,
        ids: &ids,
        state: &mut state,
        out: &mut resolved,
    };
    for i in 0..raw.len() {
        r.resolve(i, c);
    }
    relative_i_vindu(c, planer, &rader, &raw, &resolved);
    for (r, ps) in rader.iter_mut().zip(resolved) {
        r.perioder = ps;
    }
    rader
}

/// A row with `aar_ukjent = true` (issue 27 item 5): its days are kept
/// apart, shown without a year, and the row has no dated occurrence (so
/// nothing counts from it, and it is never overdue nor a calendar event).
/// A relative deadline needs a year; so does a row that gives no date.
fn aar_ukjent(c: &mut Check, a: &Aktivitet, r: Raw, at: usize) -> (Raw, Vec<Periode>) {
    if !a.aar_ukjent {
        return (r, Vec::new());
    }
    match r {
        Raw::Fast(ps) => (Raw::Ingen, ps),
        Raw::Relativ { id_at, .. } => {
            let e = dato::Feil {
                pos: 0,
                kind: dato::FeilKind::AvhengerAvAar,
            };
            c.err_k(id_at, "ugyldig-dato", format!("frist: {}", e.melding(c.m)));
            (Raw::Ingen, Vec::new())
        }
        Raw::Ingen => {
            if a.naar.is_none() && a.frist.is_none() {
                c.err(
                    at,
                    c.m.t(
                        "raden har «aar_ukjent = true», men verken «naar» eller «frist»",
                        "rada har «aar_ukjent = true», men verken «naar» eller «frist»",
                    )
                    .into(),
                );
            }
            (Raw::Ingen, Vec::new())
        }
    }
}

/// SPEC §1.8: a plan's `start` and `slutt` lie in the years 1900–2200.
fn plan_aar(c: &mut Check, plan: &Plan) {
    for d in [&plan.start, &plan.slutt].into_iter().flatten() {
        if let Some(dag) = d.as_ref().dato()
            && !dato::aar_ok(dag)
        {
            let e = dato::Feil {
                pos: 0,
                kind: dato::FeilKind::Aar(chrono::Datelike::year(&dag)),
            };
            c.err(d.span().start, e.melding(c.m));
        }
    }
}

/// SPEC §1.8: a relative deadline ("2 uker etter x") resolves inside its own
/// plan's window and inside 1900–2200 (fixed dates are checked as they are parsed).
fn relative_i_vindu(
    c: &mut Check,
    planer: &[Plan],
    rader: &[Rad],
    raw: &[Raw],
    resolved: &[Vec<Periode>],
) {
    for ((rad, r), ps) in rader.iter().zip(raw).zip(resolved) {
        let Raw::Relativ { id_at, .. } = r else {
            continue;
        };
        let w = planer.get(rad.plan).and_then(vindu);
        for p in ps {
            let kind = if !dato::aar_ok(p.slutt) {
                dato::FeilKind::Aar(chrono::Datelike::year(&p.slutt))
            } else if let Some((s, e)) = w
                && (p.slutt < s || p.start > e)
            {
                dato::FeilKind::UtenforVindu(s, e)
            } else {
                continue;
            };
            let msg = format!("{} ({})", dato::Feil { pos: 0, kind }.melding(c.m), p.slutt);
            c.err(*id_at, msg);
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum State {
    Todo,
    Busy,
    Done,
}

/// Follows relative deadlines ("2 uker etter <id>") to the rows they count from.
struct Resolver<'r, 'a> {
    raw: &'r [Raw],
    index: &'r HashMap<&'a str, usize>,
    ids: &'r [Sp],
    state: &'r mut [State],
    out: &'r mut [Vec<Periode>],
}

impl Resolver<'_, '_> {
    /// Resolve row `i` and every row it counts from. Iterative with an explicit
    /// stack: a chain of thousands of relative deadlines must not overflow the
    /// call stack (that is an abort, not a message).
    fn resolve(&mut self, i: usize, c: &mut Check) {
        let mut stack = vec![i];
        while let Some(&top) = stack.last() {
            match self.state[top] {
                State::Done => {
                    stack.pop();
                }
                State::Todo => {
                    self.state[top] = State::Busy;
                    if let Some(j) = self.target(top)
                        && self.state[j] == State::Todo
                    {
                        stack.push(j);
                    }
                }
                State::Busy => {
                    self.finish(top, c);
                    self.state[top] = State::Done;
                    stack.pop();
                }
            }
        }
    }

    /// The row a relative deadline counts from, when it exists.
    fn target(&self, i: usize) -> Option<usize> {
        match &self.raw[i] {
            Raw::Relativ { id, .. } => self.index.get(id.as_ref().as_str()).copied(),
            _ => None,
        }
    }

    /// Row `i`'s occurrences, once the row it counts from is done (or is on
    /// the stack: a cycle).
    fn finish(&mut self, i: usize, c: &mut Check) {
        let m = c.m;
        self.out[i] = match &self.raw[i] {
            Raw::Fast(ps) => ps.clone(),
            Raw::Ingen => Vec::new(),
            Raw::Relativ {
                antall,
                eining,
                id,
                id_at,
            } => match self.index.get(id.as_ref().as_str()) {
                None => {
                    let mut msg = format!(
                        "{} «{}» {}",
                        m.t("aktiviteten", "aktiviteten"),
                        id.as_ref(),
                        m.t("finnes ikke", "finst ikkje")
                    );
                    let known: Vec<&str> = if self.ids.len() <= SUGGEST_MAX_CANDIDATES {
                        self.ids.iter().map(|s| s.as_ref().as_str()).collect()
                    } else {
                        Vec::new()
                    };
                    if let Some(best) = c.closest(id.as_ref(), &known) {
                        msg.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
                    }
                    c.err(*id_at, msg);
                    Vec::new()
                }
                Some(&j) if self.state[j] == State::Busy => {
                    c.err(
                        *id_at,
                        format!(
                            "{} «{}» → «{}»",
                            m.t(
                                "relative frister går i ring:",
                                "relative fristar går i ring:"
                            ),
                            self.ids[i].as_ref(),
                            id.as_ref()
                        ),
                    );
                    Vec::new()
                }
                Some(&j) => match self.out[j]
                    .first()
                    .and_then(|p| eining.legg_til(p.slutt, *antall))
                {
                    Some(d) => vec![Periode::dag(d)],
                    None => {
                        if !matches!(self.raw[j], Raw::Relativ { .. }) {
                            c.err(
                                *id_at,
                                format!(
                                    "{} «{}» {}",
                                    m.t("aktiviteten", "aktiviteten"),
                                    id.as_ref(),
                                    m.t("har ingen dato å regne fra", "har ingen dato å rekne frå")
                                ),
                            );
                        }
                        Vec::new()
                    }
                },
            },
        };
    }
}

/// Which files failed to parse (their references are not checked).
#[derive(Debug, Clone, Copy, Default)]
pub struct Broken {
    pub tjenester: bool,
}
