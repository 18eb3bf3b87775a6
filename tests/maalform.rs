//! Both målformer: the loader picks `<stem>.<målform>.toml` when it exists,
//! `bti sjekk` compares the two forms, and nothing bokmål-only reaches a
//! nynorsk user.

use crate::util::{json, run, tree};

const KOMMUNE: &str =
    "navn = \"Testvik kommune\"\nmaalform = \"nb\"\nkilde = \"https://example.org\"\n";
const NB: &str = "[[tjeneste]]\nid = \"hs\"\nnavn = \"Helsestasjon\"\nkategori = \"helsestasjon\"\nbeskrivelse = \"For alle barn og foreldre\"\nkilde = \"https://example.org\"\n";
const NN: &str = "[[tjeneste]]\nid = \"hs\"\nnavn = \"Helsestasjon\"\nkategori = \"helsestasjon\"\nbeskrivelse = \"For alle born og foreldre\"\nkilde = \"https://example.org\"\n";

#[test]
fn the_loader_picks_the_file_in_the_chosen_maalform() {
    let dir = tree(&[
        ("kommuner/testvik/kommune.toml", KOMMUNE),
        ("kommuner/testvik/tjenester.toml", NB),
        ("kommuner/testvik/tjenester.nn.toml", NN),
    ]);
    let d = dir.path().to_str().unwrap();
    let nb = json(&[
        "--data",
        d,
        "-k",
        "testvik",
        "tjenester",
        "--format",
        "json",
    ]);
    assert_eq!(nb[0]["beskrivelse"], "For alle barn og foreldre");
    let nn = json(&[
        "--data",
        d,
        "-k",
        "testvik",
        "--maalform",
        "nn",
        "tjenester",
        "--format",
        "json",
    ]);
    assert_eq!(nn[0]["beskrivelse"], "For alle born og foreldre");
    let (code, out, _) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn a_nynorsk_municipality_can_carry_bokmaal_too() {
    let kommune = KOMMUNE.replace("\"nb\"", "\"nn\"");
    let kommune_nb = KOMMUNE.replace("Testvik kommune", "Testvik kommune (bokmål)");
    let dir = tree(&[
        ("kommuner/testvik/kommune.toml", &kommune),
        (
            "kommuner/testvik/kommune.nb.toml",
            &kommune_nb.replace("\"nb\"", "\"nn\""),
        ),
        ("kommuner/testvik/tjenester.toml", NN),
        ("kommuner/testvik/tjenester.nb.toml", NB),
    ]);
    let d = dir.path().to_str().unwrap();
    let nn = json(&[
        "--data",
        d,
        "-k",
        "testvik",
        "tjenester",
        "--format",
        "json",
    ]);
    assert_eq!(nn[0]["beskrivelse"], "For alle born og foreldre");
    let nb = json(&[
        "--data",
        d,
        "-k",
        "testvik",
        "--maalform",
        "nb",
        "tjenester",
        "--format",
        "json",
    ]);
    assert_eq!(nb[0]["beskrivelse"], "For alle barn og foreldre");
    let k = json(&[
        "--data",
        d,
        "--maalform",
        "nb",
        "-k",
        "testvik",
        "kommuner",
        "--format",
        "json",
    ]);
    assert_eq!(k[0]["navn"], "Testvik kommune (bokmål)");
}

#[test]
fn sjekk_reports_what_differs_between_the_maalformer() {
    let nn = NN
        .replace("id = \"hs\"", "id = \"helsestasjon\"")
        .replace("beskrivelse = \"For alle born og foreldre\"\n", "");
    let dir = tree(&[
        ("kommuner/testvik/kommune.toml", KOMMUNE),
        ("kommuner/testvik/tjenester.toml", NB),
        ("kommuner/testvik/tjenester.nn.toml", &nn),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, out, _) = run(&["--data", d, "sjekk"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("tjenester.nn.toml:2:6: feil: «tjeneste[hs].id» skal være lik i begge målformene («helsestasjon» her, «hs» i"),
        "{out}"
    );
    assert!(
        out.contains("tjenester.toml:5:1: feil: «tjeneste[hs].beskrivelse» finnes her, men mangler i den andre målformen"),
        "{out}"
    );
}

#[test]
fn national_data_exists_in_both_maalformer() {
    for stem in ["veileder", "roller", "lovverk", "nodnummer"] {
        assert!(
            std::path::Path::new(&format!("data/nasjonal/{stem}.nn.toml")).is_file(),
            "{stem}.nn.toml"
        );
    }
    let nb = json(&["roller", "--format", "json"]);
    let nn = json(&["--maalform", "nn", "roller", "--format", "json"]);
    assert_eq!(nb[0]["navn"], "Stafettholder");
    assert_eq!(nn[0]["navn"], "Stafetthaldar");
    assert_eq!(nb.len(), nn.len());
}

/// Words that exist in bokmål but not in nynorsk. Matched as whole words
/// (letters including æøå), so nynorsk words that contain them ("ikkje",
/// "frå", "veker", "kven") are no hits.
const BOKMAAL: &[&str] = &[
    "ikke",
    "jeg",
    "hva",
    "hvem",
    "hvordan",
    "hvorfor",
    "hvis",
    "hvilken",
    "hvilke",
    "noen",
    "dager",
    "uker",
    "uke",
    "fra",
    "måneder",
    "mangler",
    "finnes",
    "navn",
    "egen",
    "eget",
    "bare",
    "sammen",
    "samme",
    "gjør",
    "sier",
    "hjemme",
    "tjenester",
    "tjenesten",
    "kommuner",
    "kilde",
    "videre",
    "foresatte",
    "bekymret",
    "ukjent",
    "mente",
    "frister",
    "ansvarlig",
    "mellomrom",
    "avbrutt",
    "søndag",
    "lørdag",
];

/// The subcommands (one name for both målformer).
const COMMANDS: &[&str] = &["kommuner", "tjenester"];

/// The bokmål-only words in `text`, with the line they stand in.
fn bokmaal_i(text: &str) -> Vec<String> {
    let mut hits = Vec::new();
    for line in text.lines() {
        // A command name at the head of the command list is a name, not text.
        let words = match line.strip_prefix("  ").and_then(|l| l.split_once("  ")) {
            Some((cmd, rest)) if COMMANDS.contains(&cmd) => rest,
            _ => line,
        };
        // File and folder names ("kommuner/", "tjenester.toml") are names, not text.
        let words: Vec<&str> = words
            .split_whitespace()
            .filter(|t| !t.contains('/') && !t.contains(".toml"))
            .collect();
        let words = words.join(" ");
        for w in words.split(|c: char| !c.is_alphabetic()) {
            let w = w.to_lowercase();
            if BOKMAAL.contains(&w.as_str()) {
                hits.push(format!("«{w}» i: {line}"));
            }
        }
    }
    hits
}

/// Every string value of a JSON value (keys are data keys, not text).
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// Run the guide with `answers` and return its stdout.
fn walk(args: &[&str], answers: &[usize]) -> String {
    let input: String = answers.iter().map(|a| format!("{a}\n")).collect();
    let out = crate::util::bti()
        .args(["--i-dag", "2026-01-12"])
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every path that reaches a new node or an outcome of the graph, breadth first.
fn every_outcome(args: &[&str]) -> (Vec<Vec<usize>>, Vec<String>) {
    let mut json_args = args.to_vec();
    json_args.extend(["guide", "--plain", "--format", "json"]);
    let mut seen = std::collections::HashSet::new();
    let mut queue = std::collections::VecDeque::from([Vec::new()]);
    let mut utfall = Vec::new();
    let mut texts = Vec::new();
    while let Some(path) = queue.pop_front() {
        let out = walk(&json_args, &path);
        let Some(last) = out.lines().last() else {
            continue;
        };
        let v: serde_json::Value = serde_json::from_str(last).unwrap();
        strings(&v, &mut texts);
        if v["type"] == "utfall" {
            utfall.push(path);
            continue;
        }
        if seen.insert(v["id"].as_str().unwrap().to_string()) {
            for nr in 1..=v["valg"].as_array().unwrap().len() {
                let mut p = path.clone();
                p.push(nr);
                queue.push_back(p);
            }
        }
    }
    (utfall, texts)
}

#[test]
fn a_nynorsk_walk_prints_no_bokmaal() {
    for args in [
        vec!["--maalform", "nn"],
        vec!["-k", "austrheim"],
        vec!["-k", "sogndal"],
    ] {
        let (utfall, texts) = every_outcome(&args);
        assert!(utfall.len() >= 6, "{args:?}: {} outcomes", utfall.len());
        let mut hits: Vec<String> = texts.iter().flat_map(|t| bokmaal_i(t)).collect();
        // The same walks as text, summary included.
        let mut plain = args.clone();
        plain.extend(["guide", "--plain"]);
        for path in &utfall {
            hits.extend(bokmaal_i(&walk(&plain, path)));
        }
        hits.sort();
        hits.dedup();
        assert!(hits.is_empty(), "{args:?}:\n{}", hits.join("\n"));
    }
}

#[test]
fn nynorsk_queries_print_no_bokmaal() {
    let queries: &[&[&str]] = &[
        &["kommuner"],
        &["nivaa"],
        &["nivaa", "0"],
        &["nivaa", "3"],
        &["roller"],
        &["roller", "--lang"],
        &["tjenester"],
        &["tjenester", "--lang"],
        &["tjenester", "helse"],
        &["tjenester", "finst-ikkje-xyz"],
        &["arenaer"],
        &["arenaer", "--lang"],
        &["frist"],
        &["frist", "--alle"],
        &["frist", "--dager", "3"],
        &["sjekk"],
        &[],
    ];
    let mut hits = Vec::new();
    for kommune in [None, Some("austrheim"), Some("sogndal")] {
        for q in queries {
            let mut args = vec!["--maalform", "nn", "--i-dag", "2023-06-01"];
            if let Some(k) = kommune {
                args.extend(["-k", k]);
            }
            // Without -k, only what is national or the interface itself.
            if kommune.is_none() && matches!(q.first(), Some(&"tjenester" | &"arenaer" | &"frist"))
            {
                continue;
            }
            args.extend(q.iter());
            let (_, mut out, err) = run(&args);
            if q.first() == Some(&"frist") {
                // Plan cells are transcribed verbatim (SPEC §1.6): Austrheim's plan
                // quotes the grant letter, which is in bokmål.
                let mut j = args.clone();
                j.extend(["--format", "json"]);
                for row in json(&j) {
                    for key in ["hva", "hvem", "ansvar", "frist_tekst", "naar"] {
                        if let Some(v) = row[key].as_str() {
                            out = out.replace(v, "");
                        }
                    }
                }
            }
            for h in bokmaal_i(&out).into_iter().chain(bokmaal_i(&err)) {
                hits.push(format!("bti {}: {h}", args.join(" ")));
            }
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
}

#[test]
fn dates_and_the_calendar_are_nynorsk() {
    let (_, out, _) = run(&[
        "--maalform",
        "nn",
        "-k",
        "austrheim",
        "--i-dag",
        "2023-05-01",
        "frist",
    ]);
    assert!(out.contains("frå mån. 1. mai 2023"), "{out}");
    let (_, ics, _) = run(&["-k", "austrheim", "frist", "--alle", "--format", "ics"]);
    assert!(
        ics.contains("X-WR-CALNAME:BTI-fristar – Austrheim kommune"),
        "{ics}"
    );
    let (_, ics, _) = run(&["-k", "sirdal", "frist", "--alle", "--format", "ics"]);
    assert!(
        ics.contains("X-WR-CALNAME:BTI-frister – Sirdal kommune"),
        "{ics}"
    );
}

#[test]
fn tables_say_namn_and_fraa_in_nynorsk() {
    let (_, out, _) = run(&["--maalform", "nn", "roller"]);
    let head = out.lines().find(|l| l.contains("Skildring")).unwrap();
    assert!(head.contains("Namn") && head.contains("Frå"), "{head}");
    let (_, out, _) = run(&["roller"]);
    let head = out.lines().find(|l| l.contains("Beskrivelse")).unwrap();
    assert!(head.contains("Navn") && head.contains("Fra"), "{head}");
}

#[test]
fn nynorsk_help_has_no_bokmaal() {
    let subs = [
        "",
        "guide",
        "kommuner",
        "sjekk",
        "frist",
        "tjenester",
        "arenaer",
        "roller",
        "nivaa",
        "init",
        "completions",
    ];
    let mut hits = Vec::new();
    for (how, pre) in [
        ("--maalform nn", vec!["--maalform", "nn"]),
        ("-k sogndal", vec!["-k", "sogndal"]),
    ] {
        for sub in subs {
            let mut args = pre.clone();
            if !sub.is_empty() {
                args.push(sub);
            }
            args.push("--help");
            let (code, out, _) = run(&args);
            assert_eq!(code, 0, "{args:?}");
            // Example command lines and flag names are the same in both forms.
            let text: String = out
                .lines()
                .filter(|l| {
                    let l = l.trim_start();
                    !l.starts_with("bti ") && !l.starts_with("printf ") && !l.starts_with("Bruk:")
                })
                .map(|l| {
                    let l = l.split(" [alias").next().unwrap_or(l);
                    l.split(' ')
                        .filter(|w| !w.starts_with('-'))
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join("\n");
            for h in bokmaal_i(&text) {
                hits.push(format!("bti {how} {sub} --help: {h}"));
            }
            if sub.is_empty() {
                assert!(out.contains("Kommandoar:") && out.contains("Val:"), "{out}");
            }
        }
    }
    assert!(hits.is_empty(), "{}", hits.join("\n"));
    // Bokmål help is unchanged.
    let (_, out, _) = run(&["frist", "--help"]);
    assert!(
        out.contains("Fra og med dato (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)"),
        "{out}"
    );
}
