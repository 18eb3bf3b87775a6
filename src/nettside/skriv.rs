//! Putting a built site on disk (SPEC §6 «Builds safely»): only where asked,
//! never through a symlink, whole or not at all, and never over files bti
//! did not write.
//!
//! How a build is put in place:
//! 1. An exclusive lock (`flock`) on the folder that holds the target, kept
//!    until the end: a second build into the same place waits, then sees the
//!    first one's finished site, so two builds never mix their files.
//! 2. The target is checked: missing or empty is fine; a folder is replaced
//!    only if it holds a manifest (`.bti-manifest`, the files an earlier build
//!    made) and `--overskriv` is given; a non-empty folder without one (a web
//!    root, a home folder) is refused, as are a file, a symlink and the data
//!    folder.
//! 3. Every file is written into a new folder beside the target
//!    (`.bti-ny-<pid>-<n>`), the manifest first, each file created new
//!    (`O_EXCL`, so nothing is written through a link). Files in the old
//!    folder that its manifest does not list (a `.htaccess` a webmaster put
//!    there) are carried over as hard links; one in the way of a new file
//!    stops the build.
//! 4. Only when all is written are the two folders swapped. On Linux this is
//!    one `renameat2(RENAME_EXCHANGE)`: a reader sees the whole old site until
//!    that instant and the whole new one after it. Elsewhere it is two
//!    renames (old away, new in), with a moment between them where the target
//!    does not exist (a request then gets «not found»).
//! 5. From the old folder, now beside the target, only files its manifest
//!    lists (and the carried-over links) are removed, and then its empty
//!    folders. The walk never follows a symlink.
//!
//! An interrupted build leaves its `.bti-ny-…` folder beside the target and
//! the target as it was; the next build there removes the files that
//! folder's manifest lists.

use std::collections::BTreeSet;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use super::Filer;
use crate::error::{Error, Result};
use crate::fil::io_msg_skriv;
use crate::i18n::Maalform;

/// The manifest's file name, at the top of every site folder.
pub const MANIFEST: &str = ".bti-manifest";
const HODE: &str = "# bti nettside: filene denne byggingen skrev / filene denne byggja skreiv";
const NY: &str = ".bti-ny-";

/// What stands at the target before the build.
enum Mål {
    /// Nothing, or an empty folder.
    Ledig,
    /// A folder an earlier build made: the files its manifest lists.
    Bti(BTreeSet<String>),
}

/// Write `filer` as the site in `ut` (see the module comment for how).
/// `data` is the data folder, which is never a target.
pub fn skriv(
    ut: &Path,
    filer: &Filer,
    overskriv: bool,
    data: Option<&Path>,
    m: Maalform,
) -> Result<()> {
    let ut = match ut.file_name() {
        Some(_) => ut.to_path_buf(),
        // `.`, `..`, `/`: the folder's real name is needed to build beside it.
        None => ut.canonicalize().map_err(|e| feil(ut, &e, m))?,
    };
    let forelder = match ut.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let Some(d) = data {
        ikke_data(&ut, &forelder, d, m)?;
    }
    let lås = fs::File::open(&forelder).map_err(|e| feil(&forelder, &e, m))?;
    laas(&lås).map_err(|e| feil(&forelder, &e, m))?;
    rydd_avbrutte(&forelder);
    let mål = mål(&ut, overskriv, m)?;
    let ny = ny_mappe(&forelder).map_err(|e| feil(&ut, &e, m))?;
    let mut overfort = BTreeSet::new();
    let r = skriv_alt(&ut, &ny, filer, m).and_then(|()| match &mål {
        Mål::Ledig => Ok(()),
        Mål::Bti(liste) => overfor(&ut, &ny, liste, &mut overfort, m),
    });
    let r =
        r.and_then(|()| bytt(&ut, &ny, matches!(mål, Mål::Bti(_))).map_err(|e| feil(&ut, &e, m)));
    if let Err(e) = r {
        rydd(&ny, None);
        return Err(e);
    }
    if let Mål::Bti(liste) = mål {
        // `ny` now holds the old site.
        let mut bort = liste;
        bort.extend(overfort);
        rydd(&ny, Some(bort));
    }
    drop(lås);
    Ok(())
}

fn feil(p: &Path, e: &std::io::Error, m: Maalform) -> Error {
    Error::Io(format!("{}: {}", p.display(), io_msg_skriv(e, m)))
}

fn melding(p: &Path, m: Maalform, nb: &str, nn: &str) -> Error {
    Error::Io(format!(
        "{}: {} {}",
        p.display(),
        m.t("kan ikke skrive:", "kan ikkje skrive:"),
        m.t(nb, nn)
    ))
}

/// The data folder is never a target: neither it, nor a folder that holds
/// it, nor one inside the folders bti reads (`kommuner/`, `nasjonal/`).
fn ikke_data(ut: &Path, forelder: &Path, data: &Path, m: Maalform) -> Result<()> {
    let Ok(d) = data.canonicalize() else {
        return Ok(());
    };
    let u = match ut.canonicalize() {
        Ok(u) => u,
        Err(_) => match (forelder.canonicalize(), ut.file_name()) {
            (Ok(f), Some(n)) => f.join(n),
            _ => return Ok(()),
        },
    };
    if d.starts_with(&u) || u.starts_with(d.join("kommuner")) || u.starts_with(d.join("nasjonal")) {
        return Err(melding(
            ut,
            m,
            "er datamappen, inneholder den eller ligger i kommuner/ eller nasjonal/ i den; velg en mappe utenfor dataene",
            "er datamappa, inneheld ho eller ligg i kommuner/ eller nasjonal/ i ho; vel ei mappe utanfor dataa",
        ));
    }
    Ok(())
}

fn mål(ut: &Path, overskriv: bool, m: Maalform) -> Result<Mål> {
    let meta = match fs::symlink_metadata(ut) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Mål::Ledig),
        Err(e) => return Err(feil(ut, &e, m)),
    };
    if meta.file_type().is_symlink() {
        return Err(melding(
            ut,
            m,
            "er en symbolsk lenke, og bti skriver ikke gjennom lenker; oppgi mappen lenken peker til",
            "er ei symbolsk lenkje, og bti skriv ikkje gjennom lenkjer; oppgi mappa lenkja peikar til",
        ));
    }
    if !meta.is_dir() {
        return Err(melding(
            ut,
            m,
            "er en fil, ikke en mappe; velg en mappe",
            "er ei fil, ikkje ei mappe; vel ei mappe",
        ));
    }
    let tom = fs::read_dir(ut)
        .map_err(|e| feil(ut, &e, m))?
        .next()
        .is_none();
    if tom {
        return Ok(Mål::Ledig);
    }
    let Some(liste) = les_manifest(ut) else {
        return Err(Error::Io(format!(
            "{} {} {MANIFEST} ({})",
            ut.display(),
            m.t(
                "er ikke tom og har ingen",
                "er ikkje tom og har ingen"
            ),
            m.t(
                "bti har ikke bygd det som ligger der, og erstatter det ikke, heller ikke med --overskriv; velg en ny eller tom mappe",
                "bti har ikkje bygd det som ligg der, og byter det ikkje ut, heller ikkje med --overskriv; vel ei ny eller tom mappe"
            )
        )));
    };
    if !overskriv {
        return Err(Error::Io(format!(
            "{} {} ({})",
            ut.display(),
            m.t(
                "finnes allerede og er ikke tom; nettsiden ble ikke skrevet",
                "finst allereie og er ikkje tom; nettsida vart ikkje skriven"
            ),
            m.t(
                "bruk --overskriv for å erstatte nettsiden bti bygde der, eller velg en annen mappe",
                "bruk --overskriv for å byte ut nettsida bti bygde der, eller vel ei anna mappe"
            )
        )));
    }
    Ok(Mål::Bti(liste))
}

/// The files a folder's manifest lists: relative paths without `..`, only
/// from a regular file (never through a link).
fn les_manifest(mappe: &Path) -> Option<BTreeSet<String>> {
    let p = mappe.join(MANIFEST);
    if !fs::symlink_metadata(&p).ok()?.is_file() {
        return None;
    }
    let bytes = crate::fil::read_limited(&p).ok()?;
    let tekst = String::from_utf8_lossy(&bytes);
    Some(
        tekst
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter(|l| trygg_sti(l))
            .map(String::from)
            .collect(),
    )
}

fn trygg_sti(s: &str) -> bool {
    !s.is_empty()
        && s.split('/')
            .all(|c| !c.is_empty() && c != "." && c != ".." && !c.contains('\0'))
}

fn ny_mappe(forelder: &Path) -> std::io::Result<PathBuf> {
    let pid = std::process::id();
    let mut siste = None;
    for n in 0..100u32 {
        let p = forelder.join(format!("{NY}{pid}-{n}"));
        match fs::create_dir(&p) {
            Ok(()) => return Ok(p),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => siste = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(siste.unwrap_or_else(|| std::io::Error::other("mkdir")))
}

fn ny_fil(p: &Path) -> std::io::Result<fs::File> {
    OpenOptions::new().write(true).create_new(true).open(p)
}

/// The manifest, the folders and the files, into the fresh folder `ny`.
/// Messages name the file in `ut`, where the user will look for it.
fn skriv_alt(ut: &Path, ny: &Path, filer: &Filer, m: Maalform) -> Result<()> {
    let mut manifest = String::from(HODE);
    manifest.push('\n');
    for k in filer.keys() {
        manifest.push_str(k);
        manifest.push('\n');
    }
    ny_fil(&ny.join(MANIFEST))
        .and_then(|mut f| f.write_all(manifest.as_bytes()))
        .map_err(|e| feil(&ut.join(MANIFEST), &e, m))?;
    // Every ancestor folder once, parents before children (path order).
    let mapper: BTreeSet<&str> = filer
        .keys()
        .flat_map(|k| k.match_indices('/').map(move |(i, _)| &k[..i]))
        .collect();
    for d in mapper {
        fs::create_dir(ny.join(d)).map_err(|e| feil(&ut.join(d), &e, m))?;
    }
    // Thousands of small files: the time is the file system's, not ours, so
    // several writers keep it busy (8, whatever the cores; no pool kept).
    let liste: Vec<(&String, &Vec<u8>)> = filer.iter().collect();
    let neste = std::sync::atomic::AtomicUsize::new(0);
    let feilen: std::sync::Mutex<Option<Error>> = std::sync::Mutex::new(None);
    let skriv_en = || {
        loop {
            let i = neste.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some((sti, innhold)) = liste.get(i) else {
                break;
            };
            if let Err(e) = ny_fil(&ny.join(sti)).and_then(|mut f| f.write_all(innhold)) {
                if let Ok(mut f) = feilen.lock() {
                    f.get_or_insert(feil(&ut.join(sti), &e, m));
                }
                break;
            }
        }
    };
    let skrivere = (liste.len() / 64).clamp(1, 8);
    std::thread::scope(|s| {
        for _ in 1..skrivere {
            // A thread the OS refuses is simply not used.
            let _ = std::thread::Builder::new().spawn_scoped(s, skriv_en);
        }
        skriv_en();
    });
    match feilen.into_inner() {
        Ok(Some(e)) => Err(e),
        Ok(None) => Ok(()),
        Err(_) => Err(Error::Io("nettside: en skrivetråd stoppet".into())),
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Art {
    Mappe,
    Fil,
    Lenke,
    Annet,
}

/// Every entry under `rot` (relative, `/`-separated, parents first),
/// without following a symlink. Unreadable folders are skipped.
fn gaa(rot: &Path) -> Vec<(String, Art)> {
    let mut ut = Vec::new();
    let mut kø = vec![String::new()];
    while let Some(rel) = kø.pop() {
        let Ok(d) = fs::read_dir(rot.join(&rel)) else {
            continue;
        };
        let mut her: Vec<(String, Art)> = d
            .flatten()
            .filter_map(|e| {
                let navn = e.file_name().into_string().ok()?;
                let t = e.file_type().ok()?;
                let art = if t.is_symlink() {
                    Art::Lenke
                } else if t.is_dir() {
                    Art::Mappe
                } else if t.is_file() {
                    Art::Fil
                } else {
                    Art::Annet
                };
                let sti = if rel.is_empty() {
                    navn
                } else {
                    format!("{rel}/{navn}")
                };
                Some((sti, art))
            })
            .collect();
        her.sort_by(|a, b| a.0.cmp(&b.0));
        for (sti, art) in her {
            if art == Art::Mappe {
                kø.push(sti.clone());
            }
            ut.push((sti, art));
        }
    }
    ut.sort_by(|a, b| a.0.cmp(&b.0));
    ut
}

/// Carry the files of the old site that its manifest does not list into the
/// new folder (hard links; a symlink as a symlink), refusing one in the way.
fn overfor(
    ut: &Path,
    ny: &Path,
    liste: &BTreeSet<String>,
    overfort: &mut BTreeSet<String>,
    m: Maalform,
) -> Result<()> {
    let i_veien = |sti: &str| {
        Error::Io(format!(
            "{}: {}",
            ut.join(sti).display(),
            m.t(
                "bti skrev ikke dette, og den nye nettsiden har noe med samme navn; flytt det eller velg en annen mappe",
                "bti skreiv ikkje dette, og den nye nettsida har noko med same namn; flytt det eller vel ei anna mappe"
            )
        ))
    };
    for (sti, art) in gaa(ut) {
        if sti == MANIFEST || liste.contains(&sti) {
            continue;
        }
        let mål = ny.join(&sti);
        let finnes = fs::symlink_metadata(&mål).ok();
        let r = match art {
            Art::Mappe => match finnes {
                Some(meta) if meta.is_dir() => continue,
                Some(_) => return Err(i_veien(&sti)),
                None => fs::create_dir(&mål),
            },
            _ if finnes.is_some() => return Err(i_veien(&sti)),
            Art::Fil => fs::hard_link(ut.join(&sti), &mål)
                .or_else(|_| fs::copy(ut.join(&sti), &mål).map(|_| ())),
            Art::Lenke => lag_lenke(&ut.join(&sti), &mål),
            Art::Annet => return Err(i_veien(&sti)),
        };
        r.map_err(|e| feil(&ut.join(&sti), &e, m))?;
        if art != Art::Mappe {
            overfort.insert(sti);
        }
    }
    Ok(())
}

#[cfg(unix)]
fn lag_lenke(fra: &Path, til: &Path) -> std::io::Result<()> {
    std::os::unix::fs::symlink(fs::read_link(fra)?, til)
}

#[cfg(not(unix))]
fn lag_lenke(_fra: &Path, _til: &Path) -> std::io::Result<()> {
    Err(std::io::Error::other("symlink"))
}

/// Wait for an exclusive `flock` on the open folder (released when it closes).
#[cfg(unix)]
fn laas(f: &fs::File) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    loop {
        // SAFETY: `f` is an open descriptor for the whole call.
        if unsafe { libc::flock(f.as_raw_fd(), libc::LOCK_EX) } == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
}

#[cfg(not(unix))]
fn laas(_f: &fs::File) -> std::io::Result<()> {
    Ok(())
}

/// Put `ny` in place of `ut`; with `bytte`, `ut` exists and ends up at `ny`.
fn bytt(ut: &Path, ny: &Path, bytte: bool) -> std::io::Result<()> {
    if !bytte {
        // A missing target or an empty folder: one rename replaces it.
        return fs::rename(ny, ut);
    }
    #[cfg(target_os = "linux")]
    {
        match bytt_om(ut, ny) {
            Err(e) if e.raw_os_error() == Some(libc::EINVAL) => {}
            Err(e) if e.raw_os_error() == Some(libc::ENOSYS) => {}
            r => return r,
        }
    }
    let gml = ny.with_extension("gml");
    fs::rename(ut, &gml)?;
    if let Err(e) = fs::rename(ny, ut) {
        let _ = fs::rename(&gml, ut);
        return Err(e);
    }
    fs::rename(&gml, ny)
}

/// Swap two folders in one step (Linux `renameat2` with `RENAME_EXCHANGE`).
#[cfg(target_os = "linux")]
fn bytt_om(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let a = std::ffi::CString::new(a.as_os_str().as_bytes())?;
    let b = std::ffi::CString::new(b.as_os_str().as_bytes())?;
    // SAFETY: both are valid NUL-terminated paths that outlive the call.
    let r = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Remove from `mappe` the files in `bort` (default: its own manifest's),
/// the manifest, then every folder left empty, and `mappe` if empty.
/// Never follows a symlink; never removes a file not named.
fn rydd(mappe: &Path, bort: Option<BTreeSet<String>>) {
    let Some(bort) = bort.or_else(|| les_manifest(mappe)) else {
        let _ = fs::remove_dir(mappe);
        return;
    };
    let alt = gaa(mappe);
    for (sti, art) in &alt {
        if *art != Art::Mappe && (bort.contains(sti) || sti == MANIFEST) {
            let _ = fs::remove_file(mappe.join(sti));
        }
    }
    for (sti, art) in alt.iter().rev() {
        if *art == Art::Mappe {
            let _ = fs::remove_dir(mappe.join(sti));
        }
    }
    let _ = fs::remove_dir(mappe);
}

/// Folders that interrupted builds left beside the target (under the lock,
/// no other build is using them): remove what their manifests list.
fn rydd_avbrutte(forelder: &Path) {
    let Ok(d) = fs::read_dir(forelder) else {
        return;
    };
    for e in d.flatten() {
        let navn = e.file_name();
        let navn = navn.to_string_lossy();
        if navn.starts_with(NY) && e.file_type().is_ok_and(|t| t.is_dir()) {
            rydd(&e.path(), None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_paths_never_climb_out() {
        assert!(trygg_sti("veileder/akutt.html"));
        for s in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a"] {
            assert!(!trygg_sti(s), "{s}");
        }
    }

    #[test]
    fn tidying_removes_only_named_files_and_never_follows_a_link() {
        let d = tempfile::tempdir().unwrap();
        let ute = tempfile::tempdir().unwrap();
        std::fs::write(ute.path().join("offer.html"), "min").unwrap();
        let m = d.path().join("gml");
        std::fs::create_dir_all(m.join("a")).unwrap();
        std::fs::write(m.join("a/x.html"), "x").unwrap();
        std::fs::write(m.join("mitt.txt"), "behold").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(ute.path(), m.join("lenke")).unwrap();
        let bort: BTreeSet<String> = ["a/x.html", "lenke/offer.html", "mitt.txt/x"]
            .into_iter()
            .map(String::from)
            .collect();
        rydd(&m, Some(bort));
        assert!(!m.join("a").exists());
        assert_eq!(
            std::fs::read_to_string(m.join("mitt.txt")).unwrap(),
            "behold"
        );
        assert!(ute.path().join("offer.html").exists());
    }
}
