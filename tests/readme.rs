//! The README's own examples, run as a new user would copy them: every
//! `bti …` line of its query examples exits 0 with output, and the guide
//! example reaches the outcome the README implies.

use crate::util::bti;

/// The `bti …` command lines of the ```sh blocks between two headings,
/// comments, redirections and pipes cut off, continuation lines joined.
fn kommandoer(fra: &str, til: &str) -> Vec<Vec<String>> {
    let readme = include_str!("../README.md");
    let start = readme.find(fra).unwrap();
    let slutt = start + readme[start..].find(til).unwrap();
    let mut ut = Vec::new();
    let mut i_blokk = false;
    for linje in readme[start..slutt].lines() {
        if linje.starts_with("```") {
            i_blokk = linje == "```sh";
            continue;
        }
        let Some(rest) = linje.strip_prefix("bti ").filter(|_| i_blokk) else {
            continue;
        };
        let rest = rest.split(" #").next().unwrap();
        let rest = rest.split(['|', '>']).next().unwrap();
        let rest = rest.trim().trim_end_matches('\\').trim();
        ut.push(rest.split_whitespace().map(str::to_string).collect());
    }
    ut
}

#[test]
fn the_readme_examples_run() {
    let mut alle = kommandoer("## Eksempler", "## Kommunens egne data");
    // `bti sjekk ./min-kommune-data` needs the user's own folder.
    alle.retain(|a| !a.iter().any(|x| x.starts_with("./")));
    assert!(alle.len() >= 12, "{alle:?}");
    for args in alle {
        let out = bti().args(&args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "bti {}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty(), "bti {}: no output", args.join(" "));
        if args.windows(2).any(|w| w == ["--format", "json"]) {
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert!(
                v.as_array().is_some_and(|a| !a.is_empty()),
                "bti {}",
                args.join(" ")
            );
        }
    }
}

#[test]
fn the_readme_guide_example_reaches_level_1() {
    let readme = include_str!("../README.md");
    let eksempel = "`printf '4\\n1\\n1\\n4\\n1\\n1\\n2\\n' | bti -k sirdal guide --plain`";
    assert!(
        readme.contains(eksempel),
        "the README's guide example changed"
    );
    let out = bti()
        .args(["-k", "sirdal", "guide", "--plain"])
        .write_stdin("4\n1\n1\n4\n1\n1\n2\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("Oppsummering: Gå videre til nivå 1 – innsats i egen tjeneste"),
        "{s}"
    );
}

/// The README lists the criteria of `bti vurdering` with their rules, word
/// for word as the man page (both from `bti::vurdering::hjelp`).
#[test]
fn the_readme_lists_the_criteria_and_their_rules() {
    let readme = include_str!("../README.md");
    let liste = bti::vurdering::hjelp(bti::i18n::Maalform::Nb);
    assert!(
        readme.contains(&format!("```text\n{liste}```")),
        "README.md: the section «Kommunens modell mot Bufdirs kriterier» must hold, in a ```text block:\n{liste}"
    );
}
