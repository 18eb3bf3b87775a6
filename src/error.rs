//! The library's one error type, and the exit codes of SPEC §3.2.

use crate::diag::Diagnostic;
use crate::i18n::Maalform;

/// Exit codes: 0 success, 1 data/lookup/I/O/aborted, 2 usage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    Feil = 1,
    Bruk = 2,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Invalid data: every diagnostic is printed as a detail line.
    #[error("{melding}")]
    Data {
        melding: String,
        diagnostikk: Vec<Diagnostic>,
    },
    /// A municipality, id or file that does not exist.
    #[error("{melding}")]
    NotFound {
        melding: String,
        detaljer: Vec<String>,
    },
    /// Bad flags or arguments.
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Io(String),
    /// The walkthrough ended before an outcome.
    #[error("{0}")]
    Aborted(String),
    /// The reader went away (closed pipe): end quietly.
    #[error("broken pipe")]
    BrokenPipe,
}

impl Error {
    pub fn data(m: Maalform, mut diagnostikk: Vec<Diagnostic>) -> Self {
        crate::diag::begrens(
            &mut diagnostikk,
            crate::diag::MAKS_PER_FIL,
            crate::diag::MAKS_PER_KJORING,
        );
        let n = crate::diag::antall_feil(&diagnostikk);
        Error::Data {
            melding: format!("{} ({n} feil)", m.t("dataene har feil", "dataa har feil"),),
            diagnostikk,
        }
    }

    pub fn exit(&self) -> Exit {
        match self {
            Error::Usage(_) => Exit::Bruk,
            Error::BrokenPipe => Exit::Ok,
            _ => Exit::Feil,
        }
    }

    pub fn detaljer(&self) -> Vec<String> {
        match self {
            Error::Data { diagnostikk, .. } => {
                let mut d = diagnostikk.clone();
                d.sort();
                d.iter().map(ToString::to_string).collect()
            }
            Error::NotFound { detaljer, .. } => detaljer.clone(),
            _ => Vec::new(),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::BrokenPipe
        } else {
            Error::Io(e.to_string())
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
