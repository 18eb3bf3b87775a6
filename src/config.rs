//! The configuration file `$XDG_CONFIG_HOME/bti/config.toml` (or
//! `~/.config/bti/config.toml`): defaults below flags and environment.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer};

use crate::diag;
use crate::error::{Error, Result};
use crate::i18n::Maalform;

/// Every value may be an empty string, which counts as unset (as for flags
/// and environment variables).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default, deserialize_with = "tom_er_ikke_satt")]
    pub kommune: Option<String>,
    #[serde(default, alias = "målform", deserialize_with = "tom_er_ikke_satt")]
    pub maalform: Option<Maalform>,
    /// Relative to the config file's folder (made so by `load`).
    #[serde(default, deserialize_with = "tom_er_ikke_satt")]
    pub data: Option<PathBuf>,
    /// As `--arbeidssted`: the laws of the user's own workplace.
    #[serde(default, deserialize_with = "tom_er_ikke_satt")]
    pub arbeidssted: Option<crate::data::model::Arbeidssted>,
}

/// A string value, or `None` when it is empty or only spaces.
fn tom_er_ikke_satt<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let s = String::deserialize(d)?;
    if s.trim().is_empty() {
        return Ok(None);
    }
    T::deserialize(serde::de::value::StringDeserializer::new(s)).map(Some)
}

impl Config {
    /// Where the file is, and whether the folder came from `$HOME` (not
    /// `$XDG_CONFIG_HOME`). An empty variable counts as unset.
    fn sted() -> Option<(PathBuf, bool)> {
        let var = |k| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let (base, fra_home) = match var("XDG_CONFIG_HOME") {
            Some(x) => (x, false),
            None => (var("HOME")?.join(".config"), true),
        };
        Some((base.join("bti").join("config.toml"), fra_home))
    }

    pub fn path() -> Option<PathBuf> {
        Self::sted().map(|(p, _)| p)
    }

    /// The config file, or defaults when there is none; messages in `m`.
    pub fn load(m: Maalform) -> Result<Config> {
        let Some((path, fra_home)) = Self::sted() else {
            return Ok(Config::default());
        };
        // The same guards as for data files: a regular file of at most 16 MiB,
        // opened without blocking (a FIFO or /dev/zero here hung `bti`).
        let bytes = match crate::fil::read_limited(&path) {
            Ok(b) => b,
            Err(e) if ingen_fil(&path, &e, fra_home) => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::Io(format!(
                    "{} {}: {} ({})",
                    m.t("konfigurasjonsfila", "konfigurasjonsfila"),
                    path.display(),
                    crate::fil::io_msg(&e, m),
                    m.t(
                        "rett eller fjern fila, eller sett XDG_CONFIG_HOME til en annen mappe",
                        "rett eller fjern fila, eller set XDG_CONFIG_HOME til ei anna mappe"
                    )
                )));
            }
        };
        let feil = |d: diag::Diagnostic| {
            let melding = match d.kode {
                "ukjent-nokkel" => m.t(
                    "ukjent nøkkel i konfigurasjonsfila",
                    "ukjend nøkkel i konfigurasjonsfila",
                ),
                _ => m.t("feil i konfigurasjonsfila", "feil i konfigurasjonsfila"),
            };
            Error::Data {
                melding: format!("{melding} {}", path.display()),
                diagnostikk: vec![d],
            }
        };
        let file = crate::fil::source(path.display().to_string(), bytes, m).map_err(feil)?;
        let mut config: Config =
            toml::from_str(&file.text).map_err(|e| feil(diag::from_toml(&file, &e, m)))?;
        if let (Some(data), Some(mappe)) = (&config.data, path.parent()) {
            config.data = Some(mappe.join(data));
        }
        Ok(config)
    }
}

/// No config file can be there: the path does not lead to one, or `$HOME`
/// cannot be read (a service user's home); a file that is there but cannot
/// be read is an error.
fn ingen_fil(path: &Path, e: &std::io::Error, fra_home: bool) -> bool {
    use std::io::ErrorKind::{NotADirectory, NotFound};
    matches!(e.kind(), NotFound | NotADirectory) || (fra_home && std::fs::metadata(path).is_err())
}
