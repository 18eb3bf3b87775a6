//! The one integration test binary (one link step): a module per topic.
//! Every test runs the real `bti` binary with a clean environment.

mod audit;
mod bad;
mod cli;
mod data;
mod dato;
mod docs;
mod frist;
mod gendata;
mod guide;
mod kanter;
mod kilder;
mod korpus;
mod maalform;
mod nettside;
mod queries;
mod readme;
mod robust;
mod sjekk;
mod sok;
mod util;
mod vurdering;
mod xlsx;
