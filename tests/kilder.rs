//! Sources a user can look up (SPEC §1.2): every `kilde` names the sources
//! register, a URL or «kontroller: …», and users are shown the register's
//! title, never a working file name.

use crate::util::{json, run, tree};

/// A seed copy's file name ("003_805cc5db2f577776.txt") or the design note.
fn working_file(text: &str) -> Option<String> {
    if text.contains("DOMAIN.md") {
        return Some("DOMAIN.md".into());
    }
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .find(|w| {
            w.ends_with(".txt")
                && w.split_once('_')
                    .is_some_and(|(a, _)| a.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(String::from)
}

#[test]
fn no_output_names_a_working_file() {
    let mut runs: Vec<Vec<&str>> = vec![
        vec!["nivaa", "0"],
        vec!["nivaa", "3"],
        vec!["roller", "--lang"],
        vec!["--maalform", "nn", "roller", "--lang"],
    ];
    for k in ["strand", "sirdal", "austrheim", "sogndal", "inderoy"] {
        for q in [
            &["nivaa", "0"][..],
            &["nivaa", "1"],
            &["nivaa", "--format", "json"],
            &["tjenester", "--lang"],
            &["tjenester", "--format", "json"],
            &["arenaer", "--lang"],
            &["roller", "--lang"],
            &["kommuner", "--format", "json"],
        ] {
            let mut a = vec!["-k", k];
            a.extend(q);
            runs.push(a);
        }
    }
    for args in runs {
        let (code, out, err) = run(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(working_file(&out), None, "bti {}:\n{out}", args.join(" "));
    }
}

#[test]
fn every_kilde_in_the_data_is_a_register_id_a_url_or_kontroller() {
    // `bti sjekk` warns on anything else; the shipped data has no warning.
    let (code, out, _) = run(&["--i-dag", "2000-01-01", "sjekk"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "Sjekket: 0 feil, 0 advarsler (5 kommuner)\n");
    for entry in walkdir("data") {
        let text = std::fs::read_to_string(&entry).unwrap();
        for line in text.lines().filter(|l| l.starts_with("kilde")) {
            assert_eq!(working_file(line), None, "{entry}: {line}");
        }
    }
}

fn walkdir(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walkdir(p.to_str().unwrap()));
        } else {
            out.push(p.to_str().unwrap().to_string());
        }
    }
    out
}

#[test]
fn the_user_sees_the_title_and_json_keeps_the_id() {
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "helsestasjon", "--lang"]);
    assert!(
        out.contains("Sirdal kommune, Enhet for skole: BTI Sirdal – mål, organisering og implementering (godkjent av styringsgruppa 26.11.2018), Organisering"),
        "{out}"
    );
    let t = json(&[
        "-k",
        "sirdal",
        "tjenester",
        "helsestasjon",
        "--format",
        "json",
    ]);
    assert!(
        t[0]["kilde"]
            .as_str()
            .unwrap()
            .starts_with("sirdal-bti-2018, "),
        "{}",
        t[0]["kilde"]
    );
}

#[test]
fn sjekk_warns_on_a_kilde_that_cannot_be_looked_up() {
    let dir = tree(&[
        (
            "kommuner/testvik/kommune.toml",
            "navn = \"Testvik kommune\"\nmaalform = \"nb\"\nkilde = \"plan-2024, side 3\"\n",
        ),
        (
            "kommuner/testvik/kilder.toml",
            "[[kilde]]\nid = \"plan-2024\"\ntittel = \"Plan\"\nutgiver = \"Testvik kommune\"\n",
        ),
        (
            "kommuner/testvik/tjenester.toml",
            "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\nkilde = \"notat.txt, side 2\"\n\n\
             [[tjeneste]]\nid = \"b\"\nnavn = \"B\"\nkategori = \"ppt\"\nkilde = \"planen-2024\"\n\n\
             [[tjeneste]]\nid = \"c\"\nnavn = \"C\"\nkategori = \"ppt\"\nkilde = \"https://testvik.kommune.no\"\n\n\
             [[tjeneste]]\nid = \"d\"\nnavn = \"D\"\nkategori = \"ppt\"\nkilde = \"kontroller: står i planen?\"\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, out, _) = run(&["sjekk", d]);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert!(lines[0].ends_with("tjenester.toml:5:9: advarsel: kilden «notat.txt, side 2» er verken en id i kilder.toml, en lenke eller «kontroller: …»"), "{out}");
    assert!(lines[1].ends_with("tjenester.toml:11:9: advarsel: «planen-2024» finnes ikke i kilderegisteret (kilder.toml)"), "{out}");
    assert_eq!(lines[2], "Sjekket: 0 feil, 2 advarsler (1 kommune)");
}

#[test]
fn an_unconfirmed_paragraph_is_never_shown() {
    let out = crate::util::bti()
        .args(["guide", "--plain"])
        .write_stdin("2\n2\n")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // Issue 21: the law's name and its Lovdata link, no number, no note
    // for the maintainer; a confirmed paragraph is shown as it is.
    assert!(
        text.contains("andre kommunale tjenester: Barnevernsloven (2021), https://lovdata.no/lov/2021-06-18-97"),
        "{text}"
    );
    assert!(
        !text.contains("13-2") && !text.contains("kontroller"),
        "{text}"
    );
    assert!(
        text.contains("helsepersonell: Helsepersonelloven § 33"),
        "{text}"
    );
}
