//! Loading: the embedded `data/` or a directory with the same layout, read
//! lazily per municipality (a one-municipality command reads `nasjonal/` and
//! that one folder), each file parsed and validated as it is read.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::kompakt;
use super::les;
use super::model::*;
use super::validate::{self, Broken};
use super::{KommuneData, Nasjonal};
use crate::diag::{self, Alvor, Diagnostic, SourceFile};
use crate::error::Error;
use crate::fil::{ForStor, MAX_FILE, io_msg, read_limited, source, tusen};
use crate::i18n::{Maalform, fold};

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

/// An embedded file: (path under `data/`, TOML text, pre-parsed JSON, and
/// for a guide the JSON of its levels alone).
type Innebygd = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

fn embedded_file(rel: &str) -> Option<&'static Innebygd> {
    let i = embedded::FILES
        .binary_search_by(|(p, ..)| (*p).cmp(rel))
        .ok()?;
    embedded::FILES.get(i)
}

/// The embedded files of municipality `id`: (file name, TOML text), sorted.
pub fn embedded_kommune(id: &str) -> Vec<(&'static str, &'static str)> {
    let prefix = format!("kommuner/{id}/");
    embedded::FILES
        .iter()
        .filter_map(|(p, text, ..)| p.strip_prefix(prefix.as_str()).map(|n| (n, *text)))
        .filter(|(n, _)| !n.contains('/'))
        .collect()
}

/// The ids of the municipalities whose documents are the seeds: their
/// entries must carry `kilde`.
pub const SEED_KOMMUNER: &[&str] = &["austrheim", "inderoy", "sirdal", "sogndal", "strand"];

/// What was loaded, and every problem found on the way.
#[derive(Debug)]
pub struct Loaded<T> {
    pub data: Option<T>,
    pub diags: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(|d| d.alvor == Alvor::Feil)
    }

    /// The data, or the errors as one `Error::Data`.
    pub fn require(self, m: Maalform) -> Result<T, Error> {
        if self.has_errors() {
            return Err(Error::data(m, self.diags));
        }
        self.data.ok_or_else(|| Error::data(m, self.diags))
    }
}

/// Where data comes from.
#[derive(Debug, Clone)]
pub struct Store {
    root: Option<PathBuf>,
    /// `bti sjekk DIR` on one municipality folder: (its id, the folder).
    kommunemappe: Option<(String, PathBuf)>,
    /// One file given as bytes instead of read (`check_bytes`, the fuzzers).
    overlay: Option<(String, Vec<u8>)>,
    has_nasjonal: bool,
    /// Read embedded files in the form build.rs pre-parsed them to
    /// (`kompakt`); off when a problem needs the TOML's line and column.
    kompakt: bool,
    pub maalform: Maalform,
}

impl Store {
    /// The data compiled into the binary.
    pub fn embedded(m: Maalform) -> Self {
        Store {
            root: None,
            kommunemappe: None,
            overlay: None,
            has_nasjonal: true,
            kompakt: true,
            maalform: m,
        }
    }

    /// A data directory; without `nasjonal/` the embedded national files are used.
    pub fn dir(path: &Path, m: Maalform) -> Result<Self, Error> {
        match fs::metadata(path) {
            Ok(md) if md.is_dir() && path.join("kommune.toml").exists() => {
                // One municipality folder: its id is the folder's name; the
                // national data beside it (`../../nasjonal`) when there is one.
                let id = fs::canonicalize(path)
                    .ok()
                    .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .unwrap_or_else(|| path.display().to_string());
                let root = path.join("..").join("..");
                let has_nasjonal = path
                    .parent()
                    .is_some_and(|p| p.file_name().is_some_and(|n| n == "kommuner"))
                    && root.join("nasjonal").is_dir();
                Ok(Store {
                    root: Some(root),
                    kommunemappe: Some((id, path.to_path_buf())),
                    overlay: None,
                    has_nasjonal,
                    kompakt: true,
                    maalform: m,
                })
            }
            Ok(md) if md.is_dir() => Ok(Store {
                kommunemappe: None,
                root: Some(path.to_path_buf()),
                overlay: None,
                has_nasjonal: path.join("nasjonal").is_dir(),
                kompakt: true,
                maalform: m,
            }),
            Ok(_) => Err(Error::Io(format!(
                "{}: {}",
                path.display(),
                m.t("er ikke en mappe", "er ikkje ei mappe")
            ))),
            Err(e) => Err(Error::Io(format!("{}: {}", path.display(), io_msg(&e, m)))),
        }
    }

    /// This store with the file `rel` (e.g. `"kommuner/sirdal/tjenester.toml"`)
    /// read from `bytes` instead: for checking one file against real data.
    pub fn with_file(mut self, rel: &str, bytes: Vec<u8>) -> Self {
        self.overlay = Some((rel.to_string(), bytes));
        self
    }

    /// The directory given with `--data` or to `sjekk`, if any.
    pub fn rot(&self) -> Option<PathBuf> {
        match &self.kommunemappe {
            Some((_, d)) => Some(d.clone()),
            None => self.root.clone(),
        }
    }

    pub fn is_embedded(&self) -> bool {
        self.root.is_none()
    }

    /// The path `rel` is read from, or `None` for the embedded data.
    fn root_for(&self, rel: &str) -> Option<PathBuf> {
        if let Some((id, dir)) = &self.kommunemappe
            && let Some(rest) = rel
                .strip_prefix("kommuner/")
                .and_then(|r| r.strip_prefix(id.as_str()))
        {
            return Some(dir.join(rest.trim_start_matches('/')));
        }
        self.root
            .as_ref()
            .filter(|_| self.has_nasjonal || !rel.starts_with("nasjonal/"))
            .map(|r| r.join(rel))
    }

    pub(super) fn display(&self, rel: &str) -> String {
        match self.root_for(rel) {
            Some(p) => p.display().to_string(),
            None => format!("<innebygd>/{rel}"),
        }
    }

    /// Whether `rel` exists (embedded, overlaid or in the directory).
    pub(crate) fn exists(&self, rel: &str) -> bool {
        if self.overlay.as_ref().is_some_and(|(o, _)| o == rel) {
            return true;
        }
        match self.root_for(rel) {
            Some(path) => fs::symlink_metadata(path).is_ok(),
            None => embedded_file(rel).is_some(),
        }
    }

    /// The file to read for `rel` in the store's målform: `<stem>.<nb|nn>.toml`
    /// beside `<stem>.toml` when it exists, else `rel` itself, which is written
    /// in the folder's own målform `own`. When the UI målform is the folder's
    /// own (the common case) nothing is looked up: no cost on the hot path;
    /// otherwise one lookup in the sorted embedded table, or one `stat`.
    pub fn i_maalform(&self, rel: &str, own: Maalform) -> String {
        if own != self.maalform
            && let Some(stem) = rel.strip_suffix(".toml")
        {
            let variant = format!("{stem}.{}.toml", self.maalform.kode());
            if self.exists(&variant) {
                return variant;
            }
        }
        rel.to_string()
    }

    /// `i_maalform` for a file of municipality `id`, whose own målform is
    /// only read when a variant in the UI målform exists (else one lookup):
    /// for the files the load does not read with `kommune.toml`.
    pub(crate) fn i_maalform_kommune(&self, rel: &str, id: &str) -> String {
        if let Some(stem) = rel.strip_suffix(".toml") {
            let variant = format!("{stem}.{}.toml", self.maalform.kode());
            if self.exists(&variant) && self.maalform_of(id).is_some_and(|own| own != self.maalform)
            {
                return variant;
            }
        }
        rel.to_string()
    }

    /// `rel` and those of its målform variants that exist (`bti sjekk`
    /// checks them all, whichever one the UI målform reads).
    pub(crate) fn former(&self, rel: &str) -> Vec<String> {
        let mut out = vec![rel.to_string()];
        if let Some(stem) = rel.strip_suffix(".toml") {
            out.extend(
                ["nb", "nn"]
                    .iter()
                    .map(|m| format!("{stem}.{m}.toml"))
                    .filter(|v| self.exists(v)),
            );
        }
        out
    }

    /// `bti sjekk`: the målform variants a load in the UI målform does not
    /// read (`tjenester.nn.toml` under a bokmål UI, or the plain file when a
    /// variant is read instead), each parsed against its model, so that no
    /// file the folder may hold passes unchecked. Their structure is the
    /// read file's (the parity check), so the model is what remains. A
    /// folder without variants costs nothing.
    pub fn sjekk_andre_former(&self, ids: &[String]) -> Vec<Diagnostic> {
        let mut diags = Vec::new();
        let dirs = std::iter::once(("nasjonal".to_string(), None))
            .chain(ids.iter().map(|id| (format!("kommuner/{id}"), Some(id))));
        for (dir, id) in dirs {
            for (stem, plain, variants) in filer(self, &dir) {
                if variants.is_empty() {
                    continue;
                }
                // Only a folder with variants reads its målform again.
                let own = match id {
                    Some(id) => self.maalform_of(id).unwrap_or(self.maalform),
                    None => Maalform::Nb,
                };
                let lest = self.i_maalform(&plain, own);
                let ulest = std::iter::once(plain)
                    .chain(variants)
                    .filter(|r| *r != lest && !(stem == "kommune" && r.ends_with("/kommune.toml")));
                for rel in ulest {
                    let d = &mut diags;
                    match stem {
                        "kommune" => self.parse::<OptKommune>(&rel, false, d).map(|_| ()),
                        "tjenester" => self.parse::<TjenesterFil>(&rel, false, d).map(|_| ()),
                        "arenaer" => self.parse::<ArenaerFil>(&rel, false, d).map(|_| ()),
                        "framdrift" => self.parse::<FramdriftFil>(&rel, false, d).map(|_| ()),
                        "veileder" => self.les_veileder(&rel, d).map(|_| ()),
                        "roller" => self.parse::<RollerFil>(&rel, false, d).map(|_| ()),
                        "lovverk" => self.parse::<LovverkFil>(&rel, false, d).map(|_| ()),
                        "nodnummer" => self.parse::<NodnummerFil>(&rel, false, d).map(|_| ()),
                        _ => None,
                    };
                }
            }
        }
        diags
    }

    /// The pre-parsed form of `rel`, when it is read from the binary.
    fn kompakt_form(&self, rel: &str) -> Option<&'static str> {
        let overlaid = self.overlay.as_ref().is_some_and(|(o, _)| o == rel);
        if !self.kompakt || overlaid || self.root_for(rel).is_some() {
            return None;
        }
        embedded_file(rel)?.2
    }

    /// This store reading the embedded TOML itself, for exact positions.
    pub(super) fn uten_kompakt(&self) -> Self {
        Store {
            kompakt: false,
            ..self.clone()
        }
    }

    /// A file as `T` without diagnostics (for cheap lookups): `None` when it
    /// is missing or is not a `T`.
    pub(crate) fn les<T: DeserializeOwned>(&self, rel: &str) -> Option<T> {
        if let Some(v) = self.kompakt_form(rel).and_then(kompakt::from_json) {
            return Some(v);
        }
        toml::from_str(&self.read(rel).ok()??.text).ok()
    }

    /// A guide's levels (`les::<NivaaDel>`), from the JSON of its levels
    /// alone when it is read from the binary: the rest of the guide is
    /// neither read nor skipped.
    fn les_nivaaer(&self, rel: &str) -> Option<NivaaDel> {
        if self.kompakt_form(rel).is_some()
            && let Some(v) = embedded_file(rel)
                .and_then(|f| f.3)
                .and_then(kompakt::from_json)
        {
            return Some(v);
        }
        self.les::<NivaaDel>(rel)
    }

    /// Read one file: `Ok(None)` when it does not exist.
    pub(crate) fn read(&self, rel: &str) -> Result<Option<SourceFile>, Diagnostic> {
        let m = self.maalform;
        let path = self.display(rel);
        if let Some((orel, bytes)) = &self.overlay
            && orel == rel
        {
            if bytes.len() as u64 > MAX_FILE {
                return Err(diag::file_diag(
                    &path,
                    m,
                    io_msg(&std::io::Error::other(ForStor(bytes.len() as u64)), m),
                ));
            }
            return source(path, bytes.clone(), m).map(Some);
        }
        let Some(full) = self.root_for(rel) else {
            return Ok(embedded_file(rel).map(|f| SourceFile::new(path, f.1.to_string())));
        };
        match read_limited(&full) {
            Ok(bytes) => {
                budsjett(&bytes).map_err(|msg| diag::file_diag(&path, m, msg(m)))?;
                source(path, bytes, m).map(Some)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // A dangling symlink is a problem; a missing file is not.
                match fs::symlink_metadata(&full) {
                    Ok(_) => Err(diag::file_diag(&path, m, io_msg(&e, m))),
                    Err(_) => Ok(None),
                }
            }
            Err(e) => Err(diag::file_diag(&path, m, io_msg(&e, m))),
        }
    }

    /// Read and parse one file into `T`; a missing file gives `T::default()` unless `required`.
    pub(super) fn parse<T: DeserializeOwned + Default>(
        &self,
        rel: &str,
        required: bool,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(T, Option<SourceFile>)> {
        if let Some(v) = self.kompakt_form(rel).and_then(kompakt::from_json) {
            // No text: the validator's positions are only shown after the
            // load is repeated from the TOML (see `kommune_deler`).
            return Some((v, Some(SourceFile::new(self.display(rel), String::new()))));
        }
        match self.read(rel) {
            Ok(Some(file)) => self.fra_fil(file, diags),
            Ok(None) if required => {
                let m = self.maalform;
                diags.push(diag::file_diag(
                    &self.display(rel),
                    m,
                    m.t("fila mangler", "fila manglar").into(),
                ));
                None
            }
            Ok(None) => Some((T::default(), None)),
            Err(d) => {
                diags.push(d);
                None
            }
        }
    }

    /// `file`'s text as a `T`, every problem in `diags`.
    fn fra_fil<T: DeserializeOwned + Default>(
        &self,
        mut file: SourceFile,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(T, Option<SourceFile>)> {
        let lest = les::les::<T>(&file, self.maalform, diags)?;
        file.utelatt = lest.utelatt;
        Some((lest.verdi, Some(file)))
    }

    /// A veileder file, read once: one that inherits the national graph
    /// (`[guide] arv`) or a whole one. A missing file is an empty whole one.
    fn les_veileder(
        &self,
        rel: &str,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(VeilederLest, Option<SourceFile>)> {
        let arv = |(v, f)| (VeilederLest::Arv(v), f);
        let hel = |(v, f)| (VeilederLest::Hel(v), f);
        if let Some(json) = self.kompakt_form(rel) {
            return if json.contains("\"arv\"")
                && kompakt::from_json::<Titt>(json).is_some_and(Titt::arver)
            {
                self.parse::<VeilederArv>(rel, false, diags).map(arv)
            } else {
                self.parse::<Veileder>(rel, false, diags).map(hel)
            };
        }
        match self.read(rel) {
            // A file that does not parse is not inheriting: the whole read says why.
            Ok(Some(file))
                if file.text.contains("arv")
                    && toml::from_str::<Titt>(&file.text).is_ok_and(|t| t.arver()) =>
            {
                self.fra_fil::<VeilederArv>(file, diags).map(arv)
            }
            Ok(Some(file)) => self.fra_fil::<Veileder>(file, diags).map(hel),
            Ok(None) => Some((VeilederLest::Hel(Veileder::default()), None)),
            Err(d) => {
                diags.push(d);
                None
            }
        }
    }

    /// The municipality ids (folder names), sorted.
    pub fn kommune_ids(&self) -> Result<Vec<String>, Error> {
        let m = self.maalform;
        if let Some((id, _)) = &self.kommunemappe {
            return Ok(vec![id.clone()]);
        }
        match &self.root {
            None => Ok(embedded::FILES
                .iter()
                .filter_map(|(p, ..)| p.strip_prefix("kommuner/")?.split_once('/'))
                .map(|(id, _)| id.to_string())
                .collect::<BTreeSet<_>>()
                .into_iter()
                .collect()),
            Some(root) => {
                let dir = root.join("kommuner");
                let entries = match fs::read_dir(&dir) {
                    Ok(e) => e,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
                    Err(e) => {
                        return Err(Error::Io(format!("{}: {}", dir.display(), io_msg(&e, m))));
                    }
                };
                let mut ids = Vec::new();
                for entry in entries {
                    let entry = entry
                        .map_err(|e| Error::Io(format!("{}: {}", dir.display(), io_msg(&e, m))))?;
                    if entry.path().is_dir() {
                        ids.push(entry.file_name().to_string_lossy().into_owned());
                    }
                }
                ids.sort();
                Ok(ids)
            }
        }
    }

    /// What in `kommuner/` is not a municipality folder and would otherwise
    /// be skipped without a word: a file (an error: each municipality is a
    /// folder), a symlink that points nowhere or loops. Hidden entries
    /// (`.gitkeep`) are left alone.
    pub fn kommuner_avvik(&self) -> Vec<Diagnostic> {
        let m = self.maalform;
        let Some(root) = self.root.as_ref().filter(|_| self.kommunemappe.is_none()) else {
            return Vec::new();
        };
        let Ok(entries) = fs::read_dir(root.join("kommuner")) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for e in entries.flatten() {
            let navn = e.file_name().to_string_lossy().into_owned();
            if navn.starts_with('.') {
                continue;
            }
            let grunn = match fs::metadata(e.path()) {
                Ok(md) if md.is_dir() => continue,
                Ok(_) => m.t(
                    "er en fil, ikke en kommunemappe; hver kommune er en mappe kommuner/<id>/ (flytt eller slett fila)",
                    "er ei fil, ikkje ei kommunemappe; kvar kommune er ei mappe kommuner/<id>/ (flytt eller slett fila)",
                ),
                Err(err) if err.raw_os_error() == Some(40) => m.t(
                    "er en symbolsk lenke som går i ring; rett eller slett lenken",
                    "er ei symbolsk lenkje som går i ring; rett eller slett lenkja",
                ),
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => m.t(
                    "er en symbolsk lenke som peker til noe som ikke finnes; rett eller slett lenken",
                    "er ei symbolsk lenkje som peikar til noko som ikkje finst; rett eller slett lenkja",
                ),
                Err(_) => m.t(
                    "kan ikke leses; sjekk tilgangen",
                    "kan ikkje lesast; sjekk tilgangen",
                ),
            };
            out.push(
                diag::file_diag(&self.display(&format!("kommuner/{navn}")), m, grunn.into())
                    .med_kode("feil-i-kommuner"),
            );
        }
        out
    }

    /// Only the national levels (what a query over services checks their
    /// `nivaa` against), read without the rest of the national data; `None`
    /// when they cannot be read that way (then load it all, which says why).
    pub fn nasjonale_nivaaer(&self) -> Option<Nasjonal> {
        let v = self.les_nivaaer("nasjonal/veileder.toml")?;
        (!v.nivaa.is_empty()).then(|| Nasjonal {
            veileder: Veileder {
                nivaa: v.nivaa,
                guide: None,
            },
            ..Nasjonal::default()
        })
    }

    /// The national files.
    pub fn nasjonal(&self) -> Loaded<Nasjonal> {
        let loaded = self.last_nasjonal();
        if loaded.diags.is_empty() || !self.kompakt || self.root_for("nasjonal/").is_some() {
            return loaded;
        }
        // The pre-parsed form has no positions: read the TOML to point at the problem.
        self.uten_kompakt().last_nasjonal()
    }

    fn last_nasjonal(&self) -> Loaded<Nasjonal> {
        let mut diags = Vec::new();
        if let Some(root) = &self.root
            && self.kommunemappe.is_none()
        {
            let p = root.join("nasjonal");
            if fs::symlink_metadata(&p).is_ok() && !p.is_dir() {
                let m = self.maalform;
                diags.push(diag::file_diag(
                    &p.display().to_string(),
                    m,
                    m.t(
                        "«nasjonal» må være en mappe (med veileder.toml, roller.toml, lovverk.toml, nodnummer.toml)",
                        "«nasjonal» må vere ei mappe (med veileder.toml, roller.toml, lovverk.toml, nodnummer.toml)",
                    )
                    .into(),
                ));
            }
        }
        let veileder = self.parse::<Veileder>(
            &self.i_maalform("nasjonal/veileder.toml", Maalform::Nb),
            true,
            &mut diags,
        );
        let roller = self.parse::<RollerFil>(
            &self.i_maalform("nasjonal/roller.toml", Maalform::Nb),
            false,
            &mut diags,
        );
        let lovverk = self.parse::<LovverkFil>(
            &self.i_maalform("nasjonal/lovverk.toml", Maalform::Nb),
            false,
            &mut diags,
        );
        let nodnummer = self.parse::<NodnummerFil>(
            &self.i_maalform("nasjonal/nodnummer.toml", Maalform::Nb),
            false,
            &mut diags,
        );
        let (Some(veileder), Some(roller), Some(lovverk), Some(nodnummer)) =
            (veileder, roller, lovverk, nodnummer)
        else {
            return Loaded { data: None, diags };
        };
        let nasjonal = Nasjonal {
            veileder: veileder.0,
            roller: roller.0.rolle,
            lovverk: lovverk.0.lov,
            nodnummer: nodnummer.0.nummer,
        };
        let files = validate::NasjonalFiles {
            veileder: veileder.1,
            roller: roller.1,
            lovverk: lovverk.1,
            nodnummer: nodnummer.1,
        };
        validate::nasjonal(&nasjonal, &files, self.maalform, &mut diags);
        diag::begrens(&mut diags, diag::MAKS_PER_FIL, diag::MAKS_PER_KJORING);
        Loaded {
            data: Some(nasjonal),
            diags,
        }
    }

    /// One municipality's folder, every file, validated against the national data.
    pub fn kommune(&self, id: &str, nasjonal: &Nasjonal) -> Loaded<KommuneData> {
        self.kommune_deler(id, nasjonal, Deler::ALLE)
    }

    /// One municipality's `kommune.toml` and the files in `deler`, each
    /// validated; the files a command does not use are not read.
    pub fn kommune_deler(
        &self,
        id: &str,
        nasjonal: &Nasjonal,
        deler: Deler,
    ) -> Loaded<KommuneData> {
        let loaded = self.last_kommune(id, nasjonal, deler);
        // (A data directory's own files are never pre-parsed.)
        if loaded.diags.is_empty() || !self.kompakt || self.root.is_some() {
            return loaded;
        }
        // The pre-parsed form has no positions: read the TOML to point at the problem.
        self.uten_kompakt().last_kommune(id, nasjonal, deler)
    }

    fn last_kommune(&self, id: &str, nasjonal: &Nasjonal, deler: Deler) -> Loaded<KommuneData> {
        let m = self.maalform;
        let mut diags = Vec::new();
        let dir = format!("kommuner/{id}");
        if let Some(grunn) = validate::id_feil(id, m) {
            diags.push(diag::file_diag(
                &self.display(&dir),
                m,
                format!("{} {grunn}", m.t("mappenavnet", "mappenamnet")),
            ));
        }
        self.mappe(id, &mut diags);
        let mut kommune =
            self.parse::<OptKommune>(&format!("{dir}/kommune.toml"), true, &mut diags);
        // The plain files are in the municipality's own målform; its files
        // in the other one, when the UI asks for that, are `<stem>.<m>.toml`.
        let own = match &kommune {
            Some((OptKommune(Some(k)), _)) => k.maalform,
            _ => m,
        };
        let variant = self.i_maalform(&format!("{dir}/kommune.toml"), own);
        if !variant.ends_with("/kommune.toml") {
            kommune = self.parse::<OptKommune>(&variant, true, &mut diags);
        }
        let tjenester = self.parse_if::<TjenesterFil>(
            deler.tjenester,
            &format!("{dir}/tjenester.toml"),
            own,
            &mut diags,
        );
        let arenaer = self.parse_if::<ArenaerFil>(
            deler.arenaer,
            &format!("{dir}/arenaer.toml"),
            own,
            &mut diags,
        );
        let framdrift = self.parse_if::<FramdriftFil>(
            deler.framdrift,
            &format!("{dir}/framdrift.toml"),
            own,
            &mut diags,
        );
        let veileder = self.veileder_if(
            deler.veileder,
            &format!("{dir}/veileder.toml"),
            own,
            nasjonal,
            &mut diags,
        );
        let roller = self.parse_if::<RollerFil>(
            deler.roller,
            &format!("{dir}/roller.toml"),
            own,
            &mut diags,
        );
        // A file that does not parse is reported and then treated as empty, so the
        // other files are still checked; references into it are not (they would all
        // fail), nor into a file that was not read.
        let broken = Broken {
            tjenester: tjenester.is_none() || !deler.tjenester,
        };
        let ok = kommune.is_some()
            && tjenester.is_some()
            && arenaer.is_some()
            && framdrift.is_some()
            && veileder.is_some()
            && roller.is_some();
        let (kommune, kfile) = match kommune {
            Some((OptKommune(Some(k)), f)) => (k, f),
            _ => (placeholder(id), None),
        };
        let (t, tf) = tjenester.unwrap_or_default();
        let (a, af) = arenaer.unwrap_or_default();
        let (f, ff) = framdrift.unwrap_or_default();
        let (v, vf) = veileder.unwrap_or_default();
        let (r, rf) = roller.unwrap_or_default();
        // A `nivaa` must name a level in force, as `sjekk` checks it: when
        // the veileder itself is not read, its levels are (cheaply).
        let veileder = match vf {
            Some(_) => Some(v),
            None if deler.tjenester || deler.roller => self
                .les_nivaaer(&format!("{dir}/veileder.toml"))
                .filter(|n| !n.nivaa.is_empty())
                .map(|n| Veileder {
                    nivaa: n.nivaa,
                    guide: None,
                }),
            None => None,
        };
        let mut data = KommuneData {
            id: id.to_string(),
            kommune,
            tjenester: t.tjeneste,
            arenaer: a.arena,
            planer: f.plan,
            veileder,
            roller: r.rolle,
            rader: Vec::new(),
        };
        // `bti kommuner` only counts the arenas and activities (and the plan
        // rows left as planned after their deadline, for which the plans'
        // dates are resolved). In the embedded data the arenas' checks
        // (which parse every meeting date) cannot find anything: the same files are
        // checked by `sjekk` in the test suite
        // (`embedded_data_has_no_errors_and_no_warnings`), and the binary
        // cannot change them. Files read from disk (or given to `with_file`)
        // are always checked.
        let bare_telt =
            deler == Deler::KOMMUNER && self.overlay.is_none() && self.root_for(&dir).is_none();
        let files = validate::KommuneFiles {
            kommune: kfile,
            tjenester: tf,
            arenaer: if bare_telt { None } else { af },
            framdrift: ff,
            veileder: vf,
            roller: rf,
        };
        let seed = self.is_embedded() || SEED_KOMMUNER.contains(&id);
        validate::kommune(&mut data, nasjonal, &files, m, seed, broken, &mut diags);
        diag::begrens(&mut diags, diag::MAKS_PER_FIL, diag::MAKS_PER_KJORING);
        Loaded {
            data: ok.then_some(data),
            diags,
        }
    }

    /// `bti sjekk`: a warning, with file, line and column, for every plan
    /// row with an occurrence whose deadline lies before `i_dag` while its
    /// status still says planned or ongoing (SPEC §3.1, `Status::ikke_oppdatert`).
    pub fn ikke_oppdatert(
        &self,
        id: &str,
        nasjonal: &Nasjonal,
        i_dag: chrono::NaiveDate,
    ) -> Vec<Diagnostic> {
        let m = self.maalform;
        // The TOML itself: the warning points at the row.
        let store = self.uten_kompakt();
        let Some(k) = store.kommune_deler(id, nasjonal, Deler::FRIST).data else {
            return Vec::new();
        };
        let rel = store.i_maalform(&format!("kommuner/{id}/framdrift.toml"), k.kommune.maalform);
        let Ok(Some(fil)) = store.read(&rel) else {
            return Vec::new();
        };
        let mut ut = Vec::new();
        for rad in &k.rader {
            let Some(a) = k
                .planer
                .get(rad.plan)
                .and_then(|p| p.aktivitet.get(rad.aktivitet))
            else {
                continue;
            };
            let Some(slutt) = rad
                .perioder
                .iter()
                .filter(|p| rad.ikke_oppdatert(a.status, **p, i_dag))
                .map(|p| p.slutt)
                .max()
            else {
                continue;
            };
            let pos = [&a.frist, &a.id, &a.naar]
                .into_iter()
                .flatten()
                .map(|s| s.span().start)
                .next()
                .unwrap_or(0);
            let melding = format!(
                "{} {}: {} ({} {}; {})",
                m.t("frist", "frist"),
                m.dato(slutt),
                a.status.ikke_oppdatert_tekst(m),
                m.t("i dag er", "i dag er"),
                m.dato(i_dag),
                m.t(
                    "sett status = \"fullfort\" eller \"avlyst\", eller flytt fristen",
                    "set status = \"fullfort\" eller \"avlyst\", eller flytt fristen"
                )
            );
            ut.push(
                fil.diag(pos, diag::Alvor::Advarsel, m, melding)
                    .med_kode("ikke-oppdatert"),
            );
        }
        ut
    }

    /// A municipality folder on disk: every file in it must have a known
    /// name (a misspelt `fremdrift.toml` would otherwise be ignored), and a
    /// symbolic link to another municipality's folder is that municipality twice.
    fn mappe(&self, id: &str, diags: &mut Vec<Diagnostic>) {
        let m = self.maalform;
        let Some(dir) = self.root_for(&format!("kommuner/{id}")) else {
            return;
        };
        if self.kommunemappe.is_none()
            && fs::symlink_metadata(&dir).is_ok_and(|md| md.file_type().is_symlink())
            && let Ok(target) = fs::canonicalize(&dir)
            && let Some(parent) = dir.parent()
            && let Ok(entries) = fs::read_dir(parent)
        {
            let mut twin: Vec<String> = entries
                .flatten()
                .filter(|e| e.file_name().to_string_lossy() != id)
                .filter(|e| fs::canonicalize(e.path()).is_ok_and(|p| p == target))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            twin.sort();
            if let Some(t) = twin.first() {
                diags.push(diag::file_diag(
                    &dir.display().to_string(),
                    m,
                    format!(
                        "{} «{t}» ({})",
                        m.t(
                            "er en symbolsk lenke til kommunemappa",
                            "er ei symbolsk lenkje til kommunemappa"
                        ),
                        m.t(
                            "samme kommune to ganger; fjern lenken",
                            "same kommune to gonger; fjern lenkja"
                        )
                    ),
                ));
            }
        }
        let Ok(entries) = fs::read_dir(&dir) else {
            return;
        };
        let mut ukjente: Vec<String> = entries
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !n.starts_with('.') && !kjent_filnavn(n))
            .collect();
        ukjente.sort();
        let kjente = kjente_filnavn();
        for n in ukjente {
            let mut melding = format!(
                "{} «{n}»",
                m.t("ukjent fil i kommunemappa", "ukjend fil i kommunemappa")
            );
            if let Some(best) = crate::likhet::closest(&n, kjente.iter().map(String::as_str)) {
                melding.push_str(&format!(" ({} «{best}»?)", m.t("mente du", "meinte du")));
            } else {
                melding.push_str(&format!(
                    " ({}: {})",
                    m.t("kjente navn", "kjende namn"),
                    KJENTE_STAMMER.join(", ")
                ));
            }
            diags.push(diag::file_diag(
                &dir.join(&n).display().to_string(),
                m,
                melding,
            ));
        }
    }

    /// `parse`, or an empty `T` without reading when the command does not use the file.
    fn parse_if<T: DeserializeOwned + Default>(
        &self,
        wanted: bool,
        rel: &str,
        own: Maalform,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(T, Option<SourceFile>)> {
        if wanted {
            self.parse(&self.i_maalform(rel, own), false, diags)
        } else {
            Some((T::default(), None))
        }
    }

    /// A municipality's `veileder.toml` (when `wanted`): a whole graph, or
    /// one that inherits the national graph (`[guide] arv`), merged here with
    /// the national graph in the UI målform, so that everything after the
    /// load (the checks, the guide, the site) sees one whole graph.
    fn veileder_if(
        &self,
        wanted: bool,
        rel: &str,
        own: Maalform,
        nasjonal: &Nasjonal,
        diags: &mut Vec<Diagnostic>,
    ) -> Option<(Veileder, Option<SourceFile>)> {
        if !wanted {
            return Some((Veileder::default(), None));
        }
        let (fil, file) = match self.les_veileder(&self.i_maalform(rel, own), diags)? {
            (VeilederLest::Hel(v), file) => return Some((v, file)),
            (VeilederLest::Arv(v), file) => (v, file),
        };
        let mut veileder = Veileder {
            nivaa: fil.nivaa,
            guide: None,
        };
        if let (Some(g), Some(base), Some(f)) =
            (fil.guide, nasjonal.veileder.guide.as_ref(), file.as_ref())
        {
            let (flettet, problemer) = super::arv::flett(base, g, self.maalform);
            diags.extend(problemer.into_iter().map(|p| {
                f.diag(p.at, Alvor::Feil, self.maalform, p.melding)
                    .med_kode("arv")
            }));
            veileder.guide = flettet;
        }
        Some((veileder, file))
    }

    /// Every municipality, every file (see `alle_deler`).
    pub fn alle(&self, nasjonal: &Nasjonal) -> Result<Vec<Loaded<KommuneData>>, Error> {
        self.alle_deler(nasjonal, Deler::ALLE)
    }

    /// Every municipality, in id order, loaded on every core when there are
    /// many (a second thread and its malloc arena cost more than the five
    /// embedded municipalities take to parse).
    pub fn alle_deler(
        &self,
        nasjonal: &Nasjonal,
        deler: Deler,
    ) -> Result<Vec<Loaded<KommuneData>>, Error> {
        let ids = self.kommune_ids()?;
        crate::par::map(&ids, 16, |id| self.kommune_deler(id, nasjonal, deler)).ok_or_else(|| {
            Error::Io(
                self.maalform
                    .t(
                        "intern feil: lasting av kommunene stoppet uventet",
                        "intern feil: lasting av kommunane stoppa uventa",
                    )
                    .into(),
            )
        })
    }

    /// A municipality's name, read cheaply (for lists); the id when it cannot be read.
    pub fn navn_of(&self, id: &str) -> String {
        self.les::<NavnOnly>(&format!("kommuner/{id}/kommune.toml"))
            .map_or_else(|| id.to_string(), |k| k.navn)
    }

    /// The målform a municipality writes in, read cheaply (for the UI default).
    pub fn maalform_of(&self, id: &str) -> Option<Maalform> {
        self.les::<MaalformOnly>(&format!("kommuner/{id}/kommune.toml"))
            .map(|k| k.maalform)
    }

    /// Find a municipality by id or name, case- and diacritic-insensitive.
    /// Names are only read when no id matches, so the common case stays lazy.
    pub fn find_kommune(&self, query: &str) -> Result<String, Error> {
        let m = self.maalform;
        // An exact id needs no directory listing: with hundreds of
        // municipalities, listing and stat-ing them all was half the cost
        // of a one-municipality query (SPEC §5: it must not grow with N).
        let exact = query.trim();
        if let Some(root) = &self.root
            && validate::is_slug(exact)
            && root.join("kommuner").join(exact).is_dir()
        {
            return Ok(exact.to_string());
        }
        let ids = self.kommune_ids()?;
        if let Some(id) = ids.iter().find(|id| id.as_str() == exact) {
            return Ok(id.clone());
        }
        // SPEC §3: an exact id wins, then an exact name (case aside), then a
        // folded one ("Inderoy"); a tier that several municipalities fit is an
        // error that lists them, never a silent pick.
        let navn: Vec<(&String, String)> = ids.iter().map(|id| (id, self.navn_of(id))).collect();
        let short = |s: &str| s.trim_end_matches(" kommune").trim().to_string();
        let lower = exact.to_lowercase();
        let q = fold(exact);
        let q_short = short(&q);
        let tiers: [&Passer; 2] = [
            &|_id: &str, n: &str| {
                let n = n.to_lowercase();
                n == lower || short(&n) == short(&lower)
            },
            &|id: &str, n: &str| {
                let n = fold(n);
                fold(id) == q || fold(id) == q_short || n == q || short(&n) == q_short
            },
        ];
        for fits in tiers {
            let hits: Vec<&(&String, String)> = navn.iter().filter(|(id, n)| fits(id, n)).collect();
            match hits.as_slice() {
                [] => {}
                [(id, _)] => return Ok((*id).clone()),
                many => {
                    return Err(Error::NotFound {
                        melding: format!(
                            "«{query}» {}",
                            m.t(
                                "passer for flere kommuner: velg med id",
                                "passar for fleire kommunar: vel med id"
                            )
                        ),
                        detaljer: many
                            .iter()
                            .map(|(id, n)| format!("-k {id}  ({n})"))
                            .collect(),
                    });
                }
            }
        }
        let q_short = q_short.as_str();
        let mut detaljer = Vec::new();
        let forslag = crate::likhet::suggestions(q_short, ids.iter().map(String::as_str), 3);
        detaljer.extend(crate::likhet::mente_du(m, &forslag));
        detaljer.push(format!(
            "{} {}",
            m.t("kjente kommuner:", "kjende kommunar:"),
            if ids.is_empty() {
                "—".to_string()
            } else {
                ids.join(", ")
            }
        ));
        Err(Error::NotFound {
            melding: format!("{} «{query}»", m.t("ukjent kommune", "ukjend kommune")),
            detaljer,
        })
    }
}

/// Whether a municipality (id, name) fits a `-k` query, at one tier.
type Passer<'a> = dyn Fn(&str, &str) -> bool + 'a;

/// The stems of the files a municipality folder may hold, each as
/// `<stem>.toml` or in one målform, `<stem>.nb.toml` / `<stem>.nn.toml`.
pub const KJENTE_STAMMER: &[&str] = &[
    "kommune",
    "tjenester",
    "arenaer",
    "framdrift",
    "veileder",
    "roller",
    "kilder",
    "synonymer",
];

fn kjente_filnavn() -> Vec<String> {
    KJENTE_STAMMER
        .iter()
        .flat_map(|s| {
            [
                format!("{s}.toml"),
                format!("{s}.nb.toml"),
                format!("{s}.nn.toml"),
            ]
        })
        .collect()
}

/// A file name a municipality folder may hold.
pub fn kjent_filnavn(n: &str) -> bool {
    let stem = n
        .strip_suffix(".nb.toml")
        .or_else(|| n.strip_suffix(".nn.toml"))
        .or_else(|| n.strip_suffix(".toml"));
    stem.is_some_and(|s| KJENTE_STAMMER.contains(&s))
}

/// Which of a municipality's optional files a command reads. `kommune.toml`
/// is always read. What is read is validated; what is not read is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deler {
    pub tjenester: bool,
    pub arenaer: bool,
    pub framdrift: bool,
    pub veileder: bool,
    pub roller: bool,
}

impl Deler {
    pub const ALLE: Deler = Deler {
        tjenester: true,
        arenaer: true,
        framdrift: true,
        veileder: true,
        roller: true,
    };
    const INGEN: Deler = Deler {
        tjenester: false,
        arenaer: false,
        framdrift: false,
        veileder: false,
        roller: false,
    };
    /// `bti frist`: the plans.
    pub const FRIST: Deler = Deler {
        framdrift: true,
        ..Deler::INGEN
    };
    /// `bti tjenester`: the services (their `nivaa` is checked against the
    /// levels in force, read with `Store::nivaaer`).
    pub const TJENESTER: Deler = Deler {
        tjenester: true,
        ..Deler::INGEN
    };
    /// `bti arenaer`: the arenas and the services they name.
    pub const ARENAER: Deler = Deler {
        tjenester: true,
        arenaer: true,
        ..Deler::INGEN
    };
    /// `bti kommuner`: what it counts.
    pub const KOMMUNER: Deler = Deler {
        tjenester: true,
        arenaer: true,
        framdrift: true,
        ..Deler::INGEN
    };
}

/// Stands in for a `kommune.toml` that did not parse, so the rest can be checked.
fn placeholder(id: &str) -> Kommune {
    Kommune {
        navn: id.to_string(),
        maalform: Maalform::Nb,
        modell: None,
        kommunenummer: None,
        region: None,
        nettside: None,
        hjemmeside: None,
        beskrivelse: None,
        telefon: None,
        epost: None,
        adresse: None,
        stafettlogg: None,
        tilgjengelighetserklaering: None,
        tilbakemelding: None,
        foreldreside: None,
        meldeskjema: None,
        kilde: Some(String::new()),
        barnevernvakt: None,
        modellnivaa: Vec::new(),
    }
}

/// `kommune.toml` may be empty in a broken folder; `Default` lets `parse` handle both.
#[derive(Default)]
struct OptKommune(Option<Kommune>);

impl<'de> serde::Deserialize<'de> for OptKommune {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Kommune::deserialize(d).map(|k| OptKommune(Some(k)))
    }
}

/// The levels of a `veileder.toml`, the rest skipped.
#[derive(serde::Deserialize)]
struct NivaaDel {
    #[serde(default, alias = "nivå")]
    nivaa: Vec<Nivaa>,
}

#[derive(serde::Deserialize)]
struct NavnOnly {
    navn: String,
}

#[derive(serde::Deserialize)]
struct MaalformOnly {
    #[serde(alias = "målform")]
    maalform: Maalform,
}

/// What a run may read, in TOML values (estimated as the separators `,` `=`
/// `[` `{` and line ends): the 16 MiB file limit alone does not bound
/// memory, since a value of three bytes (`"",`) costs a hundred or more
/// once parsed. Per file and for the whole run (a process is one run).
pub const MAKS_VERDIER_FIL: usize = 1_000_000;
pub const MAKS_VERDIER_KJORING: usize = 8_000_000;
static VERDIER_LEST: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

type Melding = fn(Maalform) -> String;

/// Count one file's values against the budget.
fn budsjett(bytes: &[u8]) -> Result<(), Melding> {
    // Branch-free, a block at a time (the compiler counts many bytes at once).
    let n: usize = bytes
        .chunks(1 << 16)
        .map(|c| {
            c.iter()
                .map(|&b| {
                    u32::from((b == b',') | (b == b'=') | (b == b'[') | (b == b'{') | (b == b'\n'))
                })
                .sum::<u32>() as usize
        })
        .sum();
    if n > MAKS_VERDIER_FIL {
        return Err(|m| {
            format!(
                "{}: {} {} {}; {}",
                m.t("kan ikke lese", "kan ikkje lese"),
                m.t("fila har flere enn", "fila har fleire enn"),
                tusen(MAKS_VERDIER_FIL as u64),
                m.t("verdier", "verdiar"),
                m.t(
                    "del den opp, eller sjekk at det er riktig fil",
                    "del ho opp, eller sjekk at det er rett fil"
                )
            )
        });
    }
    let før = VERDIER_LEST.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    if før + n > MAKS_VERDIER_KJORING {
        return Err(|m| {
            format!(
                "{}: {} {} {}; {}",
                m.t("kan ikke lese", "kan ikkje lese"),
                m.t(
                    "dataene i denne kjøringen har til sammen flere enn",
                    "dataa i denne køyringa har til saman fleire enn"
                ),
                tusen(MAKS_VERDIER_KJORING as u64),
                m.t("verdier", "verdiar"),
                m.t(
                    "sjekk én kommune om gangen (-k, eller bti sjekk MAPPE)",
                    "sjekk éin kommune om gongen (-k, eller bti sjekk MAPPE)"
                )
            )
        });
    }
    Ok(())
}

/// The files whose `kilde` values `sjekk` reads: every known stem in each
/// målform (a municipality's are `KJENTE_STAMMER`, less the register itself).
const NASJONAL: &[&str] = &["veileder", "roller", "lovverk", "nodnummer", "synonymer"];

/// The data files of `dir` (`"nasjonal"` or `"kommuner/<id>"`) that `sjekk`
/// compares and reads for sources: (stem, plain file, variants that exist).
pub fn filer(store: &Store, dir: &str) -> Vec<(&'static str, String, Vec<String>)> {
    let stems: &[&'static str] = if dir == "nasjonal" {
        NASJONAL
    } else {
        KJENTE_STAMMER
    };
    stems
        .iter()
        .filter(|stem| **stem != "kilder")
        .map(|stem| {
            let plain = format!("{dir}/{stem}.toml");
            let variants = ["nb", "nn"]
                .iter()
                .map(|m| format!("{dir}/{stem}.{m}.toml"))
                .filter(|rel| store.exists(rel))
                .collect();
            (*stem, plain, variants)
        })
        .collect()
}

/// A veileder file as read: inheriting the national graph, or whole.
enum VeilederLest {
    Hel(Veileder),
    Arv(VeilederArv),
}

/// `[guide] arv` alone, read leniently to tell the two kinds apart.
#[derive(serde::Deserialize)]
struct Titt {
    guide: Option<TittGuide>,
}

#[derive(serde::Deserialize)]
struct TittGuide {
    arv: Option<toml::Value>,
}

impl Titt {
    fn arver(self) -> bool {
        self.guide.is_some_and(|g| g.arv.is_some())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::kompakt::debug_uten_span;

    #[test]
    fn every_embedded_file_is_pre_parsed() {
        for (rel, _, json, _) in embedded::FILES {
            assert!(json.is_some(), "{rel}: build.rs could not pre-parse it");
        }
    }

    #[test]
    fn a_guides_levels_alone_are_its_levels() {
        let store = Store::embedded(Maalform::Nb);
        let mut n = 0;
        for (rel, _, _, nivaaer) in embedded::FILES {
            let hele = store.les::<NivaaDel>(rel).map(|d| format!("{:?}", d.nivaa));
            let del = store.les_nivaaer(rel).map(|d| format!("{:?}", d.nivaa));
            assert_eq!(del, hele, "{rel}");
            if nivaaer.is_some() {
                n += 1;
                assert!(rel.contains("veileder"), "{rel}");
            }
        }
        assert!(n >= 2, "the national guides have their levels apart");
    }

    #[test]
    fn pre_parsed_embedded_data_is_the_toml() {
        let fast = Store::embedded(Maalform::Nb);
        let toml = fast.uten_kompakt();
        let (a, b) = (fast.nasjonal(), toml.nasjonal());
        assert!(a.diags.is_empty() && b.diags.is_empty());
        assert_eq!(debug_uten_span(&a.data), debug_uten_span(&b.data));
        let nasjonal = b.data.unwrap();
        for id in fast.kommune_ids().unwrap() {
            let (a, b) = (fast.kommune(&id, &nasjonal), toml.kommune(&id, &nasjonal));
            assert!(a.diags.is_empty(), "{id}: {:?}", a.diags);
            assert_eq!(debug_uten_span(&a.data), debug_uten_span(&b.data), "{id}");
        }
    }

    #[test]
    fn a_problem_in_embedded_data_gets_the_toml_position() {
        // Sirdal's services overlaid with one unknown to its arenas: the
        // problems are in arenaer.toml, which came pre-parsed (no positions)
        // until the problem sent the load back to the TOML.
        let store = Store::embedded(Maalform::Nb).with_file(
            "kommuner/sirdal/tjenester.toml",
            b"[[tjeneste]]\nid = \"x\"\nnavn = \"X\"\nkategori = \"ppt\"\nkilde = \"k\"\n".to_vec(),
        );
        let nasjonal = store.nasjonal().data.unwrap();
        let l = store.kommune("sirdal", &nasjonal);
        let d = l
            .diags
            .iter()
            .map(ToString::to_string)
            .find(|d| d.contains("arenaer.toml"))
            .unwrap();
        assert!(!d.contains("arenaer.toml:1:1:"), "{d}");
        assert!(
            d.contains("<innebygd>/kommuner/sirdal/arenaer.toml:"),
            "{d}"
        );
    }
}
