//! The one integration test binary (one link step): a module per topic.
//! Every test runs the real `bti` binary with a clean environment.

mod bad;
mod cli;
mod data;
mod docs;
mod frist;
mod gendata;
mod guide;
mod nettside;
mod queries;
mod sjekk;
mod util;
