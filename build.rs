//! Embeds `data/` in the binary: writes `embedded.rs`, a sorted table of
//! (relative path, contents) pairs that `include_str!` fills at compile time.

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
    writeln!(f, "pub static FILES: &[(&str, &str)] = &[")?;
    for (rel, path) in &files {
        writeln!(
            f,
            "    ({rel:?}, include_str!({:?})),",
            path.display().to_string()
        )?;
    }
    writeln!(f, "];")?;
    Ok(())
}
