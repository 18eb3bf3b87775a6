//! The one integration test binary (one link step): a module per topic.
//! Every test runs the real `bti` binary with a clean environment.

mod aar_ukjent;
mod arv;
mod audit;
mod bad;
mod cli;
mod data;
mod dato;
mod docs;
mod fraser;
mod frist;
mod gendata;
mod guide;
mod kanter;
mod kilder;
mod konfig;
mod kontakt;
mod korpus;
mod lag;
mod maalform;
mod meldinger;
mod nettside;
mod nettside_sider;
mod nettside_skriv;
mod queries;
mod readme;
mod robust;
mod robust_data;
mod sjekk;
mod sok;
mod tromso;
mod utfall;
mod util;
mod vakt;
mod vurdering;
mod xlsx;
