//! The one place where text from data becomes terminal text (SPEC §3.1).
//!
//! Data files come from many hands, and a pipe often ends in a terminal: a
//! `navn` of `"\u001b]0;pwned\u0007"` must not set the window title, a CR
//! must not overwrite what was printed before it, and a newline in a folder
//! name must not split an error line. So every control character is shown
//! visibly escaped, never raw:
//!
//! - newline and tab stay as they are where text may span lines ([`vis`]);
//!   in one-line messages a newline is shown as `\n` ([`vis_linje`]);
//! - CR is shown as `\r`; every other control character (C0, DEL, C1 such as
//!   the one-byte CSI U+009B) as `\u{1b}`: its code point in hex, as Rust
//!   writes it;
//! - the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069,
//!   U+200E, U+200F, U+061C), which reorder what a reader sees, likewise.
//!
//! A backslash is left alone: the escapes are for people to see, not to be
//! parsed back. JSON escapes control characters as JSON does and does not
//! come through here; `ics` strips them (RFC 5545 allows none).
//!
//! [`Ut`] applies the same rule to a whole output stream, so text a command
//! writes without thinking of it (a "nothing found" line quoting a name, a
//! diagnostic) is covered too, and it remembers a write error so the message
//! can say that it was standard output that failed.

use std::borrow::Cow;
use std::io::{self, Write};

/// Characters that must not reach a terminal raw (besides newline and tab).
pub fn farlig(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape(c: char, out: &mut String) {
    match c {
        '\r' => out.push_str("\\r"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        c => {
            use std::fmt::Write as _;
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

fn escaped(s: &str, also: impl Fn(char) -> bool) -> Cow<'_, str> {
    let treng = |c: char| farlig(c) || also(c);
    let Some(first) = s.find(treng) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(s.get(..first).unwrap_or(""));
    for c in s.get(first..).unwrap_or("").chars() {
        if treng(c) {
            escape(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `s` with every control character but newline and tab visibly escaped.
pub fn vis(s: &str) -> Cow<'_, str> {
    escaped(s, |_| false)
}

/// `s` for one line of a message: as [`vis`], and newline and tab escaped too.
pub fn vis_linje(s: &str) -> Cow<'_, str> {
    escaped(s, |c| c == '\n' || c == '\t')
}

/// Whether byte `b` may begin a character [`farlig_lengde`] finds (newline
/// and tab never do): branch-free, so a block of them is checked at once.
fn kanskje(b: u8) -> bool {
    ((b < 0x20) & (b != b'\n') & (b != b'\t'))
        | (b == 0x7f)
        | (b == 0xc2)
        | (b == 0xd8)
        | (b == 0xe2)
}

/// Whether the 32 bytes from `i` are there and none of them may begin a
/// character [`farlig_lengde`] finds (a fixed-size block the compiler
/// checks at once).
fn blokk_ren(bytes: &[u8], i: usize) -> bool {
    let blokk: Option<&[u8; 32]> = bytes.get(i..i + 32).and_then(|b| b.try_into().ok());
    blokk.is_some_and(|b| !b.iter().fold(false, |a, &b| a | kanskje(b)))
}

/// The length in bytes of the character at `bytes[i]` if it is one that
/// [`farlig`] names (a CR directly before a newline is not), else 0.
pub fn farlig_lengde(bytes: &[u8], i: usize) -> usize {
    let next = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match next(0) {
        b'\n' | b'\t' => 0,
        b'\r' if next(1) == b'\n' => 0,
        _ if i >= bytes.len() => 0,
        0..=0x1f | 0x7f => 1,
        0xc2 if (0x80..=0x9f).contains(&next(1)) => 2,
        0xd8 if next(1) == 0x9c => 2,
        0xe2 if next(1) == 0x80 && matches!(next(2), 0x8e | 0x8f | 0xaa..=0xae) => 3,
        0xe2 if next(1) == 0x81 && (0xa6..=0xa9).contains(&next(2)) => 3,
        _ => 0,
    }
}

/// Whether UTF-8 `bytes` hold a character that [`farlig`] names (a CR
/// directly before a newline aside): a scan of 32-byte blocks, byte by byte
/// only in a block that may.
pub fn har_farlig(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        if blokk_ren(bytes, i) {
            i += 32;
            continue;
        }
        let slutt = (i + 32).min(bytes.len());
        if (i..slutt).any(|j| farlig_lengde(bytes, j) > 0) {
            return true;
        }
        i = slutt;
    }
    false
}

/// An output stream that lets no control character through raw (as
/// [`vis`]; a CR directly before a newline is kept, for CSV line ends), and
/// remembers the first write error.
pub struct Ut<W: Write> {
    inner: W,
    /// Escape control characters (off for ics, which strips its own).
    filtrer: bool,
    /// The stream is JSON: C0 is escaped by the writer already; C1 and
    /// bidi controls become `\u009b`-style escapes (valid in any string).
    json: bool,
    /// Bytes not yet passed on: an unfinished UTF-8 sequence or a CR whose
    /// next byte is not known yet.
    rest: Vec<u8>,
    /// What went wrong when writing, if anything.
    pub feil: Option<io::ErrorKind>,
}

impl<W: Write> Ut<W> {
    pub fn new(inner: W, filtrer: bool) -> Self {
        Ut {
            inner,
            filtrer,
            json: false,
            rest: Vec::new(),
            feil: None,
        }
    }

    /// The same stream for JSON (see `json`).
    pub fn json(mut self) -> Self {
        self.json = true;
        self
    }

    fn note<T>(&mut self, r: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &r
            && self.feil.is_none()
        {
            self.feil = Some(e.kind());
        }
        r
    }

    /// Pass on `bytes` (whole UTF-8 text) with dangerous characters
    /// escaped: a byte scan for their first bytes, copying what lies between.
    fn pass(&mut self, bytes: &[u8]) -> io::Result<()> {
        // Most text has none: find the 32-byte blocks that may. In JSON
        // (whose writer escapes C0 itself) those are the blocks with a lead
        // byte of C1 or a bidi control, which memchr finds. In a block that
        // may, only the bytes that can begin one are looked at (a table's
        // box drawing shares its lead byte with the bidi controls).
        let json = self.json;
        let mut text: Vec<u8> = Vec::new();
        let mut from = 0;
        let mut i = 0;
        while i < bytes.len() {
            let blokk = i - i % 32;
            let slutt = (blokk + 32).min(bytes.len());
            if i == blokk && slutt - blokk == 32 {
                let ren = match json {
                    true => match memchr::memchr3(0xc2, 0xd8, 0xe2, &bytes[i..]) {
                        None => {
                            i += (bytes.len() - i) / 32 * 32;
                            continue;
                        }
                        Some(k) if k >= 32 => {
                            i += k / 32 * 32;
                            continue;
                        }
                        Some(_) => false,
                    },
                    false => blokk_ren(bytes, i),
                };
                if ren {
                    i += 32;
                    continue;
                }
            }
            // Bit j: `bytes[i + j]` may begin one (the rest cannot).
            let mut maske = bytes[i..slutt]
                .iter()
                .enumerate()
                .fold(0u32, |m, (j, &b)| m | (u32::from(kanskje(b)) << j));
            let mut videre = slutt;
            while maske != 0 {
                let p = i + maske.trailing_zeros() as usize;
                maske &= maske - 1;
                let len = farlig_lengde(bytes, p);
                if p < from || len == 0 {
                    continue;
                }
                text.extend_from_slice(&bytes[from..p]);
                let c = std::str::from_utf8(&bytes[p..p + len])
                    .ok()
                    .and_then(|s| s.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                if json {
                    // Only inside a JSON string can such a character stand.
                    text.extend_from_slice(format!("\\u{:04x}", u32::from(c)).as_bytes());
                } else {
                    let mut e = String::new();
                    escape(c, &mut e);
                    text.extend_from_slice(e.as_bytes());
                }
                from = p + len;
                videre = videre.max(from);
            }
            i = videre;
        }
        if from == 0 {
            let r = self.inner.write_all(bytes);
            return self.note(r);
        }
        text.extend_from_slice(&bytes[from..]);
        let r = self.inner.write_all(&text);
        self.note(r)
    }

    fn filtered(&mut self, buf: &[u8]) -> io::Result<()> {
        // The usual case, nothing held back: whole lines straight from `buf`.
        if self.rest.is_empty()
            && let Some(i) = buf.iter().rposition(|&b| b == b'\n')
        {
            let (whole, rest) = buf.split_at(i + 1);
            self.pass(whole)?;
            self.rest.extend_from_slice(rest);
            return Ok(());
        }
        self.rest.extend_from_slice(buf);
        // Everything up to the last newline is whole: pass it on now.
        let cut = match self.rest.iter().rposition(|&b| b == b'\n') {
            Some(i) => i + 1,
            // A long line without newline: pass on all but a possibly
            // unfinished character or CR at the end.
            None if self.rest.len() > 8192 => {
                let mut i = self.rest.len();
                while i > 0 && self.rest.len() - i < 4 {
                    let b = self.rest[i - 1];
                    if b == b'\r' || b >= 0x80 {
                        i -= 1;
                    } else {
                        break;
                    }
                }
                i
            }
            None => return Ok(()),
        };
        let rest = self.rest.split_off(cut);
        let whole = std::mem::replace(&mut self.rest, rest);
        self.pass(&whole)
    }
}

impl<W: Write> Write for Ut<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.filtrer {
            self.filtered(buf)?;
        } else {
            let r = self.inner.write_all(buf);
            self.note(r)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.rest.is_empty() {
            let rest = std::mem::take(&mut self.rest);
            self.pass(&rest)?;
        }
        let r = self.inner.flush();
        self.note(r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_sent() {
        assert_eq!(
            vis("\u{1b}]0;pwned\u{7}\u{1b}[31mRED\r\0X\u{9b}2J"),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[31mRED\\r\\u{0}X\\u{9b}2J"
        );
        assert_eq!(vis("a\nb\tc\u{7f}"), "a\nb\tc\\u{7f}");
        assert_eq!(vis_linje("mappe\nnavn\t"), "mappe\\nnavn\\t");
        assert_eq!(vis("abc\u{202e}cba"), "abc\\u{202e}cba");
        assert!(matches!(vis("Øvre Sirdal – «BTI»"), Cow::Borrowed(_)));
    }

    fn through(chunks: &[&[u8]]) -> Vec<u8> {
        let mut ut = Ut::new(Vec::new(), true);
        for c in chunks {
            ut.write_all(c).unwrap();
        }
        ut.flush().unwrap();
        ut.inner
    }

    #[test]
    fn the_stream_escapes_across_write_boundaries() {
        // CSI as one C1 character split between two writes; a CR before a
        // newline kept (CSV), a lone CR escaped.
        let out = through(&[b"a\xc2", b"\x9bb\r", b"\nc\rd\x1b", "æ\n".as_bytes()]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\\u{9b}b\r\nc\\rd\\u{1b}æ\n"
        );
        let long = "x".repeat(20_000) + "\u{1b}";
        let out = through(&[long.as_bytes()]);
        assert!(String::from_utf8(out).unwrap().ends_with("x\\u{1b}"));
    }

    /// The scan as it was before the block skipping was made faster: one
    /// 32-byte block at a time, byte by byte in a block that may hold a
    /// lead byte (newline included) and in the last, partial block.
    fn pass_som_for(bytes: &[u8], json: bool) -> Vec<u8> {
        let kanskje =
            |b: u8| (!json && (b < 0x20 || b == 0x7f)) || b == 0xc2 || b == 0xd8 || b == 0xe2;
        let (mut text, mut from, mut i) = (Vec::new(), 0, 0);
        while i < bytes.len() {
            if i % 32 == 0
                && let Some(blokk) = bytes.get(i..i + 32)
                && !blokk.iter().any(|&b| kanskje(b))
            {
                i += 32;
                continue;
            }
            let len = farlig_lengde(bytes, i);
            if len == 0 {
                i += 1;
                continue;
            }
            text.extend_from_slice(&bytes[from..i]);
            let c = std::str::from_utf8(&bytes[i..i + len])
                .unwrap()
                .chars()
                .next()
                .unwrap();
            if json {
                text.extend_from_slice(format!("\\u{:04x}", u32::from(c)).as_bytes());
            } else {
                let mut e = String::new();
                escape(c, &mut e);
                text.extend_from_slice(e.as_bytes());
            }
            i += len;
            from = i;
        }
        text.extend_from_slice(&bytes[from..]);
        text
    }

    #[test]
    fn the_fast_scan_passes_what_the_block_scan_passed() {
        let biter = [
            "x", "æ", "«", "–", "\n", "\t", "\r\n", "\r", "\u{7}", "\u{7f}", "\u{9b}", "\u{a0}",
            "\u{61c}", "\u{200f}", "\u{202e}", "\u{2066}", "\u{2013}",
        ];
        for json in [false, true] {
            for fyll in 0..70 {
                for a in biter {
                    for b in biter {
                        let s = format!("{}{a}{}{b}z\n", "y".repeat(fyll), "w".repeat(fyll % 37));
                        let mut ut = Ut::new(Vec::new(), true);
                        if json {
                            ut = ut.json();
                        }
                        ut.pass(s.as_bytes()).unwrap();
                        assert_eq!(ut.inner, pass_som_for(s.as_bytes(), json), "{json} {s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_stream_remembers_a_write_error() {
        let mut ut = Ut::new(std::io::sink(), false);
        ut.write_all(b"ok").unwrap();
        assert!(ut.feil.is_none());
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full");
        if let Ok(f) = full {
            let mut ut = Ut::new(f, true);
            let _ = ut.write_all(b"x\n");
            let _ = ut.flush();
            assert_eq!(ut.feil, Some(io::ErrorKind::StorageFull));
        }
    }
}
