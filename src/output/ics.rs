//! iCalendar (RFC 5545) output: one VCALENDAR, one all-day VEVENT per
//! occurrence. Written by hand because it is small: TEXT escaping (§3.3.11),
//! CRLF line ends and folding at 75 octets without splitting a character (§3.1).

use std::io::Write;

use chrono::{Days, NaiveDate};

use crate::error::Result;

/// One all-day event; `slutt` is inclusive here and written exclusive (DTEND = slutt + 1).
#[derive(Debug, Clone)]
pub struct Hending {
    pub uid: String,
    pub start: NaiveDate,
    pub slutt: NaiveDate,
    pub summary: String,
    pub description: String,
}

/// Escape a TEXT value.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            // Data cannot hold them (`data::tegn`); this is defence in depth.
            c if c.is_control() || crate::data::tegn::forbudt(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Fold a content line to at most 75 octets per physical line, CRLF-terminated.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

fn date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

pub fn write(out: &mut dyn Write, events: &[Hending], stamp: NaiveDate, name: &str) -> Result<()> {
    let mut s = String::new();
    s.push_str(&fold("BEGIN:VCALENDAR"));
    s.push_str(&fold("VERSION:2.0"));
    s.push_str(&fold(&format!(
        "PRODID:-//bti//bti {}//NO",
        env!("CARGO_PKG_VERSION")
    )));
    s.push_str(&fold("CALSCALE:GREGORIAN"));
    s.push_str(&fold("METHOD:PUBLISH"));
    s.push_str(&fold(&format!("X-WR-CALNAME:{}", escape(name))));
    for e in events {
        let end = e.slutt.checked_add_days(Days::new(1)).unwrap_or(e.slutt);
        s.push_str(&fold("BEGIN:VEVENT"));
        s.push_str(&fold(&format!("UID:{}", escape(&e.uid))));
        s.push_str(&fold(&format!("DTSTAMP:{}T000000Z", date(stamp))));
        s.push_str(&fold(&format!("DTSTART;VALUE=DATE:{}", date(e.start))));
        s.push_str(&fold(&format!("DTEND;VALUE=DATE:{}", date(end))));
        s.push_str(&fold(&format!("SUMMARY:{}", escape(&e.summary))));
        if !e.description.is_empty() {
            s.push_str(&fold(&format!("DESCRIPTION:{}", escape(&e.description))));
        }
        s.push_str(&fold("TRANSP:TRANSPARENT"));
        s.push_str(&fold("END:VEVENT"));
    }
    s.push_str(&fold("END:VCALENDAR"));
    out.write_all(s.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_without_splitting_chars() {
        let long = format!("SUMMARY:{}", "æøå".repeat(40));
        let folded = fold(&long);
        for line in folded.split("\r\n") {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, long);
    }

    #[test]
    fn escapes_text() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        assert_eq!(escape("a\u{202e}b\u{7}c\td"), "abcd");
    }
}
