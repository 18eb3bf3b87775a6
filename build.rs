//! Embeds `data/` in the binary: writes `embedded.rs`, a sorted table of
//! (relative path, TOML text, pre-parsed JSON, and for a guide the JSON of
//! its levels alone) that `include_str!` fills at
//! compile time. Parsing TOML was half of an embedded query; the JSON form
//! of the same document reads several times faster (`data::kompakt`). A
//! file that does not parse here gets no JSON: the loader then parses the
//! TOML and reports the problem with its line and column.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, root, out)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            let rel = path
                .strip_prefix(root)
                .map_err(std::io::Error::other)?
                .to_string_lossy()
                .replace('\\', "/");
            out.push((rel, path));
        }
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").map_err(std::io::Error::other)?)
        .join("data");
    println!("cargo:rerun-if-changed=data");
    let mut files = Vec::new();
    if root.is_dir() {
        walk(&root, &root, &mut files)?;
        // Cargo only re-runs on a changed directory mtime; name each file too.
        for (_, p) in &files {
            println!("cargo:rerun-if-changed={}", p.display());
        }
        for entry in fs::read_dir(root.join("kommuner"))? {
            println!("cargo:rerun-if-changed={}", entry?.path().display());
        }
    }
    files.sort();
    let out =
        PathBuf::from(std::env::var("OUT_DIR").map_err(std::io::Error::other)?).join("embedded.rs");
    let mut f = fs::File::create(out)?;
    let pre = PathBuf::from(std::env::var("OUT_DIR").map_err(std::io::Error::other)?).join("pre");
    writeln!(
        f,
        "pub static FILES: &[(&str, &str, Option<&str>, Option<&str>)] = &["
    )?;
    for (i, (rel, path)) in files.iter().enumerate() {
        let table = fs::read_to_string(path)
            .ok()
            .and_then(|text| toml::from_str::<toml::Table>(&text).ok());
        let json = table.as_ref().and_then(|t| serde_json::to_string(t).ok());
        // A guide's levels alone, for the queries that check a service's
        // `nivaa` against them and skip the rest of the guide.
        let nivaaer = table
            .filter(|_| {
                rel.rsplit('/')
                    .next()
                    .is_some_and(|n| n.starts_with("veileder"))
            })
            .map(|t| {
                t.into_iter()
                    .filter(|(k, _)| k == "nivaa" || k == "nivå")
                    .collect::<toml::Table>()
            })
            .and_then(|t| serde_json::to_string(&t).ok());
        let form = |json: Option<String>, navn: String| -> std::io::Result<String> {
            Ok(match json {
                Some(json) => {
                    fs::create_dir_all(&pre)?;
                    let out = pre.join(navn);
                    fs::write(&out, json)?;
                    format!("Some(include_str!({:?}))", out.display().to_string())
                }
                None => "None".to_string(),
            })
        };
        let json = form(json, format!("{i}.json"))?;
        let nivaaer = form(nivaaer, format!("{i}.nivaa.json"))?;
        writeln!(
            f,
            "    ({rel:?}, include_str!({:?}), {json}, {nivaaer}),",
            path.display().to_string()
        )?;
    }
    writeln!(f, "];")?;
    Ok(())
}
