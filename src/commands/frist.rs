//! `bti frist`: the occurrences of the municipalities' plan rows in a window
//! (default: today + 30 days), overdue ones, or all; as a table, JSON/TSV/CSV,
//! Markdown or an iCalendar file.

use std::io::Write;

use chrono::{Days, NaiveDate};

use crate::Ctx;
use crate::cli::{Format, FristArgs};
use crate::data::KommuneData;
use crate::error::{Error, Result};
use crate::forekomst::{
    Forekomst, forekomster, hending, innholdsnokler, kalendernavn, siste_dag, status_tekst,
    vis_forekomst,
};
use crate::i18n::Maalform;
use crate::output::{Rapport, Tabell, ics, or_dash};
use crate::query::Sok;

/// `--plan` names no plan: the close ids, and all of them when there are few.
fn ukjent_plan(m: Maalform, kommuner: &[KommuneData], p: &str) -> Error {
    let ids: Vec<&str> = kommuner
        .iter()
        .flat_map(|k| k.planer.iter().map(|p| p.id.as_ref().as_str()))
        .collect();
    Error::NotFound {
        melding: format!(
            "{} «{p}» {}",
            m.t("planen", "planen"),
            m.t("finnes ikke", "finst ikkje")
        ),
        detaljer: vec![format!(
            "{}: {}",
            m.t("planer", "planar"),
            crate::likhet::suggestions(p, ids.iter().copied(), 3)
                .into_iter()
                .chain(if ids.len() <= 12 {
                    ids.clone()
                } else {
                    Vec::new()
                })
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect::<Vec<_>>()
                .join(", ")
        )],
    }
}

/// The date window: `--fra` (today) to `--til` (`--dager` on), never past
/// the last year bti knows; `--til` before `--fra` is a usage error.
fn vindu(m: Maalform, a: &FristArgs, i_dag: NaiveDate) -> Result<(NaiveDate, NaiveDate)> {
    let fra = a.fra.unwrap_or(i_dag);
    let til = match a.til {
        Some(t) => t,
        // Never past the last year bti knows (2200): no date beyond it is printed.
        None => fra
            .checked_add_days(Days::new(u64::from(a.dager)))
            .unwrap_or(NaiveDate::MAX)
            .min(siste_dag()),
    };
    if til < fra {
        // Without --fra, say what it was compared with.
        let standard = if a.fra.is_none() {
            m.t(
                " (--fra er ikke gitt, så den er i dag)",
                " (--fra er ikkje gitt, så han er i dag)",
            )
        } else {
            ""
        };
        return Err(Error::Usage(format!(
            "--til {til} {} --fra {fra}{standard}",
            m.t("er før", "er før")
        )));
    }
    Ok((fra, til))
}

/// The «Frist» cell: the date and how far off it is, «≈» when approximate,
/// the plan's own words, and a status that needs saying.
fn frist_celle(m: Maalform, f: &Forekomst, alle: bool, i_dag: NaiveDate) -> String {
    let mut frist = match (f.periode, vis_forekomst(m, f)) {
        (Some(p), Some(vis)) if !f.lopende => {
            format!("{vis}\n{}", m.relativ((p.slutt - i_dag).num_days()))
        }
        (_, Some(vis)) => vis,
        _ => m.t("uten dato", "utan dato").to_string(),
    };
    if f.omtrentlig {
        frist = format!("≈ {frist}");
    }
    if let Some(t) = &f.aktivitet.frist {
        frist.push_str(&format!("\n«{}»", t.as_ref()));
    }
    if f.ikke_oppdatert(i_dag) {
        frist.push_str(&format!(
            "\n[{}]",
            f.aktivitet.status.ikke_oppdatert_tekst(m)
        ));
    } else if f.aktivitet.status.avsluttet() || alle {
        frist.push_str(&format!("\n[{}]", status_tekst(m, f.aktivitet.status)));
    }
    frist
}

pub fn run(ctx: &Ctx, a: &FristArgs, out: &mut dyn Write) -> Result<()> {
    let m = ctx.m;
    // The national files are not needed here: none of them is read.
    let nasjonal = crate::data::Nasjonal::default();
    // Not freed at exit: dropping 20 000 rows is work nobody waits for.
    let kommuner = std::mem::ManuallyDrop::new(
        ctx.kommuner_deler(&nasjonal, crate::data::load::Deler::FRIST)?,
    );
    if let Some(p) = &a.plan
        && !kommuner
            .iter()
            .any(|k| k.planer.iter().any(|x| x.id.as_ref() == p))
    {
        return Err(ukjent_plan(m, &kommuner, p));
    }
    let i_dag = ctx.i_dag;
    let (fra, til) = vindu(m, a, i_dag)?;
    let ansvar = a.ansvar.as_ref().map(|s| Sok::new(&[s]));
    let hvem = a.hvem.as_ref().map(|s| Sok::new(&[s]));
    let alle = forekomster(&kommuner);
    // The rows the text filters let through, before the date window.
    let kandidater: Vec<&Forekomst> = alle
        .iter()
        .filter(|f| a.plan.as_ref().is_none_or(|p| f.plan.id.as_ref() == p))
        .filter(|f| {
            ansvar
                .as_ref()
                .is_none_or(|s| s.matches([f.aktivitet.ansvar.as_deref().unwrap_or("")]))
        })
        .filter(|f| {
            hvem.as_ref()
                .is_none_or(|s| s.matches([f.aktivitet.hvem.as_deref().unwrap_or("")]))
        })
        .collect();
    let valgt: Vec<&Forekomst> = kandidater
        .iter()
        .copied()
        .filter(|f| {
            if a.alle {
                return true;
            }
            let Some(p) = f.periode else { return false };
            // An ongoing row is no deadline: only `--alle` lists it.
            if f.aktivitet.status.avsluttet() || f.lopende {
                return false;
            }
            if a.forfalt {
                p.slutt < i_dag
            } else {
                p.start <= til && p.slutt >= fra
            }
        })
        .collect();

    let tom = || {
        if kommuner.iter().all(|k| k.planer.is_empty()) {
            ingen_plan(m, &kommuner)
        } else {
            tom_tekst(m, a, &kandidater, fra, til, i_dag, &ctx.bti())
        }
    };
    // SPEC §3.1: an empty selection is said in every format; the table says
    // it on stdout, the others on stderr (their stdout stays valid).
    // (xlsx says it where it writes the file.)
    if valgt.is_empty() && !matches!(ctx.format(), Format::Table | Format::Xlsx) {
        let mut err = crate::output::Ut::new(std::io::stderr(), true);
        let _ = writeln!(err, "{}", tom());
    }
    if ctx.format() == Format::Ics {
        let nokler = innholdsnokler(&kommuner);
        let events: Vec<ics::Hending> = valgt
            .iter()
            .filter_map(|f| hending(m, f, &nokler, i_dag))
            .collect();
        let name = match &ctx.kommune {
            Some(_) => kalendernavn(m, kommuner.first().map_or("", |k| k.kommune.navn.as_str())),
            None => m.t("BTI-frister", "BTI-fristar").to_string(),
        };
        return ics::write(out, &events, i_dag, &name);
    }

    // JSON is streamed from the occurrences: no `Value` tree and no table
    // for 20 000 rows that nobody will see (half the time of a big query).
    if ctx.format() == Format::Json {
        return crate::output::write_json_med(out, &valgt, |f, buf| {
            f.json_row(i_dag).write(buf);
            Ok(())
        });
    }
    let want_table = matches!(ctx.format(), Format::Table | Format::Markdown);
    let all = ctx.kommune.is_none();
    let mut headers = Vec::new();
    if all {
        headers.push("Kommune");
    }
    headers.extend([
        "Frist",
        m.t("Når", "Når"),
        m.t("Hva", "Kva"),
        m.t("Hvem", "Kven"),
        "Ansvar",
    ]);
    let mut r = Rapport {
        tabell: Tabell {
            headers: headers.into_iter().map(String::from).collect(),
            rows: Vec::new(),
        },
        ..Default::default()
    };
    let mut any_approx = false;
    for f in &valgt {
        if !want_table {
            r.json.push(f.json(m, i_dag));
            continue;
        }
        any_approx |= f.omtrentlig;
        let frist = frist_celle(m, f, a.alle, i_dag);
        let mut row = Vec::new();
        if all {
            row.push(f.kommune.id.clone());
        }
        row.extend([
            frist,
            or_dash(f.aktivitet.naar.as_ref().map(|n| n.as_ref().as_str())),
            f.aktivitet.hva.clone(),
            or_dash(f.aktivitet.hvem.as_deref()),
            or_dash(f.aktivitet.ansvar.as_deref()),
        ]);
        r.tabell.rows.push(row);
    }
    if any_approx {
        r.etter.push(
            m.t(
                "≈ omtrentlig: fristen sier «ca.» o.l., eller er fritekst og perioden er hentet fra «Når».",
                "≈ omtrentleg: fristen seier «ca.» o.l., eller er fritekst og perioden er henta frå «Når».",
            )
            .into(),
        );
    }
    if valgt.is_empty() {
        r.tom = Some(tom());
    }
    super::felles::render(ctx, out, &r)
}

/// No municipality in the selection has a framdriftsplan: say that, not
/// "nothing between two dates".
fn ingen_plan(m: Maalform, kommuner: &[KommuneData]) -> String {
    match kommuner {
        [k] => format!(
            "{} {}.",
            k.kommune.navn,
            m.t(
                "har ingen framdriftsplan i dataene",
                "har ingen framdriftsplan i dataa"
            )
        ),
        _ => m
            .t(
                "Ingen av kommunene har en framdriftsplan i dataene.",
                "Ingen av kommunane har ein framdriftsplan i dataa.",
            )
            .to_string(),
    }
}

/// Nothing in the window: say so, and name the nearest deadlines before and
/// after it. `bti` starts a suggested command with the user's own options.
fn tom_tekst(
    m: Maalform,
    a: &FristArgs,
    kandidater: &[&Forekomst],
    fra: NaiveDate,
    til: NaiveDate,
    i_dag: NaiveDate,
    bti: &str,
) -> String {
    let mut lines = Vec::new();
    if a.alle {
        lines.push(
            m.t(
                "Ingen frister i planene som passer søket.",
                "Ingen fristar i planane som passar søket.",
            )
            .to_string(),
        );
    } else if a.forfalt {
        lines.push(format!(
            "{} {}.",
            m.t("Ingen forfalte frister per", "Ingen forfalne fristar per"),
            m.dato(i_dag)
        ));
    } else {
        lines.push(format!(
            "{} {} {} {}.",
            m.t("Ingen frister fra", "Ingen fristar frå"),
            m.dato(fra),
            m.t("til", "til"),
            m.dato(til)
        ));
    }
    let open = kandidater
        .iter()
        .filter(|f| f.frist().is_some() && !f.aktivitet.status.avsluttet());
    let before = open
        .clone()
        .filter_map(|f| Some((f.periode?.slutt, f)))
        .filter(|(d, _)| *d < fra)
        .max_by_key(|(d, _)| *d);
    let after = open
        .filter_map(|f| Some((f.periode?.slutt, f)))
        .filter(|(d, _)| *d > til)
        .min_by_key(|(d, _)| *d);
    let describe = |(d, f): (NaiveDate, &&Forekomst)| {
        format!(
            "{} ({}; {}, {})",
            m.dato(d),
            m.relativ((d - i_dag).num_days()),
            short(&f.aktivitet.hva),
            f.kommune.kommune.navn
        )
    };
    match before {
        Some(b) => lines.push(format!(
            "{} {}",
            m.t("Nærmeste tidligere frist:", "Næraste tidlegare frist:"),
            describe(b)
        )),
        None => lines.push(format!(
            "{} —",
            m.t("Nærmeste tidligere frist:", "Næraste tidlegare frist:")
        )),
    }
    match after {
        Some(b) => lines.push(format!(
            "{} {}",
            m.t("Nærmeste senere frist:", "Næraste seinare frist:"),
            describe(b)
        )),
        None => lines.push(format!(
            "{} —",
            m.t("Nærmeste senere frist:", "Næraste seinare frist:")
        )),
    }
    if let Some((d, _)) = before.or(after).filter(|_| !a.alle) {
        lines.push(format!(
            "{} «{bti} frist --alle», {} «{bti} frist --fra {}»{}",
            m.t("Vis alle med", "Vis alle med"),
            m.t("eller", "eller"),
            d.checked_sub_days(Days::new(7)).unwrap_or(d),
            if before.is_some() {
                m.t(
                    " (planene ligger i fortiden; se også --forfalt)",
                    " (planane ligg i fortida; sjå òg --forfalt)",
                )
            } else {
                ""
            }
        ));
    }
    lines.join("\n")
}

fn short(s: &str) -> String {
    let first = s.lines().next().unwrap_or(s);
    if first.chars().count() > 50 {
        format!("{}…", first.chars().take(49).collect::<String>())
    } else {
        first.to_string()
    }
}
