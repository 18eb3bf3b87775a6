//! Hostile data, round 3 (issue 23): contact points checked as such, bounded
//! search and synonym expansion, capped diagnostics, the config file's
//! rules, odd entries in `kommuner/`, and commands whose output fails.

use crate::util::{run, tree};

fn sjekk_json(dir: &std::path::Path) -> (i32, Vec<serde_json::Value>) {
    let (code, out, err) = run(&["sjekk", dir.to_str().unwrap(), "--format", "json"]);
    let v: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out} {err}"));
    (code, v.as_array().unwrap().clone())
}

const KOMMUNE: &str = "navn = \"Testby kommune\"\nmaalform = \"nb\"\n";

#[test]
fn phone_numbers_and_email_addresses_are_checked_and_never_linked_when_bad() {
    let dir = tree(&[
        ("kommuner/testby/kommune.toml", KOMMUNE),
        (
            "kommuner/testby/tjenester.toml",
            "[[tjeneste]]\nid = \"a\"\nnavn = \"A\"\nkategori = \"ppt\"\n\
             epost = \"a@b.no?bcc=x@y.no&body=hei\"\ntelefon = \"1-800-EVIL-123\"\n\
             [[tjeneste]]\nid = \"b\"\nnavn = \"B\"\nkategori = \"ppt\"\nepost = \"@\"\n",
        ),
    ]);
    let (code, diags) = sjekk_json(dir.path());
    assert_eq!(code, 1);
    let koder: Vec<(&str, u64)> = diags
        .iter()
        .map(|d| (d["kode"].as_str().unwrap(), d["linje"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        koder,
        [
            ("ugyldig-epost", 5),
            ("ugyldig-telefon", 6),
            ("ugyldig-epost", 11)
        ],
        "{diags:?}"
    );
    // The site is not built from such data: no `mailto:` with extras, no `tel:` to another number.
    let ut = dir.path().join("ut");
    let (code, _, err) = run(&[
        "--data",
        dir.path().to_str().unwrap(),
        "nettside",
        ut.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(!ut.exists());
}
