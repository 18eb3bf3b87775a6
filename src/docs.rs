//! Man pages and shell completions generated from the clap definitions, so
//! the flags have one source of truth. `examples/gendocs.rs` writes them to
//! `man/` and `completions/`; a test fails when the committed files are stale.

use std::io::Write;

use clap_complete::Shell;
use clap_mangen::roff::{Roff, bold, italic, roman};

use crate::error::Result;

/// The completion script for `shell`, with municipality, service and plan ids
/// completed from the data where the shell allows it (bash and fish).
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "bti", &mut buf);
    match shell {
        Shell::Bash => {
            let text = String::from_utf8_lossy(&buf).into_owned();
            // Replace clap's `complete` registration (the tail of the script) with one
            // that first offers ids from the data.
            let end = text
                .rfind("if [[ \"${BASH_VERSINFO[0]}\"")
                .unwrap_or(text.len());
            let mut out = text.get(..end).unwrap_or(&text).to_string();
            out.push_str(BASH_IDS);
            out.into_bytes()
        }
        Shell::Fish => {
            buf.extend_from_slice(FISH_IDS.as_bytes());
            buf
        }
        _ => buf,
    }
}

const BASH_IDS: &str = r#"
# Ids from the data: municipalities, services and plans.
_bti_ids() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" words
    case "$prev" in
        -k|--kommune) words=$(bti kommuner --format tsv 2>/dev/null | tail -n +2 | cut -f1) ;;
        --tjeneste) words=$(bti tjenester --format tsv 2>/dev/null | tail -n +2 | cut -f2) ;;
        --plan) words=$(bti frist --alle --format tsv 2>/dev/null | tail -n +2 | cut -f2 | sort -u) ;;
        *) _bti "$@"; return ;;
    esac
    COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _bti_ids -o nosort -o bashdefault -o default bti
else
    complete -F _bti_ids -o bashdefault -o default bti
fi
"#;

const FISH_IDS: &str = r#"
# Ids from the data: municipalities, services and plans.
complete -c bti -s k -l kommune -f -a "(bti kommuner --format tsv 2>/dev/null | tail -n +2 | cut -f1)"
complete -c bti -l tjeneste -f -a "(bti tjenester --format tsv 2>/dev/null | tail -n +2 | cut -f2)"
complete -c bti -l plan -f -a "(bti frist --alle --format tsv 2>/dev/null | tail -n +2 | cut -f2 | sort -u)"
"#;

/// `bti completions SHELL`
pub fn completions(shell: Shell, out: &mut dyn Write) -> Result<()> {
    out.write_all(&completion_script(shell))?;
    Ok(())
}

/// Every shell we ship a script for, with its file name under `completions/`.
pub fn completion_files() -> Vec<(String, Vec<u8>)> {
    [
        (Shell::Bash, "bti.bash"),
        (Shell::Zsh, "_bti"),
        (Shell::Fish, "bti.fish"),
        (Shell::Elvish, "bti.elv"),
        (Shell::PowerShell, "_bti.ps1"),
    ]
    .into_iter()
    .map(|(s, f)| (f.to_string(), completion_script(s)))
    .collect()
}

fn section(r: &mut Roff, title: &str, paragraphs: &[&str]) {
    r.control("SH", [title]);
    for (i, p) in paragraphs.iter().enumerate() {
        if i > 0 {
            r.control("PP", []);
        }
        r.text([roman(*p)]);
    }
}

fn example(r: &mut Roff, cmd: &str, what: &str) {
    r.control("TP", []);
    r.text([bold(cmd)]);
    r.text([roman(what)]);
}

fn root_extra() -> Roff {
    let mut r = Roff::new();
    section(
        &mut r,
        "DATAFORMAT",
        &[
            "Alt innhold er TOML. En datamappe har nasjonal/ (veileder.toml, roller.toml, lovverk.toml, nodnummer.toml) og kommuner/<id>/ med kommune.toml (påkrevd: navn, maalform) og valgfritt tjenester.toml ([[tjeneste]]), arenaer.toml ([[arena]]), framdrift.toml ([[plan]] med [[plan.aktivitet]]), veileder.toml (egne nivåer og egen nivå 0-graf) og roller.toml ([[rolle]]). synonymer.toml ([[synonym]] med ord, betyr, kategorier, kilde) i nasjonal/ og i en kommunemappe gir andre navn folk søker med (helsesøster, PP-tjenesten, barnevernstenesta); tjenester og arenaer kan ha sokeord (liste av lokale navn).",
            "Nøkler skrives med ASCII (nivaa, maalform, formaal); den norske skrivemåten i anførselstegn (\"nivå\") godtas også. Ukjente nøkler er feil. Uten nasjonal/ brukes de innebygde nasjonale filene. Hele formatet: docs/dataformat.md i kildekoden.",
            "Hver oppføring kan ha kilde: en id i kilderegisteret kilder.toml ([[kilde]] med id, tittel, utgiver, dato, lenke; i nasjonal/ og i kommunemappen), gjerne med avsnitt etter et komma («sirdal-bti-2018, Organisering»), en lenke, eller «kontroller: …» for det som ennå ikke er bekreftet. bti sjekk advarer mot alt annet. Brukeren ser tittel, utgiver og dato; JSON viser kilde slik den står i dataene.",
            "Begge målformer: <fil>.nn.toml ved siden av <fil>.toml (og <fil>.nb.toml i en nynorskkommune) brukes når grensesnittet er på den målformen. De nasjonale filene finnes på bokmål og nynorsk. bti sjekk krever at de to har samme id-er, samme valg i samme rekkefølge og samme henvisninger, og melder en tekst som finnes i den ene og mangler i den andre.",
        ],
    );
    section(
        &mut r,
        "SØK",
        &[
            "Søkeord i tjenester, arenaer og roller må alle passe. Tekst og søkeord sammenlignes uten store bokstaver og med ø/o, å/aa/a og æ/ae likt. Et ord på under fem bokstaver er starten på et ord (hels finner Helsestasjon, pp finner PPT). Lengre ord bøyes ned til stammen (norsk Snowball-stemmer): barnevernet, skolen og helsestasjonane finner barnevern, skole og Helsestasjon, også i sammensetninger (skole finner Ungdomsskole). Synonymtabellen gir andre navn (helsesøster finner helsestasjonen, PP-kontoret finner PPT).",
            "Treff i navn og id kommer først, så i kategori og sokeord, så i beskrivelsen; ellers i datarekkefølge. Et feilskrevet ord som ikke passer noe, leses som det nærmeste ordet, og tabellen sier fra. Uten treff sier bti det og foreslår de nærmeste navnene.",
        ],
    );
    section(
        &mut r,
        "DATOUTTRYKK",
        &[
            "frist og naar i framdrift.toml forstår: 2018-03-01, 1.3.2018, 1/3, 31.08 (året fra planens start og slutt), 6.+7.11 og 6.-7. november (én periode), 7.12 + 19.12 og 7.12 og 19.12 (to forekomster), Uke 10, veke 21, Uke 10 2019 (mandag til fredag), mars, I løpet av mars, ila mars, JAN/FEB, januar-juni, Innen utgangen av mars, før 1. mars (én dag), Ila mnd (måneden i naar), våren 2021, høsten 2021, hausten 2021, starten av 2022, desember 2021, 2021-2022, uke 10-12 (mandag i uke 10 til fredag i uke 12), uke 10 og 11, uke 10, 11 (to forekomster), V10, v.10, u10, i uke 10, innen uke 10 (fredag i uke 10), 8. mars, 8.mars, 8 mars, starten av mars og primo mars (1.–10.), midten av mars og medio mars (11.–20.), slutten av mars og ultimo mars (21. til månedsslutt), senest 1. mars og seinast 1. mars (som innen), og relative frister: 6 måneder etter <aktivitet-id>, 2 uker etter <id>, 14 dagar etter <id>.",
            "ca., cirka, omkring eller omtrent foran et uttrykk gir de samme datoene, vist som omtrentlige (omtrentlig i JSON).",
            "En dato uten år får året som legger den inn i planperioden (start til slutt). En dato utenfor planperioden er en feil, og det er også en dato uten år som passer i flere år av perioden: skriv da året. År må ligge mellom 1900 og 2200.",
            "En frist som er fritekst må ha frist_omtrentlig = true; perioden hentes da fra naar.",
            "Gir kilden dagen, men ikke året, skrives datoen uten år med aar_ukjent = true på raden: vist som 15. mars (år ukjent), aldri forfalt, aldri en kalenderhendelse (aar_ukjent og uten_aar i JSON).",
        ],
    );
    r.control("SH", ["MILJØ"]);
    for (var, what) in [
        ("BTI_KOMMUNE", "som --kommune"),
        ("BTI_DATA", "som --data"),
        ("BTI_MAALFORM", "som --maalform (nb eller nn)"),
        ("BTI_I_DAG", "som --i-dag (ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ)"),
        ("NO_COLOR", "satt og ikke tom: ingen farger"),
        (
            "XDG_CONFIG_HOME",
            "der konfigurasjonsfila ligger (standard ~/.config)",
        ),
    ] {
        r.control("TP", []);
        r.text([bold(var)]);
        r.text([roman(what)]);
    }
    r.control("PP", []);
    r.text([roman(
        "En miljøvariabel som er satt, men tom, regnes som ikke satt.",
    )]);
    section(
        &mut r,
        "FILER",
        &[
            "$XDG_CONFIG_HOME/bti/config.toml med nøklene kommune, maalform, data og arbeidssted gir standardverdier. Rekkefølgen er flagg, miljøvariabel, konfigurasjonsfil, standard. En relativ data regnes fra mappa fila ligger i; en tom verdi regnes som ikke satt; en ukjent nøkkel er en feil som nevner fila. Eksempel: kommune = \"sirdal\".",
        ],
    );
    r.control("SH", ["EXIT-KODER"]);
    for (code, what) in [
        ("0", "OK, også når et søk ikke finner noe."),
        (
            "1",
            "Feil i dataene, ukjent kommune eller id, I/O-feil, avbrutt veiledning.",
        ),
        ("2", "Feil i kommandolinja."),
    ] {
        r.control("TP", []);
        r.text([bold(code)]);
        r.text([roman(what)]);
    }
    r.control("SH", ["EKSEMPLER"]);
    for (cmd, what) in [
        (
            "bti guide",
            "Veiledningen på nivå 0, fra undring til handling.",
        ),
        (
            "bti -k sirdal tjenester barnevern lister",
            "Tjenester der alle ordene passer.",
        ),
        (
            "bti -k sirdal arenaer --tjeneste ppt-lister",
            "Arenaene PPT Lister deltar i, med neste møte.",
        ),
        (
            "bti -k sirdal frist --alle --format ics > sirdal.ics",
            "Alle fristene som kalenderfil.",
        ),
        (
            "bti --data ./data sjekk",
            "Alle feil i en datamappe, med fil, linje og kolonne.",
        ),
    ] {
        example(&mut r, cmd, what);
    }
    r.control("SH", ["SE OGSÅ"]);
    r.text([
        italic("bti-guide"),
        roman("(1), "),
        italic("bti-frist"),
        roman("(1), "),
        italic("bti-sjekk"),
        roman("(1)"),
    ]);
    r
}

fn render(
    man: &clap_mangen::Man,
    cmd: &clap::Command,
    extra: Option<&Roff>,
) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    // No empty KOMMANDOER section on a page without subcommands.
    if cmd.get_subcommands().next().is_some() {
        man.render_subcommands_section(&mut out)?;
    }
    if let Some(extra) = extra {
        extra.to_writer(&mut out)?;
    } else if cmd.get_after_help().is_some() {
        // The root page has its own EKSEMPLER; a subcommand's are its after_help.
        man.render_extra_section(&mut out)?;
    }
    if extra.is_some() {
        man.render_version_section(&mut out)?;
    }
    Ok(norske_overskrifter(&String::from_utf8_lossy(&out)).into_bytes())
}

/// clap_mangen's section headings and bracketed words in Norwegian.
fn norske_overskrifter(roff: &str) -> String {
    let mut out = String::with_capacity(roff.len());
    for line in roff.split_inclusive('\n') {
        let fixed = match line.trim_end() {
            ".SH NAME" => ".SH NAVN\n",
            ".SH DESCRIPTION" => ".SH BESKRIVELSE\n",
            ".SH OPTIONS" => ".SH VALG\n",
            ".SH SUBCOMMANDS" | ".SH Kommandoer" => ".SH KOMMANDOER\n",
            ".SH ARGUMENTS" | ".SH Argumenter" => ".SH ARGUMENTER\n",
            ".SH EXTRA" => ".SH EKSEMPLER\n",
            ".SH VERSION" => ".SH VERSJON\n",
            // The heading says it already.
            "Eksempler:" => "",
            _ => line,
        };
        out.push_str(fixed);
    }
    out.replace("[default: ", "[standard: ")
        .replace("[aliases: ", "[alias: ")
        .replace("[env: ", "[miljø: ")
        .replace("Possible values:", "Mulige verdier:")
}
/// `bti.1` and one page per subcommand (`bti-frist.1`, ...).
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = crate::cli::command();
    cmd.build();
    let mut pages = vec![(
        "bti.1".to_string(),
        render(
            &clap_mangen::Man::new(cmd.clone()).manual("bti"),
            &cmd,
            Some(&root_extra()),
        )?,
    )];
    for sub in cmd.get_subcommands() {
        let name = format!("bti-{}", sub.get_name());
        let sub = sub
            .clone()
            .name(name.clone())
            .bin_name(format!("bti {}", sub.get_name()));
        let man = clap_mangen::Man::new(sub.clone()).manual("bti");
        pages.push((format!("{name}.1"), render(&man, &sub, None)?));
    }
    Ok(pages)
}
