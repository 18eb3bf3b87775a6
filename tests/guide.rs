//! `bti guide` through the real binary: the line mode and JSON lines with
//! scripted answers, saving the summary, and the TUI in a real terminal
//! (tmux) to check that the terminal is given back in every way out.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::bti;

/// Run `bti --i-dag 2026-01-15 <args>` with `input` on stdin.
fn guide(args: &[&str], input: &str) -> (i32, String, String) {
    let out = bti()
        .arg("--i-dag")
        .arg("2026-01-15")
        .args(args)
        .write_stdin(input)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The JSON lines of a run that must succeed.
fn linjer(args: &[&str], input: &str) -> Vec<Value> {
    let mut a = vec!["guide", "--plain", "--format", "json"];
    a.extend_from_slice(args);
    let (code, out, err) = guide(&a, input);
    assert_eq!(code, 0, "stderr: {err}");
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn utfall(lines: &[Value]) -> &Value {
    let last = lines.last().unwrap();
    assert_eq!(last["type"], "utfall");
    last
}

// National graph: stopp -> 4 "Nei" -> steg-1 -> steg-2 -> for-steg-3 ->
// steg-3 -> steg-3-barnet -> steg-4, whose choices 1-5 are the outcomes.
const TIL_STEG_4: &str = "4\n1\n1\n1\n1\n1\n";

#[test]
fn scripted_answers_reach_every_level() {
    for (valg, id, nivaa) in [
        ("1", "utfall-avslutt", Value::Null),
        ("2", "utfall-niva-1", Value::from(1)),
        ("3", "utfall-niva-2", Value::from(2)),
        ("4", "utfall-niva-3", Value::from(3)),
        ("5", "utfall-bekymringsmelding", Value::Null),
    ] {
        let l = linjer(&[], &format!("{TIL_STEG_4}{valg}\n"));
        let u = utfall(&l);
        assert_eq!(u["id"], id);
        assert_eq!(u["nivaa"], nivaa);
        assert_eq!(u["sti"].as_array().unwrap().len(), 7);
        assert_eq!(l.len(), 8, "seven nodes and the outcome");
    }
}

#[test]
fn avslutt_early_and_akutt_from_the_start() {
    // steg-2, choice 2: "Nei, undringen er svekket eller avklart"
    let l = linjer(&[], "4\n1\n2\n");
    assert_eq!(utfall(&l)["id"], "utfall-avslutt");

    let l = linjer(&[], "a\n1\n");
    let u = utfall(&l);
    assert_eq!(u["id"], "utfall-akutt");
    assert_eq!(u["akutt"], true);
    let numre: Vec<&str> = u["nodnummer"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["nummer"].as_str().unwrap())
        .collect();
    assert_eq!(numre, ["112", "113", "116 111"]);
    assert_eq!(u["sti"][0]["node"], "stopp");
    assert_eq!(
        u["sti"][0]["nr"],
        Value::Null,
        "the akutt jump has no number"
    );
}

#[test]
fn json_lines_have_the_documented_shape() {
    let l = linjer(&["-k", "sirdal"], &format!("{TIL_STEG_4}3\n"));
    for node in &l[..l.len() - 1] {
        assert_eq!(node["type"], "node");
        for key in ["id", "steg", "tittel", "tekst", "sporsmal"] {
            assert!(node.get(key).is_some(), "{key} missing in {node}");
        }
        for (i, v) in node["valg"].as_array().unwrap().iter().enumerate() {
            assert_eq!(v["nr"], i + 1);
            assert!(v["tekst"].is_string());
        }
    }
    assert_eq!(l[0]["id"], "stopp");
    assert_eq!(l[0]["steg"], 0);
    let u = utfall(&l);
    assert_eq!(u["kommune"], "sirdal");
    let tjenester = u["tjenester"].as_array().unwrap();
    assert!(
        tjenester
            .iter()
            .any(|t| t["navn"] == "PPT Lister" && t["kategori"] == "ppt")
    );
    for t in tjenester {
        for key in ["id", "navn", "kategori", "telefon", "epost"] {
            assert!(t.get(key).is_some(), "{key} missing in {t}");
        }
    }
    let frister: Vec<(&str, &str, &str)> = u["frister"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["node"].as_str().unwrap(),
                f["tekst"].as_str().unwrap(),
                f["dato"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        frister,
        [
            ("steg-2", "14 dager", "2026-01-29"),
            ("steg-3", "2 uker", "2026-01-29"),
            ("steg-3-barnet", "4 uker", "2026-02-12"),
            ("utfall-niva-2", "2 uker", "2026-01-29"),
        ]
    );
    let lov = &u["lovverk"].as_array().unwrap()[0];
    for key in ["id", "tittel", "lov", "paragraf"] {
        assert!(lov.get(key).is_some(), "{key} missing in {lov}");
    }
    let ids: Vec<&str> = u["lovverk"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().unwrap())
        .collect();
    let mut unike = ids.clone();
    unike.sort_unstable();
    unike.dedup();
    assert_eq!(unike.len(), ids.len(), "deduplicated: {ids:?}");
}

#[test]
fn plain_text_shows_the_node_and_the_summary_without_escape_codes() {
    let (code, out, err) = guide(&["-k", "sirdal", "guide"], &format!("{TIL_STEG_4}2\n"));
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains('\x1b'), "escape codes in plain mode");
    for want in [
        "[Før du starter]",
        "Først: er barnet trygt?",
        "  4. Nei, ingen av delene",
        "[Steg 2 av 4: Konkretiser og drøft]",
        "Verktøy: Risiko- og beskyttelsesfaktorer, Observasjonsskjema",
        "  - Taushetsplikt (Forvaltningsloven § 13)",
        "Frist: 14 dager – innen tor. 29. januar 2026",
        "Oppsummering: Gå videre til nivå 1 – innsats i egen tjeneste",
        "Fortsett på: Nivå 1 – Innsats i egen tjeneste",
        "  • Tonstad barnehage (barnehage) – telefon — · e-post —",
        "  • Konkretiser og drøft: tor. 29. januar 2026 (14 dager fra i dag)",
        "  1. Er barnet i akutt fare, eller er det mistanke om vold, overgrep eller alvorlig omsorgssvikt fra foreldrene? → Nei, ingen av delene",
    ] {
        assert!(out.contains(want), "missing «{want}» in:\n{out}");
    }
}

#[test]
fn answers_by_prefix_back_and_wrong_answers() {
    // "ja" fits two choices: asked again; "nei" is unique; "b" goes back.
    let (code, out, err) = guide(
        &["guide", "--plain", "--format", "json"],
        "ja\nnei\nb\nNEI, INGEN\nja, jeg\n",
    );
    assert_eq!(code, 1, "EOF at steg-2");
    assert!(err.contains("«ja» passer med flere valg: 1, 2"), "{err}");
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["stopp", "steg-1", "stopp", "steg-1", "steg-2"]);
}

#[test]
fn eof_before_an_outcome_is_exit_1_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let fil = dir.path().join("opp.md");
    let (code, out, err) = guide(
        &["guide", "--plain", "--lagre", fil.to_str().unwrap()],
        "4\n1\n",
    );
    assert_eq!(code, 1);
    assert_eq!(err, "bti: veiledningen ble avbrutt før et utfall\n");
    assert!(!out.contains("Oppsummering"));
    assert!(!fil.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let (code, _, err) = guide(&["--maalform", "nn", "guide"], "");
    assert_eq!(code, 1);
    assert_eq!(err, "bti: rettleiinga vart avbroten før eit utfall\n");
}

#[test]
fn five_wrong_answers_in_a_row_end_a_script() {
    let (code, _, err) = guide(&["guide", "--plain"], "x\n9\n\nja\nkanskje\n4\n1\n");
    assert_eq!(code, 1);
    assert_eq!(err.lines().count(), 6, "five messages and the error: {err}");
    assert!(err.contains("for mange ugyldige svar på rad (5)"), "{err}");
    // Four wrong, then a right one, resets the count.
    let (code, _, _) = guide(
        &["guide", "--plain", "--format", "json"],
        "x\nx\nx\nx\n4\nx\nx\nx\nx\n1\n2\n",
    );
    assert_eq!(code, 0);
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn lagre_writes_markdown_0600_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let fil = dir.path().join("oppsummering.md");
    let f = fil.to_str().unwrap();
    let svar = format!("{TIL_STEG_4}3\n");
    let (code, out, err) = guide(
        &[
            "-k", "sirdal", "--format", "markdown", "guide", "--plain", "--lagre", f,
        ],
        &svar,
    );
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Lagret i"), "{err}");
    let md = std::fs::read_to_string(&fil).unwrap();
    assert!(out.ends_with(&md), "the file is the summary that was shown");
    assert!(md.starts_with("# Oppsummering: Gå videre til nivå 2 – tverrfaglig samarbeid\n"));
    for want in [
        "Sirdal kommune · dato tor. 15. januar 2026",
        "**Fortsett på: Nivå 2 – Tverrfaglig samarbeid**",
        "## Kontakter",
        "| Tjeneste | Kategori | Telefon | E-post |",
        "| PPT Lister | ppt | — | — |",
        "## Frister",
        "- Konkretiser og drøft: tor. 29. januar 2026 (14 dager fra i dag)",
        "## Lovverk og plikter",
        "## Veien hit",
        "7. Er det grunn til videre oppfølging? → **Ja, sammen med én tjeneste til (nivå 2)**",
    ] {
        assert!(md.contains(want), "missing «{want}» in:\n{md}");
    }
    #[cfg(unix)]
    assert_eq!(mode(&fil), 0o600);

    // Again: refused before a single question is asked; the file is intact.
    let (code, out, err) = guide(&["guide", "--plain", "--lagre", f], &svar);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(
        err.contains("finnes allerede") && err.contains("--overskriv"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&fil).unwrap(), md);

    // With --overskriv it is replaced (national now: no contacts), still 0600.
    let (code, _, err) = guide(&["guide", "--plain", "--lagre", f, "--overskriv"], &svar);
    assert_eq!(code, 0, "{err}");
    let ny = std::fs::read_to_string(&fil).unwrap();
    assert!(ny.contains("Ingen kommune er valgt"));
    #[cfg(unix)]
    assert_eq!(mode(&fil), 0o600);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temp files left"
    );
}

#[test]
fn nynorsk_municipality_gets_a_nynorsk_guide() {
    let (code, out, err) = guide(&["-k", "sogndal", "guide"], "");
    assert_eq!(code, 1);
    assert!(out.contains("b = attende"), "{out}");
    assert!(err.contains("rettleiinga vart avbroten"), "{err}");
}

#[test]
fn unsupported_format_is_a_usage_error() {
    let (code, _, err) = guide(&["--format", "csv", "guide"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--format"), "{err}");
}

// ------------------------------------------------------------------ tmux

/// A tmux server of our own (its own socket), killed on drop.
struct Tmux {
    sock: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// `None` (with a note) when tmux is not installed.
    fn start(navn: &str, args: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("note: tmux is not on PATH; skipping the real-terminal test {navn}");
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let sock = format!("bti-test-{}-{navn}", std::process::id());
        let bin = PathBuf::from(env!("CARGO_BIN_EXE_bti"));
        let d = dir.path().display();
        // After bti ends: record its exit code and the tty mode, then wait.
        let script = format!(
            "cd {d} && env -u NO_COLOR -u BTI_KOMMUNE -u BTI_DATA -u BTI_MAALFORM -u BTI_I_DAG \
             XDG_CONFIG_HOME={d} {bin} --i-dag 2026-01-15 {args}; echo $? > {d}/exit.tmp; \
             stty -a > {d}/stty; mv {d}/exit.tmp {d}/exit; sleep 60",
            bin = bin.display()
        );
        let ok = Command::new("tmux")
            .args([
                "-L",
                &sock,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-x",
                "100",
                "-y",
                "30",
            ])
            .arg(&script)
            .stdin(Stdio::null())
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux new-session failed");
        Some(Tmux { sock, dir })
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.sock])
            .args(args)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn skjerm(&self) -> String {
        // With the scrollback, so a long summary printed on exit is all there.
        self.tmux(&["capture-pane", "-p", "-S", "-200"])
    }

    fn vent_paa(&self, tekst: &str) {
        let start = Instant::now();
        while !self.skjerm().contains(tekst) {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "«{tekst}» never appeared:\n{}",
                self.skjerm()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Wait for bti to end; (exit code, `stty -a` afterwards).
    fn slutt(&self) -> (i32, String) {
        let exit = self.dir.path().join("exit");
        let start = Instant::now();
        while !exit.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "bti did not end:\n{}",
                self.skjerm()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let code = std::fs::read_to_string(&exit)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let stty = std::fs::read_to_string(self.dir.path().join("stty")).unwrap();
        (code, stty)
    }

    fn assert_normal_terminal(&self, stty: &str) {
        let flags: Vec<&str> = stty.split_whitespace().collect();
        for f in ["icanon", "echo", "isig"] {
            assert!(flags.contains(&f), "{f} is off after bti: {stty}");
        }
        assert_eq!(
            self.tmux(&["display-message", "-p", "#{alternate_on}"])
                .trim(),
            "0",
            "still in the alternate screen"
        );
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.sock, "kill-server"])
            .status();
    }
}

#[test]
fn tui_in_a_real_terminal_reaches_the_summary_saves_and_restores() {
    let Some(t) = Tmux::start("summary", "-k sirdal guide") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    t.keys(&["4", "Enter"]);
    t.vent_paa("Definer undringen");
    t.keys(&["Enter", "Enter", "Enter", "Enter", "Enter", "3", "Enter"]);
    t.vent_paa("Oppsummering");
    t.keys(&["a"]);
    t.vent_paa("⚠ AKUTT");
    t.keys(&["b"]);
    t.vent_paa("Kontakter:");
    t.keys(&["s"]);
    t.vent_paa("Lagret i bti-oppsummering-2026-01-15.md");
    t.keys(&["q"]);
    let (code, stty) = t.slutt();
    assert_eq!(code, 0);
    t.assert_normal_terminal(&stty);
    // The summary stays in the terminal after the TUI is gone.
    assert!(t.skjerm().contains("Fortsett på: Nivå 2"), "{}", t.skjerm());
    let fil = t.dir.path().join("bti-oppsummering-2026-01-15.md");
    assert!(
        std::fs::read_to_string(&fil)
            .unwrap()
            .contains("| PPT Lister | ppt | — | — |")
    );
    #[cfg(unix)]
    assert_eq!(mode(&fil), 0o600);
}

#[test]
fn tui_restores_the_terminal_after_ctrl_c() {
    let Some(t) = Tmux::start("ctrlc", "guide") else {
        return;
    };
    t.vent_paa("Velg kommune");
    // The first is Austrheim, which writes nynorsk: the UI follows it.
    t.keys(&["Enter"]);
    t.vent_paa("b attende");
    t.keys(&["C-c"]);
    let (code, stty) = t.slutt();
    assert_eq!(code, 1, "aborted before an outcome");
    t.assert_normal_terminal(&stty);
    assert!(
        t.skjerm()
            .contains("bti: rettleiinga vart avbroten før eit utfall"),
        "{}",
        t.skjerm()
    );
}

#[test]
fn tui_restores_the_terminal_after_sigterm() {
    restores_after_signal("sigterm", "-TERM");
}

#[test]
fn tui_restores_the_terminal_after_sigquit() {
    // SIGQUIT left the terminal raw, in the alternate screen, cursor hidden.
    restores_after_signal("sigquit", "-QUIT");
}

fn restores_after_signal(navn: &str, signal: &str) {
    let Some(t) = Tmux::start(navn, "-k sirdal guide") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    // bti is the only child of the pane's shell.
    let sh = t.tmux(&["display-message", "-p", "#{pane_pid}"]);
    let pgrep = Command::new("pgrep")
        .args(["-P", sh.trim()])
        .output()
        .unwrap();
    let pid = String::from_utf8_lossy(&pgrep.stdout).trim().to_string();
    assert!(!pid.is_empty(), "no bti process under the pane");
    assert!(
        Command::new("kill")
            .args([signal, &pid])
            .status()
            .unwrap()
            .success()
    );
    let (code, stty) = t.slutt();
    assert_eq!(code, 1);
    t.assert_normal_terminal(&stty);
}

#[test]
fn tui_says_when_the_terminal_is_too_small_and_recovers() {
    let Some(t) = Tmux::start("small", "-k sirdal guide") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    t.tmux(&["resize-window", "-x", "30", "-y", "10"]);
    t.vent_paa("Terminalen er for liten");
    t.tmux(&["resize-window", "-x", "80", "-y", "24"]);
    t.vent_paa("Først: er barnet trygt?");
    t.keys(&["q"]);
    let (code, stty) = t.slutt();
    assert_eq!(code, 1);
    t.assert_normal_terminal(&stty);
    let _ = std::io::stderr().flush();
}

#[test]
fn the_help_example_reaches_an_outcome() {
    let (code, out, _) = crate::util::run(&["guide", "--help"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("printf '4\\n1\\n2\\n' | bti guide --plain"),
        "{out}"
    );
    let (code, out, err) = guide(&["guide", "--plain"], "4\n1\n2\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Oppsummering: Avslutt saken"), "{out}");
    // And the one in SPEC §4.
    let (code, out, err) = guide(&["guide", "--plain"], "2\n1\n");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Kontakt barnevernet – ikke foreldrene først"),
        "{out}"
    );
    assert!(out.contains("  02800 – Politiet, ikke akutt"), "{out}");
}

#[test]
fn tui_exits_when_its_terminal_hangs_up() {
    // Closing the window (here: killing tmux) must end bti, not leave it
    // spinning on the hung-up tty with nobody to see it.
    let Some(t) = Tmux::start("hangup", "-k sirdal guide") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    let shell = t
        .tmux(&["list-panes", "-F", "#{pane_pid}"])
        .trim()
        .to_string();
    let pid = String::from_utf8_lossy(
        &Command::new("pgrep")
            .args(["-P", &shell])
            .output()
            .unwrap()
            .stdout,
    )
    .trim()
    .to_string();
    assert!(!pid.is_empty(), "bti is not running under the pane's shell");
    t.tmux(&["kill-server"]);
    let start = Instant::now();
    loop {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Gone, or a zombie waiting for its parent: either way it has ended.
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|s| s.split_whitespace().next())
            .unwrap_or("");
        if stat.is_empty() || state == "Z" {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "bti still running after hang-up (state {state})"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
