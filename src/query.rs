//! Search and suggestions, pure.
//!
//! `Rangsok` is the search of `tjenester`, `arenaer` and `roller` (SPEC §3):
//! every word must fit a word of the entry, after æøå folding and Norwegian
//! stemming (Snowball), so "barnevernet", "skolen" and "helsestasjonane" find
//! "barnevern", "skole" and "Helsestasjon"; a short word is a prefix of a
//! word ("hels" finds "Helsestasjon", "pp" finds "PPT" and not "oppfølging");
//! a word of five letters or more is also found inside a compound ("skole" in
//! "Ungdomsskole"). The synonym table (`synonymer.toml`) adds the other names
//! people use. Hits are ranked: name and id first, then category and search
//! words, then description; the data order within a rank. A word that
//! fits nothing is corrected to the nearest word of the names when it is
//! close (a typo); when nothing is found, the nearest names are suggested.
//!
//! `Sok` is the plain substring match of `frist --ansvar/--hvem`; `closest`
//! and `suggestions` find the id nearest a mistyped one.

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::data::model::Synonym;
use crate::i18n::fold;
use crate::likhet::distance_osa;

/// Search words folded once, matched as substrings against any number of fields.
#[derive(Debug, Clone, Default)]
pub struct Sok {
    words: Vec<String>,
}

impl Sok {
    pub fn new<S: AsRef<str>>(words: &[S]) -> Self {
        Sok {
            words: words
                .iter()
                .flat_map(|w| {
                    fold(w.as_ref())
                        .split_whitespace()
                        .map(str::to_string)
                        .collect::<Vec<_>>()
                })
                .collect(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every word occurs in at least one of the fields.
    pub fn matches<'a>(&self, fields: impl IntoIterator<Item = &'a str>) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let hay: String = fields.into_iter().map(fold).collect::<Vec<_>>().join("\n");
        self.words.iter().all(|w| hay.contains(w.as_str()))
    }
}

/// Words shorter than this are prefixes as typed ("hels", "pp", "nav"), not stemmed.
const MIN_STEM: usize = 5;
/// A stem this long fits any word it begins ("barnevern" from "barnevernet"
/// fits "barnevernstjenesten"); a shorter one only a word with the same stem
/// ("skol" from "skolen" fits "skole" and "skolens", not "skoleskyss").
const LANG_STAMME: usize = 5;
/// A stem this long is also looked for inside compounds.
const MIN_INNI: usize = 4;

fn stemmer() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::Norwegian))
}

/// The Norwegian stem of a folded word (itself when short).
pub fn stamme(ord: &str) -> String {
    if ord.len() < MIN_STEM {
        return ord.to_string();
    }
    let s = stemmer().stem(ord);
    // Snowball's Norwegian stem is a prefix of the word; hold to that.
    if !s.is_empty() && ord.starts_with(s.as_ref()) {
        s.into_owned()
    } else {
        ord.to_string()
    }
}

/// The words of folded text: runs of ASCII letters and digits.
fn ord_i(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// One word of a search: folded as typed, and its stem (with a searcher for
/// it built once: it is looked for in every field of every entry).
#[derive(Debug, Clone)]
struct Ord {
    u: String,
    s: String,
    finder: memchr::memmem::Finder<'static>,
}

impl Ord {
    fn new(u: &str) -> Self {
        let s = stamme(u);
        Ord {
            u: u.to_string(),
            finder: memchr::memmem::Finder::new(s.as_bytes()).into_owned(),
            s,
        }
    }

    /// The same word, for the synonym table: same stem, or same as typed.
    fn same(&self, o: &Ord) -> bool {
        self.s == o.s || self.u == o.u
    }

    /// How this word fits the folded text, best first: `Some(0)` a whole
    /// word (the same stem), `Some(1)` the tail of a compound ("psykolog" in
    /// "kommunepsykolog": in Norwegian the tail names the thing), `Some(2)`
    /// the start of a longer word ("hels" in "helsestasjon", "barnevern" in
    /// "barnevernstjenesten"), `Some(3)` elsewhere inside a compound;
    /// `None` not at all.
    fn fits(&self, felt: &str) -> Option<u8> {
        let b = felt.as_bytes();
        let stemmed = self.u.len() >= MIN_STEM;
        let inni = stemmed && self.s.len() >= MIN_INNI;
        let mut best: Option<u8> = None;
        for i in self.finder.find_iter(b) {
            let start = i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_alphanumeric);
            if !start && !inni {
                continue;
            }
            let end = b
                .get(i..)
                .and_then(|r| r.iter().position(|c| !c.is_ascii_alphanumeric()))
                .map_or(b.len(), |e| i + e);
            let rest = felt.get(i..end).unwrap_or("");
            // The same word: as typed, or (for a word long enough to stem)
            // the same stem; an inflection adds at most a few letters.
            let same = rest == self.u
                || (stemmed && rest.len() <= self.s.len() + 6 && stamme(rest) == self.s);
            let longer = rest.starts_with(self.u.as_str()) || self.s.len() >= LANG_STAMME;
            let kind = match (same, longer, start) {
                (true, _, true) => 0,
                (true, _, false) => 1,
                (false, true, true) => 2,
                (false, true, false) => 3,
                (false, false, _) => continue,
            };
            best = Some(best.map_or(kind, |b| b.min(kind)));
            if kind == 0 {
                break;
            }
        }
        best
    }
}

/// Where in an entry a word was found; lower ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rang {
    /// `navn` and `id`
    Navn = 0,
    /// the category, `sokeord`, an arena's level
    Kategori = 1,
    /// `beskrivelse`, `formaal`
    Tekst = 2,
}

/// The searchable fields of one entry, folded (reused between entries).
#[derive(Debug, Default)]
pub struct Felt {
    tekster: Vec<(Rang, String)>,
    /// Folded; a service may have several.
    kategorier: Vec<String>,
    navn: String,
}

impl Felt {
    /// A field of rank `r`.
    pub fn add(&mut self, r: Rang, tekst: &str) {
        self.tekster.push((r, fold(tekst)));
    }

    /// The entry's name, shown in suggestions; searched at `Rang::Navn`.
    pub fn navn(&mut self, navn: &str) {
        self.navn.clear();
        self.navn.push_str(navn);
        self.add(Rang::Navn, navn);
    }

    /// A category of the entry (call once per category): searched at
    /// `Rang::Kategori`, and what the synonym table's `kategorier` name.
    pub fn kategori(&mut self, k: &str) {
        self.kategorier.push(fold(k));
        self.add(Rang::Kategori, k);
    }

    fn clear(&mut self) {
        self.tekster.clear();
        self.kategorier.clear();
        self.navn.clear();
    }

    /// The best place `o` fits: (rank, 0 word start / 1 inside a compound).
    fn best(&self, o: &Ord) -> Option<(u8, u8)> {
        let mut best: Option<(u8, u8)> = None;
        for (r, t) in &self.tekster {
            let r = *r as u8;
            if best.is_some_and(|b| b.0 < r) {
                break;
            }
            if let Some(k) = o.fits(t) {
                best = Some(best.map_or((r, k), |b| b.min((r, k))));
            }
        }
        best
    }
}

/// One way a search term can be found.
#[derive(Debug, Clone)]
enum Alt {
    /// All these words (one as typed, or a synonym's `betyr`).
    Ord(Vec<Ord>),
    /// An entry of this (folded) category.
    Kategori(String),
}

/// A word of the search, or a phrase the synonym table knows, with its alternatives.
#[derive(Debug, Clone)]
struct Ledd {
    /// The folded words as typed.
    ord: Vec<Ord>,
    alts: Vec<Alt>,
}

impl Ledd {
    /// (rank, how the word fits, 1 when only through the synonym table):
    /// the words as typed come first in `alts`, and win a tie.
    fn best(&self, f: &Felt) -> Option<(u8, u8, u8)> {
        self.alts
            .iter()
            .enumerate()
            .filter_map(|(i, a)| {
                let (r, k) = match a {
                    Alt::Kategori(k) => {
                        (!k.is_empty() && f.kategorier.contains(k)).then_some((1, 0))
                    }
                    Alt::Ord(ord) => ord
                        .iter()
                        .try_fold((0, 0), |acc, o| Some(acc.max(f.best(o)?))),
                }?;
                Some((r, k, u8::from(i > 0)))
            })
            .min()
    }
}

/// The ranked search of `tjenester`, `arenaer` and `roller`.
#[derive(Debug, Clone, Default)]
pub struct Rangsok {
    ledd: Vec<Ledd>,
    /// The synonym table offered more than `MAKS_ALTERNATIVER` terms.
    avkortet: bool,
}

/// At most this many distinct words in one search (a longer one is refused:
/// each unknown word is compared with every name for «mente du»).
pub const MAKS_ORD: usize = 32;
/// At most this many terms from the synonym table in one search, whatever
/// the table holds; the rest are left out and the search says so.
pub const MAKS_ALTERNATIVER: usize = 256;

/// The distinct words of a search, as it reads them.
pub fn antall_ord<S: AsRef<str>>(words: &[S]) -> usize {
    let mut sett = std::collections::HashSet::new();
    for w in words {
        for o in ord_i(&fold(w.as_ref())) {
            sett.insert(o.to_string());
        }
    }
    sett.len()
}

fn tokens(s: &str) -> Vec<Ord> {
    ord_i(&fold(s)).map(Ord::new).collect()
}

impl Rangsok {
    /// The words as typed (several per argument allowed), with the synonyms.
    pub fn new<S: AsRef<str>>(words: &[S], synonymer: &[Synonym]) -> Self {
        let toks: Vec<Ord> = words.iter().flat_map(|w| tokens(w.as_ref())).collect();
        // Only the phrases whose first word can be one of the search words
        // are stemmed: the same stem (or the same word) begins with its stem.
        let kan = |first: &str| toks.iter().any(|q| first.starts_with(q.s.as_str()));
        let mønstre: Vec<(Vec<Ord>, &Synonym)> = synonymer
            .iter()
            .flat_map(|s| s.ord.iter().map(move |o| (fold(o.as_ref()), s)))
            .filter(|(f, _)| ord_i(f).next().is_some_and(kan))
            .map(|(f, s)| (ord_i(&f).map(Ord::new).collect::<Vec<_>>(), s))
            .collect();
        let mut ledd: Vec<Ledd> = Vec::new();
        let mut i = 0;
        let mut igjen = MAKS_ALTERNATIVER;
        let mut avkortet = false;
        while i < toks.len() {
            let rest = toks.get(i..).unwrap_or_default();
            let passer =
                |p: &[Ord]| p.len() <= rest.len() && p.iter().zip(rest).all(|(a, b)| a.same(b));
            let lengst = mønstre
                .iter()
                .filter(|(p, _)| passer(p))
                .map(|(p, _)| p.len())
                .max()
                .unwrap_or(1);
            let ord: Vec<Ord> = rest.iter().take(lengst).cloned().collect();
            i += lengst;
            // A word given twice is one term (all words must match anyway).
            if ledd.iter().any(|l| {
                l.ord.len() == ord.len() && l.ord.iter().zip(&ord).all(|(a, b)| a.u == b.u)
            }) {
                continue;
            }
            let mut alts = vec![Alt::Ord(ord.clone())];
            for (_, s) in mønstre
                .iter()
                .filter(|(p, _)| p.len() == lengst && passer(p))
            {
                let nye = s
                    .betyr
                    .iter()
                    .map(|b| tokens(b.as_ref()))
                    .filter(|t| !t.is_empty())
                    .map(Alt::Ord)
                    .chain(s.kategorier.iter().map(|k| Alt::Kategori(fold(k.as_ref()))));
                for a in nye {
                    if igjen == 0 {
                        avkortet = true;
                        break;
                    }
                    igjen -= 1;
                    alts.push(a);
                }
                if avkortet {
                    break;
                }
            }
            ledd.push(Ledd { ord, alts });
        }
        Rangsok { ledd, avkortet }
    }

    /// No words: everything matches.
    pub fn is_empty(&self) -> bool {
        self.ledd.is_empty()
    }

    /// The rank of an entry (lower first), or `None` when a term does not fit.
    fn rank(&self, f: &Felt) -> Option<(u32, u32, u32)> {
        self.ledd.iter().try_fold((0, 0, 0), |(a, b, c), l| {
            let (r, k, s) = l.best(f)?;
            Some((a + u32::from(r), b + u32::from(k), c + u32::from(s)))
        })
    }
}

/// The categories the synonym table gives for `word` as a whole
/// ("helsesøster" → helsestasjon, skolehelsetjeneste), in table order.
pub fn synonym_kategorier(word: &str, synonymer: &[Synonym]) -> Vec<String> {
    let q = tokens(word);
    let mut out: Vec<String> = Vec::new();
    for s in synonymer {
        let fits = s.ord.iter().any(|o| {
            let p = tokens(o.as_ref());
            p.len() == q.len() && p.iter().zip(&q).all(|(a, b)| a.same(b))
        });
        if fits && !q.is_empty() {
            for k in &s.kategorier {
                if !out.contains(k.as_ref()) {
                    out.push(k.as_ref().clone());
                }
            }
        }
    }
    out
}

/// What a search found.
#[derive(Debug)]
pub struct Funn<T> {
    /// The hits, best first.
    pub treff: Vec<T>,
    /// Words that found nothing and were read as another (typed, used).
    pub rettet: Vec<(String, String)>,
    /// No hit: the nearest names (never empty strings; may be empty).
    pub forslag: Vec<String>,
    /// The synonyms gave more than `MAKS_ALTERNATIVER` terms: only those were used.
    pub avkortet: bool,
}

/// Search `items`: `felt` fills in an item's fields. Without words every
/// item is a hit, in the given order.
pub fn finn<T>(
    words: &[String],
    synonymer: &[Synonym],
    items: Vec<T>,
    felt: impl Fn(&T, &mut Felt),
) -> Funn<T> {
    let sok = Rangsok::new(words, synonymer);
    let mut funn = Funn {
        treff: Vec::new(),
        rettet: Vec::new(),
        forslag: Vec::new(),
        avkortet: sok.avkortet,
    };
    if sok.is_empty() {
        funn.treff = items;
        return funn;
    }
    let mut f = Felt::default();
    let mut order = ranked(&sok, &items, &felt, &mut f);
    if order.is_empty()
        && let Some((rettet, sok2)) = correct(&sok, synonymer, &items, &felt, &mut f)
    {
        let o = ranked(&sok2, &items, &felt, &mut f);
        if !o.is_empty() {
            order = o;
            funn.rettet = rettet;
        }
    }
    if order.is_empty() {
        funn.forslag = nearest_names(&sok, &items, &felt, &mut f, 3);
        return funn;
    }
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    funn.treff = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
    funn
}

/// `finn` where each item has its own synonym table: `grupper[gruppe(item)]`
/// (a municipality's own synonyms find its own entries only). Ranked over
/// all items as one list; with no hit, as `finn` over the first table
/// (corrections and the nearest names).
pub fn finn_gruppert<T>(
    words: &[String],
    grupper: &[Vec<Synonym>],
    gruppe: impl Fn(&T) -> usize,
    items: Vec<T>,
    felt: impl Fn(&T, &mut Felt),
) -> Funn<T> {
    let sok: Vec<Rangsok> = grupper.iter().map(|s| Rangsok::new(words, s)).collect();
    if grupper.len() <= 1 || sok.iter().all(Rangsok::is_empty) {
        return finn(
            words,
            grupper.first().map_or(&[][..], Vec::as_slice),
            items,
            felt,
        );
    }
    let mut f = Felt::default();
    let mut hits: Vec<((u32, u32, u32), usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        f.clear();
        felt(item, &mut f);
        if let Some(r) = sok.get(gruppe(item)).and_then(|s| s.rank(&f)) {
            hits.push((r, i));
        }
    }
    if hits.is_empty() {
        return finn(
            words,
            grupper.first().map_or(&[][..], Vec::as_slice),
            items,
            felt,
        );
    }
    hits.sort_by_key(|h| h.0);
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    Funn {
        treff: hits
            .into_iter()
            .filter_map(|(_, i)| slots.get_mut(i).and_then(Option::take))
            .collect(),
        rettet: Vec::new(),
        forslag: Vec::new(),
        avkortet: sok.iter().any(|s| s.avkortet),
    }
}

/// The indices of the hits in ranked order (stable).
fn ranked<T>(
    sok: &Rangsok,
    items: &[T],
    felt: &impl Fn(&T, &mut Felt),
    f: &mut Felt,
) -> Vec<usize> {
    let mut hits: Vec<((u32, u32, u32), usize)> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        f.clear();
        felt(item, f);
        if let Some(r) = sok.rank(f) {
            hits.push((r, i));
        }
    }
    hits.sort_by_key(|h| h.0);
    hits.into_iter().map(|h| h.1).collect()
}

/// Typos a word may hold: none below five letters (a prefix then), one up to
/// seven, two from eight.
fn typo_limit(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// The terms that fit nothing, each read as the nearest word of the names,
/// categories, search words and synonyms when one is close enough.
fn correct<T>(
    sok: &Rangsok,
    synonymer: &[Synonym],
    items: &[T],
    felt: &impl Fn(&T, &mut Felt),
    f: &mut Felt,
) -> Option<(Vec<(String, String)>, Rangsok)> {
    let mut vocab: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // Which terms fit some entry (those are not typos).
    let mut treff = vec![false; sok.ledd.len()];
    for item in items {
        f.clear();
        felt(item, f);
        for (l, hit) in sok.ledd.iter().zip(treff.iter_mut()) {
            *hit = *hit || l.best(f).is_some();
        }
        for (_, t) in f.tekster.iter().filter(|(r, _)| *r != Rang::Tekst) {
            for w in ord_i(t) {
                if seen.insert(w.to_string()) {
                    vocab.push(w.to_string());
                }
            }
        }
    }
    for s in synonymer {
        for w in s.ord.iter().flat_map(|o| tokens(o.as_ref())) {
            if seen.insert(w.u.clone()) {
                vocab.push(w.u);
            }
        }
    }
    let vocab: Vec<Ord> = vocab.iter().map(|v| Ord::new(v)).collect();
    let mut rettet = Vec::new();
    let mut words: Vec<String> = Vec::new();
    for (l, hit) in sok.ledd.iter().zip(&treff) {
        for o in &l.ord {
            let limit = typo_limit(o.u.len());
            let best = if *hit || limit == 0 {
                None
            } else {
                vocab
                    .iter()
                    .map(|v| (distance_osa(&o.u, &v.u).min(distance_osa(&o.s, &v.s)), v))
                    .filter(|(d, _)| *d <= limit)
                    .min_by_key(|(d, _)| *d)
                    .map(|(_, v)| v.u.clone())
            };
            match best {
                Some(v) => {
                    rettet.push((o.u.clone(), v.clone()));
                    words.push(v);
                }
                None => words.push(o.u.clone()),
            }
        }
    }
    (!rettet.is_empty()).then(|| (rettet, Rangsok::new(&words, synonymer)))
}

/// Up to `n` names nearest the search: the names with the most search words
/// close to one of their words (edit distance on folded, stemmed words), then
/// the smallest distance; never an empty name.
fn nearest_names<T>(
    sok: &Rangsok,
    items: &[T],
    felt: &impl Fn(&T, &mut Felt),
    f: &mut Felt,
    n: usize,
) -> Vec<String> {
    let query: Vec<&Ord> = sok.ledd.iter().flat_map(|l| &l.ord).collect();
    let mut seen = std::collections::HashSet::new();
    let mut scored: Vec<(usize, usize, usize, String)> = Vec::new();
    for item in items {
        f.clear();
        felt(item, f);
        let navn = f.navn.trim().to_string();
        if navn.is_empty() || !seen.insert(navn.clone()) {
            continue;
        }
        let ord: Vec<Ord> = ord_i(&fold(&navn)).map(Ord::new).collect();
        let (mut count, mut sum) = (0, 0);
        for q in &query {
            let limit = (q.u.len() / 3).clamp(1, 2);
            let d = ord
                .iter()
                .map(|w| {
                    let pre = w.u.get(..q.u.len()).unwrap_or(&w.u);
                    distance_osa(&q.u, &w.u)
                        .min(distance_osa(&q.s, &w.s))
                        .min(distance_osa(&q.u, pre) + usize::from(q.u.len() < 3))
                })
                .min()
                .unwrap_or(usize::MAX);
            if d <= limit {
                count += 1;
                sum += d;
            }
        }
        if count > 0 {
            scored.push((usize::MAX - count, sum, scored.len(), navn));
        }
    }
    scored.sort();
    scored.into_iter().take(n).map(|s| s.3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_words_must_match_folded() {
        let s = Sok::new(&["barnevern", "lister"]);
        assert!(s.matches(["Lister barnevern", "barnevern"]));
        assert!(!s.matches(["Barnevernet i Sirdal"]));
        assert!(Sok::new(&["ovre"]).matches(["Øvre Sirdal barnehage"]));
        assert!(Sok::new(&["HELS"]).matches(["Helsestasjon"]));
        assert!(Sok::new(&["nivå"]).matches(["nivaa"]));
        assert!(Sok::new::<&str>(&[]).matches(["x"]));
    }
}

#[cfg(test)]
mod rangsok_tests {
    use super::*;

    fn fits(query: &str, text: &str) -> Option<u8> {
        Ord::new(&fold(query)).fits(&fold(text))
    }

    #[test]
    fn stems_bring_inflections_together() {
        assert_eq!(stamme("barnevernet"), "barnevern");
        assert_eq!(stamme("helsestasjonane"), "helsestasjon");
        assert_eq!(stamme("skolen"), stamme("skole"));
        assert_eq!(stamme("skulane"), stamme("skule"));
        assert_eq!(
            stamme("hels"),
            "hels",
            "short words are prefixes, not stemmed"
        );
    }

    #[test]
    fn words_fit_at_word_starts_and_in_compounds() {
        assert_eq!(fits("barnevernet", "Lister barnevern"), Some(0));
        assert_eq!(fits("skolen", "Sakshaug skole"), Some(0));
        assert_eq!(fits("psykolog", "Kommunepsykolog"), Some(1));
        assert_eq!(fits("hels", "Helsestasjon"), Some(2));
        assert_eq!(fits("barnevern", "Barnevernstjenesten"), Some(2));
        assert_eq!(fits("skole", "Skolehelsetjenesten"), Some(2));
        assert_eq!(fits("helse", "Skolehelsetjenesten"), Some(3));
        assert_eq!(fits("pp", "oppfølging"), None);
        assert_eq!(fits("pp", "PPT Lister"), Some(2));
        assert_eq!(
            fits("skolen", "skoleskyss"),
            None,
            "a short stem needs the same word"
        );
        assert_eq!(fits("øvre", "Øvre Sirdal"), Some(0));
    }

    fn syn(ord: &[&str], betyr: &[&str], kategorier: &[&str]) -> Synonym {
        let sp = |v: &[&str]| -> Vec<crate::data::model::Sp> {
            v.iter()
                .map(|s| toml::Spanned::new(0..0, (*s).to_string()))
                .collect()
        };
        Synonym {
            ord: sp(ord),
            betyr: sp(betyr),
            kategorier: sp(kategorier),
            kilde: None,
        }
    }

    #[test]
    fn ranked_with_synonyms_typos_and_suggestions() {
        let items = [
            ("Tonstad skule", "skole", "Helsesykepleier kommer på besøk"),
            ("Helsestasjon", "helsestasjon", ""),
            ("PPT Lister", "ppt", "Hjelper skule og barnehage"),
        ];
        let felt = |t: &(&str, &str, &str), f: &mut Felt| {
            f.navn(t.0);
            f.kategori(t.1);
            f.add(Rang::Tekst, t.2);
        };
        let syns = [
            syn(&["helsesøster"], &["helsesykepleier"], &["helsestasjon"]),
            syn(&["PP-kontoret"], &["ppt"], &["ppt"]),
        ];
        let navn = |words: &[&str]| -> Vec<&str> {
            let w: Vec<String> = words.iter().map(|s| s.to_string()).collect();
            finn(&w, &syns, items.to_vec(), felt)
                .treff
                .iter()
                .map(|t| t.0)
                .collect()
        };
        assert_eq!(navn(&["helsesøster"]), ["Helsestasjon", "Tonstad skule"]);
        assert_eq!(navn(&["pp-kontoret"]), ["PPT Lister"]);
        assert_eq!(navn(&["skulen"]), ["Tonstad skule", "PPT Lister"]);
        assert_eq!(navn(&[]).len(), 3);
        let w = vec!["helsestajson".to_string()];
        let funn = finn(&w, &syns, items.to_vec(), felt);
        assert_eq!(funn.treff.len(), 1);
        assert_eq!(
            funn.rettet,
            [("helsestajson".to_string(), "helsestasjon".to_string())]
        );
        let w = vec!["tonstad".to_string(), "lister".to_string()];
        let funn = finn(&w, &syns, items.to_vec(), felt);
        assert!(funn.treff.is_empty());
        assert_eq!(funn.forslag, ["Tonstad skule", "PPT Lister"]);
        let w = vec!["xqzw".to_string()];
        assert!(finn(&w, &syns, items.to_vec(), felt).forslag.is_empty());
    }

    #[test]
    fn osa_counts_a_swap_as_one() {
        assert_eq!(distance_osa("helsestajson", "helsestasjon"), 1);
        assert_eq!(distance_osa("barnehgae", "barnehage"), 1);
        assert_eq!(distance_osa("abc", "abc"), 0);
        assert_eq!(distance_osa("", "abc"), 3);
    }
}
