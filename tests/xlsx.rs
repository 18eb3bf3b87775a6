//! `--format xlsx -o FIL`: real workbooks, read back with an independent
//! reader (calamine), with typed cells; the file rules of SPEC §3.

use calamine::{Data, Reader, Xlsx, open_workbook};

use crate::util::{json, run};

/// The first sheet's rows.
fn les(sti: &std::path::Path) -> Vec<Vec<Data>> {
    let mut bok: Xlsx<_> = open_workbook(sti).unwrap();
    let range = bok.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

fn kolonne(rader: &[Vec<Data>], navn: &str) -> usize {
    rader[0]
        .iter()
        .position(|c| c == &Data::String(navn.into()))
        .unwrap_or_else(|| panic!("no column {navn}: {:?}", rader[0]))
}

#[test]
fn frist_xlsx_has_typed_cells_and_the_json_columns() {
    let dir = tempfile::tempdir().unwrap();
    let sti = dir.path().join("frister.xlsx");
    let s = sti.to_str().unwrap();
    let args = ["-k", "sirdal", "--i-dag", "2019-01-01", "frist", "--alle"];
    let (code, out, err) = run(&[&args[..], &["--format", "xlsx", "-o", s]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(out.is_empty(), "nothing on stdout: {out}");
    let rader = les(&sti);
    let elementer = json(&[&args[..], &["--format", "json"]].concat());
    assert_eq!(
        rader.len(),
        elementer.len() + 1,
        "a header row and one row per occurrence"
    );
    let rad = 1 + elementer
        .iter()
        .position(|e| e["aktivitet"] == "oppstartsmote-conexus")
        .unwrap();
    // 2018-01-18 is Excel's day 43118: a date, not text.
    match &rader[rad][kolonne(&rader, "slutt")] {
        Data::DateTime(d) => {
            assert!(d.is_datetime());
            assert_eq!(d.as_f64(), 43118.0);
        }
        other => panic!("slutt is not a date: {other:?}"),
    }
    assert_eq!(
        rader[rad][kolonne(&rader, "dager_igjen")],
        Data::Float(-348.0)
    );
    assert_eq!(
        rader[rad][kolonne(&rader, "ikke_oppdatert")],
        Data::Bool(true)
    );
    assert_eq!(
        rader[rad][kolonne(&rader, "hva")],
        Data::String("Oppstartsmøte med Conexus og opplæring i stafettloggen".into())
    );
}

#[test]
fn every_xlsx_command_writes_a_readable_workbook() {
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["tjenester", "arenaer", "roller", "vurdering"] {
        let sti = dir.path().join(format!("{cmd}.xlsx"));
        let (code, _, err) = run(&[
            "-k",
            "sirdal",
            cmd,
            "--format",
            "xlsx",
            "-o",
            sti.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{cmd}: {err}");
        let rader = les(&sti);
        let n = json(&["-k", "sirdal", cmd, "--format", "json"]).len();
        assert_eq!(rader.len(), n + 1, "{cmd}");
        assert_eq!(rader[0][0], Data::String("kommune".into()), "{cmd}");
    }
    // The arenas' next meeting is a date too.
    let sti = dir.path().join("a.xlsx");
    run(&[
        "-k",
        "sirdal",
        "--i-dag",
        "2018-09-01",
        "arenaer",
        "--format",
        "xlsx",
        "-o",
        sti.to_str().unwrap(),
    ]);
    let rader = les(&sti);
    let k = kolonne(&rader, "neste_mote");
    assert!(
        rader[1..].iter().any(|r| matches!(r[k], Data::DateTime(_))),
        "{rader:?}"
    );
}

#[test]
fn xlsx_needs_a_file_and_never_replaces_one_unasked() {
    let dir = tempfile::tempdir().unwrap();
    let sti = dir.path().join("r.xlsx");
    let s = sti.to_str().unwrap();
    // Without -o: a usage error, and never to a terminal or a pipe.
    let (code, out, err) = run(&["roller", "--format", "xlsx"]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty() && err.contains("-o FIL"), "{err}");
    // -o without xlsx is a usage error too, not ignored.
    let (code, _, _) = run(&["roller", "-o", s]);
    assert_eq!(code, 2);
    assert!(!sti.exists());
    std::fs::write(&sti, "mine").unwrap();
    let (code, _, err) = run(&["roller", "--format", "xlsx", "-o", s]);
    assert_eq!(code, 1);
    assert!(
        err.contains("finnes allerede; regnearket ble ikke skrevet"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&sti).unwrap(), "mine");
    let (code, _, err) = run(&["roller", "--format", "xlsx", "-o", s, "--overskriv"]);
    assert_eq!(code, 0, "{err}");
    assert!(les(&sti).len() > 1);
}

#[cfg(unix)]
#[test]
fn xlsx_is_never_written_through_a_symlink() {
    let dir = tempfile::tempdir().unwrap();
    let maal = dir.path().join("maal.txt");
    std::fs::write(&maal, "urørt").unwrap();
    let lenke = dir.path().join("lenke.xlsx");
    std::os::unix::fs::symlink(&maal, &lenke).unwrap();
    let l = lenke.to_str().unwrap();
    let (code, _, _) = run(&["roller", "--format", "xlsx", "-o", l]);
    assert_eq!(code, 1, "an existing name, even a link");
    // Issue 23 item 12: --overskriv replaces a regular file only; a link
    // stays a link and its target is not touched.
    let (code, _, err) = run(&["roller", "--format", "xlsx", "-o", l, "--overskriv"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("er ikke en vanlig fil"), "{err}");
    assert_eq!(std::fs::read_to_string(&maal).unwrap(), "urørt");
    assert!(
        std::fs::symlink_metadata(&lenke)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
