//! Hostile data, round 3 (issue 23): contact points checked as such, bounded
//! search and synonym expansion, capped diagnostics, the config file's
//! rules, odd entries in `kommuner/`, and commands whose output fails.

use crate::util::{run, tree};

fn sjekk_json(dir: &std::path::Path) -> (i32, Vec<serde_json::Value>) {
    let (code, out, err) = run(&["sjekk", dir.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    (code, v.as_array().unwrap().clone())
}

const KOMMUNE: &str = "navn = \"Testby kommune\"\nmaalform = \"nb\"\n";

#[test]
fn phone_numbers_and_email_addresses_are_checked_and_never_linked_when_bad() {
    let dir = tree(&[
        ("kommuner/testby/kommune.toml", KOMMUNE),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\n\
             epost = \"a@b.no?bcc=x@y.no&body=hei\"\ntelefon = \"1-800-EVIL-123\"\n\
             [[tjeneste]]\nid = \"b\"\nnavn = \"B\"\nkategori = \"ppt\"\nepost = \"@\"\n",
        ),
    ]);
    let (code, diags) = sjekk_json(dir.path());
    assert_eq!(code, 1);
    let koder: Vec<(&str, u64)> = diags
        .iter()
        .map(|d| (d["kode"].as_str().unwrap(), d["linje"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        koder,
        [
            ("ugyldig-epost", 5),
            ("ugyldig-telefon", 6),
            ("ugyldig-epost", 11)
        ],
        "{diags:?}"
    );
    // The site is not built from such data: no `mailto:` with extras, no `tel:` to another number.
    let ut = dir.path().join("ut");
    let (code, _, err) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "nettside",
        ut.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(!ut.exists());
}

/// A data folder whose municipality has `n` synonyms for «hels», each
/// meaning another word.
fn synonymer(n: usize) -> tempfile::TempDir {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "[[synonym]]\nord = [\"hels\"]\nbetyr = [\"ord{i}\"]\n"
        ));
    }
    tree(&[
        ("kommuner/testby/kommune.toml", KOMMUNE),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"hs\"\nnavn = \"Helsestasjon\"\nkategori = \"helsestasjon\"\n",
        ),
        ("kommuner/testby/synonymer.toml", &s),
    ])
}

/// Run under a memory limit where `prlimit` exists (else plainly).
fn begrenset(mb: u64, args: &[&str]) -> (i32, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("bti");
    let mut c = if std::process::Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok()
    {
        let mut c = std::process::Command::new("prlimit");
        c.arg(format!("--as={}", mb * 1024 * 1024)).arg(bin);
        c
    } else {
        eprintln!("prlimit not found: running without a memory limit");
        std::process::Command::new(bin)
    };
    let out = c
        .args(args)
        .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
        .env_remove("BTI_DATA")
        .env_remove("BTI_KOMMUNE")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn synonym_expansion_is_capped_and_says_so() {
    let dir = synonymer(5000);
    let d = dir.path().to_str().unwrap();
    let mut args = vec!["--data", d, "-k", "testby", "tjenester"];
    args.extend(std::iter::repeat_n("hels", 50));
    let (code, out, err) = begrenset(1024, &args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Helsestasjon"), "{out}");
    assert!(
        out.contains("Synonymtabellen ga for mange alternativer; bare de 256 første er brukt."),
        "{out}"
    );
    // Below the cap: no note.
    let dir = synonymer(10);
    let (code, out, _) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "-k",
        "testby",
        "tjenester",
        "hels",
    ]);
    assert_eq!(code, 0);
    assert!(!out.contains("Synonymtabellen"), "{out}");
}

#[test]
fn a_search_of_too_many_distinct_words_is_refused() {
    let ord: Vec<String> = (0..20_000).map(|i| format!("ukjent{i}")).collect();
    let mut args = vec!["-k", "sirdal", "tjenester"];
    args.extend(ord.iter().map(String::as_str));
    let (code, _, err) = run(&args);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("søket har 20000 ulike ord; bruk høyst 32"),
        "{err}"
    );
    // 32 words are fine, and the same word many times counts once.
    let mut args = vec!["-k", "sirdal", "tjenester"];
    args.extend(ord.iter().take(32).map(String::as_str));
    assert_eq!(run(&args).0, 0);
    let mut args = vec!["-k", "sirdal", "tjenester"];
    args.extend(std::iter::repeat_n("helse", 100));
    assert_eq!(run(&args).0, 0);
}

#[test]
fn a_file_of_millions_of_tiny_values_is_refused_within_a_memory_limit() {
    let mut t =
        String::from("[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\nsokeord = [");
    t.push_str(&"\"\",".repeat(5_000_000));
    t.push_str("]\n");
    let dir = tree(&[
        ("kommuner/testby/kommune.toml", KOMMUNE),
        ("kommuner/testby/tjenester.toml", &t),
    ]);
    let (code, out, err) = begrenset(400, &["sjekk", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("fila har flere enn 1 000 000 verdier"),
        "{out}"
    );
}

#[test]
fn a_run_has_a_total_budget_and_says_when_it_is_reached() {
    // Ten municipalities of 900 000 comment lines each: every file is under
    // its own limit, together they are over the run's 8 000 000.
    let fyll = format!("{KOMMUNE}{}", "#\n".repeat(900_000));
    let filer: Vec<(String, &str)> = (0..10)
        .map(|i| (format!("kommuner/k{i}/kommune.toml"), fyll.as_str()))
        .collect();
    let refs: Vec<(&str, &str)> = filer.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let dir = tree(&refs);
    let (code, out, err) = run(&["sjekk", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("dataene i denne kjøringen har til sammen flere enn 8 000 000 verdier"),
        "{out}"
    );
}

#[test]
fn diagnostics_are_capped_per_file_and_per_run_with_og_n_til() {
    // Twelve municipalities, each with 150 services of an unknown level.
    let mut t = String::new();
    for i in 0..150 {
        t.push_str(&format!(
            "[[tjeneste]]\nid = \"t{i}\"\nnavn = \"T\"\nkategori = \"ppt\"\nnivaa = [9]\n"
        ));
    }
    let filer: Vec<(String, &str)> = (0..12)
        .flat_map(|i| {
            [
                (format!("kommuner/k{i:02}/kommune.toml"), KOMMUNE),
                (format!("kommuner/k{i:02}/tjenester.toml"), t.as_str()),
            ]
        })
        .collect();
    let refs: Vec<(&str, &str)> = filer.iter().map(|(p, t)| (p.as_str(), *t)).collect();
    let dir = tree(&refs);
    let (code, diags) = sjekk_json(dir.path());
    assert_eq!(code, 1);
    // 100 per file, and one «… og 50 til» per file, until 1 000 in all.
    assert_eq!(diags.len(), 1001, "{:?}", diags.last());
    let per_fil = diags
        .iter()
        .filter(|d| {
            d["kode"] == "og-flere" && d["fil"].as_str().unwrap().ends_with("k00/tjenester.toml")
        })
        .count();
    assert_eq!(per_fil, 1);
    assert!(
        diags[100]["melding"]
            .as_str()
            .unwrap()
            .starts_with("… og 50 til"),
        "{}",
        diags[100]
    );
    let siste = diags.last().unwrap();
    assert_eq!(siste["kode"], "og-flere");
    // 1 000 lines shown hold 900 + 91 problems and nine «… og 50 til»: 1 800 − 991 − 450 more.
    assert!(
        siste["melding"]
            .as_str()
            .unwrap()
            .starts_with("… og 359 til"),
        "{siste}"
    );
    let (_, out, _) = run(&["sjekk", dir.path().to_str().unwrap()]);
    assert!(
        out.ends_with("Sjekket: 1800 feil, 0 advarsler (12 kommuner)\n"),
        "{}",
        out.lines().last().unwrap()
    );
}

#[test]
fn windows_reserved_ids_are_refused() {
    let dir = tree(&[
        ("kommuner/aux/kommune.toml", KOMMUNE),
        ("kommuner/ok/kommune.toml", KOMMUNE),
        (
            "kommuner/ok/tjenester.toml",
            "[[tjeneste]]\nid = \"con\"\nnavn = \"C\"\nkategori = \"ppt\"\n",
        ),
    ]);
    let (code, diags) = sjekk_json(dir.path());
    assert_eq!(code, 1);
    let meldinger: Vec<&str> = diags
        .iter()
        .map(|d| d["melding"].as_str().unwrap())
        .collect();
    assert_eq!(meldinger.len(), 2, "{meldinger:?}");
    assert!(
        meldinger
            .iter()
            .all(|m| m.contains("reservert filnavn i Windows")),
        "{meldinger:?}"
    );
    let ut = tempfile::tempdir().unwrap();
    let (code, _, err) = run(&[
        "init",
        "lpt1",
        "--navn",
        "X",
        "--maalform",
        "nb",
        ut.path().to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("reservert"), "{err}");
}

#[test]
fn odd_entries_in_kommuner_are_reported_not_skipped() {
    let dir = tree(&[
        ("kommuner/ok/kommune.toml", KOMMUNE),
        ("kommuner/notat.txt", "hei"),
        ("kommuner/.gitkeep", ""),
    ]);
    let k = dir.path().join("kommuner");
    std::os::unix::fs::symlink("/nonexistent-bti", k.join("borte")).unwrap();
    std::os::unix::fs::symlink("ring", k.join("ring")).unwrap();
    std::fs::create_dir_all(k.join("mappe/kommune.toml")).unwrap();
    let (code, diags) = sjekk_json(dir.path());
    assert_eq!(code, 1);
    let funn: Vec<(String, &str)> = diags
        .iter()
        .map(|d| {
            let f = d["fil"].as_str().unwrap();
            (
                f.rsplit_once("kommuner/").unwrap().1.to_string(),
                d["melding"].as_str().unwrap(),
            )
        })
        .collect();
    let har = |fil: &str, tekst: &str| funn.iter().any(|(f, m)| f == fil && m.contains(tekst));
    assert!(har("borte", "peker til noe som ikke finnes"), "{funn:?}");
    assert!(har("ring", "går i ring"), "{funn:?}");
    assert!(
        har("notat.txt", "er en fil, ikke en kommunemappe"),
        "{funn:?}"
    );
    assert!(har("mappe/kommune.toml", "er en mappe"), "{funn:?}");
    assert_eq!(funn.len(), 4, "{funn:?}");
    // One municipality folder whose kommune.toml is a folder says so.
    let (code, out, _) = run(&["sjekk", k.join("mappe").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("er en mappe, men kommune.toml skal være en fil"),
        "{out}"
    );
}

/// Issue 23 item 13: help and version follow the rule of every command.
#[test]
fn help_and_version_into_a_closed_or_full_stdout_are_exit_1() {
    let bin = assert_cmd::cargo::cargo_bin("bti");
    for args in ["--help", "--version", "hjelp", "-h", "frist --help"] {
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("exec {} {args} >&-", bin.display()))
            .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args} >&-");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("den er lukket"),
            "{args}"
        );
        let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
            eprintln!("note: no /dev/full; skipping");
            continue;
        };
        let out = std::process::Command::new(&bin)
            .args(args.split(' '))
            .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{args} > /dev/full");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("disken er full"),
            "{args}"
        );
    }
    // Into a pipe that works, still exit 0.
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("bti "));
}

/// Issue 23 item 12: `--lagre F --overskriv` replaces a regular file only,
/// and a name of 255 bytes fits (the temporary name is short).
#[test]
fn lagre_overskriv_replaces_only_a_regular_file_and_long_names_fit() {
    const SVAR: &str = "4\n1\n1\n1\n1\n1\n2\n";
    let dir = tempfile::tempdir().unwrap();
    let offer = dir.path().join("offer.txt");
    std::fs::write(&offer, "mitt").unwrap();
    let lenke = dir.path().join("lenke.md");
    std::os::unix::fs::symlink(&offer, &lenke).unwrap();
    let fifo = dir.path().join("fifo.md");
    let mkfifo = std::process::Command::new("mkfifo").arg(&fifo).status();
    let mut mål = vec![lenke.clone()];
    if mkfifo.is_ok_and(|s| s.success()) {
        mål.push(fifo.clone());
    }
    for p in &mål {
        let out = crate::util::bti()
            .args(["-k", "sirdal", "guide", "--plain", "--overskriv", "--lagre"])
            .arg(p)
            .write_stdin(SVAR)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{p:?}: {err}");
        assert!(err.contains("er ikke en vanlig fil"), "{err}");
        assert!(
            std::fs::symlink_metadata(p)
                .unwrap()
                .file_type()
                .is_symlink()
                || p == &fifo
        );
    }
    assert_eq!(std::fs::read_to_string(&offer).unwrap(), "mitt");
    let lang = dir.path().join(format!("{}.md", "a".repeat(252)));
    let out = crate::util::bti()
        .args(["-k", "sirdal", "guide", "--plain", "--lagre"])
        .arg(&lang)
        .write_stdin(SVAR)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(lang.is_file());
}

/// Issue 23 item 15.
#[test]
fn init_refuses_a_vedtak_whose_plan_leaves_the_years_bti_knows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let (code, _, err) = run(&[
        "init",
        "x",
        "--navn",
        "X",
        "--maalform",
        "nb",
        "--vedtak",
        "2200-12-31",
        d,
    ]);
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--vedtak 2200-12-31: planen har en frist 6 måneder etter vedtaket"),
        "{err}"
    );
    assert!(!dir.path().join("kommuner/x").exists());
    let (code, _, err) = run(&[
        "init",
        "x",
        "--navn",
        "X",
        "--maalform",
        "nb",
        "--vedtak",
        "2200-06-30",
        d,
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(run(&["sjekk", d]).0, 0);
}

#[test]
fn frist_til_before_the_default_fra_says_what_it_compared_with() {
    let (code, _, err) = run(&["frist", "--til", "1900-01-01", "--i-dag", "2026-01-01"]);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "bti: --til 1900-01-01 er før --fra 2026-01-01 (--fra er ikke gitt, så den er i dag)\n"
    );
}
