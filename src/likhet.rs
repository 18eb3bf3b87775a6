//! String similarity: edit distances and «mente du» suggestions for typos
//! in keys, ids, commands and search words. Bottom layer: it imports nothing
//! of ours but `i18n`.

use crate::i18n::{Maalform, fold};

/// Edit distance counting a swap of two neighbours as one edit (optimal
/// string alignment): "helsestajson" is one typo from "helsestasjon".
pub fn distance_osa(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 3 {
        return a.len().abs_diff(b.len());
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, c) in d.iter_mut().enumerate().take(w) {
        *c = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// Levenshtein distance in characters.
pub fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The candidate closest to `needle`, if it is close enough to be a typo.
pub fn closest<'a>(needle: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    suggestions(needle, candidates, 1).into_iter().next()
}

/// «mente du: a, b» for an error's detail lines; nothing when there is no
/// candidate (never an empty suggestion).
pub fn mente_du<S: AsRef<str>>(m: Maalform, forslag: &[S]) -> Option<String> {
    (!forslag.is_empty()).then(|| {
        let liste: Vec<&str> = forslag.iter().map(AsRef::as_ref).collect();
        format!("{} {}", m.t("mente du:", "meinte du:"), liste.join(", "))
    })
}

/// Up to `n` candidates close to `needle` (typos, or a prefix/substring of it), best first.
pub fn suggestions<'a>(
    needle: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let nf = fold(needle);
    let nlen = nf.chars().count();
    let limit = (nlen / 3).max(2);
    let mut scored: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter_map(|c| {
            let cf = fold(c);
            // The distance is at least the difference in length: skip the
            // quadratic computation for a megabyte-long needle or candidate.
            let close = cf.chars().count().abs_diff(nlen) <= limit;
            let d = if close {
                distance(&nf, &cf)
            } else {
                usize::MAX
            };
            // A part of the other counts only when it is a real part of it:
            // «id» is inside «tidspunkt», but nobody meant one for the other.
            let del = |kort: &str, lang: &str| {
                let k = kort.chars().count();
                k >= 3 && 3 * k >= lang.chars().count() && lang.contains(kort)
            };
            if d <= limit {
                Some((d, c))
            } else if del(&nf, &cf) || del(&cf, &nf) {
                Some((limit + 1, c))
            } else {
                None
            }
        })
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored.into_iter().take(n).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_find_typos() {
        assert_eq!(closest("telefonn", ["telefon", "epost"]), Some("telefon"));
        assert_eq!(closest("zzz", ["telefon", "epost"]), None);
        assert_eq!(
            suggestions("sirdl", ["sirdal", "strand", "sogndal"], 3),
            vec!["sirdal"]
        );
    }

    #[test]
    fn a_swap_is_one_edit() {
        assert_eq!(distance_osa("helsestajson", "helsestasjon"), 1);
        assert_eq!(distance("helsestajson", "helsestasjon"), 2);
    }
}
