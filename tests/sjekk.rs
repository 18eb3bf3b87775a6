//! `bti sjekk`: one fixture per error kind of SPEC §1.8, each with the exact
//! file:line:column and message, and the embedded data clean.

use crate::util::{bti, run, tree};

const F: &str = "tests/fixtures/sjekk";

/// `bti sjekk DIR`: (exit code, stdout lines without the summary).
fn sjekk(name: &str) -> (i32, Vec<String>) {
    // Before every fixture's deadlines: no «not updated» warning in the way.
    let (code, out, _) = run(&["--i-dag", "2000-01-01", "sjekk", &format!("{F}/{name}")]);
    let mut lines: Vec<String> = out.lines().map(str::to_string).collect();
    let summary = lines.pop().unwrap_or_default();
    assert!(summary.starts_with("Sjekket: "), "{summary}");
    (code, lines)
}

fn one(name: &str, file: &str, pos: &str, msg: &str) {
    let (code, lines) = sjekk(name);
    let want = format!("{F}/{name}/kommuner/test/{file}:{pos}: {msg}");
    assert_eq!(lines, vec![want], "{name}");
    assert_eq!(code, if msg.starts_with("feil") { 1 } else { 0 }, "{name}");
}

#[test]
fn toml_syntax() {
    one(
        "toml-syntaks",
        "tjenester.toml",
        "2:10",
        "feil: ugyldig TOML: teksten er ikke avsluttet; ventet `\"`",
    );
}

#[test]
fn unknown_key_with_suggestion() {
    one(
        "ukjent-nokkel",
        "tjenester.toml",
        "5:1",
        "feil: ukjent nøkkel «telefonn» (mente du «telefon»?)",
    );
}

#[test]
fn missing_required_key() {
    one(
        "mangler-nokkel",
        "tjenester.toml",
        "1:1",
        "feil: mangler påkrevd nøkkel «navn»",
    );
}

#[test]
fn wrong_type() {
    one(
        "feil-type",
        "tjenester.toml",
        "5:9",
        "feil: «nivaa»: ventet liste, fikk tekst «2»",
    );
}

#[test]
fn duplicate_id() {
    one(
        "dobbel-id",
        "tjenester.toml",
        "7:6",
        "feil: id-en «ppt» er brukt før (første gang på linje 2)",
    );
}

#[test]
fn missing_tjeneste() {
    one(
        "ukjent-tjeneste",
        "arenaer.toml",
        "5:21",
        "feil: tjenesten «helsestasjn» finnes ikke",
    );
}

#[test]
fn missing_aktivitet() {
    one(
        "ukjent-aktivitet",
        "framdrift.toml",
        "12:26",
        "feil: aktiviteten «vedtk» finnes ikke (mente du «vedtak»?)",
    );
}

#[test]
fn unparseable_frist_points_inside_the_value() {
    let (code, lines) = sjekk("ugyldig-frist");
    assert_eq!(code, 1);
    let p = format!("{F}/ugyldig-frist/kommuner/test/framdrift.toml");
    let hint = "(er fristen fritekst, sett «frist_omtrentlig = true»)";
    assert_eq!(
        lines,
        vec![
            format!("{p}:9:10: feil: datoen finnes ikke: «31.02» {hint}"),
            format!("{p}:13:14: feil: uka finnes ikke: 54 {hint}"),
            format!("{p}:17:14: feil: kan ikke lese datouttrykket «første stafettlogg» {hint}"),
        ]
    );
}

#[test]
fn unparseable_naar() {
    one(
        "ugyldig-naar",
        "framdrift.toml",
        "8:9",
        "feil: naar: kan ikke lese datouttrykket «Etter evalueringa»",
    );
}

#[test]
fn meeting_with_two_readings() {
    // A meeting without a year is its next occurrence (issue 27 item 7);
    // one that can be read two ways is still an error.
    one(
        "mote-tvetydig",
        "arenaer.toml",
        "5:25",
        "feil: uttrykket kan leses på flere måter; skriv: «juli 2024» eller «julen 2024»",
    );
}

#[test]
fn relative_deadline_cycle() {
    one(
        "syklus",
        "framdrift.toml",
        "13:23",
        "feil: relative frister går i ring: «b» → «a»",
    );
}

#[test]
fn unreachable_node() {
    one(
        "uoppnaaelig-node",
        "veileder.toml",
        "20:6",
        "feil: node «glemt» kan ikke nås fra start",
    );
}

#[test]
fn dead_end() {
    one(
        "blindvei",
        "veileder.toml",
        "20:6",
        "feil: node «loop» er en blindvei: ingen utfall kan nås herfra",
    );
}

#[test]
fn akutt_missing() {
    one(
        "akutt-mangler",
        "veileder.toml",
        "2:9",
        "feil: [guide] mangler «akutt» (noden akutt-tasten hopper til)",
    );
}

#[test]
fn missing_choice_target_and_lovverk() {
    let (code, lines) = sjekk("ukjent-valg-og-lov");
    assert_eq!(code, 1);
    let p = format!("{F}/ukjent-valg-og-lov/kommuner/test/veileder.toml");
    assert_eq!(
        lines,
        vec![
            format!(
                "{p}:10:12: feil: lovverk «taushetsplkt» finnes ikke (mente du «taushetsplikt»?)"
            ),
            format!(
                "{p}:11:31: feil: målet «utfall-avslut» finnes ikke (mente du «utfall-avslutt»?)"
            ),
        ]
    );
}

#[test]
fn level_out_of_range() {
    one(
        "utenfor-nivaa",
        "tjenester.toml",
        "5:13",
        "feil: nivå 7 finnes ikke i veilederen (gyldige nivåer: 0, 1, 2, 3)",
    );
}

#[test]
fn unknown_category_is_a_warning() {
    one(
        "ukjent-kategori",
        "tjenester.toml",
        "4:12",
        "advarsel: ukjent kategori «skule» (mente du «skole»?)",
    );
}

#[test]
fn seed_entry_without_kilde_is_a_warning() {
    let (code, lines) = sjekk("mangler-kilde");
    assert_eq!(code, 0);
    assert_eq!(
        lines,
        vec![format!(
            "{F}/mangler-kilde/kommuner/sirdal/kommune.toml:1:1: advarsel: oppføringen mangler «kilde»"
        )]
    );
}

#[test]
fn several_errors_in_several_files_are_all_reported() {
    let (code, lines) = sjekk("flere-feil");
    assert_eq!(code, 1);
    let p = format!("{F}/flere-feil/kommuner/test");
    assert_eq!(
        lines,
        vec![
            // Before entries were read one by one, the unknown key in
            // tjenester.toml hid this dangling reference.
            format!("{p}/arenaer.toml:5:14: feil: tjenesten «finnes-ikke» finnes ikke"),
            format!(
                "{p}/framdrift.toml:7:14: feil: uka finnes ikke: 99 (er fristen fritekst, sett «frist_omtrentlig = true»)"
            ),
            format!("{p}/tjenester.toml:5:1: feil: ukjent nøkkel «telefonn» (mente du «telefon»?)"),
        ]
    );
}

#[test]
fn nynorsk_messages() {
    let (_, out, _) = run(&["--maalform", "nn", "sjekk", &format!("{F}/ukjent-nokkel")]);
    assert!(
        out.contains("feil: ukjend nøkkel «telefonn» (meinte du «telefon»?)"),
        "{out}"
    );
}

#[test]
fn file_over_16_mib_is_refused() {
    let dir = tree(&[(
        "kommuner/stor/kommune.toml",
        "navn = \"Stor\"\nmaalform = \"nb\"\n",
    )]);
    let f = std::fs::File::create(dir.path().join("kommuner/stor/tjenester.toml")).unwrap();
    f.set_len(17 * 1024 * 1024).unwrap();
    let (code, out, _) = run(&["sjekk", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("tjenester.toml: feil: kan ikke lese: fila er for stor (17 825 792 byte; grensen er 16 777 216 byte = 16 MiB)"),
        "{out}"
    );
}

#[test]
fn other_commands_refuse_invalid_data_with_the_same_messages() {
    let (code, out, err) = run(&["--data", &format!("{F}/ukjent-nokkel"), "tjenester"]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.starts_with("bti: dataene har feil (1 feil)\n"), "{err}");
    assert!(
        err.contains("tjenester.toml:5:1: feil: ukjent nøkkel «telefonn»"),
        "{err}"
    );
}

#[test]
fn embedded_data_has_no_errors_and_no_warnings() {
    // Before the shipped plans' deadlines (after them, their rows still
    // marked planned are warned about: see `stale_plan_rows_are_warned_with_their_position`).
    let out = bti()
        .args(["--i-dag", "2000-01-01", "sjekk"])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "Sjekket: 0 feil, 0 advarsler (5 kommuner)\n"
    );
    assert!(out.status.success());
    // The national files checked as files: their maintainer is told which
    // paragraph numbers are still unconfirmed (and so never shown).
    let out = bti()
        .args(["--i-dag", "2000-01-01", "sjekk", "data"])
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.ends_with("Sjekket: 0 feil, 2 advarsler (5 kommuner)\n"),
        "{out}"
    );
    let advarsler: Vec<&str> = out.lines().filter(|l| l.contains("advarsel")).collect();
    assert_eq!(advarsler.len(), 2, "{out}");
    for a in advarsler {
        assert!(
            a.contains("lovverk.toml") && a.contains("brukerne ser bare lovens navn"),
            "{a}"
        );
    }
}

/// SPEC §1.7: a bekymringsmelding outcome reachable without an answer that
/// establishes the ground (DOMAIN.md «Stop rules»: not every worry is a
/// melding) is an error that shows the path.
#[test]
fn melding_without_grunnlag_is_an_error() {
    let (code, lines) = sjekk("melding-uten-grunnlag");
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("veileder.toml:24:6: feil: utfallet «utfall-melding» er en bekymringsmelding, men kan nås uten et svar med «grunnlag» (start → utfall-melding)"),
        "{lines:?}"
    );
}

/// SPEC §1.7: concrete suspicion of violence or sexual abuse leads straight
/// to the police (02800, 112) as well as barnevernet.
#[test]
fn konkret_mistanke_without_politi_is_an_error() {
    let (code, lines) = sjekk("mistanke-uten-politi");
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].contains("veileder.toml:12:55: feil: node «start»: svaret med grunnlag = \"konkret-mistanke\" går til «utfall-melding» som ikke har politi = true"),
        "{lines:?}"
    );
}
