//! clap stays the parser; this is the boundary where its errors and help
//! become Norwegian (SPEC §3: no English text from the argument parser
//! reaches the user). Messages are built from `clap::Error::kind()` and its
//! `context()` items, never by editing clap's English sentences; help text
//! only has clap's few bracketed English tokens replaced.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use crate::i18n::Maalform;

use crate::cli::{MILJO, env_satt};

/// Global options that take a value (so a word after one is no command).
const MED_VERDI: [&str; 9] = [
    "-k",
    "--kommune",
    "--data",
    "--format",
    "--color",
    "--maalform",
    "--målform",
    "--i-dag",
    "--idag",
];

/// `bti hjelp [KOMMANDO]` and `bti help [KOMMANDO]` are `bti [KOMMANDO] --help`.
pub fn hjelp(args: Vec<OsString>) -> Vec<OsString> {
    let mut i = 1;
    while let Some(a) = args.get(i) {
        let s = a.to_string_lossy();
        if s == "hjelp" || s == "help" {
            let mut out: Vec<OsString> = args[..i].to_vec();
            out.extend(args[i + 1..].iter().cloned());
            out.push("--help".into());
            return out;
        }
        if MED_VERDI.contains(&s.as_ref()) {
            i += 2;
        } else if s.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    args
}

/// The målform for a usage error: `--maalform` on the command line, else
/// `BTI_MAALFORM`, else the configuration file, else the municipality `-k`
/// names (embedded data), else bokmål.
pub fn maalform(args: &[OsString]) -> Maalform {
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // Every value given to an option, in order.
    let flag = |names: &[&str]| -> Vec<String> {
        let mut found = Vec::new();
        for (i, w) in words.iter().enumerate() {
            for n in names {
                if w == n {
                    found.extend(words.get(i + 1).cloned());
                } else if let Some(v) = w.strip_prefix(&format!("{n}=")) {
                    found.push(v.to_string());
                }
            }
        }
        found.retain(|v| !v.trim().is_empty());
        found
    };
    if let Some(m) = flag(&["--maalform", "--målform"])
        .iter()
        .rev()
        .find_map(|v| crate::cli::parse_maalform(v).ok())
    {
        return m;
    }
    if let Some(m) =
        env_satt("BTI_MAALFORM").and_then(|v| crate::cli::parse_maalform(&v.to_string_lossy()).ok())
    {
        return m;
    }
    if let Some(m) = crate::config::Config::load(Maalform::Nb)
        .ok()
        .and_then(|c| c.maalform)
    {
        return m;
    }
    let k = flag(&["-k", "--kommune"])
        .pop()
        .or_else(|| env_satt("BTI_KOMMUNE").map(|v| v.to_string_lossy().into_owned()));
    if let Some(k) = k
        && flag(&["--data"]).is_empty()
        && env_satt("BTI_DATA").is_none()
    {
        let store = crate::data::Store::embedded(Maalform::Nb);
        if let Ok(id) = store.find_kommune(&k) {
            return store.maalform_of(&id).unwrap_or_default();
        }
    }
    Maalform::Nb
}

/// Help and version to stdout (exit 0; 1 when stdout is closed or full); every other error to stderr in the
/// UI målform (exit 2).
pub fn feil(e: &clap::Error, args: &[OsString]) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let m = maalform(args);
            let text = hjelpetekst(&e.render().to_string(), m);
            // The same rule as every command: a closed or full stdout is exit 1.
            let skrevet = crate::commands::stdout_open(m).and_then(|()| {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes())
                    .and_then(|()| out.flush())
                    .map_err(|e| crate::commands::stdout_feil(e.kind(), m))
            });
            match skrevet {
                Ok(()) | Err(crate::error::Error::BrokenPipe) => ExitCode::SUCCESS,
                Err(e) => {
                    let _ = writeln!(
                        std::io::stderr().lock(),
                        "bti: {}",
                        crate::vis::vis_linje(&e.to_string())
                    );
                    ExitCode::from(1)
                }
            }
        }
        _ => {
            let m = maalform(args);
            let mut err = std::io::stderr().lock();
            for (i, line) in melding(e, args, m).iter().enumerate() {
                // The arguments are the user's: no control character raw.
                let line = crate::vis::vis_linje(line);
                let _ = if i == 0 {
                    writeln!(err, "bti: {line}")
                } else {
                    writeln!(err, "  {line}")
                };
            }
            ExitCode::from(2)
        }
    }
}

/// Rendered help with clap's bracketed English tokens in Norwegian.
pub fn hjelpetekst(s: &str, m: Maalform) -> String {
    s.replace("[OPTIONS]", m.t("[VALG]", "[VAL]"))
        .replace("[aliases: ", "[alias: ")
        .replace("[default: ", "[standard: ")
        .replace("[env: ", "[miljø: ")
}

fn tekst(v: &ContextValue) -> String {
    match v {
        ContextValue::String(s) => s.clone(),
        ContextValue::Strings(v) => v.join(", "),
        ContextValue::StyledStr(s) => s.to_string(),
        ContextValue::StyledStrs(v) => v
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        ContextValue::Number(n) => n.to_string(),
        ContextValue::Bool(b) => b.to_string(),
        ContextValue::None => String::new(),
        _ => String::new(),
    }
}

fn liste(v: &ContextValue) -> Vec<String> {
    match v {
        ContextValue::Strings(v) => v.clone(),
        ContextValue::StyledStrs(v) => v.iter().map(ToString::to_string).collect(),
        other => vec![tekst(other)],
    }
}

/// "--i-dag <DATO>" → "--i-dag".
fn flaggnavn(arg: &str) -> &str {
    arg.split([' ', '=']).next().unwrap_or(arg)
}

/// The environment variable that gave an option's value, when the user did
/// not write the option itself: then the message names the variable.
fn fra_miljo<'a>(arg: &str, args: &[OsString]) -> Option<&'a str> {
    let flag = flaggnavn(arg);
    let (_, names, var) = MILJO.iter().find(|(_, names, _)| names.contains(&flag))?;
    let given = args.iter().skip(1).any(|a| {
        let a = a.to_string_lossy();
        names.iter().any(|n| {
            a == *n || a.starts_with(&format!("{n}=")) || (n.len() == 2 && a.starts_with(n))
        })
    });
    (!given && env_satt(var).is_some()).then_some(*var)
}

/// The lines of the message: the first is the error, the rest are details.
pub fn melding(e: &clap::Error, args: &[OsString], m: Maalform) -> Vec<String> {
    let mut lines = feillinjer(e, args, m);
    lines.extend(forslag(e, m));
    lines.extend(bruk(e, m));
    lines
}

/// What went wrong, by clap's kind of error, with a hint where one helps.
fn feillinjer(e: &clap::Error, args: &[OsString], m: Maalform) -> Vec<String> {
    let get = |k: ContextKind| e.get(k).map(tekst).filter(|s| !s.is_empty());
    let arg = get(ContextKind::InvalidArg).unwrap_or_default();
    let verdi = get(ContextKind::InvalidValue).unwrap_or_default();
    let hvor = match fra_miljo(&arg, args) {
        Some(var) => format!("{} {var}", m.t("miljøvariabelen", "miljøvariabelen")),
        None => arg.clone(),
    };
    let mut lines = Vec::new();
    match e.kind() {
        ErrorKind::UnknownArgument => {
            lines.push(format!(
                "{} «{arg}»",
                if arg.starts_with('-') {
                    m.t("ukjent valg", "ukjend val")
                } else {
                    m.t("uventet argument", "uventa argument")
                }
            ));
            if arg.starts_with('-') && arg.chars().nth(1).is_some_and(|c| c.is_ascii_digit()) {
                lines.push(
                    m.t(
                        "en verdi som begynner med «-» skrives med likhetstegn: --valg=verdi",
                        "ein verdi som byrjar med «-» skriv du med likskapsteikn: --val=verdi",
                    )
                    .to_string(),
                );
            }
        }
        ErrorKind::InvalidSubcommand => {
            let cmd = get(ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push(format!(
                "{} «{cmd}»",
                m.t("ukjent kommando", "ukjend kommando")
            ));
            lines.push(format!(
                "{} {}",
                m.t("kommandoer:", "kommandoar:"),
                crate::cli::command()
                    .get_subcommands()
                    .map(|s| s.get_name().to_string())
                    .chain(["hjelp".to_string()])
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            lines.extend(kommando_forslag(&cmd, m));
        }
        ErrorKind::InvalidValue if verdi.is_empty() => {
            lines.push(format!("{hvor} {}", m.t("mangler verdi", "manglar verdi")));
        }
        ErrorKind::InvalidValue => {
            lines.push(format!(
                "{} «{verdi}» {} {hvor}",
                m.t("ugyldig verdi", "ugyldig verdi"),
                m.t("for", "for")
            ));
        }
        ErrorKind::ValueValidation => {
            lines.push(format!(
                "{} «{verdi}» {} {hvor}",
                m.t("ugyldig verdi", "ugyldig verdi"),
                m.t("for", "for")
            ));
            lines.push(hva_som_trengs(flaggnavn(&arg), m));
        }
        ErrorKind::NoEquals => lines.push(format!(
            "{arg}: {}",
            m.t(
                "skriv verdien etter et likhetstegn",
                "skriv verdien etter eit likskapsteikn"
            )
        )),
        ErrorKind::TooManyValues => lines.push(format!(
            "{} {arg}: «{verdi}»",
            m.t("for mange verdier for", "for mange verdiar for")
        )),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => lines.push(format!(
            "{} {arg}",
            m.t("feil antall verdier for", "feil tal på verdiar for")
        )),
        ErrorKind::ArgumentConflict => {
            let prior = e.get(ContextKind::PriorArg).map(liste).unwrap_or_default();
            if prior.iter().any(|p| flaggnavn(p) == flaggnavn(&arg)) {
                lines.push(format!(
                    "{} {}",
                    flaggnavn(&arg),
                    m.t("kan bare gis én gang", "kan berre givast éin gong")
                ));
            } else {
                lines.push(format!(
                    "{arg} {} {}",
                    m.t("kan ikke brukes sammen med", "kan ikkje brukast saman med"),
                    if prior.is_empty() {
                        m.t("et annet valg", "eit anna val").to_string()
                    } else {
                        prior.join(m.t(" eller ", " eller "))
                    }
                ));
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let missing = e
                .get(ContextKind::InvalidArg)
                .map(liste)
                .unwrap_or_default();
            lines.push(format!(
                "{} {}",
                m.t("mangler", "manglar"),
                missing.join(", ")
            ));
        }
        ErrorKind::MissingSubcommand => {
            lines.push(m.t("mangler kommando", "manglar kommando").to_string());
        }
        ErrorKind::InvalidUtf8 => lines.push(
            m.t(
                "et argument er ikke gyldig UTF-8",
                "eit argument er ikkje gyldig UTF-8",
            )
            .to_string(),
        ),
        _ => lines.push(
            m.t("feil i kommandolinja", "feil i kommandolinja")
                .to_string(),
        ),
    }
    lines
}

/// What clap suggests, the `--` hint for a value that looks like an option,
/// and the values an option takes.
fn forslag(e: &clap::Error, m: Maalform) -> Vec<String> {
    let mut lines = Vec::new();
    // Suggestions clap found (values it names, not its English sentences).
    for (kind, nb, nn) in [
        (ContextKind::SuggestedArg, "mente du", "meinte du"),
        // (An unknown command gets its own, closest first: `kommando_forslag`.)
        (ContextKind::SuggestedValue, "mente du", "meinte du"),
    ] {
        if let Some(v) = e.get(kind) {
            let s = liste(v);
            if !s.is_empty() {
                lines.push(format!(
                    "{} {}?",
                    m.t(nb, nn),
                    s.iter()
                        .map(|x| format!("«{x}»"))
                        .collect::<Vec<_>>()
                        .join(m.t(" eller ", " eller "))
                ));
            }
        }
    }
    if let Some(ContextValue::String(t)) = e.get(ContextKind::TrailingArg)
        && !t.is_empty()
    {
        lines.push(format!(
            "{} «-- {t}»",
            m.t(
                "for å gi «{t}» som verdi, skriv",
                "for å gi «{t}» som verdi, skriv"
            )
            .replace("{t}", t)
        ));
    }
    if let Some(v) = e.get(ContextKind::ValidValue) {
        let s = liste(v);
        if !s.is_empty() {
            lines.push(format!(
                "{} {}",
                m.t("mulige verdier:", "moglege verdiar:"),
                s.join(", ")
            ));
        }
    }
    lines
}

/// «Bruk: …» from clap's usage, in Norwegian, and where to read more.
fn bruk(e: &clap::Error, m: Maalform) -> Vec<String> {
    let mut lines = Vec::new();
    let usage = e.get(ContextKind::Usage).map(tekst).unwrap_or_default();
    let usage = usage.trim().trim_start_matches("Usage:").trim();
    let kommandoer: Vec<String> = crate::cli::command()
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    // An override may give several forms, one a line (`bti init`): the
    // command is named once, from the first.
    let kommando = usage
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .filter(|w| *w == "bti" || kommandoer.iter().any(|k| k == w))
        .collect::<Vec<_>>()
        .join(" ");
    let kommando = if kommando.is_empty() {
        "bti".to_string()
    } else {
        kommando
    };
    // A conflict's usage is clap's list of what was given: no help there.
    // One message line per usage line: a newline inside a line would be
    // shown escaped ("\n") by the output's control-character guard.
    if !usage.is_empty() && e.kind() != ErrorKind::ArgumentConflict {
        let bruk = m.t("Bruk:", "Bruk:");
        for (i, form) in usage
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .enumerate()
        {
            let head = if i == 0 { bruk } else { "" };
            lines.push(format!(
                "{head:w$} {}",
                hjelpetekst(form, m),
                w = bruk.chars().count()
            ));
        }
    }
    lines.push(format!("{} «{kommando} --help»", m.t("Se", "Sjå")));
    lines
}

/// What a value that failed validation should look like, by option.
fn hva_som_trengs(flag: &str, m: Maalform) -> String {
    match flag {
        "--i-dag" | "--idag" | "--fra" | "--til" | "--vedtak" | "--undring" => m
            .t(crate::cli::DATO_HJELP_NB, crate::cli::DATO_HJELP_NN)
            .to_string(),
        "--maalform" | "--målform" => m
            .t(
                "skriv nb (bokmål) eller nn (nynorsk)",
                "skriv nb (bokmål) eller nn (nynorsk)",
            )
            .to_string(),
        "--dager" => m
            .t(
                "skriv et helt tall, 0 eller større (f.eks. 30)",
                "skriv eit heilt tal, 0 eller større (t.d. 30)",
            )
            .to_string(),
        _ => m
            .t(
                "skriv et helt tall (f.eks. 1)",
                "skriv eit heilt tal (t.d. 1)",
            )
            .to_string(),
    }
}

/// «mente du «guide»?» for an unknown command: the closest names and
/// aliases first, and the words people use for the walkthrough
/// (`veileder`, `veiledning`, nn `rettleiar`, `rettleiing`) lead to `guide`.
fn kommando_forslag(cmd: &str, m: Maalform) -> Option<String> {
    let f = crate::i18n::fold(cmd);
    let forslag: Vec<String> = if ["veileder", "veiledning", "rettleiar", "rettleiing"]
        .iter()
        .any(|o| f.starts_with(o))
    {
        vec!["guide".into()]
    } else {
        let command = crate::cli::command();
        let navn: Vec<String> = command
            .get_subcommands()
            .flat_map(|s| std::iter::once(s.get_name()).chain(s.get_all_aliases()))
            .map(str::to_string)
            .chain(["hjelp".to_string()])
            .collect();
        crate::likhet::suggestions(cmd, navn.iter().map(String::as_str), 3)
            .into_iter()
            .map(str::to_string)
            .collect()
    };
    (!forslag.is_empty()).then(|| {
        format!(
            "{} {}?",
            m.t("mente du", "meinte du"),
            forslag
                .iter()
                .map(|x| format!("«{x}»"))
                .collect::<Vec<_>>()
                .join(m.t(" eller ", " eller "))
        )
    })
}
