//! Search and suggestions, pure: all-words matching over folded text
//! ("hels" finds "Helsestasjon", "ovre" finds "Øvre"), and the closest id
//! to a mistyped one.

use crate::i18n::fold;

/// Search words folded once, matched against any number of fields.
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
            if d <= limit {
                Some((d, c))
            } else if !nf.is_empty() && (cf.contains(&nf) || nf.contains(&cf)) {
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
    fn all_words_must_match_folded() {
        let s = Sok::new(&["barnevern", "lister"]);
        assert!(s.matches(["Lister barnevern", "barnevern"]));
        assert!(!s.matches(["Barnevernet i Sirdal"]));
        assert!(Sok::new(&["ovre"]).matches(["Øvre Sirdal barnehage"]));
        assert!(Sok::new(&["HELS"]).matches(["Helsestasjon"]));
        assert!(Sok::new(&["nivå"]).matches(["nivaa"]));
        assert!(Sok::new::<&str>(&[]).matches(["x"]));
    }

    #[test]
    fn suggestions_find_typos() {
        assert_eq!(closest("telefonn", ["telefon", "epost"]), Some("telefon"));
        assert_eq!(closest("zzz", ["telefon", "epost"]), None);
        assert_eq!(
            suggestions("sirdl", ["sirdal", "strand", "sogndal"], 3),
            vec!["sirdal"]
        );
    }
}
