//! The output layer every command uses: a command builds a `Rapport` (JSON
//! elements for scripts, a table for people) and `render` writes it in the
//! chosen format. `table` adapts to the terminal; the others are stable.

pub mod ics;

pub mod xlsx;

pub use crate::vis::{Ut, vis, vis_linje};

use std::borrow::Cow;
use std::io::Write;

use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde_json::Value;

use crate::error::{Error, Result};

/// Rows for people.
#[derive(Debug, Clone, Default)]
pub struct Tabell {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Tabell {
    /// The column that must stay readable when the table is squeezed: "Navn" (nynorsk "Namn").
    fn navn(&self) -> Option<usize> {
        self.headers.iter().position(|h| h == "Navn" || h == "Namn")
    }
}

/// What a query found: the same elements for scripts and for people.
#[derive(Debug, Clone, Default)]
pub struct Rapport {
    pub json: Vec<Value>,
    pub tabell: Tabell,
    /// Text shown instead of the table when nothing was found (table format only).
    pub tom: Option<String>,
    /// Text shown after the table (table format only), e.g. hints.
    pub etter: Vec<String>,
}

/// What a command has to build for the chosen format: only that is built
/// (a JSON tree nobody prints was a third of a small query).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Behov {
    /// `Rapport::json`: json, tsv, csv.
    pub json: bool,
    /// `Rapport::tabell`: table, markdown.
    pub tabell: bool,
    /// One block per entry (`--lang`, table format only).
    pub blokker: bool,
}

impl Behov {
    pub fn for_format(format: Format, lang: bool) -> Self {
        let blokker = lang && format == Format::Table;
        Behov {
            json: matches!(
                format,
                Format::Json | Format::Tsv | Format::Csv | Format::Xlsx
            ),
            tabell: !blokker && matches!(format, Format::Table | Format::Markdown),
            blokker,
        }
    }
}

/// How the table is drawn.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    /// Width to fit, when writing to a terminal (or `BTI_BREDDE`).
    pub width: Option<u16>,
    pub color: bool,
}

pub fn render(out: &mut dyn Write, format: Format, r: &Rapport, term: Terminal) -> Result<()> {
    match format {
        Format::Json => write_json(out, &r.json),
        Format::Tsv => write_delimited(out, &r.json, b'\t'),
        Format::Csv => write_delimited(out, &r.json, b','),
        Format::Markdown => write_markdown(out, &r.tabell),
        Format::Table => {
            if r.tabell.rows.is_empty()
                && let Some(t) = &r.tom
            {
                writeln!(out, "{}", vis(t))?;
            } else {
                write_table(out, &r.tabell, term)?;
            }
            for line in &r.etter {
                writeln!(out, "{}", vis(line))?;
            }
            Ok(())
        }
        Format::Ics => Err(Error::Usage(
            "--format ics finnes bare for «bti frist»".to_string(),
        )),
        // Written to a file by `commands::render`, never to a stream.
        Format::Xlsx => Err(Error::Usage("--format xlsx: -o FIL".to_string())),
    }
}

/// One JSON array, one element per line: valid JSON for `jq`, and a line per
/// element for `grep` and `head` (the shape SPEC §3.1 shows).
pub fn write_json<T: serde::Serialize + Sync>(out: &mut dyn Write, items: &[T]) -> Result<()> {
    write_json_med(out, items, |item, buf| {
        serde_json::to_writer(buf, item).map_err(|e| Error::from(std::io::Error::from(e)))
    })
}

/// `write_json` with each element written by `element` (a command with
/// tens of thousands of rows writes them without serde's per-key work). A
/// long list is written in chunks on every core and output in order.
pub fn write_json_med<T, F>(out: &mut dyn Write, items: &[T], element: F) -> Result<()>
where
    T: Sync,
    F: Fn(&T, &mut Vec<u8>) -> Result<()> + Sync,
{
    /// Elements per chunk: big enough that a chunk outweighs its thread hand-off.
    const CHUNK: usize = 1024;
    if items.is_empty() {
        writeln!(out, "[]")?;
        return Ok(());
    }
    let chunks: Vec<&[T]> = items.chunks(CHUNK).collect();
    let last = chunks.len() - 1;
    let bufs = crate::par::map(&chunks, 2, |c| -> Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(c.len() * 256);
        for item in *c {
            element(item, &mut buf)?;
            buf.extend_from_slice(b",\n");
        }
        Ok(buf)
    })
    .ok_or_else(|| Error::Io("intern feil: JSON-skrivingen stoppet uventet".into()))?;
    out.write_all(b"[\n")?;
    for (i, buf) in bufs.into_iter().enumerate() {
        let mut buf = buf?;
        if i == last {
            // The last element has no comma.
            buf.truncate(buf.len() - 2);
            buf.push(b'\n');
        }
        out.write_all(&buf)?;
    }
    out.write_all(b"]\n")?;
    Ok(())
}

/// `s` as a JSON string, escaped byte for byte as serde_json escapes it
/// (`"`, `\\`, and control characters; nothing else).
pub fn json_str(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.push(b'"');
    if !bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\') {
        buf.extend_from_slice(bytes);
        buf.push(b'"');
        return;
    }
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let short: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        buf.extend_from_slice(&bytes[start..i]);
        start = i + 1;
        if short.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            buf.extend_from_slice(b"\\u00");
            buf.push(HEX[usize::from(b >> 4)]);
            buf.push(HEX[usize::from(b & 0xf)]);
        } else {
            buf.extend_from_slice(short);
        }
    }
    buf.extend_from_slice(&bytes[start..]);
    buf.push(b'"');
}

pub fn table(t: &Tabell, term: Terminal) -> Table {
    bygg(&t.headers, &t.rows, term, &Bredder::Selv(grenser(t)))
}

/// How the columns of a table get their widths.
enum Bredder {
    /// comfy-table decides, within these lower bounds (on a terminal).
    Selv(Vec<usize>),
    /// Fixed, measured on the whole table (a long table drawn in pieces).
    Faste(Vec<u16>),
}

/// A cell as drawn: control characters escaped; on a terminal, words longer
/// than the terminal broken up first (comfy-table's wrapping of one long
/// word is quadratic in its length: 160 000 characters took 24 s).
fn celle(s: &str, term: Terminal) -> String {
    let s = vis(s);
    match term.width {
        Some(w) => bryt_lange_ord(&s, usize::from(w).saturating_sub(4).max(1)).into_owned(),
        None => s.into_owned(),
    }
}

/// The lower bound of each column on a terminal: wrap between words, not
/// inside them. Each column is at least as wide as its longest word (up to
/// 16), and the name column keeps whole names up to 30.
fn grenser(t: &Tabell) -> Vec<usize> {
    let navn = t.navn();
    (0..t.headers.len())
        .map(|i| {
            let cells = t
                .rows
                .iter()
                .filter_map(|r| r.get(i))
                .chain(t.headers.get(i));
            let w = if Some(i) == navn {
                cells
                    .flat_map(|c| c.lines().map(|l| l.chars().count()))
                    .max()
                    .unwrap_or(0)
                    .min(30)
            } else {
                cells
                    .flat_map(|c| c.split_whitespace().map(|w| w.chars().count()))
                    .max()
                    .unwrap_or(0)
                    .min(16)
            };
            w + 2
        })
        .collect()
}

fn bygg(headers: &[String], rows: &[Vec<String>], term: Terminal, bredder: &Bredder) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED);
    if term.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    match term.width {
        Some(w) => {
            table.set_width(w);
            table.set_content_arrangement(ContentArrangement::Dynamic);
        }
        None => {
            table.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table.set_header(headers.iter().map(|h| {
        let c = Cell::new(h);
        if term.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    for row in rows {
        table.add_row(row.iter().map(|c| celle(c, term)));
    }
    match bredder {
        Bredder::Faste(w) => {
            for (i, &w) in w.iter().enumerate() {
                if let Some(col) = table.column_mut(i) {
                    col.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
                }
            }
        }
        Bredder::Selv(bounds) => {
            if let Some(width) = term.width {
                // When the bounds cannot fit, only the name column keeps its own.
                let navn = headers.iter().position(|h| h == "Navn");
                let fits = bounds.iter().sum::<usize>() + bounds.len() < usize::from(width);
                for (i, &w) in bounds.iter().enumerate() {
                    if (fits || Some(i) == navn)
                        && let Some(col) = table.column_mut(i)
                    {
                        let w = u16::try_from(w).unwrap_or(16).min(width / 3);
                        col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
                    }
                }
            }
        }
    }
    table
}

/// Rows per piece of a long table. comfy-table holds a table several times
/// over (cells, wrapped lines, the drawn text): 22 000 deadlines took 118 MB
/// as a table against 24 MB as JSON. Drawn in pieces with the column widths
/// of the whole table, the memory is that of the rows shown.
const STYKKE: usize = 512;

pub fn write_table(out: &mut dyn Write, t: &Tabell, term: Terminal) -> Result<()> {
    write_table_i(out, t, term, STYKKE)
}

fn write_table_i(out: &mut dyn Write, t: &Tabell, term: Terminal, stykke: usize) -> Result<()> {
    if t.rows.len() <= stykke {
        for line in table(t, term).lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        return Ok(());
    }
    // Without a terminal comfy-table makes each column as wide as its widest
    // line: measure that on a table of one row that holds, per column, the
    // widest line, the longest line in characters and the longest word (the
    // lower bounds on a terminal come from the whole table). On a terminal
    // this gives the same widths unless comfy-table would have narrowed a
    // column after seeing how all its text wraps: still one table.
    use unicode_width::UnicodeWidthStr;
    let n = t.headers.len();
    let mut bred = vec![(0usize, String::new()); n];
    let mut lang = vec![(0usize, String::new()); n];
    let mut ord = vec![(0usize, String::new()); n];
    for row in &t.rows {
        for (i, c) in row.iter().enumerate().take(n) {
            let c = celle(c, term);
            for l in c.lines() {
                let w = l.width();
                if w > bred[i].0 {
                    bred[i] = (w, l.to_string());
                }
                let k = l.chars().count();
                if k > lang[i].0 {
                    lang[i] = (k, l.to_string());
                }
                for o in l.split_whitespace() {
                    let k = o.chars().count();
                    if k > ord[i].0 {
                        ord[i] = (k, o.to_string());
                    }
                }
            }
        }
    }
    let mal_rad: Vec<String> = (0..n)
        .map(|i| format!("{}\n{}\n{}", bred[i].1, lang[i].1, ord[i].1))
        .collect();
    let mal = bygg(&t.headers, &[mal_rad], term, &Bredder::Selv(grenser(t)));
    let topp = mal.lines().next().unwrap_or_default();
    let bredder: Vec<u16> = topp
        .trim_end()
        .trim_start_matches('┌')
        .trim_end_matches('┐')
        .split('┬')
        .map(|s| u16::try_from(s.chars().count()).unwrap_or(u16::MAX))
        .collect();
    let bredder = Bredder::Faste(bredder);
    let stykker = t.rows.chunks(stykke.max(1));
    let siste = stykker.len() - 1;
    for (k, rows) in stykker.enumerate() {
        let table = bygg(&t.headers, rows, term, &bredder);
        let mut lines = table.lines().peekable();
        if k > 0 {
            // The border and the header were drawn with the first piece.
            for l in lines.by_ref() {
                if l.starts_with('╞') {
                    break;
                }
            }
        }
        while let Some(line) = lines.next() {
            if k < siste && lines.peek().is_none() {
                break; // the bottom border, drawn once at the end
            }
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

/// A scalar JSON value as one field; arrays joined with "; ".
fn field(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(field).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

fn keys(items: &[Value]) -> Vec<String> {
    match items.first() {
        Some(Value::Object(o)) => o.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

fn tsv_escape(s: &str) -> String {
    let s = s
        .replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r");
    vis(&s).into_owned()
}

/// A CSV cell: neutralised against formula injection, control characters
/// escaped, quoted where RFC 4180 needs it.
fn csv_escape(s: &str) -> String {
    let s = noytral(s);
    let s = vis(&s);
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.into_owned()
    }
}

/// A cell that a spreadsheet would run as a formula (it begins with `=`,
/// `+`, `-`, `@`, tab or CR) gets a single quote in front, as OWASP
/// recommends for CSV injection; a plain number (`-3`, `dager_igjen`) is no
/// formula and stays a number.
fn noytral(s: &str) -> Cow<'_, str> {
    let tall = s.strip_prefix(['-', '+']).is_some_and(|r| {
        !r.is_empty()
            && r.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && r.bytes().filter(|&b| b == b'.').count() <= 1
    });
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && !tall {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `s` with every word (run without whitespace) longer than `max` columns
/// broken by newlines into pieces of at most `max`: linear in `s`.
pub fn bryt_lange_ord(s: &str, max: usize) -> Cow<'_, str> {
    use unicode_width::UnicodeWidthChar;
    let mut run = 0;
    let lang = s.chars().any(|c| {
        if c.is_whitespace() {
            run = 0;
        } else {
            run += c.width().unwrap_or(0);
        }
        run > max
    });
    if !lang {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + s.len() / max.max(1) + 1);
    let mut run = 0;
    for c in s.chars() {
        if c.is_whitespace() {
            run = 0;
        } else {
            let w = c.width().unwrap_or(0);
            if run + w > max && run > 0 {
                out.push('\n');
                run = 0;
            }
            run += w;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

pub fn write_delimited(out: &mut dyn Write, items: &[Value], sep: u8) -> Result<()> {
    let keys = keys(items);
    if keys.is_empty() {
        return Ok(());
    }
    let esc = |s: &str| {
        if sep == b'\t' {
            tsv_escape(s)
        } else {
            csv_escape(s)
        }
    };
    let sep = char::from(sep).to_string();
    let nl = if sep == "," { "\r\n" } else { "\n" };
    write!(
        out,
        "{}{nl}",
        keys.iter().map(|k| esc(k)).collect::<Vec<_>>().join(&sep)
    )?;
    for item in items {
        let row: Vec<String> = keys
            .iter()
            .map(|k| esc(&item.get(k).map(field).unwrap_or_default()))
            .collect();
        write!(out, "{}{nl}", row.join(&sep))?;
    }
    Ok(())
}

fn md_escape(s: &str) -> String {
    vis(s).replace('|', "\\|").replace('\n', "<br>")
}

pub fn write_markdown(out: &mut dyn Write, t: &Tabell) -> Result<()> {
    if t.headers.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "| {} |",
        t.headers
            .iter()
            .map(|h| md_escape(h))
            .collect::<Vec<_>>()
            .join(" | ")
    )?;
    writeln!(out, "|{}", "---|".repeat(t.headers.len()))?;
    for row in &t.rows {
        writeln!(
            out,
            "| {} |",
            row.iter()
                .map(|c| md_escape(c))
                .collect::<Vec<_>>()
                .join(" | ")
        )?;
    }
    Ok(())
}

/// "—" for a missing field.
pub fn or_dash(s: Option<&str>) -> String {
    match s {
        Some(s) if !s.trim().is_empty() => s.to_string(),
        _ => "—".to_string(),
    }
}

/// Entries for `--lang`: a title and (field, value) lines.
pub type Blocks = Vec<(String, Vec<(String, String)>)>;

/// One block per entry: "navn: verdi" lines, "—" for what is missing.
pub fn blocks(out: &mut dyn Write, entries: &Blocks) -> Result<()> {
    for (i, (title, fields)) in entries.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{}", vis_linje(title))?;
        let w = fields
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        for (k, v) in fields {
            let v = vis(v);
            let mut lines = v.lines();
            let first = lines.next().unwrap_or("—");
            writeln!(out, "  {k:<w$}  {first}")?;
            for l in lines {
                writeln!(out, "  {:<w$}  {l}", "")?;
            }
        }
    }
    Ok(())
}

/// How a command writes its result (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// Tabulatorseparert: teksten uendret (tabulator, linjeskift, CR og \ som \t, \n, \r, \\)
    Tsv,
    /// Kommaseparert (RFC 4180) for regneark: en celle som begynner med =, +, -, @, tabulator eller CR får ' foran, så regnearket ikke kjører den som formel (OWASP: CSV-injeksjon); rene tall som -3 står urørt
    Csv,
    Markdown,
    /// Kalender (RFC 5545) for `frist`
    Ics,
    /// Excel-arbeidsbok til filen i -o/--ut (frist, tjenester, arenaer, roller, vurdering): datoer som datoer, tall som tall, overskriftsraden fast
    Xlsx,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn delimited_escapes() {
        let items = vec![json!({"a": "x\ty", "b": ["p", "q"], "c": null, "d": "k,\"l\""})];
        let mut out = Vec::new();
        write_delimited(&mut out, &items, b'\t').unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\tb\tc\td\nx\\ty\tp; q\t\tk,\"l\"\n"
        );
        let mut out = Vec::new();
        write_delimited(&mut out, &items, b',').unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a,b,c,d\r\nx\ty,p; q,,\"k,\"\"l\"\"\"\r\n"
        );
    }

    #[test]
    fn a_long_table_in_pieces_is_the_table_in_one() {
        let ord = [
            "kort",
            "lengre tekst her",
            "æøå «sitat» – ja",
            "Prosjektleder innkaller",
            "x",
        ];
        let rows: Vec<Vec<String>> = (0..57)
            .map(|i| {
                (0..4)
                    .map(|j| {
                        let mut s = ord[(i * 7 + j * 3) % ord.len()].repeat(1 + (i * j) % 4);
                        if (i + j) % 5 == 0 {
                            s.push_str("\nandre linje");
                        }
                        s
                    })
                    .collect()
            })
            .collect();
        let t = Tabell {
            headers: vec![
                "Kommune".into(),
                "Frist".into(),
                "Navn".into(),
                "Ansvar".into(),
            ],
            rows,
        };
        for width in [None, Some(40), Some(80), Some(120), Some(250)] {
            let term = Terminal {
                width,
                color: false,
            };
            let mut hel = Vec::new();
            write_table_i(&mut hel, &t, term, 1000).unwrap();
            let hel = String::from_utf8(hel).unwrap();
            for stykke in [1, 10, 56] {
                let mut delt = Vec::new();
                write_table_i(&mut delt, &t, term, stykke).unwrap();
                let delt = String::from_utf8(delt).unwrap();
                if width.is_none() {
                    // Without a terminal the widths are the widest lines: the same.
                    assert_eq!(delt, hel, "{stykke}");
                    continue;
                }
                // On a terminal comfy-table also weighs how the text wraps,
                // which a long table is not given whole: the pieces must still
                // make one table of one width, with all the text.
                use unicode_width::UnicodeWidthStr;
                let w0 = delt.lines().next().unwrap().width();
                assert!(w0 <= usize::from(width.unwrap()), "{width:?}");
                assert!(
                    delt.lines()
                        .all(|l| l.width() == w0 || l.trim_end() == l && l.width() <= w0)
                );
                assert_eq!(delt.matches('┌').count(), 1);
                assert_eq!(delt.matches('└').count(), 1);
                assert_eq!(delt.matches('╞').count(), 1);
                let tegn = |s: &str| {
                    let mut v: Vec<char> = s
                        .chars()
                        .filter(|c| !c.is_whitespace() && !"│┆─┌┐└┘┬┴╞╪╡═".contains(*c))
                        .collect();
                    v.sort_unstable();
                    v
                };
                assert_eq!(tegn(&delt), tegn(&hel), "{width:?} {stykke}");
            }
        }
    }

    #[test]
    fn csv_cells_that_are_formulas_are_neutralised() {
        assert_eq!(noytral("=1+1"), "'=1+1");
        assert_eq!(noytral("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(noytral("\tx"), "'\tx");
        assert_eq!(noytral("-1+2"), "'-1+2");
        assert_eq!(noytral("-"), "'-");
        assert_eq!(noytral("-3"), "-3");
        assert_eq!(noytral("+4.5"), "+4.5");
        assert_eq!(noytral("Helsestasjon"), "Helsestasjon");
    }

    #[test]
    fn long_words_are_broken_in_linear_time() {
        assert_eq!(bryt_lange_ord("ab cdefgh", 3), "ab cde\nfgh");
        assert_eq!(bryt_lange_ord("kort tekst", 5), "kort tekst");
        let lang = "x".repeat(1_000_000);
        assert_eq!(bryt_lange_ord(&lang, 10).lines().count(), 100_000);
    }

    #[test]
    fn markdown_escapes_pipes() {
        let t = Tabell {
            headers: vec!["a".into()],
            rows: vec![vec!["x|y".into()]],
        };
        let mut out = Vec::new();
        write_markdown(&mut out, &t).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "| a |\n|---|\n| x\\|y |\n");
    }

    #[test]
    fn long_json_is_one_array_in_order_one_element_per_line() {
        // More than one chunk, so the parallel path runs.
        let items: Vec<_> = (0..3000).map(|i| json!({"i": i})).collect();
        let mut out = Vec::new();
        write_json(&mut out, &items).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 3002);
        assert!(text.ends_with("}\n]\n"));
        let back: Vec<Value> = serde_json::from_str(&text).unwrap();
        assert_eq!(back, items);
        let mut out = Vec::new();
        write_json::<Value>(&mut out, &[]).unwrap();
        assert_eq!(out, b"[]\n");
    }

    #[test]
    fn only_what_the_format_shows_is_built() {
        let b = Behov::for_format;
        assert!(b(Format::Json, false).json && !b(Format::Json, false).tabell);
        assert!(b(Format::Tsv, true).json && !b(Format::Tsv, true).blokker);
        assert!(b(Format::Markdown, true).tabell && !b(Format::Markdown, true).blokker);
        let lang = b(Format::Table, true);
        assert!(lang.blokker && !lang.tabell && !lang.json);
        assert!(b(Format::Table, false).tabell);
    }

    #[test]
    fn json_str_escapes_as_serde_json() {
        let mut all: String = (0u8..0x80).map(char::from).collect();
        all.push_str("æøå «» – ✓ 👍 \u{2028}");
        for s in ["", "plain", "a\"b\\c", "line\nnext\ttab", all.as_str()] {
            let mut buf = Vec::new();
            json_str(&mut buf, s);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
    }
}
