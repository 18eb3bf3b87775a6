//! `--format xlsx`: the JSON elements of a report as one Excel worksheet
//! (the same columns as csv), with typed cells: dates as dates, numbers as
//! numbers, true/false as booleans; the header row bold and frozen, and
//! column widths from the content. Text is always written as text, never as
//! a formula, so a cell that begins with `=` is safe without csv's quote.

use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use serde_json::Value;

use crate::error::{Error, Result};

/// Keys whose ISO dates are written as Excel dates.
const DATOER: &[&str] = &["start", "slutt", "neste_mote"];
/// Excel's limit for one cell's text.
const MAKS_TEKST: usize = 32_767;
/// The widest a column gets, in characters.
const MAKS_BREDDE: usize = 60;

/// The workbook as bytes: one sheet named `ark`.
pub fn bok(items: &[Value], ark: &str) -> Result<Vec<u8>> {
    let feil = |e: XlsxError| Error::Io(format!("xlsx: {e}"));
    let mut bok = Workbook::new();
    let ws = bok.add_worksheet();
    ws.set_name(ark).map_err(feil)?;
    fyll(ws, items).map_err(feil)?;
    bok.save_to_buffer().map_err(feil)
}

fn fyll(ws: &mut Worksheet, items: &[Value]) -> std::result::Result<(), XlsxError> {
    let keys: Vec<String> = match items.first() {
        Some(Value::Object(o)) => o.keys().cloned().collect(),
        _ => Vec::new(),
    };
    let fet = Format::new().set_bold();
    let dato = Format::new().set_num_format("yyyy-mm-dd");
    let mut bredde: Vec<usize> = keys.iter().map(|k| k.chars().count()).collect();
    for (c, k) in keys.iter().enumerate() {
        ws.write_string_with_format(0, kol(c), k, &fet)?;
    }
    for (r, item) in items.iter().enumerate() {
        let rad = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, k) in keys.iter().enumerate() {
            let col = kol(c);
            let v = item.get(k).unwrap_or(&Value::Null);
            let tekst = match v {
                Value::Null => continue,
                Value::Bool(b) => {
                    ws.write_boolean(rad, col, *b)?;
                    5
                }
                Value::Number(n) => {
                    ws.write_number(rad, col, n.as_f64().unwrap_or_default())?;
                    n.to_string().len()
                }
                Value::String(s) if DATOER.contains(&k.as_str()) && iso(s).is_some() => {
                    if let Some((y, m, d)) = iso(s) {
                        ws.write_datetime_with_format(
                            rad,
                            col,
                            &ExcelDateTime::from_ymd(y, m, d)?,
                            &dato,
                        )?;
                    }
                    10
                }
                other => {
                    let s = tekst(other);
                    let s: String = s.chars().take(MAKS_TEKST).collect();
                    ws.write_string(rad, col, &s)?;
                    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                }
            };
            if let Some(b) = bredde.get_mut(c) {
                *b = (*b).max(tekst);
            }
        }
    }
    for (c, b) in bredde.iter().enumerate() {
        ws.set_column_width(kol(c), (*b).clamp(4, MAKS_BREDDE) as f64 + 1.0)?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn kol(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A cell's text: lists joined with «; » as csv joins them.
fn tekst(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().map(tekst).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// `YYYY-MM-DD` as (year, month, day) when it is a date Excel can hold.
fn iso(s: &str) -> Option<(u16, u8, u8)> {
    let d = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    use chrono::Datelike;
    let y = u16::try_from(d.year())
        .ok()
        .filter(|y| (1900..=9999).contains(y))?;
    Some((
        y,
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    ))
}
