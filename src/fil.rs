//! Reading a file safely and saying why it failed: bounded, regular files
//! only, never a blocking open; read and write errors in Norwegian. Bottom
//! layer: it imports nothing of ours but `i18n` and `diag`.

use std::fs;
use std::path::Path;

use crate::diag::{Alvor, Diagnostic, SourceFile};
use crate::i18n::Maalform;

/// Files larger than this are refused before they are read.
pub const MAX_FILE: u64 = 16 * 1024 * 1024;

/// A data file's bytes as text, or a diagnostic at the first byte that is not UTF-8.
pub fn source(path: String, bytes: Vec<u8>, m: Maalform) -> Result<SourceFile, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(path, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let file = SourceFile::new(path, text);
            Err(file.diag(
                valid.min(file.text.len()),
                Alvor::Feil,
                m,
                m.t(
                    "fila er ikke gyldig UTF-8 (lagre den som UTF-8)",
                    "fila er ikkje gyldig UTF-8 (lagre ho som UTF-8)",
                )
                .into(),
            ))
        }
    }
}

/// Read a regular file of at most `MAX_FILE` bytes. Anything else is refused
/// before it is read: a FIFO would block forever, `/dev/zero` never ends,
/// and a file that grows while it is read is cut off at the limit. The file
/// is opened without blocking (a FIFO swapped in after the first look cannot
/// hang the open) and checked again once open.
pub fn read_limited(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let md = fs::metadata(path)?;
    if md.is_dir() {
        return Err(std::io::Error::from(std::io::ErrorKind::IsADirectory));
    }
    if !md.is_file() {
        return Err(std::io::Error::other(IkkeFil));
    }
    if md.len() > MAX_FILE {
        return Err(std::io::Error::other(ForStor(md.len())));
    }
    let mut opts = fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let file = opts.open(path)?;
    let md = file.metadata()?;
    if !md.is_file() {
        return Err(std::io::Error::other(IkkeFil));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(md.len().min(MAX_FILE)).unwrap_or(0));
    file.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(std::io::Error::other(ForStor(bytes.len() as u64)));
    }
    Ok(bytes)
}

/// Not a regular file (a FIFO, a socket, a device).
#[derive(Debug)]
struct IkkeFil;

/// Over `MAX_FILE` bytes (the size seen).
#[derive(Debug)]
pub struct ForStor(pub u64);

impl std::fmt::Display for IkkeFil {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not a regular file")
    }
}
impl std::error::Error for IkkeFil {}

impl std::fmt::Display for ForStor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "file too large: {} bytes", self.0)
    }
}
impl std::error::Error for ForStor {}

/// A read error in Norwegian: that it was a read, why, and what to do.
pub fn io_msg(e: &std::io::Error, m: Maalform) -> String {
    use std::io::ErrorKind::*;
    let les = m.t("kan ikke lese", "kan ikkje lese");
    if let Some(ForStor(n)) = e.get_ref().and_then(|i| i.downcast_ref::<ForStor>()) {
        return format!(
            "{les}: {} ({} byte; {} {} byte = 16 MiB); {}",
            m.t("fila er for stor", "fila er for stor"),
            tusen(*n),
            m.t("grensen er", "grensa er"),
            tusen(MAX_FILE),
            m.t(
                "del den opp, eller sjekk at det er riktig fil",
                "del ho opp, eller sjekk at det er rett fil"
            )
        );
    }
    let grunn = match e.kind() {
        NotFound => m.t(
            "finnes ikke; sjekk navnet og stien",
            "finst ikkje; sjekk namnet og stien",
        ),
        PermissionDenied => m.t(
            "ingen tilgang (lesetilgang mangler; be eieren om tilgang)",
            "ingen tilgang (manglar lesetilgang; be eigaren om tilgang)",
        ),
        IsADirectory => m.t("er en mappe, ventet en fil", "er ei mappe, venta ei fil"),
        _ if e.get_ref().is_some_and(|i| i.is::<IkkeFil>()) => m.t(
            "er ikke en vanlig fil (en FIFO, sokkel eller enhet?); pek på en vanlig fil",
            "er ikkje ei vanleg fil (ein FIFO, sokkel eller eining?); peik på ei vanleg fil",
        ),
        _ if e.raw_os_error() == Some(40) => m.t(
            "for mange nivåer av symbolske lenker (lenkeløkke?); rett lenkene",
            "for mange nivå av symbolske lenker (lenkjeløkke?); rett lenkjene",
        ),
        _ => return format!("{les}: {e}"),
    };
    format!("{les}: {grunn}")
}

/// A write error in Norwegian: that it was a write, why, and what to do.
pub fn io_msg_skriv(e: &std::io::Error, m: Maalform) -> String {
    use std::io::ErrorKind::*;
    let skriv = m.t("kan ikke skrive", "kan ikkje skrive");
    let grunn = match e.kind() {
        PermissionDenied | ReadOnlyFilesystem => m.t(
            "ingen skrivetilgang i mappen; velg en mappe du kan skrive i",
            "ingen skrivetilgang i mappa; vel ei mappe du kan skrive i",
        ),
        StorageFull | QuotaExceeded => m.t(
            "disken er full; frigjør plass eller velg en annen disk",
            "disken er full; frigjer plass eller vel ein annan disk",
        ),
        NotFound => m.t(
            "mappen finnes ikke eller tar ikke imot nye filer; velg en vanlig mappe som finnes",
            "mappa finst ikkje eller tek ikkje imot nye filer; vel ei vanleg mappe som finst",
        ),
        InvalidFilename => m.t(
            "filnavnet er for langt eller ugyldig (høyst 255 byte); velg et kortere navn",
            "filnamnet er for langt eller ugyldig (høgst 255 byte); vel eit kortare namn",
        ),
        AlreadyExists => m.t(
            "det finnes allerede noe med dette navnet (en fil, eller en lenke som peker til noe som ikke finnes); fjern det eller velg et annet navn",
            "det finst alt noko med dette namnet (ei fil, eller ei lenkje som peikar til noko som ikkje finst); fjern det eller vel eit anna namn",
        ),
        NotADirectory => m.t(
            "en del av stien er en fil, ikke en mappe; rett stien",
            "ein del av stien er ei fil, ikkje ei mappe; rett stien",
        ),
        IsADirectory => m.t(
            "er en mappe; oppgi et filnavn",
            "er ei mappe; oppgi eit filnamn",
        ),
        _ => return format!("{skriv}: {e}"),
    };
    format!("{skriv}: {grunn}")
}

/// `n` with a space between thousands, as Norwegian writes numbers.
pub fn tusen(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}
