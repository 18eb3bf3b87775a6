//! The layers stay without loops (issue 24): a module-level import graph of
//! `src/`, read from the source text, must have no cycle.
//!
//! Each file is a module (`src/data/load.rs` is `data::load`). An edge runs
//! from a module to every module whose items it names: `use` trees (groups,
//! `self`, `super`, aliases) and inline paths (`crate::data::load::Store`). A
//! path through a `pub use` is followed to the module that defines the item,
//! and a parent's `pub use` of its own children is a facade, not a
//! dependency of the parent. Test code
//! (`#[cfg(test)] mod …`) is left out. The check is ours rather than a cargo
//! plug-in so it runs in CI without installing anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

type Modul = Vec<String>;

struct Fil {
    /// Source text without comments, strings and test modules.
    kode: String,
    /// Child modules declared here (`mod x;`), test modules left out.
    barn: BTreeSet<String>,
}

/// Remove comments, string and char literals (keeping lifetimes).
fn rens(s: &str) -> String {
    let b = s.as_bytes();
    let mut ut = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut dybde = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        dybde += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        dybde -= 1;
                        i += 2;
                        if dybde == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
                ut.push(' ');
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hash = 0;
                while b.get(j) == Some(&b'#') {
                    hash += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    ut.push('r');
                    i += 1;
                    continue;
                }
                j += 1;
                let slutt = format!("\"{}", "#".repeat(hash));
                match s[j..].find(&slutt) {
                    Some(k) => i = j + k + slutt.len(),
                    None => i = b.len(),
                }
                ut.push_str("\"\"");
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                ut.push_str("\"\"");
            }
            b'\'' => {
                // A char literal ('a', '\n', '\u{1F}') or a lifetime ('a).
                let lukk = if b.get(i + 1) == Some(&b'\\') {
                    s.get(i + 3..).and_then(|r| r.find('\'')).map(|k| i + 3 + k)
                } else {
                    s[i + 1..]
                        .chars()
                        .next()
                        .map(|c| i + 1 + c.len_utf8())
                        .filter(|&k| b.get(k) == Some(&b'\''))
                };
                match lukk {
                    Some(k) => {
                        ut.push_str("' '");
                        i = k + 1;
                    }
                    None => {
                        ut.push('\'');
                        i += 1;
                    }
                }
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or(' ');
                ut.push(c);
                i += c.len_utf8();
            }
        }
    }
    ut
}

/// Cut `#[cfg(test)]` items that are modules (inline or in their own file);
/// returns the remaining code and the names of test modules declared here.
fn uten_tester(kode: &str) -> (String, BTreeSet<String>) {
    let mut ut = String::new();
    let mut tester = BTreeSet::new();
    let mut rest = kode;
    while let Some(p) = rest.find("#[cfg(test)]") {
        ut.push_str(&rest[..p]);
        let etter = rest[p + "#[cfg(test)]".len()..].trim_start();
        let etter = etter.strip_prefix("pub ").unwrap_or(etter);
        let Some(m) = etter.strip_prefix("mod ") else {
            // Not a module (a test-only function or impl): keep it.
            ut.push_str("#[cfg(test)]");
            rest = &rest[p + "#[cfg(test)]".len()..];
            continue;
        };
        let navn: String = m
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let m = m[navn.len()..].trim_start();
        if let Some(r) = m.strip_prefix(';') {
            tester.insert(navn);
            rest = r;
        } else if m.starts_with('{') {
            let mut dybde = 0;
            let mut slutt = m.len();
            for (k, c) in m.char_indices() {
                match c {
                    '{' => dybde += 1,
                    '}' => {
                        dybde -= 1;
                        if dybde == 0 {
                            slutt = k + 1;
                            break;
                        }
                    }
                    _ => {}
                }
            }
            rest = &m[slutt..];
        } else {
            rest = m;
        }
    }
    ut.push_str(rest);
    (ut, tester)
}

fn er_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The words of `s` split at `::`, with punctuation as its own token.
fn tokens(s: &str) -> Vec<String> {
    let mut v = Vec::new();
    let mut cur = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if er_ident(c) {
            cur.push(c);
            continue;
        }
        if !cur.is_empty() {
            v.push(std::mem::take(&mut cur));
        }
        if c == ':' && it.peek() == Some(&':') {
            it.next();
            v.push("::".into());
        } else if !c.is_whitespace() {
            v.push(c.to_string());
        }
    }
    if !cur.is_empty() {
        v.push(cur);
    }
    v
}

/// Expand a use tree (`a::{b, c::{self, D as E}}`) into full paths, each
/// with the name it binds.
fn utvid(t: &[String], i: &mut usize, prefiks: &[String], ut: &mut Vec<(Vec<String>, String)>) {
    let mut sti = prefiks.to_vec();
    while *i < t.len() {
        match t[*i].as_str() {
            "{" => {
                *i += 1;
                loop {
                    utvid(t, i, &sti, ut);
                    match t.get(*i).map(String::as_str) {
                        Some(",") => *i += 1,
                        Some("}") => {
                            *i += 1;
                            break;
                        }
                        _ => break,
                    }
                    if t.get(*i).map(String::as_str) == Some("}") {
                        *i += 1;
                        break;
                    }
                }
                return;
            }
            "::" => *i += 1,
            "," | "}" | ";" => break,
            "as" => {
                *i += 1;
                let alias = t.get(*i).cloned().unwrap_or_default();
                *i += 1;
                ut.push((sti.clone(), alias));
                return;
            }
            "*" => {
                *i += 1;
                ut.push((sti.clone(), "*".into()));
                return;
            }
            "self" if !sti.is_empty() => *i += 1,
            w => {
                sti.push(w.to_string());
                *i += 1;
            }
        }
    }
    if let Some(navn) = sti.last().cloned() {
        ut.push((sti, navn));
    }
}

struct Graf {
    filer: BTreeMap<Modul, Fil>,
}

impl Graf {
    fn les(src: &Path) -> Graf {
        let mut filer = BTreeMap::new();
        Self::les_modul(&src.join("lib.rs"), Vec::new(), &mut filer);
        Graf { filer }
    }

    fn les_modul(fil: &Path, m: Modul, filer: &mut BTreeMap<Modul, Fil>) {
        let tekst =
            std::fs::read_to_string(fil).unwrap_or_else(|e| panic!("{}: {e}", fil.display()));
        let (kode, tester) = uten_tester(&rens(&tekst));
        let t = tokens(&kode);
        let mut barn = BTreeSet::new();
        for w in t.windows(3) {
            if w[0] == "mod" && w[2] == ";" && !tester.contains(&w[1]) {
                barn.insert(w[1].clone());
            }
        }
        let dir: PathBuf = if m.is_empty() || fil.ends_with("mod.rs") {
            fil.parent().map(Path::to_path_buf).unwrap_or_default()
        } else {
            fil.with_extension("")
        };
        for b in &barn {
            let mut bm = m.clone();
            bm.push(b.clone());
            let enkel = dir.join(format!("{b}.rs"));
            let sti = if enkel.exists() {
                enkel
            } else {
                dir.join(b).join("mod.rs")
            };
            Self::les_modul(&sti, bm, filer);
        }
        filer.insert(m, Fil { kode, barn });
    }

    /// Absolute path of `sti` as written in module `m` (None: not ours).
    fn absolutt(&self, m: &Modul, sti: &[String]) -> Option<Vec<String>> {
        let (første, rest) = sti.split_first()?;
        let mut base = match første.as_str() {
            "crate" => Vec::new(),
            "self" => m.clone(),
            "super" => {
                let mut b = m.clone();
                b.pop();
                let mut rest = rest;
                while rest.first().map(String::as_str) == Some("super") {
                    b.pop();
                    rest = &rest[1..];
                }
                b.extend(rest.iter().cloned());
                return Some(b);
            }
            w if self.filer.get(m).is_some_and(|f| f.barn.contains(w)) => {
                let mut b = m.clone();
                b.push(w.to_string());
                b
            }
            _ => return None,
        };
        base.extend(rest.iter().cloned());
        Some(base)
    }

    /// The module that defines what `sti` names, following facades.
    fn losn(&self, sti: &[String], dybde: usize) -> Option<Modul> {
        let mut m: Modul = Vec::new();
        let mut k = 0;
        while k < sti.len() {
            let mut neste = m.clone();
            neste.push(sti[k].clone());
            if self.filer.contains_key(&neste) {
                m = neste;
                k += 1;
            } else {
                break;
            }
        }
        if k < sti.len() && dybde < 8 {
            let navn = &sti[k];
            for (full, bundet) in self.pub_use(&m) {
                if &bundet == navn || bundet == "*" {
                    let mut mål = full.clone();
                    if bundet == "*" {
                        mål.push(navn.clone());
                    } else {
                        mål.extend(sti[k + 1..].iter().cloned());
                    }
                    if let Some(d) = self.losn(&mål, dybde + 1)
                        && d != m
                    {
                        return Some(d);
                    }
                }
            }
        }
        Some(m)
    }

    /// The paths module `m` re-exports with `pub use`.
    fn pub_use(&self, m: &Modul) -> Vec<(Vec<String>, String)> {
        let mut v = Vec::new();
        let Some(f) = self.filer.get(m) else { return v };
        let t = tokens(&f.kode);
        let mut i = 0;
        while i + 1 < t.len() {
            if t[i] == "pub" && t[i + 1] == "use" {
                i += 2;
                let mut ut = Vec::new();
                utvid(&t, &mut i, &[], &mut ut);
                for (sti, navn) in ut {
                    if let Some(a) = self.absolutt(m, &sti) {
                        v.push((a, navn));
                    }
                }
            }
            i += 1;
        }
        v
    }

    /// Every module `m` depends on.
    fn kanter(&self, m: &Modul) -> BTreeSet<Modul> {
        let f = &self.filer[m];
        let t = tokens(&f.kode);
        let mut stier: Vec<Vec<String>> = Vec::new();
        let mut i = 0;
        while i < t.len() {
            if t[i] == "use" {
                let fasade = i > 0 && t[i - 1] == "pub";
                i += 1;
                let mut ut = Vec::new();
                utvid(&t, &mut i, &[], &mut ut);
                for (sti, _) in ut {
                    if let Some(a) = self.absolutt(m, &sti) {
                        // A parent re-exporting its children is a facade.
                        if !(fasade && a.starts_with(m) && a.len() > m.len()) {
                            stier.push(a);
                        }
                    }
                }
                continue;
            }
            if (matches!(t[i].as_str(), "crate" | "super") || f.barn.contains(&t[i]))
                && t.get(i + 1).map(String::as_str) == Some("::")
                && (i == 0 || t[i - 1] != "::")
            {
                let mut sti = vec![t[i].clone()];
                let mut j = i + 1;
                while t.get(j).map(String::as_str) == Some("::")
                    && t.get(j + 1).is_some_and(|w| w.chars().all(er_ident))
                {
                    sti.push(t[j + 1].clone());
                    j += 2;
                }
                if let Some(a) = self.absolutt(m, &sti) {
                    stier.push(a);
                }
                i = j;
                continue;
            }
            i += 1;
        }
        stier
            .iter()
            .filter_map(|s| self.losn(s, 0))
            .filter(|d| d != m)
            .collect()
    }
}

fn navn(m: &Modul) -> String {
    if m.is_empty() {
        "lib".into()
    } else {
        m.join("::")
    }
}

/// Strongly connected components with more than one module (Tarjan).
fn sykler(kanter: &BTreeMap<Modul, BTreeSet<Modul>>) -> Vec<Vec<Modul>> {
    struct S<'a> {
        k: &'a BTreeMap<Modul, BTreeSet<Modul>>,
        idx: BTreeMap<Modul, usize>,
        low: BTreeMap<Modul, usize>,
        stack: Vec<Modul>,
        on: BTreeSet<Modul>,
        ut: Vec<Vec<Modul>>,
    }
    fn besok(s: &mut S, v: &Modul) {
        let n = s.idx.len();
        s.idx.insert(v.clone(), n);
        s.low.insert(v.clone(), n);
        s.stack.push(v.clone());
        s.on.insert(v.clone());
        for w in s.k.get(v).into_iter().flatten() {
            if !s.idx.contains_key(w) {
                besok(s, w);
                let l = s.low[v].min(s.low[w]);
                s.low.insert(v.clone(), l);
            } else if s.on.contains(w) {
                let l = s.low[v].min(s.idx[w]);
                s.low.insert(v.clone(), l);
            }
        }
        if s.low[v] == s.idx[v] {
            let mut komp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(&w);
                let ferdig = &w == v;
                komp.push(w);
                if ferdig {
                    break;
                }
            }
            if komp.len() > 1 {
                komp.sort();
                s.ut.push(komp);
            }
        }
    }
    let mut s = S {
        k: kanter,
        idx: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        ut: Vec::new(),
    };
    for v in kanter.keys() {
        if !s.idx.contains_key(v) {
            besok(&mut s, v);
        }
    }
    s.ut
}

fn graf() -> BTreeMap<Modul, BTreeSet<Modul>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let g = Graf::les(&src);
    g.filer.keys().map(|m| (m.clone(), g.kanter(m))).collect()
}

/// The graph with every module cut to its first `d` path segments (`d = 1`:
/// `data`, `output`, `guide` as wholes; `lib` stays `lib.rs` alone),
/// self-edges dropped.
fn på_nivå(k: &BTreeMap<Modul, BTreeSet<Modul>>, d: usize) -> BTreeMap<Modul, BTreeSet<Modul>> {
    let kutt = |m: &Modul| m[..m.len().min(d)].to_vec();
    let mut ut: BTreeMap<Modul, BTreeSet<Modul>> = BTreeMap::new();
    for (m, inn) in k {
        let fra = kutt(m);
        let e = ut.entry(fra.clone()).or_default();
        for d in inn {
            let til = kutt(d);
            if til != fra {
                e.insert(til);
            }
        }
    }
    ut
}

/// No loop at any level: between files, and between the folders they sit in
/// (`data` as a whole must not import `output` if `output` imports `data`).
#[test]
fn no_import_cycle_between_modules() {
    let k = graf();
    assert!(
        k.len() > 30,
        "too few modules read: {:?}",
        k.keys().map(navn).collect::<Vec<_>>()
    );
    let dypest = k.keys().map(Vec::len).max().unwrap_or(1);
    let mut melding = String::new();
    for d in 1..=dypest {
        let g = på_nivå(&k, d);
        for komp in sykler(&g) {
            melding.push_str(&format!("\ncycle (depth {d}):"));
            for m in &komp {
                let inn: Vec<String> = g[m].iter().filter(|x| komp.contains(x)).map(navn).collect();
                melding.push_str(&format!("\n  {} -> {}", navn(m), inn.join(", ")));
            }
        }
    }
    assert!(
        melding.is_empty(),
        "modules import each other in a loop:{melding}"
    );
}

/// The checker itself sees a loop where there is one.
#[test]
fn the_cycle_check_finds_a_loop() {
    let mut k: BTreeMap<Modul, BTreeSet<Modul>> = BTreeMap::new();
    let a = vec!["a".to_string()];
    let b = vec!["b".to_string()];
    let c = vec!["c".to_string()];
    k.insert(a.clone(), [b.clone()].into());
    k.insert(b.clone(), [c.clone()].into());
    k.insert(c.clone(), [a.clone()].into());
    assert_eq!(sykler(&k), vec![vec![a.clone(), b.clone(), c.clone()]]);
    k.insert(c, BTreeSet::new());
    assert!(sykler(&k).is_empty());
}

#[test]
fn use_trees_expand_to_full_paths() {
    let t = tokens("crate::data::{self, model::{Tjeneste, Arena as A}, load::*};");
    let mut i = 0;
    let mut ut = Vec::new();
    utvid(&t, &mut i, &[], &mut ut);
    let s: Vec<String> = ut
        .iter()
        .map(|(p, n)| format!("{}={n}", p.join("::")))
        .collect();
    assert_eq!(
        s,
        [
            "crate::data=data",
            "crate::data::model::Tjeneste=Tjeneste",
            "crate::data::model::Arena=A",
            "crate::data::load=*"
        ]
    );
    assert_eq!(
        rens("let s = \"crate::x\"; // crate::y\n'a' 'b"),
        "let s = \"\"; \n' ' 'b"
    );
}

/// What each part must never import (docs/ARCHITECTURE.md, «Code map»):
/// a module, and the modules it may not name (with their children). `*`:
/// nothing of ours at all.
const FORBUDT: &[(&str, &[&str])] = &[
    ("i18n", &["*"]),
    ("vis", &["*"]),
    ("par", &["*"]),
    (
        "likhet",
        &["data", "query", "output", "diag", "fil", "error"],
    ),
    ("diag", &["data", "query", "output", "error", "fil"]),
    ("fil", &["data", "output", "error"]),
    (
        "dato",
        &["data", "output", "guide", "nettside", "commands", "cli"],
    ),
    (
        "data",
        &[
            "output",
            "nettside",
            "commands",
            "cli",
            "clap_norsk",
            "config",
            "guide",
            "query",
            "forekomst",
            "vurdering",
        ],
    ),
    (
        "guide::engine",
        &[
            "output",
            "nettside",
            "commands",
            "cli",
            "guide::tui",
            "guide::plain",
        ],
    ),
    (
        "guide::oppsummering",
        &["output", "nettside", "commands", "cli", "guide::tui"],
    ),
    ("query", &["output", "nettside", "commands", "cli", "guide"]),
    (
        "output",
        &[
            "guide",
            "nettside",
            "commands",
            "cli",
            "forekomst",
            "query",
            "config",
        ],
    ),
    (
        "nettside",
        &[
            "commands",
            "cli",
            "clap_norsk",
            "config",
            "guide::tui",
            "guide::plain",
        ],
    ),
    ("commands", &["clap_norsk"]),
];

/// The engine and the data know no terminal or web; the bottom imports
/// nothing above it (checked on the file graph, children included).
#[test]
fn no_module_imports_what_it_must_never_import() {
    let k = graf();
    let under = |m: &Modul, p: &str| {
        let p: Vec<&str> = p.split("::").collect();
        m.len() >= p.len() && m.iter().zip(&p).all(|(a, b)| a == b)
    };
    let mut brudd = Vec::new();
    for (m, inn) in &k {
        for (hvem, aldri) in FORBUDT {
            if !under(m, hvem) {
                continue;
            }
            for d in inn {
                let eget = under(d, hvem);
                if !eget && aldri.iter().any(|a| *a == "*" || under(d, a)) {
                    brudd.push(format!("{} -> {}", navn(m), navn(d)));
                }
            }
        }
    }
    assert!(brudd.is_empty(), "forbidden imports:\n{}", brudd.join("\n"));
}

#[test]
#[ignore]
fn print_graph() {
    let k = graf();
    for (m, inn) in på_nivå(&k, 1) {
        println!(
            "{} -> {}",
            navn(&m),
            inn.iter().map(navn).collect::<Vec<_>>().join(", ")
        );
    }
    for (m, inn) in &k {
        if m.first().map(String::as_str) == Some("data")
            || m.first().map(String::as_str) == Some("guide")
        {
            println!(
                "  {} -> {}",
                navn(m),
                inn.iter().map(navn).collect::<Vec<_>>().join(", ")
            );
        }
    }
}
