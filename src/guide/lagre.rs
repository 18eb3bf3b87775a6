//! Writing a summary to disk, only when asked (`--lagre FIL`, `s`):
//! atomically (a temporary file in the same directory, then a hard link or
//! a rename into place), readable by the owner only (mode 0600), and never
//! over an existing file unless `--overskriv` says so.
//!
//! Without `--overskriv` the final step is `link(2)`, which fails if the name
//! exists, so a file that appears between the check and the write is still
//! never replaced.

use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::i18n::Maalform;

/// Refuse early (before the walkthrough) when the target exists.
pub fn sjekk(path: &Path, overskriv: bool, m: Maalform) -> Result<(), Error> {
    if !overskriv && fs::symlink_metadata(path).is_ok() {
        return Err(finnes(path, m));
    }
    ikke_vanlig(path, m)?;
    if path.is_dir() {
        return Err(Error::Io(format!(
            "{}: {}",
            path.display(),
            m.t(
                "kan ikke skrive: er en mappe; oppgi et filnavn",
                "kan ikkje skrive: er ei mappe; oppgi eit filnamn"
            )
        )));
    }
    Ok(())
}

/// `--overskriv` replaces a regular file only: never a symlink (its target
/// would stay, the link be lost), a FIFO or a device.
fn ikke_vanlig(path: &Path, m: Maalform) -> Result<(), Error> {
    match fs::symlink_metadata(path) {
        Ok(md) if !md.is_file() && !md.is_dir() => Err(Error::Io(format!(
            "{}: {}",
            path.display(),
            m.t(
                "kan ikke skrive: er ikke en vanlig fil (en symbolsk lenke, FIFO eller enhet); bti erstatter bare vanlige filer, velg et annet filnavn",
                "kan ikkje skrive: er ikkje ei vanleg fil (ei symbolsk lenkje, FIFO eller eining); bti byter berre ut vanlege filer, vel eit anna filnamn"
            )
        ))),
        _ => Ok(()),
    }
}

/// What was not written when the file exists: the summary…
const OPPSUMMERING: (&str, &str) = (
    "finnes allerede; oppsummeringen ble ikke lagret",
    "finst allereie; oppsummeringa vart ikkje lagra",
);
/// …or a spreadsheet (`--format xlsx`).
pub const REGNEARK: (&str, &str) = (
    "finnes allerede; regnearket ble ikke skrevet",
    "finst allereie; reknearket vart ikkje skrive",
);

fn finnes(path: &Path, m: Maalform) -> Error {
    finnes_hva(path, m, OPPSUMMERING)
}

fn finnes_hva(path: &Path, m: Maalform, hva: (&str, &str)) -> Error {
    Error::Io(format!(
        "{} {} ({})",
        path.display(),
        m.t(hva.0, hva.1),
        m.t(
            "bruk --overskriv for å erstatte den, eller velg et annet filnavn",
            "bruk --overskriv for å byte ho ut, eller vel eit anna filnamn"
        )
    ))
}

fn io(path: &Path, e: &std::io::Error, m: Maalform) -> Error {
    Error::Io(format!(
        "{}: {}",
        path.display(),
        crate::fil::io_msg_skriv(e, m)
    ))
}

/// Write `innhold` to `path` atomically with mode 0600.
pub fn skriv(path: &Path, innhold: &str, overskriv: bool, m: Maalform) -> Result<(), Error> {
    skriv_bytes(path, innhold.as_bytes(), overskriv, m, OPPSUMMERING)
}

/// Refuse early when the target exists (`hva`: what is then not written).
pub fn sjekk_hva(
    path: &Path,
    overskriv: bool,
    m: Maalform,
    hva: (&str, &str),
) -> Result<(), Error> {
    if !overskriv && fs::symlink_metadata(path).is_ok() {
        return Err(finnes_hva(path, m, hva));
    }
    sjekk(path, true, m)
}

/// `skriv` for any bytes; `hva` says what was not written when the file exists.
pub fn skriv_bytes(
    path: &Path,
    innhold: &[u8],
    overskriv: bool,
    m: Maalform,
    hva: (&str, &str),
) -> Result<(), Error> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    path.file_name().ok_or_else(|| {
        Error::Io(format!(
            "{}: {}",
            path.display(),
            m.t("er ikke et filnavn", "er ikkje eit filnamn")
        ))
    })?;
    if !overskriv && fs::symlink_metadata(path).is_ok() {
        return Err(finnes_hva(path, m, hva));
    }
    ikke_vanlig(path, m)?;
    // The message names the file the user asked for, not the folder of
    // the temporary file beside it.
    let (tmp, mut fil) = temp(&dir).map_err(|e| io(path, &e, m))?;
    let skrevet = fil.write_all(innhold).and_then(|()| fil.sync_all());
    drop(fil);
    if let Err(e) = skrevet {
        let _ = fs::remove_file(&tmp);
        return Err(io(path, &e, m));
    }
    let resultat = if overskriv {
        fs::rename(&tmp, path)
    } else {
        let r = fs::hard_link(&tmp, path);
        let _ = fs::remove_file(&tmp);
        r
    };
    match resultat {
        Ok(()) => Ok(()),
        Err(e) => {
            let _ = fs::remove_file(&tmp);
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                Err(finnes_hva(path, m, hva))
            } else {
                Err(io(path, &e, m))
            }
        }
    }
}

/// A new, empty, owner-only file next to the target, with a short name (a
/// target name of 255 bytes must still have room for it).
fn temp(dir: &Path) -> std::io::Result<(PathBuf, fs::File)> {
    let pid = std::process::id();
    let mut siste = None;
    for n in 0..100u32 {
        let tmp = dir.join(format!(".bti-{pid}-{n}.tmp"));
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        match opts.open(&tmp) {
            Ok(f) => return Ok((tmp, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => siste = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(siste.unwrap_or_else(|| std::io::Error::other("temp")))
}

/// A file name in the current directory that does not exist yet:
/// `bti-oppsummering-2026-01-15.md`, then `…-2.md`, `…-3.md`.
pub fn ledig_navn(i_dag: chrono::NaiveDate) -> PathBuf {
    let base = format!("bti-oppsummering-{i_dag}");
    let first = PathBuf::from(format!("{base}.md"));
    if fs::symlink_metadata(&first).is_err() {
        return first;
    }
    for n in 2..1000 {
        let p = PathBuf::from(format!("{base}-{n}.md"));
        if fs::symlink_metadata(&p).is_err() {
            return p;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_0600_and_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("opp.md");
        skriv(&p, "første\n", false, Maalform::Nb).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "første\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let e = skriv(&p, "andre\n", false, Maalform::Nb).unwrap_err();
        assert!(e.to_string().contains("finnes allerede"), "{e}");
        assert_eq!(fs::read_to_string(&p).unwrap(), "første\n");
        skriv(&p, "andre\n", true, Maalform::Nb).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "andre\n");
        // no temporary files left behind
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    #[test]
    fn missing_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("finnes-ikke").join("opp.md");
        assert!(skriv(&p, "x", false, Maalform::Nn).is_err());
    }
}
