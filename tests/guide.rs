//! `bti guide` through the real binary: the line mode and JSON lines with
//! scripted answers, saving the summary, and the TUI in a real terminal
//! (tmux) to check that the terminal is given back in every way out.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{bti, tree};

/// Run `bti --i-dag 2026-01-15 <args>` with `input` on stdin.
pub(crate) fn guide(args: &[&str], input: &str) -> (i32, String, String) {
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

// National graph: stopp -> 4 "Nei" -> steg-1 -> steg-2 -> for-steg-3 (the
// same question as stopp: 4 "Nei" again) -> steg-3 -> steg-3-barnet ->
// steg-4, whose choices 1-5 are the outcomes.
const TIL_STEG_4: &str = "4\n1\n1\n4\n1\n1\n";

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
    // The national graph carries no other municipality's deadline.
    assert_eq!(frister, []);
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
    assert!(!out.contains("telefon —"), "{out}");
    for want in [
        "[Før du starter]",
        "[Stoppregler]\nFør du snakker med foreldrene",
        "Først: er barnet trygt?",
        "  4. Nei, ingen av delene",
        "[Steg 2 av 4: Konkretiser og drøft]",
        "Verktøy: Risiko- og beskyttelsesfaktorer, Observasjonsskjema",
        "  - Taushetsplikt – barnehage, skole, andre kommunale tjenester: Forvaltningsloven § 13; helsepersonell: Helsepersonelloven § 21",
        "Oppsummering: Gå videre til nivå 1 – innsats i egen tjeneste",
        "Fortsett på: Nivå 1 – Innsats i egen tjeneste",
        // No number in the data: left out, never a bare "—"; where to find
        // it is said once.
        "  • Tonstad barnehage (Barnehage)\n",
        "finner du på kommunens nettside www.sirdal.kommune.no",
        "  • Sirdal kommune (sentralbord) – telefon 38 37 90 00 · e-post post@sirdal.kommune.no · nettside www.sirdal.kommune.no",
        "  1. Er barnet i akutt fare, har du konkret mistanke om vold eller seksuelle overgrep, eller er du bekymret for alvorlig omsorgssvikt? → Nei, ingen av delene",
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
        "| PPT Lister | PPT |  |  |",
        "finner du på kommunens nettside www.sirdal.kommune.no",
        "- Sirdal kommune (sentralbord) – telefon 38 37 90 00 · e-post post@sirdal.kommune.no · nettside www.sirdal.kommune.no",
        "- Alarmtelefonen for barn og unge, 116 111 – åpen hele døgnet; barnevernvakten svarer",
        "## Frister",
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
            "cd {d} && env -u NO_COLOR -u BTI_KOMMUNE -u BTI_DATA -u BTI_MAALFORM -u BTI_I_DAG -u BTI_ARBEIDSSTED \
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
    t.keys(&[
        "Enter", "Enter", "4", "Enter", "Enter", "Enter", "3", "Enter",
    ]);
    t.vent_paa("Oppsummering");
    t.keys(&["a"]);
    t.vent_paa("⚠ AKUTT");
    t.keys(&["b"]);
    t.vent_paa("Kontakter:");
    t.keys(&["s"]);
    t.vent_paa("Lagret i bti-oppsummering-2026-01-15.md");
    // A second s writes no second file: it says where the first one is.
    t.keys(&["s"]);
    t.vent_paa("allerede lagret i bti-oppsummering-2026-01-15.md");
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
            .contains("| PPT Lister | PPT |  |  |")
    );
    assert_eq!(
        std::fs::read_dir(t.dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".md"))
            .count(),
        1,
        "one summary file"
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
    // (SPEC §4 names `2\n1\n`; the akutt choice now comes first everywhere.)
    let (code, out, err) = guide(&["guide", "--plain"], "2\n2\n");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Kontakt barnevernet og politiet – ikke foreldrene først"),
        "{out}"
    );
    assert!(
        out.contains("  Politiet (når det ikke haster), 02800"),
        "{out}"
    );
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

// ------------------------------------------------------------------ #12

/// A municipality whose own graph has deadlines on two steps, on an outcome
/// that continues at nivå 2, and on one that closes the case.
pub(crate) const FRIST_KOMMUNE: &str =
    "navn = \"Fristby kommune\"\nmaalform = \"nb\"\nnettside = \"https://fristby.example\"\n";
pub(crate) const FRIST_VEILEDER: &str = r#"[guide]
start = "stopp"
akutt = "akutt"

[[guide.node]]
id = "stopp"
steg = 0
tittel = "Først"
tekst = "Sjekk."
sporsmal = "Akutt?"
valg = [
  { tekst = "Ja, akutt", til = "akutt" },
  { tekst = "Nei", til = "steg-1" },
]

[[guide.node]]
id = "akutt"
steg = 0
tittel = "Akutt"
tekst = "Ring 112."
sporsmal = "Har du ringt?"
valg = [{ tekst = "Ja", til = "utfall-akutt" }]

[[guide.node]]
id = "steg-1"
steg = 1
tittel = "Drøft"
tekst = "Drøft."
sporsmal = "Styrket?"
frist = "14 dager"
valg = [
  { tekst = "Ja", til = "steg-2" },
  { tekst = "Nei, avslutt", til = "utfall-avslutt" },
]

[[guide.node]]
id = "steg-2"
steg = 2
tittel = "Samtale"
tekst = "Snakk med foreldrene."
sporsmal = "Gjennomført?"
frist = "4 uker"
valg = [
  { tekst = "Ja, nivå 2", til = "utfall-niva-2" },
  { tekst = "Ja, avslutt", til = "utfall-avslutt" },
]

[[guide.utfall]]
id = "utfall-avslutt"
tittel = "Avslutt"
tekst = "Ferdig."
frist = "1 uke"

[[guide.utfall]]
id = "utfall-niva-2"
tittel = "Nivå 2"
nivaa = 2
tekst = "Videre."
frist = "2 uker"
kategorier = ["barnevern"]

[[guide.utfall]]
id = "utfall-akutt"
tittel = "Varslet"
tekst = "Varslet."
kategorier = ["barnevern"]
"#;

fn fristby() -> tempfile::TempDir {
    tree(&[
        ("kommuner/fristby/kommune.toml", FRIST_KOMMUNE),
        ("kommuner/fristby/veileder.toml", FRIST_VEILEDER),
    ])
}

#[test]
fn deadlines_count_from_the_undring_and_only_for_steps_ahead() {
    let dir = fristby();
    let d = dir.path().to_str().unwrap();
    let args = ["--data", d, "-k", "fristby", "--undring", "5.1.2026"];
    // stopp -> 2 steg-1 (14 dager) -> 1 steg-2 (4 uker) -> 1 utfall-niva-2 (2 uker)
    let l = linjer(&args, "2\n1\n1\n");
    assert_eq!(
        l[1]["frist"]["dato"], "2026-01-19",
        "14 days from 5 January"
    );
    assert_eq!(l[1]["frist"]["fra"], "2026-01-05");
    assert_eq!(l[2]["frist"]["dato"], "2026-02-02");
    let u = utfall(&l);
    assert_eq!(u["undring"], "2026-01-05");
    let frister: Vec<(&str, &str)> = u["frister"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["node"].as_str().unwrap(), f["dato"].as_str().unwrap()))
        .collect();
    assert_eq!(
        frister,
        [("utfall-niva-2", "2026-01-19")],
        "steps passed are done"
    );

    // The text form says where the count starts.
    let (code, out, err) = guide(&[&["guide", "--plain"], &args[..]].concat(), "2\n1\n1\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Frist: 14 dager – innen man. 19. januar 2026 (regnet fra man. 5. januar 2026, da undringen oppsto)"), "{out}");
    assert!(
        out.contains(
            "  • Nivå 2: man. 19. januar 2026 (2 uker fra man. 5. januar 2026, da undringen oppsto)"
        ),
        "{out}"
    );
    assert!(!out.contains("• Drøft:"), "{out}");

    // An outcome that closes the case lists no deadline, though it has one.
    let l = linjer(&["--data", d, "-k", "fristby"], "2\n2\n");
    let u = utfall(&l);
    assert_eq!(u["id"], "utfall-avslutt");
    assert_eq!(u["frister"], serde_json::json!([]));
    // Without --undring (and piped, so nobody is asked): from today.
    assert_eq!(u["undring"], "2026-01-15");
}

#[test]
fn undring_must_be_a_date_not_after_today() {
    for (dato, want) in [
        ("2026-01-16", "undringen kan ikke ha oppstått etter i dag"),
        ("31.2.2026", "ikke en dato"),
        ("i går", "ikke en dato"),
    ] {
        let (code, out, err) = guide(&["guide", "--plain", "--undring", dato], "4\n1\n2\n");
        assert_eq!(code, 2, "{dato}: {err}");
        assert!(out.is_empty());
        assert!(err.contains(want), "{dato}: {err}");
    }
    let (code, _, err) = guide(
        &[
            "--maalform",
            "nn",
            "guide",
            "--plain",
            "--undring",
            "2027-01-01",
        ],
        "",
    );
    assert_eq!(code, 2);
    assert!(
        err.contains("undringa kan ikkje ha oppstått etter i dag"),
        "{err}"
    );
}

#[test]
fn the_undring_date_is_never_written_unless_the_summary_is_saved() {
    let dir = fristby();
    let d = dir.path().to_str().unwrap();
    let ut = tempfile::tempdir().unwrap();
    let fil = ut.path().join("opp.md");
    let (code, _, err) = guide(
        &[
            "--data",
            d,
            "-k",
            "fristby",
            "guide",
            "--plain",
            "--undring",
            "2026-01-05",
        ],
        "2\n1\n1\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_dir(ut.path()).unwrap().count(), 0);
    let (code, _, err) = guide(
        &[
            "--data",
            d,
            "-k",
            "fristby",
            "guide",
            "--plain",
            "--undring",
            "2026-01-05",
            "--lagre",
            fil.to_str().unwrap(),
        ],
        "2\n1\n1\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        std::fs::read_to_string(&fil)
            .unwrap()
            .contains("da undringen oppsto")
    );
}

#[test]
fn labels_and_contacts_on_the_way() {
    // The re-check mid-walk and the akutt screen are not "Før du starter".
    let (code, out, err) = guide(&["-k", "sirdal", "guide", "--plain"], "4\n1\n1\na\n1\n");
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("[Stoppregler]\nFør du snakker med foreldrene"),
        "{out}"
    );
    // A heading is read once: no «⚠ AKUTT ⚠ / [Akutt fare] / Akutt fare»,
    // and a step's title is not repeated under its label.
    assert!(out.contains("\n[⚠ Akutt fare]\n\nEr barnet"), "{out}");
    assert!(
        !out.contains("AKUTT ⚠") && !out.contains("\nAkutt fare\n"),
        "{out}"
    );
    assert!(
        out.contains("[Steg 1 av 4: Definer undringen]\n\nAlle som"),
        "{out}"
    );
    assert_eq!(out.matches("[Før du starter]").count(), 1, "{out}");
    // The akutt outcome: barnevern by name, the switchboard, 116 111 (once:
    // among the national numbers the outcome lists, with what it is).
    // A missing number is left out (no «–»), and where to find it is said once.
    assert!(out.contains("  • Lister barnevern (Barnevern)\n"), "{out}");
    assert_eq!(
        out.matches("finner du på kommunens nettside www.sirdal.kommune.no")
            .count(),
        1,
        "{out}"
    );
    assert!(!out.contains("–\n") && !out.contains("Telefon: –"), "{out}");
    assert!(
        out.contains(
            "\n  Alarmtelefonen for barn og unge, 116 111 – åpen hele døgnet; barnevernvakten svarer\n"
        ),
        "{out}"
    );
    let opp = out.split("Oppsummering: ").nth(1).unwrap();
    assert_eq!(
        opp.lines()
            .filter(|l| l.starts_with("  ") && l.contains("116 111"))
            .count(),
        1,
        "{opp}"
    );

    // Closing the case: nobody to contact, and no contact bullet after saying so.
    let (code, out, _) = guide(&["-k", "sirdal", "guide", "--plain"], "4\n1\n2\n");
    assert_eq!(code, 0);
    let kontakter = out.split("Kontakter:\n").nth(1).unwrap();
    let kontakter = kontakter.split("\n\n").next().unwrap();
    assert_eq!(
        kontakter,
        "  Ingen tjenester å kontakte for dette utfallet."
    );

    // No municipality: 116 111 is still named, once, and no local vakt.
    let l = linjer(&[], "2\n2\n");
    let u = utfall(&l);
    let nr: Vec<&Value> = u["nodnummer"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["nummer"])
        .collect();
    assert!(nr.contains(&&Value::from("116 111")), "{u}");
    assert_eq!(u["alarmtelefon"], Value::Null);
    assert_eq!(u["barnevernvakt"], Value::Null);
    assert_eq!(u["sentralbord"], Value::Null);
    // An outcome that does not list it gives it beside the contacts.
    let l = linjer(&[], &format!("{TIL_STEG_4}3\n"));
    assert_eq!(utfall(&l)["alarmtelefon"]["nummer"], "116 111");
}

#[test]
fn sjekk_warns_when_the_akutt_choice_moves() {
    // steg-1 offers akutt as its third choice; the first screen as its first.
    let flyttet = FRIST_VEILEDER.replace(
        "  { tekst = \"Ja\", til = \"steg-2\" },\n  { tekst = \"Nei, avslutt\", til = \"utfall-avslutt\" },",
        "  { tekst = \"Ja\", til = \"steg-2\" },\n  { tekst = \"Nei, avslutt\", til = \"utfall-avslutt\" },\n  { tekst = \"Akutt\", til = \"akutt\" },",
    );
    assert_ne!(flyttet, FRIST_VEILEDER);
    let dir = tree(&[
        ("kommuner/fristby/kommune.toml", FRIST_KOMMUNE),
        ("kommuner/fristby/veileder.toml", &flyttet),
    ]);
    let (code, out, err) = crate::util::run(&["sjekk", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "a warning, not an error: {out}{err}");
    assert!(
        out.contains("node «steg-1»: valget til «akutt» står som nr. 3, men i «stopp» som nr. 1"),
        "{out}"
    );
    // The shipped data has no such warning (nor, before its plans, any other).
    let (_, out, _) = crate::util::run(&["--i-dag", "2000-01-01", "sjekk"]);
    assert!(out.contains("0 advarsler"), "{out}");
}

#[test]
fn plain_mode_on_a_terminal_asks_for_the_municipality_first() {
    let Some(t) = Tmux::start("plainkommune", "guide --plain") else {
        return;
    };
    t.vent_paa("Hvilken kommune jobber du i?");
    t.vent_paa("6. Bare nasjonal veileder");
    let skjerm = t.skjerm();
    assert!(skjerm.contains("  3. Sirdal kommune"), "{skjerm}");
    t.keys(&["3", "Enter"]);
    t.vent_paa("Først: er barnet trygt?");
    t.keys(&["2", "Enter"]);
    t.vent_paa("Hva gjør du nå?");
    t.keys(&["2", "Enter"]);
    t.vent_paa("Lister barnevern (Barnevern)");
    t.vent_paa("(j/N)");
    t.keys(&["Enter"]);
    let (code, _) = t.slutt();
    assert_eq!(code, 0);
}

/// Issue 21 §6: a nynorsk municipality chosen in the guide's own question
/// brings the nynorsk guide (its content, not only the labels), in the TUI
/// and in plain mode: Austrheim on the national graph, Sogndal on its own.
#[test]
fn choosing_a_nynorsk_municipality_gives_the_nynorsk_guide() {
    // (args, keys that choose, text only the nynorsk graph has)
    let tilfelle: [(&str, &str, &[&str], &str); 4] = [
        ("nntui-a", "guide", &["Enter"], "ikkje snakke med"),
        (
            "nntui-s",
            "guide",
            &["Down", "Down", "Down", "Enter"],
            "IKKJE snakka",
        ),
        (
            "nnplain-a",
            "guide --plain",
            &["1", "Enter"],
            "ikkje snakke med",
        ),
        (
            "nnplain-s",
            "guide --plain",
            &["4", "Enter"],
            "IKKJE snakka",
        ),
    ];
    for (navn, args, keys, nynorsk) in tilfelle {
        let Some(t) = Tmux::start(navn, args) else {
            return;
        };
        if args.contains("plain") {
            t.vent_paa("Hvilken kommune jobber du i?");
        } else {
            t.vent_paa("Velg kommune");
        }
        t.keys(keys);
        t.vent_paa(nynorsk);
        let skjerm = t.skjerm();
        assert!(
            !skjerm.contains("Sjekk dette før du går videre"),
            "{navn}: {skjerm}"
        );
        drop(t);
    }
}

#[test]
fn tui_at_40x12_shows_every_choice_and_asks_before_quitting() {
    let Some(t) = Tmux::start("liten", "-k sirdal guide") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    t.tmux(&["resize-window", "-x", "40", "-y", "12"]);
    t.vent_paa("Enter bekreft · a akutt · q avslutt");
    t.keys(&["4", "Enter", "Enter", "Enter"]);
    t.vent_paa("Før du snakker med foreldrene");
    let skjerm = t.tmux(&["capture-pane", "-p"]);
    for want in [
        "▶ 1. Ja, barnet er i akutt fare",
        "  2. Ja, jeg har konkret",
        "  3. Jeg er bekymret for",
        "  4. Nei, ingen av delene",
        "Enter bekreft · a akutt · q avslutt",
    ] {
        assert!(skjerm.contains(want), "missing «{want}»:\n{skjerm}");
    }
    t.keys(&["q"]);
    t.vent_paa("Trykk q igjen");
    t.keys(&["q"]);
    let (code, stty) = t.slutt();
    assert_eq!(code, 1, "aborted before an outcome");
    t.assert_normal_terminal(&stty);
}

#[test]
fn json_lines_never_hand_out_an_unconfirmed_paragraph() {
    // Issue 21: an unconfirmed paragraph is never shown, in no format: the
    // law's name and its Lovdata link only, and no maintainer's note. Each
    // law says which workplaces it binds (SPEC §4).
    for maalform in ["nb", "nn"] {
        let lines = linjer(&["--maalform", maalform], "2\n2\n");
        let lov = |v: &Value, id: &str| {
            v["lovverk"]
                .as_array()
                .unwrap()
                .iter()
                .find(|l| l["id"] == id)
                .cloned()
                .unwrap()
        };
        let u = utfall(&lines);
        for v in [&lines[1], u] {
            let b = lov(v, "opplysningsplikt-barnevern");
            assert_eq!(b["paragraf"], Value::Null, "{b}");
            assert_eq!(b["lenke"], "https://lovdata.no/lov/2021-06-18-97");
            assert_eq!(b["arbeidssted"], serde_json::json!(["annet"]));
            assert!(b.get("kontroller").is_none(), "{b}");
            assert_eq!(
                lov(v, "opplysningsplikt-helsepersonell")["paragraf"],
                "§ 33"
            );
            assert_eq!(lov(v, "avvergingsplikt")["arbeidssted"], Value::Null);
        }
        let alt: String = lines.iter().map(|l| l.to_string()).collect();
        assert!(!alt.contains("kontroller"), "{alt}");
        assert!(!alt.contains("13-2"), "{alt}");
        // The police, as well as barnevernet, for concrete suspicion.
        assert!(u["tekst"].as_str().unwrap().contains("02800"));
    }
}

/// Issue 21: `--arbeidssted` (and `BTI_ARBEIDSSTED`) narrows the duties to
/// the law of the user's own workplace, in JSON as in text.
#[test]
fn arbeidssted_narrows_the_duties() {
    let helse = linjer(&["--arbeidssted", "helse"], "2\n2\n");
    let ids = |v: &Value| -> Vec<String> {
        v["lovverk"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(utfall(&helse)),
        ["opplysningsplikt-helsepersonell", "avvergingsplikt"]
    );
    let (code, out, err) = guide(&["guide", "--plain"], "2\n2\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Barnehageloven § 46") && out.contains("Helsepersonelloven § 33"));
    let mut cmd = crate::util::bti();
    cmd.env("BTI_ARBEIDSSTED", "barnehage")
        .args(["guide", "--plain"])
        .write_stdin("4\n1\n1\n4\n1\n1\n3\n");
    let out = cmd.output().unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(out.contains("Forvaltningsloven § 13"), "{out}");
    assert!(!out.contains("Helsepersonelloven § 21"), "{out}");
    assert!(!out.contains("Helsepersonelloven § 22"), "{out}");
    let (code, _, err) = guide(&["--arbeidssted", "sykehus", "guide", "--plain"], "");
    assert_eq!(code, 2, "{err}");
}

#[test]
fn sjekk_warns_when_the_repeated_stop_rule_question_changes_its_answers() {
    // The national graph with the re-check's answers in the old, reversed
    // order (issue #12: 4 was «nei» the first time and «akutt» the second).
    let nasjonal = include_str!("../data/nasjonal/veileder.toml");
    let gammel = "valg = [\n  { tekst = \"Ja, barnet er i akutt fare\", til = \"akutt\" },\n  { tekst = \"Ja, jeg har konkret mistanke om vold eller seksuelle overgrep fra foreldrene\", til = \"vold-overgrep\", grunnlag = \"konkret-mistanke\" },\n  { tekst = \"Jeg er bekymret for alvorlig omsorgssvikt, eller usikker på om det kan være vold eller overgrep\", til = \"terskel\" },\n  { tekst = \"Nei, ingen av delene\", til = \"steg-3\" },\n]";
    let snudd = "valg = [\n  { tekst = \"Nei, ingen av delene\", til = \"steg-3\" },\n  { tekst = \"Jeg er bekymret for alvorlig omsorgssvikt, eller usikker på om det kan være vold eller overgrep\", til = \"terskel\" },\n  { tekst = \"Ja, jeg har konkret mistanke om vold eller seksuelle overgrep fra foreldrene\", til = \"vold-overgrep\", grunnlag = \"konkret-mistanke\" },\n  { tekst = \"Ja, barnet er i akutt fare\", til = \"akutt\" },\n]";
    assert_eq!(nasjonal.matches(gammel).count(), 1);
    let dir = tree(&[
        ("kommuner/fristby/kommune.toml", FRIST_KOMMUNE),
        (
            "kommuner/fristby/veileder.toml",
            &nasjonal.replace(gammel, snudd),
        ),
    ]);
    let (code, out, err) = crate::util::run(&["sjekk", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "a warning, not an error: {out}{err}");
    assert!(
        out.contains(
            "node «for-steg-3» stiller det samme spørsmålet som «stopp», men med andre svar"
        ),
        "{out}"
    );
    let (_, out, _) =
        crate::util::run(&["--maalform", "nn", "sjekk", dir.path().to_str().unwrap()]);
    assert!(
        out.contains("stiller det same spørsmålet som «stopp»"),
        "{out}"
    );
}

#[test]
fn the_duty_to_report_is_tied_to_reason_to_believe() {
    // DOMAIN.md, stop rules: the opplysningsplikt arises when there is
    // reason to believe a child is exposed to serious neglect or abuse, not
    // on any worry. Every guide text that tells the user of the duty says so.
    for (fil, tekst) in [
        (
            "nasjonal/veileder.toml",
            include_str!("../data/nasjonal/veileder.toml"),
        ),
        (
            "nasjonal/veileder.nn.toml",
            include_str!("../data/nasjonal/veileder.nn.toml"),
        ),
        (
            "kommuner/sogndal/veileder.toml",
            include_str!("../data/kommuner/sogndal/veileder.toml"),
        ),
    ] {
        let mut n = 0;
        for linje in tekst.lines().filter(|l| l.starts_with("tekst = ")) {
            let l = linje.to_lowercase();
            if l.contains("opplysningsplikt") || l.contains("meldeplikt") {
                n += 1;
                assert!(
                    l.contains("grunn til å tro") || l.contains("grunn til å tru"),
                    "{fil}: {linje}"
                );
            }
        }
        assert!(n >= 2, "{fil}: the duty is named in the stop rules");
        // The avvergingsplikt has a higher threshold: certain or most likely,
        // never «grunn til å tro» (DOMAIN.md).
        for linje in tekst.lines().filter(|l| l.starts_with("tekst = ")) {
            for setning in linje.split(". ") {
                let l = setning.to_lowercase();
                if l.contains("avvergingsplikt") {
                    assert!(
                        l.contains("mest sannsynl") && !l.contains("grunn til å tr"),
                        "{fil}: {setning}"
                    );
                }
            }
        }
    }
}

#[test]
fn no_registered_service_still_says_where_to_find_the_numbers() {
    // Austrheim's data has no services: the summary must still answer
    // "whom do I call now", in its own målform, with category names.
    let (code, out, err) = guide(
        &["-k", "austrheim", "guide", "--plain"],
        "4\n1\n1\n4\n1\n1\n2\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("Kommunen har ingen tenester registrerte i desse kategoriane: Barnehage, Skule, Helsestasjon, Skulehelseteneste. Finn tenestene og telefonnummera deira på nettsida til kommunen."),
        "{out}"
    );
}
/// `bti --data <fristby> -k fristby guide …` in a real terminal.
fn fristby_i_tmux(navn: &str, dir: &tempfile::TempDir, ekstra: &str) -> Option<Tmux> {
    let args = format!("--data {} -k fristby guide {ekstra}", dir.path().display());
    Tmux::start(navn, &args)
}

#[test]
fn tui_asks_the_undring_date_only_after_the_first_stop_rule_screen() {
    // DOMAIN.md: the stop rules are shown before step 1, before anything else.
    let dir = fristby();
    let Some(t) = fristby_i_tmux("undringtui", &dir, "") else {
        return;
    };
    t.vent_paa("Akutt?");
    let skjerm = t.skjerm();
    assert!(skjerm.contains("Før du starter"), "{skjerm}");
    assert!(!skjerm.contains("Når oppsto undringen?"), "{skjerm}");
    t.keys(&["2", "Enter"]);
    t.vent_paa("Når oppsto undringen?");
    assert!(
        !t.skjerm().contains("Styrket?"),
        "the date comes before step 1"
    );
    t.keys(&["Up", "Enter"]);
    t.vent_paa("Frist: 14 dager – innen ons. 28. januar 2026 (regnet fra ons. 14. januar 2026");
    // steg-2, then the outcome at nivå 2: 2 uker from 14 January.
    t.keys(&["Enter", "Enter", "Enter"]);
    t.vent_paa("Oppsummering");
    t.keys(&["q"]);
    let (code, stty) = t.slutt();
    assert_eq!(code, 0);
    t.assert_normal_terminal(&stty);
    let skjerm = t.skjerm();
    assert!(
        skjerm.contains("ons. 28. januar 2026 (2 uker fra ons. 14. januar 2026"),
        "{skjerm}"
    );
}

#[test]
fn tui_never_asks_the_undring_date_on_the_akutt_path() {
    let dir = fristby();
    let Some(t) = fristby_i_tmux("undringakutt", &dir, "") else {
        return;
    };
    t.vent_paa("Akutt?");
    t.keys(&["Enter"]);
    t.vent_paa("Ring 112.");
    assert!(!t.skjerm().contains("Når oppsto undringen?"));
    t.keys(&["Enter"]);
    t.vent_paa("Oppsummering");
    t.keys(&["q"]);
    let (code, _) = t.slutt();
    assert_eq!(code, 0);
    let skjerm = t.skjerm();
    assert!(skjerm.contains("Varslet."), "{skjerm}");
    assert!(!skjerm.contains("Når oppsto undringen?"), "{skjerm}");
}

#[test]
fn plain_mode_on_a_terminal_asks_the_undring_date_after_the_stop_rules() {
    let dir = fristby();
    let Some(t) = fristby_i_tmux("undringplain", &dir, "--plain") else {
        return;
    };
    t.vent_paa("Akutt?");
    assert!(
        !t.skjerm().contains("Når oppsto undringen?"),
        "{}",
        t.skjerm()
    );
    t.keys(&["2", "Enter"]);
    t.vent_paa("Når oppsto undringen?");
    t.keys(&["10.1.2026", "Enter"]);
    t.vent_paa("(regnet fra lør. 10. januar 2026, da undringen oppsto)");
    t.keys(&["2", "Enter"]);
    t.vent_paa("(j/N)");
    t.keys(&["Enter"]);
    let (code, _) = t.slutt();
    assert_eq!(code, 0);
    let skjerm = t.skjerm();
    let stopp = skjerm.find("[Før du starter]").unwrap();
    let dato = skjerm.find("Når oppsto undringen?").unwrap();
    let steg = skjerm.find("[Steg 1 av 4").unwrap();
    assert!(stopp < dato && dato < steg, "{skjerm}");
    assert_eq!(
        skjerm.matches("Når oppsto undringen?").count(),
        1,
        "{skjerm}"
    );

    // The akutt path never asks.
    let Some(t) = fristby_i_tmux("undringplainakutt", &dir, "--plain") else {
        return;
    };
    t.vent_paa("Akutt?");
    t.keys(&["1", "Enter"]);
    t.vent_paa("Ring 112.");
    t.keys(&["1", "Enter"]);
    t.vent_paa("(j/N)");
    t.keys(&["Enter"]);
    let (code, _) = t.slutt();
    assert_eq!(code, 0);
    let skjerm = t.skjerm();
    assert!(skjerm.contains("Varslet."), "{skjerm}");
    assert!(!skjerm.contains("Når oppsto undringen?"), "{skjerm}");
}

/// Issue 25: the TUI and plain mode number «national only» alike (last,
/// after the municipalities), and the number chooses it in plain mode.
#[test]
fn tui_and_plain_mode_number_national_only_alike() {
    let Some(t) = Tmux::start("nasjonaltui", "guide") else {
        return;
    };
    t.vent_paa("Velg kommune");
    t.vent_paa("  6. Bare nasjonal veileder");
    drop(t);
    let Some(t) = Tmux::start("nasjonalplain", "guide --plain") else {
        return;
    };
    t.vent_paa("  6. Bare nasjonal veileder");
    assert!(!t.skjerm().contains("0. Bare"), "{}", t.skjerm());
    t.keys(&["6", "Enter"]);
    t.vent_paa("Først: er barnet trygt?");
    t.keys(&["2", "Enter", "2", "Enter"]);
    t.vent_paa("Nasjonal veileder · dato");
    t.keys(&["Enter"]);
    assert_eq!(t.slutt().0, 0);
}

/// Issue 25: a person at a terminal in plain mode is asked at the end whether
/// to save the summary, under the TUI's `s` name; Enter (and end of input)
/// means no, `j` writes it 0600. Nynorsk asks in nynorsk.
#[test]
fn plain_mode_on_a_terminal_asks_to_save_the_summary() {
    let md = |t: &Tmux| {
        std::fs::read_dir(t.dir.path())
            .unwrap()
            .filter(|e| {
                e.as_ref()
                    .unwrap()
                    .file_name()
                    .to_string_lossy()
                    .ends_with(".md")
            })
            .count()
    };
    let Some(t) = Tmux::start("lagrenei", "-k sirdal guide --plain") else {
        return;
    };
    t.vent_paa("Først: er barnet trygt?");
    t.keys(&["2", "Enter", "2", "Enter"]);
    t.vent_paa("Vil du lagre oppsummeringen i bti-oppsummering-2026-01-15.md? (j/N)");
    t.keys(&["Enter"]);
    assert_eq!(t.slutt().0, 0);
    assert_eq!(md(&t), 0, "no means no file");
    drop(t);

    let Some(t) = Tmux::start("lagreja", "-k austrheim guide --plain") else {
        return;
    };
    t.keys(&["2", "Enter", "2", "Enter"]);
    t.vent_paa("Vil du lagre oppsummeringa i bti-oppsummering-2026-01-15.md? (j/N)");
    t.keys(&["j", "Enter"]);
    t.vent_paa("Lagra i bti-oppsummering-2026-01-15.md");
    assert_eq!(t.slutt().0, 0);
    let fil = t.dir.path().join("bti-oppsummering-2026-01-15.md");
    assert!(std::fs::read_to_string(&fil).unwrap().contains("Austrheim"));
    #[cfg(unix)]
    assert_eq!(mode(&fil), 0o600);
}
