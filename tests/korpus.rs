//! Issue #14: broken data folders as a coordinator makes them. Every problem
//! shows in one run (a bad entry never hides another), nothing passes
//! silently, and the JSON form carries file, line and column for CI.

use crate::util::{run, tree};

const K: &str = "tests/fixtures/korpus";

fn lines(out: &str) -> Vec<&str> {
    out.lines().collect()
}

/// Every problem of `mange-feil`, as `sjekk` prints it (after the fixture path).
const MANGE_FEIL: &[&str] = &[
    "arenaer.toml:5:24: feil: tjenesten «a» står to ganger i arenaen (første gang på 5:14)",
    "arenaer.toml:10:9: feil: «nivaa»: ugyldig verdi «fylke» (gyldige verdier: kommune, tjeneste, individ)",
    "arenaer.toml:16:14: feil: tjenesten «e» finnes ikke",
    "framdrift.toml:9:10: feil: kan ikke lese datouttrykket «Ukke 12» (mente du «Uke 12»?)",
    "framdrift.toml:13:9: feil: naar: kan ikke lese datouttrykket «marrs» (mente du «mars»?)",
    "fremdrift.toml: feil: ukjent fil i kommunemappa «fremdrift.toml» (mente du «framdrift.toml»?)",
    "kommune.toml:3:1: feil: «målform» og «maalform» er samme nøkkel; skriv bare én av dem",
    "kommune.toml:4:1: feil: ukjent nøkkel «telefonn» (mente du «telefon»?)",
    "tjenester.tml: feil: ukjent fil i kommunemappa «tjenester.tml» (mente du «tjenester.toml»?)",
    "tjenester.toml:5:10: feil: nivå 99 finnes ikke i veilederen (gyldige nivåer: 0, 1, 2, 3)",
    "tjenester.toml:9:8: feil: «navn»: ventet tekst, fikk heltall «3»",
    "tjenester.toml:11:1: feil: ukjent nøkkel «telefonn» (mente du «telefon»?)",
    "tjenester.toml:18:1: feil: «nivå» og «nivaa» er samme nøkkel; skriv bare én av dem",
    "tjenester.toml:23:12: advarsel: ukjent kategori «skule» (mente du «skole»?)",
    "tjenester.toml:24:10: feil: «nivaa»: tallet er for stort «99999999999999999999»",
];

#[test]
fn every_problem_of_every_entry_and_file_in_one_run() {
    let (code, out, err) = run(&["sjekk", &format!("{K}/mange-feil")]);
    assert_eq!(code, 1, "{err}");
    let got = lines(&out);
    let p = format!("{K}/mange-feil/kommuner/minby/");
    for want in MANGE_FEIL {
        assert!(
            got.iter().any(|l| l.starts_with(&format!("{p}{want}"))),
            "missing {want}\n{out}"
        );
    }
    assert_eq!(got.len(), MANGE_FEIL.len() + 1, "{out}");
    assert_eq!(
        got.last().copied(),
        Some("Sjekket: 14 feil, 1 advarsel (1 kommune)")
    );
    // A dangling reference to an entry that could not be read is not
    // reported: "b" (navn = 3) is named by the arena.
    assert!(!out.contains("«b» finnes ikke"), "{out}");
}

#[test]
fn one_municipality_folder_is_checked_as_well() {
    let (code, out, _) = run(&["sjekk", &format!("{K}/mange-feil/kommuner/minby")]);
    assert_eq!(code, 1);
    assert_eq!(lines(&out).len(), MANGE_FEIL.len() + 1, "{out}");
    assert!(out.ends_with("Sjekket: 14 feil, 1 advarsel (1 kommune)\n"));
}

#[test]
fn json_lists_every_problem_with_file_line_and_column() {
    let (code, out, _) = run(&["sjekk", &format!("{K}/mange-feil"), "--format", "json"]);
    assert_eq!(code, 1);
    let v: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(v.len(), MANGE_FEIL.len());
    for d in &v {
        let o = d.as_object().unwrap();
        let keys: Vec<&str> = o.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["fil", "linje", "kolonne", "alvor", "kode", "melding"],
            "{d}"
        );
    }
    let typ = v
        .iter()
        .find(|d| d["kode"] == "feil-type" && d["linje"] == 9)
        .unwrap();
    assert_eq!(typ["kolonne"], 8);
    assert!(
        typ["fil"]
            .as_str()
            .unwrap()
            .ends_with("minby/tjenester.toml")
    );
    assert_eq!(typ["alvor"], "feil");
    let kinds: std::collections::BTreeSet<&str> =
        v.iter().map(|d| d["kode"].as_str().unwrap()).collect();
    for k in [
        "dobbel-nokkel",
        "feil-type",
        "fil",
        "ugyldig-dato",
        "ukjent-kategori",
        "ukjent-nivaa",
        "ukjent-nokkel",
        "ukjent-referanse",
    ] {
        assert!(kinds.contains(k), "{k}: {kinds:?}");
    }
}

#[test]
fn an_unquoted_key_with_aa_stops_only_its_own_file_with_a_hint() {
    let (code, out, _) = run(&["sjekk", &format!("{K}/nokkel-med-aa")]);
    assert_eq!(code, 1);
    let p = format!("{K}/nokkel-med-aa/kommuner/minby");
    assert_eq!(
        lines(&out),
        [
            format!(
                "{p}/arenaer.toml:5:5: feil: ugyldig TOML-nøkkel «formål»: nøkler skrives uten æ, ø og å; skriv «formaal» eller «\"formål\"»"
            )
            .as_str(),
            format!(
                "{p}/tjenester.toml:5:4: feil: ugyldig TOML-nøkkel «nivå»: nøkler skrives uten æ, ø og å; skriv «nivaa» eller «\"nivå\"»"
            )
            .as_str(),
            "Sjekket: 2 feil, 0 advarsler (1 kommune)",
        ]
    );
}

#[test]
fn no_silent_pass_on_a_folder_that_is_not_data() {
    let expected = "ventet en datamappe (med kommuner/) eller en kommunemappe (med kommune.toml)";
    let empty = tempfile::tempdir().unwrap();
    let cases = [
        format!("{K}/feil-mappe"),
        format!("{K}/mange-feil/kommuner"),
        empty.path().display().to_string(),
        "Cargo.toml".to_string(),
    ];
    for dir in &cases {
        let (code, out, err) = run(&["sjekk", dir]);
        assert_eq!(code, 1, "{dir}: {out}");
        let first = out.lines().next().unwrap_or_default();
        assert!(first.starts_with(&format!("{dir}: feil: ")), "{out}");
        assert!(first.ends_with(expected), "{dir}: {out}");
        assert!(
            out.ends_with("Sjekket: 1 feil, 0 advarsler (0 kommuner)\n"),
            "{out}"
        );
        assert_eq!(err, "bti: sjekken fant 1 feil\n");
        // JSON for CI: still one array, with the folder as the file.
        let (code, out, _) = run(&["sjekk", dir, "--format", "json"]);
        assert_eq!(code, 1);
        let v: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
        assert_eq!(v.len(), 1);
        assert_eq!(v[0]["fil"], dir.as_str());
        assert_eq!(v[0]["kode"], "feil-mappe");
    }
    // `--data` pointing at the wrong folder: the same, never "0 feil".
    let (code, out, _) = run(&["--data", &cases[0], "sjekk"]);
    assert_eq!(code, 1);
    assert!(out.contains(expected), "{out}");
    // A data directory whose kommuner/ is empty.
    let t = tree(&[("kommuner/.keep", "")]);
    let (code, out, _) = run(&["sjekk", t.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("har ingen kommunemapper"), "{out}");
}

#[test]
fn nasjonal_that_is_a_file_is_an_error() {
    let (code, out, _) = run(&["sjekk", &format!("{K}/nasjonal-fil")]);
    assert_eq!(code, 1);
    assert!(
        out.starts_with(&format!(
            "{K}/nasjonal-fil/nasjonal: feil: «nasjonal» må være en mappe"
        )),
        "{out}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlinked_twin_of_a_municipality_is_an_error() {
    let t = tree(&[(
        "kommuner/minby/kommune.toml",
        "navn = \"Minby kommune\"\nmaalform = \"nb\"\n",
    )]);
    std::os::unix::fs::symlink("minby", t.path().join("kommuner/tvilling")).unwrap();
    let root = t.path().to_str().unwrap();
    let (code, out, _) = run(&["sjekk", root]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("kommuner/tvilling: feil: er en symbolsk lenke til kommunemappa «minby»"),
        "{out}"
    );
    // The queries refuse it too, rather than show Minby twice.
    let (code, _, err) = run(&["--data", root, "kommuner"]);
    assert_eq!(code, 1, "{err}");
}

#[test]
fn queries_refuse_what_sjekk_refuses() {
    // nivaa = [1, 7]: `tjenester` used to show it.
    let data = "tests/fixtures/sjekk/utenfor-nivaa";
    for cmd in ["tjenester", "kommuner", "arenaer"] {
        let (code, out, err) = run(&["--data", data, cmd]);
        assert_eq!(code, 1, "{cmd}: {out}");
        assert!(
            err.contains("nivå 7 finnes ikke i veilederen"),
            "{cmd}: {err}"
        );
    }
}

#[test]
fn format_values_a_command_does_not_write_are_usage_errors() {
    for args in [
        &["sjekk", "--format", "csv"][..],
        &["sjekk", "--format", "ics"],
        &["tjenester", "--format", "ics"],
        &["guide", "--format", "csv"],
        &["completions", "bash", "--format", "json"],
        &[
            "init",
            "x",
            "--navn",
            "X",
            "--maalform",
            "nb",
            "--format",
            "json",
            "/nonexistent-bti",
        ],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.starts_with("bti: «bti "), "{args:?}: {err}");
    }
}

#[test]
fn one_warning_is_singular() {
    let (code, out, _) = run(&["sjekk", "tests/fixtures/sjekk/ukjent-kategori"]);
    assert_eq!(code, 0);
    assert!(
        out.ends_with("Sjekket: 0 feil, 1 advarsel (1 kommune)\n"),
        "{out}"
    );
    let (_, out, _) = run(&[
        "--maalform",
        "nn",
        "sjekk",
        "tests/fixtures/sjekk/ukjent-kategori",
    ]);
    assert!(
        out.ends_with("Sjekka: 0 feil, 1 åtvaring (1 kommune)\n"),
        "{out}"
    );
}

#[test]
fn a_terminal_shows_the_source_line_with_a_marker() {
    let (code, out, _) = run(&[
        "--color",
        "always",
        "sjekk",
        "tests/fixtures/sjekk/feil-type",
    ]);
    assert_eq!(code, 1);
    let plain: String = strip_ansi(&out);
    assert!(plain.contains("5 | nivaa = \"2\""), "{plain}");
    assert!(plain.contains("  |         ^"), "{plain}");
    assert!(plain.contains("tjenester.toml:5:9"), "{plain}");
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut esc = false;
    for c in s.chars() {
        match (esc, c) {
            (false, '\u{1b}') => esc = true,
            (true, 'm') => esc = false,
            (true, _) => {}
            (false, c) => out.push(c),
        }
    }
    out
}

#[test]
fn init_fra_copies_the_embedded_municipality_with_its_own_veileder() {
    let t = tempfile::tempdir().unwrap();
    let root = t.path().to_str().unwrap();
    let (code, out, err) = run(&["init", "sogndal", "--fra", "Sogndal", root]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("veileder.toml"), "{out}");
    let dir = t.path().join("kommuner/sogndal");
    let veileder = std::fs::read_to_string(dir.join("veileder.toml")).unwrap();
    assert!(veileder.starts_with("#:schema ../../schema/veileder.schema.json\n"));
    assert!(veileder.contains("[guide]"));
    assert!(t.path().join("schema/veileder.schema.json").is_file());
    let (code, out, err) = run(&["sjekk", root]);
    assert_eq!(code, 0, "{out}{err}");
    // Same data as the embedded Sogndal.
    let a = run(&[
        "--data",
        root,
        "-k",
        "sogndal",
        "tjenester",
        "--format",
        "json",
    ]);
    let b = run(&["-k", "sogndal", "tjenester", "--format", "json"]);
    assert_eq!(a.1, b.1);
    // Never overwrite.
    std::fs::write(dir.join("veileder.toml"), "# mine endringer\n").unwrap();
    let (code, _, err) = run(&["init", "sogndal", "--fra", "sogndal", root]);
    assert_eq!(code, 1);
    assert!(err.contains("init skriver aldri over"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.join("veileder.toml")).unwrap(),
        "# mine endringer\n"
    );
    // A new municipality from a neighbour's data, under its own name.
    let (code, _, err) = run(&[
        "init",
        "minby",
        "--fra",
        "strand",
        "--navn",
        "Minby kommune",
        root,
    ]);
    assert_eq!(code, 0, "{err}");
    let k = std::fs::read_to_string(t.path().join("kommuner/minby/kommune.toml")).unwrap();
    assert!(k.contains("\nnavn = \"Minby kommune\"\n"), "{k}");
}

/// Every stem `bti init` writes, and the schema each template points at.
const INIT_FILER: &[&str] = &[
    "kommune",
    "tjenester",
    "arenaer",
    "framdrift",
    "roller",
    "veileder",
    "kilder",
    "synonymer",
];

#[test]
fn init_templates_point_at_their_schema() {
    for maalform in ["nb", "nn"] {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().to_str().unwrap();
        let (code, _, err) = run(&[
            "init",
            "minby",
            "--navn",
            "Minby",
            "--maalform",
            maalform,
            root,
        ]);
        assert_eq!(code, 0, "{err}");
        for stem in INIT_FILER {
            let text =
                std::fs::read_to_string(t.path().join(format!("kommuner/minby/{stem}.toml")))
                    .unwrap();
            let first = text.lines().next().unwrap();
            assert_eq!(first, format!("#:schema ../../schema/{stem}.schema.json"));
            let schema = t.path().join(format!("schema/{stem}.schema.json"));
            let committed = std::fs::read_to_string(format!("schema/{stem}.schema.json")).unwrap();
            assert_eq!(std::fs::read_to_string(schema).unwrap(), committed);
        }
    }
}

/// Issue #16's optional keys and file are in the templates, in both
/// målformer, and the templates stay clean in `sjekk` with the examples
/// taken into use (the `#` removed).
#[test]
fn init_templates_offer_sokeord_and_synonymer() {
    for (maalform, ord) in [("nb", "søker"), ("nn", "søkjer")] {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().to_str().unwrap();
        let (code, out, err) = run(&[
            "init",
            "minby",
            "--navn",
            "Minby",
            "--maalform",
            maalform,
            root,
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("  synonymer.toml\n"), "{out}");
        let dir = t.path().join("kommuner/minby");
        let les = |f: &str| std::fs::read_to_string(dir.join(f)).unwrap();
        for f in ["tjenester.toml", "arenaer.toml"] {
            let text = les(f);
            let linje = text
                .lines()
                .find(|l| l.starts_with("# sokeord = ["))
                .unwrap_or_default();
            assert!(linje.contains(ord), "{f} ({maalform}): {text}");
        }
        let synonymer = les("synonymer.toml");
        assert!(
            synonymer.contains("# [[synonym]]\n# ord = ["),
            "{synonymer}"
        );
        assert!(synonymer.contains(ord), "{synonymer}");
        let clean = "Sjekket: 0 feil, 0 advarsler (1 kommune)\n";
        let clean_nn = "Sjekka: 0 feil, 0 åtvaringar (1 kommune)\n";
        let rent = |(code, out, err): (i32, String, String)| {
            assert_eq!(code, 0, "{out}{err}");
            assert!(out == clean || out == clean_nn, "{out}");
        };
        rent(run(&["sjekk", root]));
        // The examples in use: every "# key = …" line of each block uncommented.
        for (f, blokk) in [
            ("synonymer.toml", "# [[synonym]]"),
            ("tjenester.toml", "# [[tjeneste]]"),
            ("arenaer.toml", "# [[arena]]"),
        ] {
            let text = les(f);
            let (head, eksempel) = text.split_once(blokk).unwrap();
            let eksempel: String = format!("{blokk}{eksempel}")
                .lines()
                .map(|l| l.strip_prefix("# ").unwrap_or(l))
                .filter(|l| !l.starts_with('#') && !l.is_empty())
                .map(|l| format!("{l}\n"))
                .collect();
            std::fs::write(dir.join(f), format!("{head}{eksempel}")).unwrap();
        }
        rent(run(&["sjekk", root]));
        // The uncommented synonym finds the service of its category.
        let (code, out, err) = run(&["--data", root, "-k", "minby", "tjenester", "helsesøster"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("Helsestasjon"), "{out}");
    }
}

/// `init --fra` copies a municipality's files, and `sjekk`, the loader and
/// the unknown-file check agree on every name it writes: clean for all five
/// shipped municipalities, each file pointing at a schema that is written.
#[test]
fn init_fra_every_municipality_is_clean_in_sjekk() {
    for kommune in ["austrheim", "inderoy", "sirdal", "sogndal", "strand"] {
        let t = tempfile::tempdir().unwrap();
        let root = t.path().to_str().unwrap();
        let (code, _, err) = run(&["init", "x", "--fra", kommune, root]);
        assert_eq!(code, 0, "{kommune}: {err}");
        let (code, out, err) = run(&["--data", root, "--i-dag", "2000-01-01", "sjekk"]);
        assert_eq!(code, 0, "{kommune}: {out}{err}");
        assert!(
            out == "Sjekket: 0 feil, 0 advarsler (1 kommune)\n"
                || out == "Sjekka: 0 feil, 0 åtvaringar (1 kommune)\n",
            "{kommune}: {out}"
        );
        let dir = t.path().join("kommuner/x");
        let mut n = 0;
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().into_string().unwrap();
            let stem = name.split('.').next().unwrap();
            assert!(INIT_FILER.contains(&stem), "{kommune}: {name}");
            let text = std::fs::read_to_string(dir.join(&name)).unwrap();
            let schema = format!("schema/{stem}.schema.json");
            assert!(
                text.starts_with(&format!("#:schema ../../{schema}\n")),
                "{kommune}/{name}"
            );
            assert!(t.path().join(&schema).is_file(), "{schema}");
            n += 1;
        }
        assert!(n >= 5, "{kommune}: {n} files");
        // The same data as the embedded municipality.
        let a = run(&["--data", root, "-k", "x", "tjenester", "--format", "json"]);
        let b = run(&["-k", kommune, "tjenester", "--format", "json"]);
        let a =
            a.1.replace("\"kommune\":\"x\"", &format!("\"kommune\":\"{kommune}\""));
        assert_eq!(a, b.1, "{kommune}");
    }
}

#[test]
fn queries_check_levels_against_the_municipalitys_own_veileder() {
    let kommune = (
        "kommuner/x/kommune.toml",
        "navn = \"X\"\nmaalform = \"nb\"\n",
    );
    let veileder = (
        "kommuner/x/veileder.toml",
        "[[nivaa]]\nnr = 0\nnavn = \"0\"\n\n[[nivaa]]\nnr = 4\nnavn = \"4\"\n",
    );
    let tj = |n: u8| {
        format!("[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\nnivaa = [{n}]\n")
    };
    let ok = tj(4);
    let t = tree(&[kommune, veileder, ("kommuner/x/tjenester.toml", &ok)]);
    let root = t.path().to_str().unwrap();
    assert_eq!(run(&["sjekk", root]).0, 0);
    assert_eq!(run(&["--data", root, "tjenester"]).0, 0);
    let bad = tj(1);
    let t = tree(&[kommune, veileder, ("kommuner/x/tjenester.toml", &bad)]);
    let root = t.path().to_str().unwrap();
    let want = "nivå 1 finnes ikke i veilederen (gyldige nivåer: 0, 4)";
    let (code, out, _) = run(&["sjekk", root]);
    assert_eq!(code, 1);
    assert!(out.contains(want), "{out}");
    let (code, _, err) = run(&["--data", root, "tjenester"]);
    assert_eq!(code, 1);
    assert!(err.contains(want), "{err}");
}

#[test]
fn a_key_given_twice_is_named() {
    let t = tree(&[
        (
            "kommuner/x/kommune.toml",
            "navn = \"X\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/x/tjenester.toml",
            "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nnavn = \"B\"\nkategori = \"ppt\"\n",
        ),
    ]);
    let (code, out, _) = run(&["sjekk", t.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("tjenester.toml:4:1: feil: nøkkelen «navn» er gitt to ganger i samme tabell"),
        "{out}"
    );
    let (_, out, _) = run(&["--maalform", "nn", "sjekk", t.path().to_str().unwrap()]);
    assert!(
        out.contains("feil: nøkkelen «navn» er gitt to gonger i same tabell"),
        "{out}"
    );
}

/// Every name the unknown-file check accepts is read by the loader in its
/// målform and checked by `sjekk` whichever målform the UI has: a
/// `kilder.nn.toml`, `synonymer.nn.toml` or `tjenester.nn.toml` never
/// passes unchecked.
#[test]
fn every_maalform_variant_is_read_and_checked() {
    let kommune = (
        "kommuner/x/kommune.toml",
        "navn = \"X\"\nmaalform = \"nb\"\n",
    );
    let tj = "[[tjeneste]]\nid = \"a\"\nnavn = \"Ungdomskontakten\"\nkategori = \"annet\"\n";
    let tj_nn_feil = format!("{tj}baz = 1\n");
    let t = tree(&[
        kommune,
        ("kommuner/x/tjenester.toml", tj),
        ("kommuner/x/tjenester.nn.toml", &tj_nn_feil),
        (
            "kommuner/x/kilder.nn.toml",
            "[[kilde]]\nid = \"k\"\ntittel = \"T\"\nfoo = 1\n",
        ),
        (
            "kommuner/x/synonymer.nn.toml",
            "[[synonym]]\nord = [\"huset\"]\nkategorier = [\"annet\"]\nbar = 1\n",
        ),
    ]);
    let root = t.path().to_str().unwrap();
    for ui in ["nb", "nn"] {
        let (code, out, _) = run(&["--maalform", ui, "sjekk", root]);
        assert_eq!(code, 1, "{out}");
        for (fil, nokkel) in [
            ("tjenester.nn.toml:5:1", "«baz»"),
            ("kilder.nn.toml:4:1", "«foo»"),
            ("synonymer.nn.toml:4:1", "«bar»"),
        ] {
            assert!(
                out.lines().any(|l| l.contains(fil) && l.contains(nokkel)),
                "{ui}: {fil}: {out}"
            );
        }
    }
    // Repaired, the nynorsk synonyms are the ones a nynorsk UI searches with.
    let t = tree(&[
        kommune,
        ("kommuner/x/tjenester.toml", tj),
        ("kommuner/x/tjenester.nn.toml", tj),
        (
            "kommuner/x/synonymer.nn.toml",
            "[[synonym]]\nord = [\"huset\"]\nkategorier = [\"annet\"]\n",
        ),
    ]);
    let root = t.path().to_str().unwrap();
    let (code, out, err) = run(&["sjekk", root]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Sjekket: 0 feil, 0 advarsler (1 kommune)\n"),
        "{err}"
    );
    let sok = |ui: &str| {
        let (_, out, err) = run(&[
            "--maalform",
            ui,
            "--data",
            root,
            "-k",
            "x",
            "tjenester",
            "huset",
            "--format",
            "json",
        ]);
        format!("{out}{err}")
    };
    assert!(sok("nn").contains("Ungdomskontakten"), "{}", sok("nn"));
    assert!(!sok("nb").contains("Ungdomskontakten"), "{}", sok("nb"));
}

/// A synonym's `kilde` is checked like every other (issue #13): a register
/// id, a link or «kontroller: …».
#[test]
fn a_synonyms_kilde_is_checked_against_the_register() {
    let t = tree(&[
        (
            "kommuner/x/kommune.toml",
            "navn = \"X\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/x/synonymer.toml",
            "[[synonym]]\nord = [\"a\"]\nbetyr = [\"b\"]\nkilde = \"003_805cc5db2f577776.txt\"\n",
        ),
    ]);
    let (code, out, _) = run(&["sjekk", t.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("synonymer.toml:4:9: advarsel: kilden nevner «003_805cc5db2f577776.txt»"),
        "{out}"
    );
}
