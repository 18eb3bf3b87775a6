//! One file's bytes checked as `bti sjekk` would check them, in place of the
//! embedded Sirdal's: the entry point of the fuzzers and of tests that need
//! no folder on disk. It sits above the store and the checks it calls.

use super::kilder;
use super::load::Store;
use crate::diag::Diagnostic;

/// The kinds of file a municipality folder holds (SPEC §1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Kommune,
    Tjenester,
    Arenaer,
    Framdrift,
    Veileder,
    Roller,
    Kilder,
    Synonymer,
}

impl Kind {
    /// In a fixed order: the fuzz seeds' first byte is an index into it.
    pub const ALL: [Kind; 8] = [
        Kind::Kommune,
        Kind::Tjenester,
        Kind::Arenaer,
        Kind::Framdrift,
        Kind::Veileder,
        Kind::Roller,
        Kind::Kilder,
        Kind::Synonymer,
    ];

    /// The file name in a municipality folder.
    pub fn file(self) -> &'static str {
        match self {
            Kind::Kommune => "kommune.toml",
            Kind::Tjenester => "tjenester.toml",
            Kind::Arenaer => "arenaer.toml",
            Kind::Framdrift => "framdrift.toml",
            Kind::Veileder => "veileder.toml",
            Kind::Roller => "roller.toml",
            Kind::Kilder => "kilder.toml",
            Kind::Synonymer => "synonymer.toml",
        }
    }
}

/// Parse and validate `bytes` as one file of `kind` in place of the embedded
/// Sirdal's (which has every kind but `veileder` and `synonymer`), with the embedded national
/// data: every diagnostic, as `bti sjekk` would give it. For the fuzzers and
/// for tests; it never panics and never touches the file system.
pub fn check_bytes(kind: Kind, bytes: &[u8]) -> Vec<Diagnostic> {
    let m = crate::i18n::Maalform::Nb;
    let rel = format!("kommuner/sirdal/{}", kind.file());
    let store = Store::embedded(m).with_file(&rel, bytes.to_vec());
    let nasjonal = store.nasjonal();
    let mut diags = nasjonal.diags;
    if let Some(n) = &nasjonal.data {
        diags.extend(store.kommune("sirdal", n).diags);
    }
    // The files `bti sjekk` reads besides the load (as it reads them).
    diags.extend(store.synonymer_kommune("sirdal").diags);
    diags.extend(kilder::sjekk(&store, &["sirdal".to_string()]));
    diags.sort();
    diags
}
