//! The configuration file `$XDG_CONFIG_HOME/bti/config.toml` (or
//! `~/.config/bti/config.toml`): defaults below flags and environment.

use std::path::PathBuf;

use serde::Deserialize;

use crate::data::diag::{self, SourceFile};
use crate::error::{Error, Result};
use crate::i18n::Maalform;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub kommune: Option<String>,
    #[serde(alias = "målform")]
    pub maalform: Option<Maalform>,
    pub data: Option<PathBuf>,
    /// As `--arbeidssted`: the laws of the user's own workplace.
    pub arbeidssted: Option<crate::data::model::Arbeidssted>,
}

impl Config {
    pub fn path() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(base.join("bti").join("config.toml"))
    }

    /// The config file, or defaults when there is none; messages in `m`.
    pub fn load(m: Maalform) -> Result<Config> {
        let Some(path) = Self::path() else {
            return Ok(Config::default());
        };
        // The same guards as for data files: a regular file of at most 16 MiB,
        // opened without blocking (a FIFO or /dev/zero here hung `bti`).
        let text = match crate::data::load::read_limited(&path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => {
                return Err(Error::Io(format!(
                    "{} {}: {} ({})",
                    m.t("konfigurasjonsfila", "konfigurasjonsfila"),
                    path.display(),
                    crate::data::load::io_msg(&e, m),
                    m.t(
                        "rett eller fjern fila, eller sett XDG_CONFIG_HOME til en annen mappe",
                        "rett eller fjern fila, eller set XDG_CONFIG_HOME til ei anna mappe"
                    )
                )));
            }
        };
        let file = SourceFile::new(path.display().to_string(), text);
        toml::from_str(&file.text).map_err(|e| Error::data(m, vec![diag::from_toml(&file, &e, m)]))
    }
}
