//! Rendering one frame of `bti guide` at 120×40 (SPEC §5: ≤ 1 ms), on a
//! `TestBackend`, for the heaviest screens: the first node, a node with tools
//! and a deadline, the akutt screen, the summary with Sirdal's contacts, and
//! the help overlay. Prints the median and the 99th percentile per frame.
//!
//! Run with `cargo bench --bench guide` (release build). No criterion: a
//! plain loop keeps the build light and the number easy to read.

use std::time::{Duration, Instant};

use bti::data::Store;
use bti::guide::Kilde;
use bti::guide::engine::Engine;
use bti::guide::tui::{Action, App, render};
use bti::i18n::Maalform;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const N: usize = 2000;

fn kilde(kommune: Option<&str>) -> Option<Kilde> {
    let store = Store::embedded(Maalform::Nb);
    let nasjonal = store.nasjonal().require(Maalform::Nb).ok()?;
    let kommune = match kommune {
        Some(id) => Some(store.kommune(id, &nasjonal).require(Maalform::Nb).ok()?),
        None => None,
    };
    Some(Kilde::ny(nasjonal, kommune))
}

fn app(kommune: Option<&str>, svar: &[usize]) -> Option<App> {
    let k = kilde(kommune)?;
    let e = Engine::new(k.guide()?).ok()?;
    let mut a = App::new(
        k,
        e,
        Maalform::Nb,
        true,
        NaiveDate::from_ymd_opt(2026, 1, 15)?,
    );
    for &i in svar {
        a.update(Action::Tall(i));
        a.update(Action::Bekreft);
    }
    Some(a)
}

fn maal(navn: &str, app: &App) {
    // TestBackend's error type is Infallible.
    let Ok(mut t) = Terminal::new(TestBackend::new(120, 40));
    let mut tider: Vec<Duration> = Vec::with_capacity(N);
    for _ in 0..N {
        let start = Instant::now();
        let _ = t.draw(|f| render(app, f));
        tider.push(start.elapsed());
    }
    tider.sort();
    let median = tider[N / 2];
    let p99 = tider[N * 99 / 100];
    println!(
        "guide render 120x40 {navn:<28} median {:>7.1} µs   p99 {:>7.1} µs",
        median.as_secs_f64() * 1e6,
        p99.as_secs_f64() * 1e6
    );
}

fn main() {
    let skjermer: Vec<(&str, Option<App>)> = vec![
        ("first node", app(None, &[])),
        ("node with tools and frist", app(None, &[4, 1])),
        ("akutt", app(None, &[1])),
        (
            "summary (Sirdal, nivå 2)",
            app(Some("sirdal"), &[4, 1, 1, 1, 1, 1, 3]),
        ),
        ("help overlay", {
            let mut a = app(None, &[]);
            if let Some(a) = a.as_mut() {
                a.update(Action::Hjelp);
            }
            a
        }),
    ];
    for (navn, a) in &skjermer {
        match a {
            Some(a) => maal(navn, a),
            None => println!("{navn}: could not build the screen"),
        }
    }
}
