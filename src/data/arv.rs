//! Inheritance of the national guide: a municipality's `veileder.toml` with
//! `[guide] arv = "nasjonal"` adds to and rewords the national nivå 0 graph
//! instead of copying it (SPEC §1.7). Pure: the loader hands in the national
//! guide (in the user's målform) and the parsed file; the merged graph is
//! then checked as a whole by `validate`, like any other.
//!
//! Merge rules, by id: a node or outcome whose id is in the national graph
//! takes the fields the file gives and keeps the others; a new id must give
//! every field a whole node (or outcome) requires. A node's `valg` merges by
//! `til`: the same target rewords that choice in place, a new target is
//! added after the national choices. Nothing national is removed, so the
//! stop rules and the akutt choice stay where the national graph put them.
//!
//! Positions: what comes from the national file has no place in the
//! municipality's file, so its spans are moved to the `arv` value: a problem
//! the merge creates in a national node (say, a node no choice reaches any
//! more) is reported at `arv = "nasjonal"`, the line that brought it in.

use std::ops::Range;

use toml::Spanned;

use super::model::{Guide, GuideArv, Node, NodeArv, Sp, Utfall, UtfallArv, Valg};
use crate::i18n::Maalform;

/// The one graph a file may inherit.
pub const NASJONAL: &str = "nasjonal";

/// A problem found while merging: where in the file, and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: usize,
    pub melding: String,
}

/// The national `base` with `fil` merged in, and the problems on the way.
/// `None` when `arv` names a graph that does not exist.
pub fn flett(base: &Guide, fil: GuideArv, m: Maalform) -> (Option<Guide>, Vec<Problem>) {
    let mut problems = Vec::new();
    if fil.arv.as_ref().trim() != NASJONAL {
        problems.push(Problem {
            at: fil.arv.span().start,
            melding: format!(
                "«arv = \"{}\"»: {} «arv = \"{NASJONAL}\"»",
                fil.arv.as_ref(),
                m.t(
                    "bare den nasjonale veilederen kan arves; skriv",
                    "berre den nasjonale rettleiaren kan arvast; skriv"
                )
            ),
        });
        return (None, problems);
    }
    let at = fil.arv.span();
    let mut g = flytt_guide(base, &at);
    if let Some(s) = fil.start {
        g.start = s;
    }
    if fil.akutt.is_some() {
        g.akutt = fil.akutt;
    }
    if fil.kilde.is_some() {
        g.kilde = fil.kilde;
    }
    for n in fil.node {
        if g.utfall.iter().any(|u| u.id.as_ref() == n.id.as_ref()) {
            problems.push(annen_art(&n.id, true, m));
            continue;
        }
        match g.node.iter_mut().find(|x| x.id.as_ref() == n.id.as_ref()) {
            Some(x) => node_inn(x, n),
            None => match ny_node(n, g.node.iter().map(|x| x.id.as_ref().as_str()), m) {
                Ok(x) => g.node.push(x),
                Err(p) => problems.push(p),
            },
        }
    }
    for u in fil.utfall {
        if g.node.iter().any(|x| x.id.as_ref() == u.id.as_ref()) {
            problems.push(annen_art(&u.id, false, m));
            continue;
        }
        match g.utfall.iter_mut().find(|x| x.id.as_ref() == u.id.as_ref()) {
            Some(x) => utfall_inn(x, u),
            None => match nytt_utfall(u, g.utfall.iter().map(|x| x.id.as_ref().as_str()), m) {
                Ok(x) => g.utfall.push(x),
                Err(p) => problems.push(p),
            },
        }
    }
    (Some(g), problems)
}

/// An id given as a node that the national graph has as an outcome (or the
/// other way round): merging would change what kind of thing it is.
fn annen_art(id: &Sp, som_node: bool, m: Maalform) -> Problem {
    let melding = if som_node {
        m.t(
            "er et utfall i den nasjonale veilederen, ikke en node",
            "er eit utfall i den nasjonale rettleiaren, ikkje ein node",
        )
    } else {
        m.t(
            "er en node i den nasjonale veilederen, ikke et utfall",
            "er ein node i den nasjonale rettleiaren, ikkje eit utfall",
        )
    };
    Problem {
        at: id.span().start,
        melding: format!("«{}» {melding}", id.as_ref()),
    }
}

/// `missing`: the keys a new entry lacks, as one problem at its id, with
/// the national id it may have been meant as (`kjente`).
fn mangler<'a>(
    id: &Sp,
    missing: &[&str],
    kjente: impl IntoIterator<Item = &'a str>,
    m: Maalform,
) -> Problem {
    let keys: Vec<String> = missing.iter().map(|k| format!("«{k}»")).collect();
    let keys = match keys.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, first)) => format!("{} og {last}", first.join(", ")),
        None => String::new(),
    };
    let mut melding = format!(
        "«{}» {} {keys}, {}",
        id.as_ref(),
        m.t(
            "finnes ikke i den nasjonale veilederen og mangler",
            "finst ikkje i den nasjonale rettleiaren og manglar"
        ),
        m.t("som en ny oppføring må ha", "som ei ny oppføring må ha"),
    );
    if let Some(best) = crate::likhet::closest(id.as_ref(), kjente) {
        melding.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
    }
    Problem {
        at: id.span().start,
        melding,
    }
}

fn node_inn(x: &mut Node, n: NodeArv) {
    if let Some(v) = n.steg {
        x.steg = v;
    }
    if let Some(v) = n.tittel {
        x.tittel = v;
    }
    if let Some(v) = n.tekst {
        x.tekst = v;
    }
    if let Some(v) = n.sporsmal {
        x.sporsmal = v;
    }
    if let Some(v) = n.verktoy {
        x.verktoy = v;
    }
    if let Some(v) = n.lovverk {
        x.lovverk = v;
    }
    if n.frist.is_some() {
        x.frist = n.frist;
    }
    if let Some(valg) = n.valg {
        for v in valg {
            match x.valg.iter_mut().find(|a| a.til.as_ref() == v.til.as_ref()) {
                Some(a) => *a = v,
                None => x.valg.push(v),
            }
        }
    }
    if let Some(v) = n.politi {
        x.politi = v;
    }
    if n.kilde.is_some() {
        x.kilde = n.kilde;
    }
}

fn ny_node<'a>(
    n: NodeArv,
    kjente: impl IntoIterator<Item = &'a str>,
    m: Maalform,
) -> Result<Node, Problem> {
    let missing: Vec<&str> = [
        ("tittel", n.tittel.is_none()),
        ("tekst", n.tekst.is_none()),
        ("sporsmal", n.sporsmal.is_none()),
        ("valg", n.valg.is_none()),
    ]
    .iter()
    .filter(|(_, mangler)| *mangler)
    .map(|(k, _)| *k)
    .collect();
    let (Some(tittel), Some(tekst), Some(sporsmal), Some(valg)) =
        (n.tittel, n.tekst, n.sporsmal, n.valg)
    else {
        return Err(mangler(&n.id, &missing, kjente, m));
    };
    Ok(Node {
        id: n.id,
        steg: n.steg.unwrap_or(0),
        tittel,
        tekst,
        sporsmal,
        verktoy: n.verktoy.unwrap_or_default(),
        lovverk: n.lovverk.unwrap_or_default(),
        frist: n.frist,
        valg,
        politi: n.politi.unwrap_or(false),
        kilde: n.kilde,
    })
}

fn utfall_inn(x: &mut Utfall, u: UtfallArv) {
    if let Some(v) = u.tittel {
        x.tittel = v;
    }
    if u.nivaa.is_some() {
        x.nivaa = u.nivaa;
    }
    if let Some(v) = u.tekst {
        x.tekst = v;
    }
    if let Some(v) = u.kategorier {
        x.kategorier = v;
    }
    if let Some(v) = u.lovverk {
        x.lovverk = v;
    }
    if u.frist.is_some() {
        x.frist = u.frist;
    }
    if let Some(v) = u.nodnummer {
        x.nodnummer = v;
    }
    if let Some(v) = u.melding {
        x.melding = v;
    }
    if let Some(v) = u.politi {
        x.politi = v;
    }
    if u.kilde.is_some() {
        x.kilde = u.kilde;
    }
}

fn nytt_utfall<'a>(
    u: UtfallArv,
    kjente: impl IntoIterator<Item = &'a str>,
    m: Maalform,
) -> Result<Utfall, Problem> {
    let missing: Vec<&str> = [("tittel", u.tittel.is_none()), ("tekst", u.tekst.is_none())]
        .iter()
        .filter(|(_, mangler)| *mangler)
        .map(|(k, _)| *k)
        .collect();
    let (Some(tittel), Some(tekst)) = (u.tittel, u.tekst) else {
        return Err(mangler(&u.id, &missing, kjente, m));
    };
    Ok(Utfall {
        id: u.id,
        tittel,
        nivaa: u.nivaa,
        tekst,
        kategorier: u.kategorier.unwrap_or_default(),
        lovverk: u.lovverk.unwrap_or_default(),
        frist: u.frist,
        nodnummer: u.nodnummer.unwrap_or_default(),
        melding: u.melding.unwrap_or(false),
        politi: u.politi.unwrap_or(false),
        kilde: u.kilde,
    })
}

/// `s` with its position moved to `at`.
fn flytt<T: Clone>(s: &Spanned<T>, at: &Range<usize>) -> Spanned<T> {
    Spanned::new(at.clone(), s.as_ref().clone())
}

fn flytt_alle(v: &[Sp], at: &Range<usize>) -> Vec<Sp> {
    v.iter().map(|s| flytt(s, at)).collect()
}

/// The national guide with every position moved to `at` (see the module doc).
fn flytt_guide(g: &Guide, at: &Range<usize>) -> Guide {
    Guide {
        start: flytt(&g.start, at),
        akutt: g.akutt.as_ref().map(|a| flytt(a, at)),
        kilde: g.kilde.clone(),
        node: g
            .node
            .iter()
            .map(|n| Node {
                id: flytt(&n.id, at),
                lovverk: flytt_alle(&n.lovverk, at),
                frist: n.frist.as_ref().map(|f| flytt(f, at)),
                valg: n
                    .valg
                    .iter()
                    .map(|v| Valg {
                        til: flytt(&v.til, at),
                        ..v.clone()
                    })
                    .collect(),
                ..n.clone()
            })
            .collect(),
        utfall: g
            .utfall
            .iter()
            .map(|u| Utfall {
                id: flytt(&u.id, at),
                nivaa: u.nivaa.as_ref().map(|n| flytt(n, at)),
                kategorier: flytt_alle(&u.kategorier, at),
                lovverk: flytt_alle(&u.lovverk, at),
                frist: u.frist.as_ref().map(|f| flytt(f, at)),
                nodnummer: flytt_alle(&u.nodnummer, at),
                ..u.clone()
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{Veileder, VeilederArv};

    fn base() -> Guide {
        let v: Veileder = toml::from_str(
            r#"
[guide]
start = "a"
akutt = "akutt"
[[guide.node]]
id = "a"
tittel = "A"
tekst = "a"
sporsmal = "?"
valg = [{ tekst = "Akutt", til = "akutt" }, { tekst = "Videre", til = "slutt" }]
[[guide.node]]
id = "akutt"
tittel = "Akutt"
tekst = "112"
sporsmal = "?"
valg = [{ tekst = "Ok", til = "slutt" }]
[[guide.utfall]]
id = "slutt"
tittel = "Slutt"
tekst = "ferdig"
"#,
        )
        .unwrap();
        v.guide.unwrap()
    }

    fn fil(toml: &str) -> GuideArv {
        toml::from_str::<VeilederArv>(toml).unwrap().guide.unwrap()
    }

    #[test]
    fn a_field_given_replaces_and_the_rest_is_national() {
        let (g, p) = flett(
            &base(),
            fil("[guide]\narv = \"nasjonal\"\n[[guide.node]]\nid = \"a\"\nfrist = \"14 dager\"\n"),
            Maalform::Nb,
        );
        assert!(p.is_empty(), "{p:?}");
        let g = g.unwrap();
        let a = &g.node[0];
        assert_eq!(
            a.frist.as_ref().map(|f| f.as_ref().as_str()),
            Some("14 dager")
        );
        assert_eq!(a.tittel, "A");
        assert_eq!(a.valg.len(), 2);
    }

    #[test]
    fn choices_merge_by_target_and_new_nodes_and_outcomes_are_added() {
        let (g, p) = flett(
            &base(),
            fil(r#"
[guide]
arv = "nasjonal"
[[guide.node]]
id = "a"
valg = [{ tekst = "Gå videre", til = "slutt" }, { tekst = "Drøft", til = "droft" }]
[[guide.node]]
id = "droft"
tittel = "Drøft"
tekst = "Ring oss"
sporsmal = "?"
valg = [{ tekst = "Ok", til = "eget" }]
[[guide.utfall]]
id = "eget"
tittel = "Eget utfall"
tekst = "tekst"
"#),
            Maalform::Nb,
        );
        assert!(p.is_empty(), "{p:?}");
        let g = g.unwrap();
        let tekster: Vec<&str> = g.node[0].valg.iter().map(|v| v.tekst.as_str()).collect();
        assert_eq!(tekster, ["Akutt", "Gå videre", "Drøft"]);
        assert_eq!(g.node.len(), 3);
        assert_eq!(g.utfall.len(), 2);
    }

    #[test]
    fn a_new_node_must_be_whole_and_arv_must_name_the_national_graph() {
        let (_, p) = flett(
            &base(),
            fil(
                "[guide]\narv = \"nasjonal\"\n[[guide.node]]\nid = \"stgg-2\"\nfrist = \"2 uker\"\n",
            ),
            Maalform::Nb,
        );
        assert_eq!(p.len(), 1);
        assert!(p[0].melding.contains("«stgg-2»"), "{}", p[0].melding);
        assert!(p[0].melding.contains("«tittel»"), "{}", p[0].melding);
        let (g, p) = flett(&base(), fil("[guide]\narv = \"oslo\"\n"), Maalform::Nn);
        assert!(g.is_none());
        assert!(
            p[0].melding.contains("berre den nasjonale"),
            "{}",
            p[0].melding
        );
    }

    #[test]
    fn an_outcome_cannot_become_a_node() {
        let (_, p) = flett(
            &base(),
            fil("[guide]\narv = \"nasjonal\"\n[[guide.node]]\nid = \"slutt\"\ntittel = \"x\"\n"),
            Maalform::Nb,
        );
        assert_eq!(p.len(), 1);
        assert!(p[0].melding.contains("er et utfall"), "{}", p[0].melding);
    }

    #[test]
    fn inherited_positions_point_at_arv() {
        let f = fil("[guide]\narv = \"nasjonal\"\n");
        let at = f.arv.span();
        let (g, _) = flett(&base(), f, Maalform::Nb);
        let g = g.unwrap();
        assert_eq!(g.node[1].id.span(), at);
        assert_eq!(g.utfall[0].id.span(), at);
    }
}
