//! Search finds what people type (SPEC §3, issue 16): real queries against
//! the embedded data, each with the entry it must show first. Inflected and
//! nynorsk forms, the other names of a service, typos; the ranking; and what
//! is said when nothing is found.

use crate::util::{json, run};

/// (municipality, command, search words, the id shown first)
const QUERIES: &[(&str, &str, &str, &str)] = &[
    // Definite and plural forms (stemming), bokmål and nynorsk.
    ("sirdal", "tjenester", "barnevernet", "lister-barnevern"),
    ("sirdal", "tjenester", "helsestasjonen", "helsestasjon"),
    ("sirdal", "tjenester", "skolen", "sinnes-skule"),
    ("sirdal", "tjenester", "barnehagene", "tonstad-barnehage"),
    ("sirdal", "tjenester", "legane", "legene"),
    ("sogndal", "tjenester", "helsestasjonane", "helsestasjon"),
    ("sogndal", "tjenester", "barnehagen", "barnehage"),
    ("sogndal", "tjenester", "skulen", "skule"),
    ("sogndal", "tjenester", "skolen", "skule"),
    ("sogndal", "tjenester", "barnevernet", "barnevern"),
    ("inderoy", "tjenester", "barnevernet", "barnevernstjenesten"),
    ("inderoy", "tjenester", "helsestasjon", "helsestasjonen"),
    (
        "inderoy",
        "tjenester",
        "ungdomsskolen",
        "inderoy-ungdomsskole",
    ),
    ("strand", "tjenester", "barnevernet", "barneverntjenesten"),
    ("strand", "tjenester", "barnehagen", "styrka-barnehage"),
    // Prefixes and names as written.
    ("sirdal", "tjenester", "hels", "helsestasjon"),
    ("sirdal", "tjenester", "pp", "ppt-lister"),
    (
        "sirdal",
        "tjenester",
        "barnevern lister",
        "lister-barnevern",
    ),
    ("sirdal", "tjenester", "øvre", "ovre-sirdal-barnehage"),
    ("sogndal", "tjenester", "skule", "skule"),
    // All municipalities: the word as typed wins over its synonym ("skole").
    ("", "tjenester", "skule", "sinnes-skule"),
    ("inderoy", "tjenester", "skole", "sakshaug-skole"),
    ("strand", "tjenester", "slt", "slt-oppvekstkoordinator"),
    // The other names people use (the synonym table).
    ("sirdal", "tjenester", "helsesøster", "helsestasjon"),
    ("sirdal", "tjenester", "helsesykepleier", "helsestasjon"),
    ("sogndal", "tjenester", "helsesøster", "helsestasjon"),
    ("sogndal", "tjenester", "helsesjukepleiar", "helsestasjon"),
    ("sirdal", "tjenester", "pp-tjenesten", "ppt-lister"),
    ("sirdal", "tjenester", "PP-kontoret", "ppt-lister"),
    ("sogndal", "tjenester", "pp-tenesta", "ppt"),
    ("inderoy", "tjenester", "pp-tjenesten", "ppt"),
    ("strand", "tjenester", "PP-tjenesten", "ppt"),
    ("sirdal", "tjenester", "bup", "abup-sshf"),
    ("sirdal", "tjenester", "NAV-kontoret", "nav-sirdal"),
    ("strand", "tjenester", "nav-kontoret", "nav-strand"),
    (
        "sirdal",
        "tjenester",
        "barnevernstenesta",
        "lister-barnevern",
    ),
    ("austrheim", "tjenester", "barnevernstenesta", "barnevern"),
    ("sogndal", "tjenester", "barnevernstjenesten", "barnevern"),
    ("sirdal", "tjenester", "fastlegen", "legene"),
    (
        "sirdal",
        "tjenester",
        "vaksenopplæringa",
        "voksenopplaeringen",
    ),
    (
        "sirdal",
        "tjenester",
        "flyktningtenesta",
        "flyktningtjenesten",
    ),
    (
        "sogndal",
        "tjenester",
        "flyktningtjenesten",
        "flyktningtenesta",
    ),
    (
        "inderoy",
        "tjenester",
        "flyktningtjenesten",
        "innvandrertjenesten",
    ),
    (
        "sogndal",
        "tjenester",
        "koordinerende enhet",
        "koordinerande-eining",
    ),
    ("sogndal", "tjenester", "skulefritidsordninga", "sfo"),
    ("inderoy", "tjenester", "familiens hus", "familiesenter"),
    ("strand", "tjenester", "familiesenteret", "familiens-hus"),
    ("inderoy", "tjenester", "psykologen", "kommunepsykolog"),
    // Typos.
    ("sirdal", "tjenester", "helsestajson", "helsestasjon"),
    ("sirdal", "tjenester", "barnehgae", "tonstad-barnehage"),
    ("strand", "tjenester", "barnevrn", "barneverntjenesten"),
    (
        "sogndal",
        "tjenester",
        "flyktnigtenesta",
        "flyktningtenesta",
    ),
    // Arenas and roles.
    ("sirdal", "arenaer", "styringsgruppa", "styringsgruppen"),
    ("strand", "arenaer", "styringsgruppen", "styringsgruppa"),
    ("sogndal", "arenaer", "samarbeidsmøtet", "samarbeidsmote"),
    ("sogndal", "arenaer", "ansvarsgruppa", "ansvarsgruppemote"),
    ("inderoy", "arenaer", "prosjektgruppa", "prosjektgruppe"),
    ("", "roller", "stafetthaldar", "stafettholder"),
    ("", "roller", "stafettholderen", "stafettholder"),
    ("", "roller", "koordinatoren", "koordinator"),
    ("", "roller", "barnekoordinatorar", "barnekoordinator"),
];

#[test]
fn real_queries_find_the_right_entry_first() {
    let mut wrong = Vec::new();
    for (kommune, cmd, words, want) in QUERIES {
        let mut args = Vec::new();
        if !kommune.is_empty() {
            args.extend(["-k", kommune]);
        }
        args.push(cmd);
        args.extend(words.split(' '));
        args.extend(["--format", "json"]);
        let hits = json(&args);
        let first = hits.first().and_then(|h| h["id"].as_str()).unwrap_or("—");
        if first != *want {
            wrong.push(format!("{kommune} {cmd} {words}: {first}, not {want}"));
        }
    }
    assert!(QUERIES.len() >= 40);
    assert!(
        wrong.is_empty(),
        "{} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn pp_finds_ppt_and_not_every_word_with_pp_inside() {
    for kommune in ["sirdal", "sogndal", "inderoy", "strand"] {
        let hits = json(&["-k", kommune, "tjenester", "pp", "--format", "json"]);
        assert_eq!(hits[0]["kategori"], "ppt", "{kommune}");
        // Every other hit names PPT in its text (a word that begins with "pp").
        for h in &hits[1..] {
            let text = format!("{} {}", h["navn"], h["beskrivelse"]).to_lowercase();
            assert!(
                text.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with("pp")),
                "{kommune}: {h}"
            );
        }
    }
    // Before, "pp" matched any text with "pp" inside (oppfølging, gruppe, …).
    let all = json(&["tjenester", "pp", "--format", "json"]);
    assert!(all.len() <= 6, "{}", all.len());
}

#[test]
fn name_hits_come_before_description_hits() {
    // Sogndal: "skule" is in the name of Skule and in the descriptions of
    // several others; the name comes first, then the rest in data order.
    let hits = json(&["-k", "sogndal", "tjenester", "skule", "--format", "json"]);
    assert!(hits.len() > 1, "{hits:?}");
    assert_eq!(hits[0]["id"], "skule");
    let ids: Vec<&str> = hits.iter().filter_map(|h| h["id"].as_str()).collect();
    let mut rest = ids[1..].to_vec();
    let order = |id: &&str| {
        [
            "helsestasjon",
            "barnehage",
            "sfo",
            "flyktningtenesta",
            "ppt",
            "barnevern",
            "bup",
        ]
        .iter()
        .position(|x| x == id)
    };
    rest.sort_by_key(order);
    assert_eq!(rest, ids[1..], "same rank keeps the data order");
}

#[test]
fn json_keeps_its_shape_in_ranked_order() {
    let all = json(&["-k", "sogndal", "tjenester", "--format", "json"]);
    let hits = json(&["-k", "sogndal", "tjenester", "skule", "--format", "json"]);
    for h in &hits {
        assert!(all.contains(h), "{h}");
        assert_eq!(
            h.as_object().unwrap().len(),
            all[0].as_object().unwrap().len()
        );
    }
}

#[test]
fn no_hit_says_so_and_suggests_names() {
    let (code, out, _) = run(&["-k", "sirdal", "tjenester", "helsestasjon", "lister"]);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Ingen tjenester passer søket.\nMente du «"),
        "{out}"
    );
    let (_, out, _) = run(&["-k", "sogndal", "tjenester", "barnevern", "sirdal"]);
    assert!(
        out.starts_with("Ingen tenester passar søket.\nMeinte du «Barnevernstenesta»"),
        "{out}"
    );
    // Nothing near: no empty suggestion.
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "xqzw"]);
    assert!(out.starts_with("Ingen tjenester passer søket.\n«"), "{out}");
}

#[test]
fn a_typo_is_corrected_and_said() {
    let (_, out, _) = run(&["-k", "sirdal", "tjenester", "helsestajson"]);
    assert!(out.contains("Helsestasjon"), "{out}");
    assert!(
        out.ends_with("Ingen treff på «helsestajson»; viser treff på «helsestasjon».\n"),
        "{out}"
    );
}

#[test]
fn unknown_category_never_suggests_nothing() {
    let (code, _, err) = run(&["tjenester", "--kategori", "x"]);
    assert_eq!(code, 1);
    assert!(
        !err.contains("mente du: \n") && !err.contains("mente du:\n"),
        "{err}"
    );
    assert!(
        !err.lines().any(|l| l.trim_end().ends_with("mente du:")),
        "{err}"
    );
    let (_, _, err) = run(&["tjenester", "--kategori", "barnvern"]);
    assert!(err.contains("mente du: barnevern"), "{err}");
    // The synonym table knows what a category is also called.
    let (_, _, err) = run(&["tjenester", "--kategori", "helsesøster"]);
    assert!(
        err.contains("mente du: helsestasjon, skolehelsetjeneste"),
        "{err}"
    );
}

#[test]
fn sokeord_and_a_municipal_synonym_table_are_searched() {
    let dir = crate::util::tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"a\"\nnavn = \"Oppvekstkontoret\"\nkategori = \"annet\"\n\
             beskrivelse = \"Tar imot alle\"\n\n\
             [[tjeneste]]\nid = \"b\"\nnavn = \"Familieteamet\"\nkategori = \"annet\"\n\
             sokeord = [\"Huset\"]\n",
        ),
        (
            "kommuner/testby/synonymer.toml",
            "[[synonym]]\nord = [\"mottaket\"]\nbetyr = [\"oppvekstkontoret\"]\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let hits = json(&["--data", d, "tjenester", "huset", "--format", "json"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["id"], "b");
    assert_eq!(hits[0]["sokeord"], serde_json::json!(["Huset"]));
    let hits = json(&["--data", d, "tjenester", "mottaket", "--format", "json"]);
    assert_eq!(hits[0]["id"], "a");
}

#[test]
fn a_bad_synonym_table_is_reported_with_position() {
    let dir = crate::util::tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/testby/synonymer.toml",
            "[[synonym]]\nord = [\"x\"]\nbetyr = [\"y\"]\nfeil = 1\n\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, _, err) = run(&["--data", d, "tjenester", "x"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("synonymer.toml:4:1"), "{err}");
    // Without search words it is not read.
    let (code, _, _) = run(&["--data", d, "tjenester"]);
    assert_eq!(code, 0);
    // `sjekk` reads it.
    let (code, out, err) = run(&["sjekk", d]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("synonymer.toml:4:1"),
        "{out}{err}"
    );
    let dir = crate::util::tree(&[
        (
            "kommuner/testby/kommune.toml",
            "navn = \"Testby kommune\"\nmaalform = \"nn\"\n",
        ),
        (
            "kommuner/testby/synonymer.toml",
            "[[synonym]]\nord = [\"x\"]\n\n[[synonym]]\nord = [\"-\"]\nkategorier = [\"barnvern\"]\n",
        ),
    ]);
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = run(&["sjekk", d]);
    let all = format!("{out}{err}");
    assert_eq!(code, 1, "{all}");
    assert!(all.contains("synonymer.toml:2:8"), "{all}");
    assert!(all.contains("fører ingen steder"), "{all}");
    assert!(all.contains("synonymer.toml:5:8"), "{all}");
    assert!(all.contains("ordet er tomt"), "{all}");
    assert!(all.contains("synonymer.toml:6:15"), "{all}");
    assert!(all.contains("«barnevern»"), "{all}");
}
