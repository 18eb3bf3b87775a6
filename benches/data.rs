//! `cargo bench --bench data`: loading, querying and rendering (SPEC §5),
//! in process, as medians of repeated runs (std::time::Instant; no criterion,
//! which is slow to build on this machine). Whole-process timings against
//! the peers are in `scripts/bench.sh`; these split a query into its parts.
//!
//! Data: the embedded five municipalities, and 1 and 356 generated ones
//! (`examples/gendata/generator.rs`, included by path) in a temp dir.

#[path = "../examples/gendata/generator.rs"]
#[allow(dead_code)]
mod generator;

use std::hint::black_box;
use std::time::{Duration, Instant};

use bti::Ctx;
use bti::cli::{Format, FristArgs, TjenesterArgs};
use bti::data::Store;
use bti::i18n::Maalform;
use bti::output::Terminal;
use chrono::NaiveDate;

/// Median of `runs` timings of `f` (after one warm-up run).
fn median<F: FnMut()>(runs: usize, mut f: F) -> Duration {
    f();
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed()
        })
        .collect();
    t.sort();
    t[t.len() / 2]
}

fn report(name: &str, runs: usize, d: Duration) {
    println!(
        "{name:<58} {:>10.3} ms   (median of {runs})",
        d.as_secs_f64() * 1e3
    );
}

fn ctx(store: Store, kommune: Option<&str>, format: Format) -> Ctx {
    let kommune = kommune.map(|k| store.find_kommune(k).unwrap());
    Ctx {
        m: Maalform::Nb,
        maalform_valgt: true,
        store,
        kommune,
        format: Some(format),
        term: Terminal {
            width: None,
            color: false,
        },
        i_dag: NaiveDate::from_ymd_opt(2018, 11, 1).unwrap(),
        arbeidssted: None,
        ut: None,
    }
}

fn frist_alle() -> FristArgs {
    FristArgs {
        dager: 30,
        fra: None,
        til: None,
        alle: true,
        forfalt: false,
        ansvar: None,
        hvem: None,
        plan: None,
        ut: Default::default(),
    }
}

fn frist(c: &Ctx) -> usize {
    let mut out = Vec::with_capacity(1 << 20);
    bti::commands::frist::run(c, &frist_alle(), &mut out).unwrap();
    black_box(out.len())
}

fn main() {
    // `cargo bench` passes --bench; a filter word picks groups.
    let filter: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let on = |g: &str| filter.is_empty() || filter.iter().any(|f| g.contains(f.as_str()));

    if on("embedded") {
        println!("== embedded data (5 municipalities)");
        let store = Store::embedded(Maalform::Nb);
        let n = 200;
        report(
            "load: nasjonal",
            n,
            median(n, || {
                black_box(store.nasjonal());
            }),
        );
        let nasjonal = store.nasjonal().data.unwrap();
        report(
            "load: one municipality (sirdal)",
            n,
            median(n, || {
                black_box(store.kommune("sirdal", &nasjonal));
            }),
        );
        report(
            "load: all municipalities",
            n,
            median(n, || {
                black_box(store.alle(&nasjonal).unwrap());
            }),
        );
        for (name, format) in [
            ("query: frist --alle --format json", Format::Json),
            ("query: frist --alle (table)", Format::Table),
            ("query: frist --alle --format csv", Format::Csv),
            ("query: frist --alle --format ics", Format::Ics),
        ] {
            let c = ctx(Store::embedded(Maalform::Nb), None, format);
            report(
                name,
                n,
                median(n, || {
                    frist(&c);
                }),
            );
        }
        let c = ctx(Store::embedded(Maalform::Nb), None, Format::Table);
        let args = TjenesterArgs {
            sok: Vec::new(),
            kategori: None,
            nivaa: None,
            lang: false,
            ut: Default::default(),
        };
        report(
            "query: tjenester (table)",
            n,
            median(n, || {
                let mut out = Vec::new();
                bti::commands::tjenester::run(&c, &args, &mut out).unwrap();
                black_box(out.len());
            }),
        );
        report(
            "query: kommuner (table)",
            n,
            median(n, || {
                let mut out = Vec::new();
                bti::commands::kommuner::run(&c, &mut out).unwrap();
                black_box(out.len());
            }),
        );
    }

    if on("generated") {
        let d1 = tempfile::tempdir().unwrap();
        let d356 = tempfile::tempdir().unwrap();
        let ids1 = generator::write(d1.path(), 1, None).unwrap();
        let ids356 = generator::write(d356.path(), 356, None).unwrap();
        let id = &ids1[0];
        assert!(ids356.contains(id), "the one municipality is among the 356");
        println!("== generated data (1 and 356 municipalities, 60 activities each)");
        let n = 50;
        for (name, dir) in [("1", d1.path()), ("356", d356.path())] {
            let c = ctx(
                Store::dir(dir, Maalform::Nb).unwrap(),
                Some(id),
                Format::Json,
            );
            report(
                &format!("query: -k {id} frist --alle --format json, D{name}"),
                n,
                median(n, || {
                    frist(&c);
                }),
            );
        }
        let store = Store::dir(d356.path(), Maalform::Nb).unwrap();
        let nasjonal = store.nasjonal().data.unwrap();
        let n = 10;
        report(
            "load: all 356 municipalities (parallel)",
            n,
            median(n, || {
                black_box(store.alle(&nasjonal).unwrap());
            }),
        );
        let c = ctx(
            Store::dir(d356.path(), Maalform::Nb).unwrap(),
            None,
            Format::Json,
        );
        report(
            "query: frist --alle --format json, D356",
            n,
            median(n, || {
                frist(&c);
            }),
        );
        let kommuner = c.kommuner(&nasjonal).unwrap();
        report(
            "  of which: sorting the occurrences",
            n,
            median(n, || {
                black_box(bti::forekomst::forekomster(&kommuner).len());
            }),
        );
        let c = ctx(
            Store::dir(d356.path(), Maalform::Nb).unwrap(),
            None,
            Format::Table,
        );
        report(
            "query: frist --alle (table), D356",
            n,
            median(n, || {
                frist(&c);
            }),
        );
    }
}
