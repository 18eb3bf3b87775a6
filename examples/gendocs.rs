//! Writes the generated man pages to `man/` and completions to `completions/`:
//! `cargo run --example gendocs`.

use std::fs;

fn main() -> std::io::Result<()> {
    fs::create_dir_all("man")?;
    for (name, bytes) in bti::docs::man_pages()? {
        fs::write(format!("man/{name}"), bytes)?;
    }
    fs::create_dir_all("completions")?;
    for (name, bytes) in bti::docs::completion_files() {
        fs::write(format!("completions/{name}"), bytes)?;
    }
    println!("man/ og completions/ er oppdatert");
    Ok(())
}
