//! Untrusted data and hostile surroundings (issue #17): no control character
//! from the data reaches a terminal raw, no input hangs or grows without
//! bound, the exit code says what happened whatever became of stdout, and
//! every I/O message says read or write, which path, and what to do.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{bti, tree};

const F: &str = "tests/fixtures/robust";

/// What an attacker would put in a field: set the window title (OSC … BEL),
/// turn the text red (CSI), overwrite the line (CR), NUL, the one-byte CSI
/// and a bidi override.
const GIFT: &str = "\u{1b}]0;pwned\u{7}\u{1b}[31m\r\0\u{9b}2J\u{202e}";

/// Raw bytes that must never appear (a CR only as part of a CRLF line end).
fn raw(bytes: &[u8]) -> Option<String> {
    for (i, w) in bytes.windows(2).enumerate() {
        let bad = matches!(w[0], 0x1b | 0x07 | 0x00)
            || (w[0] == b'\r' && w[1] != b'\n')
            || (w[0] == 0xc2 && w[1] == 0x9b)
            || (w[0] == 0xe2 && bytes.get(i + 1..i + 3) == Some(&[0x80, 0xae]));
        if bad {
            let from = i.saturating_sub(40);
            return Some(String::from_utf8_lossy(&bytes[from..(i + 20).min(bytes.len())]).into());
        }
    }
    match bytes.last() {
        Some(0x1b | 0x07 | 0x00 | b'\r') => Some("at the end".into()),
        _ => None,
    }
}

/// Keys whose values are ids, references, dates or vocabulary: a control
/// character there is a data error (see `ids_with_escapes_...`).
const STRUKTUR: &[&str] = &[
    "id",
    "til",
    "start",
    "slutt",
    "akutt",
    "maalform",
    "kategori",
    "kategorier",
    "lovverk",
    "tjenester",
    "frist",
    "naar",
    "moter",
    "status",
    "nivaa",
    "nodnummer",
    "roller",
    "rolle",
    "kommunenummer",
    "verktoy",
    "arbeidssted",
    "grunnlag",
];

fn forgift(v: &mut toml::Value, key: &str, alle: bool) {
    match v {
        toml::Value::String(s) if alle || !STRUKTUR.contains(&key) => {
            let mid = s.char_indices().nth(s.chars().count() / 2);
            s.insert_str(mid.map_or(s.len(), |(i, _)| i), GIFT);
        }
        toml::Value::Array(a) => a.iter_mut().for_each(|x| forgift(x, key, alle)),
        toml::Value::Table(t) => t.iter_mut().for_each(|(k, x)| forgift(x, k, alle)),
        _ => {}
    }
}

/// A copy of the shipped Sirdal and national data with `GIFT` in the middle
/// of every string (`alle`: ids and references too).
fn forgiftet(alle: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["nasjonal", "kommuner/sirdal"] {
        let to = dir.path().join(sub);
        std::fs::create_dir_all(&to).unwrap();
        for e in std::fs::read_dir(Path::new("data").join(sub)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "toml") {
                let mut v: toml::Value =
                    toml::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
                forgift(&mut v, "", alle);
                let text = toml::to_string(&v).unwrap();
                std::fs::write(to.join(p.file_name().unwrap()), text).unwrap();
            }
        }
    }
    dir
}

/// The binary as a plain `std` command (for stdin and stdout redirection).
fn std_bti() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_bti"));
    for (k, _) in std::env::vars() {
        if k.starts_with("BTI_") {
            c.env_remove(k);
        }
    }
    c.env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config");
    c
}

fn output(cmd: &mut assert_cmd::Command) -> (i32, Vec<u8>, Vec<u8>) {
    let out = cmd.timeout(Duration::from_secs(60)).output().unwrap();
    (out.status.code().unwrap_or(-1), out.stdout, out.stderr)
}

/// Issue 23 item 10: a control character or bidi control in any data string
/// is a data error (SPEC §3.1), so `sjekk` names each and every command,
/// the site and the calendar included, stops with exit 1 — none of them
/// carries the text, raw or escaped.
#[test]
fn escape_sequences_in_every_field_are_a_data_error_no_output_carries_them() {
    let dir = forgiftet(false);
    let d = dir.path().to_str().unwrap();
    let (code, out, err) = output(bti().args(["sjekk", d]));
    assert_eq!(code, 1, "{}", String::from_utf8_lossy(&err));
    let tekst = String::from_utf8_lossy(&out);
    assert!(tekst.contains("styretegn (U+001B)"), "{tekst}");
    assert_eq!(raw(&out), None);
    assert_eq!(raw(&err), None);
    let (_, out, _) = output(bti().args(["sjekk", d, "--format", "json"]));
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|x| x["kode"] == "styretegn"),
        "{v}"
    );
    let ut = dir.path().join("nettside");
    let kommandoer: &[&[&str]] = &[
        &["kommuner"],
        &["tjenester"],
        &["tjenester", "--lang"],
        &["arenaer"],
        &["roller"],
        &["nivaa", "0"],
        &["frist", "--alle"],
        &["frist", "--alle", "--format", "ics"],
    ];
    for args in kommandoer {
        for fmt in ["table", "json"] {
            let (code, out, err) = output(
                bti()
                    .args(["--data", d, "-k", "sirdal", "--format", fmt])
                    .args(*args),
            );
            assert_eq!(code, 1, "{args:?} {fmt}: {}", String::from_utf8_lossy(&out));
            assert!(!String::from_utf8_lossy(&out).contains("pwned"), "{args:?}");
            assert_eq!(raw(&out), None, "stdout of {args:?} {fmt}");
            assert_eq!(raw(&err), None, "stderr of {args:?} {fmt}");
        }
    }
    let (code, _, err) = output(
        bti()
            .args(["--data", d, "-k", "sirdal", "nettside"])
            .arg(&ut),
    );
    assert_eq!(code, 1);
    assert_eq!(raw(&err), None);
    assert!(!ut.exists());
    let (code, out, err) = output(
        bti()
            .args(["--data", d, "-k", "sirdal", "guide", "--plain"])
            .write_stdin("4\n1\n1\n1\n1\n1\n2\n"),
    );
    assert_eq!(code, 1);
    assert!(!String::from_utf8_lossy(&out).contains("pwned"));
    assert_eq!(raw(&err), None);
}

/// Only the characters SPEC §3.1 names: tab, newline, a Windows line end
/// and ordinary Unicode stay valid data.
#[test]
fn tabs_line_ends_and_unicode_text_stay_valid() {
    let dir = tree(&[(
        "kommuner/x/kommune.toml",
        "navn = \"Ærøy – «kommune»\"\r\nmaalform = \"nb\"\r\nbeskrivelse = \"\"\"a\tb\r\nc\"\"\"\r\n",
    )]);
    let (code, out, _) = output(bti().arg("sjekk").arg(dir.path()));
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&out));
}

#[test]
fn ids_with_escapes_are_quoted_escaped_by_sjekk_and_every_command() {
    let dir = forgiftet(true);
    let d = dir.path().to_str().unwrap();
    for args in [
        vec!["sjekk", d],
        vec!["--data", d, "kommuner"],
        vec!["--data", d, "-k", "sirdal", "roller"],
        vec!["--data", d, "-k", "sirdal", "frist"],
        vec!["--data", d, "sjekk", "--format", "json"],
    ] {
        let (code, out, err) = output(bti().args(&args));
        assert_eq!(code, 1, "{args:?}");
        assert_eq!(raw(&out), None, "stdout of {args:?}");
        assert_eq!(raw(&err), None, "stderr of {args:?}");
    }
    // The example: an id that sets the window title.
    let (code, out, err) = output(bti().args(["sjekk", &format!("{F}/tittel-id")]));
    assert_eq!(code, 1);
    let out = String::from_utf8(out).unwrap();
    assert!(out.contains("id «h\\u{1b}]0;pwned\\u{7}»"), "{out}");
    assert_eq!(raw(err.as_slice()), None);
}

#[test]
fn csv_neutralises_formulas_tsv_and_json_carry_them() {
    let (_, out, _) = output(bti().args([
        "--data",
        &format!("{F}/formel"),
        "tjenester",
        "--format",
        "csv",
    ]));
    let out = String::from_utf8(out).unwrap();
    for want in [
        ",\"'=HYPERLINK(\"\"https://example.invalid\"\")\",",
        ",'+1+1,",
        ",'-2+3,",
        ",'@SUM(A1),",
    ] {
        assert!(out.contains(want), "{want} in {out}");
    }
    assert!(
        out.contains(",-3,") || out.contains("\"-3\""),
        "a plain number stays: {out}"
    );
    let (_, out, _) = output(bti().args([
        "--data",
        &format!("{F}/formel"),
        "tjenester",
        "--format",
        "tsv",
    ]));
    assert!(String::from_utf8(out).unwrap().contains("\t=HYPERLINK("));
}

// ------------------------------------------------------------ config file

fn config_is(target: &str) -> (i32, String, Duration) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("bti")).unwrap();
    let cfg = dir.path().join("bti/config.toml");
    if target == "fifo" {
        assert!(Command::new("mkfifo").arg(&cfg).status().unwrap().success());
    } else {
        std::os::unix::fs::symlink(target, &cfg).unwrap();
    }
    let start = Instant::now();
    let (code, _, err) = output(bti().env("XDG_CONFIG_HOME", dir.path()).arg("kommuner"));
    (
        code,
        String::from_utf8_lossy(&err).into_owned(),
        start.elapsed(),
    )
}

#[test]
fn a_config_file_that_is_a_device_or_fifo_is_refused_at_once() {
    for target in ["/dev/zero", "/dev/urandom", "fifo"] {
        let (code, err, tid) = config_is(target);
        assert_eq!(code, 1, "{target}: {err}");
        assert!(
            err.starts_with("bti: konfigurasjonsfila ")
                && err.contains("bti/config.toml: kan ikke lese: er ikke en vanlig fil"),
            "{target}: {err}"
        );
        assert!(tid < Duration::from_secs(20), "{target}: {tid:?}");
    }
}

#[test]
fn a_config_file_over_16_mib_is_refused_with_its_size() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("bti")).unwrap();
    let f = std::fs::File::create(dir.path().join("bti/config.toml")).unwrap();
    f.set_len(16 * 1024 * 1024 + 1).unwrap();
    let (code, _, err) = output(bti().env("XDG_CONFIG_HOME", dir.path()).arg("kommuner"));
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 1);
    assert!(err.contains("fila er for stor (16 777 217 byte;"), "{err}");
}

// ------------------------------------------------------------ plain mode

#[test]
fn plain_mode_input_that_never_ends_stops_with_exit_1() {
    let start = Instant::now();
    let out = std_bti()
        .args(["-k", "sirdal", "guide", "--plain"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("bti: inndata er ikke svar (over 1 MiB uten linjeskift)"),
        "{err}"
    );
    assert!(start.elapsed() < Duration::from_secs(30));
}

#[test]
fn plain_mode_refuses_a_long_answer_without_echoing_it() {
    let lang = "x".repeat(50_000);
    let (code, _, err) = output(
        bti()
            .args(["-k", "sirdal", "guide", "--plain"])
            .write_stdin(format!("{lang}\n4\n1\n1\n1\n1\n1\n2\n")),
    );
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Svaret er for langt (over 4 KiB)"), "{err}");
    assert!(!err.contains("xxxxxxxx"), "echoed: {} bytes", err.len());
    // 4 KiB exactly is still an answer (here a wrong one, quoted).
    let (_, _, err) = output(
        bti()
            .args(["-k", "sirdal", "guide", "--plain"])
            .write_stdin(format!("{}\n", "y".repeat(4095))),
    );
    assert!(
        String::from_utf8(err)
            .unwrap()
            .contains("passer ikke med noe valg")
    );
}

// ------------------------------------------------------------ table

#[test]
fn a_word_of_160_000_characters_is_laid_out_in_linear_time() {
    let navn = "x".repeat(160_000);
    let dir = tree(&[
        (
            "kommuner/test/kommune.toml",
            "navn = \"Test\"\nmaalform = \"nb\"\n",
        ),
        (
            "kommuner/test/tjenester.toml",
            &format!("[[tjeneste]]\nid = \"a\"\nnavn = \"{navn}\"\nkategori = \"annet\"\n"),
        ),
    ]);
    // Quadratic, this took 24 s in a release build and minutes in a debug one.
    let start = Instant::now();
    let (code, out, _) = output(
        bti()
            .args(["--data", dir.path().to_str().unwrap(), "tjenester"])
            .env("BTI_BREDDE", "12"),
    );
    assert_eq!(code, 0);
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "{:?}",
        start.elapsed()
    );
    let xs = out.iter().filter(|&&b| b == b'x').count();
    assert_eq!(xs, 160_000, "the word is broken, not cut");
}

// ------------------------------------------------------------ exit codes

/// Read the first line of stdout and close the pipe, as `| head -1` does.
fn head_1(args: &[&str]) -> (i32, String) {
    let mut child = std_bti()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (child.wait().unwrap().code().unwrap_or(-1), err)
}

/// A data directory with `n` services (`dobbel`: all with the same id).
fn mange(n: usize, dobbel: bool) -> tempfile::TempDir {
    let mut t = String::new();
    for i in 0..n {
        let id = if dobbel { 0 } else { i };
        t.push_str(&format!(
            "[[tjeneste]]\nid = \"t{id}\"\nnavn = \"Tjeneste {i}\"\nkategori = \"annet\"\n"
        ));
    }
    tree(&[
        (
            "kommuner/test/kommune.toml",
            "navn = \"Test\"\nmaalform = \"nb\"\n",
        ),
        ("kommuner/test/tjenester.toml", &t),
    ])
}

#[test]
fn sjekk_piped_into_head_still_exits_1() {
    let dir = mange(5000, true);
    let (code, _) = head_1(&["--data", dir.path().to_str().unwrap(), "sjekk"]);
    assert_eq!(code, 1);
}

#[test]
fn a_closed_pipe_after_success_is_quiet_and_exit_0() {
    let dir = mange(5000, false);
    let (code, err) = head_1(&["--data", dir.path().to_str().unwrap(), "tjenester"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn a_walkthrough_whose_reader_goes_away_is_aborted_exit_1() {
    // No answers come, and the reader of the node text is gone: no outcome.
    let mut child = std_bti()
        .args(["-k", "sirdal", "guide", "--plain"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // stdout is closed now; a wrong answer makes bti write again.
    let mut stdin = child.stdin.take().unwrap();
    let _ = std::io::Write::write_all(&mut stdin, b"b\nb\n4\n1\n1\n1\n1\n1\n2\n");
    drop(stdin);
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(1), "{err}");
    assert!(
        err.contains("veiledningen ble avbrutt før et utfall (utdata ble lukket)"),
        "{err}"
    );
}

#[test]
fn a_closed_stdout_is_exit_1_with_a_message() {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("exec {} kommuner >&-", env!("CARGO_BIN_EXE_bti")))
        .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "bti: kan ikke skrive til standard ut (stdout): den er lukket \
         (send utdata til en fil eller et program, f.eks. > ut.txt)\n"
    );
}

#[test]
fn a_full_stdout_says_it_was_stdout() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        eprintln!("note: no /dev/full; skipping");
        return;
    };
    let out = std_bti().arg("kommuner").stdout(full).output().unwrap();
    let (code, err) = (out.status.code().unwrap_or(-1), out.stderr);
    assert_eq!(code, 1);
    assert_eq!(
        String::from_utf8(err).unwrap(),
        "bti: standard ut (stdout): kan ikke skrive: disken er full; \
         frigjør plass eller velg en annen disk\n"
    );
}

// ------------------------------------------------------------ I/O messages

const SVAR: &str = "4\n1\n1\n1\n1\n1\n2\n";

fn lagre(path: &Path) -> (i32, String) {
    let (code, _, err) = output(
        bti()
            .args(["-k", "sirdal", "guide", "--plain", "--lagre"])
            .arg(path)
            .write_stdin(SVAR),
    );
    (code, String::from_utf8(err).unwrap())
}

#[test]
fn write_failures_say_write_and_name_the_file() {
    let (code, err) = lagre(Path::new("/proc/x.md"));
    assert_eq!(code, 1);
    assert!(
        err.contains(
            "bti: /proc/x.md: kan ikke skrive: mappen finnes ikke eller tar ikke imot nye filer"
        ),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let lang = dir.path().join(format!("{}.md", "a".repeat(300)));
    let (code, err) = lagre(&lang);
    assert_eq!(code, 1);
    assert!(
        err.contains("kan ikke skrive: filnavnet er for langt"),
        "{err}"
    );
    assert!(err.contains(&"a".repeat(300)), "names the file: {err}");
    // A read-only folder (root may write anyway: then there is nothing to see).
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    std::fs::set_permissions(&ro, std::os::unix::fs::PermissionsExt::from_mode(0o555)).unwrap();
    if std::fs::write(ro.join("probe"), "").is_err() {
        let (code, err) = lagre(&ro.join("x.md"));
        assert_eq!(code, 1);
        assert!(
            err.contains("x.md: kan ikke skrive: ingen skrivetilgang i mappen"),
            "{err}"
        );
    }
}

#[test]
fn init_into_a_dangling_symlink_names_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("kommuner");
    std::os::unix::fs::symlink(dir.path().join("finnes-ikke"), &link).unwrap();
    let (code, _, err) = output(
        bti()
            .args(["init", "ny", "--navn", "Ny", "--maalform", "nb"])
            .arg(dir.path()),
    );
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 1);
    assert_eq!(
        err,
        format!(
            "bti: {}: kan ikke skrive: det finnes allerede noe med dette navnet (en fil, \
             eller en lenke som peker til noe som ikke finnes); fjern det eller velg et annet navn\n",
            link.display()
        )
    );
}

#[test]
fn a_folder_name_with_a_newline_stays_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let d: PathBuf = dir.path().join("data\nmappe");
    let (code, _, err) = output(bti().arg("--data").arg(&d).arg("kommuner"));
    let err = String::from_utf8(err).unwrap();
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("data\\nmappe: kan ikke lese: finnes ikke"),
        "{err}"
    );
}
