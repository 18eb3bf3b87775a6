//! `bti nettside` writes only where it should (issue 23, items 5–8): never
//! through a symlink inside the target, whole sites only (built beside the
//! target and swapped in), a manifest of the files a build made, `--overskriv`
//! only over a folder with one, never into the data folder, and write errors
//! that say «kan ikke skrive».

use std::path::Path;

use crate::util::{run, tree};

fn bygg(ut: &Path, ekstra: &[&str]) -> (i32, String) {
    let mut a = vec!["-k", "sirdal", "nettside", ut.to_str().unwrap()];
    a.extend(ekstra);
    let (code, _, err) = run(&a);
    (code, err)
}

fn manifest(ut: &Path) -> Vec<String> {
    std::fs::read_to_string(ut.join(".bti-manifest"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(String::from)
        .collect()
}

/// Nothing but the target itself is left beside it (no half-built folders).
fn bare(dir: &Path, navn: &[&str]) {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    assert_eq!(v, navn, "beside the target");
}

#[test]
fn a_build_writes_a_manifest_of_exactly_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    assert_eq!(bygg(&ut, &[]).0, 0);
    let liste = manifest(&ut);
    assert!(liste.contains(&"index.html".to_string()), "{liste:?}");
    assert!(
        liste.contains(&"sirdal-frister.ics".to_string()),
        "{liste:?}"
    );
    for f in &liste {
        assert!(
            std::fs::symlink_metadata(ut.join(f)).unwrap().is_file(),
            "{f}"
        );
    }
    bare(dir.path(), &["ut"]);
}

#[test]
fn overskriv_never_writes_through_a_symlink_inside_the_target() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    assert_eq!(bygg(&ut, &[]).0, 0);
    let offer = dir.path().join("offer.txt");
    std::fs::write(&offer, "mitt").unwrap();
    std::fs::remove_file(ut.join("index.html")).unwrap();
    std::os::unix::fs::symlink(&offer, ut.join("index.html")).unwrap();
    // A dangling link where a page goes: nothing may appear outside.
    let borte = dir.path().join("finnes-ikke.css");
    std::fs::remove_file(ut.join("stil.css")).unwrap();
    std::os::unix::fs::symlink(&borte, ut.join("stil.css")).unwrap();
    let (code, err) = bygg(&ut, &["--overskriv"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&offer).unwrap(), "mitt");
    assert!(
        !borte.exists(),
        "a file was created through a dangling link"
    );
    assert!(
        !std::fs::symlink_metadata(ut.join("index.html"))
            .unwrap()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(ut.join("index.html"))
            .unwrap()
            .contains("<html")
    );
    bare(dir.path(), &["offer.txt", "ut"]);
}

#[test]
fn a_linked_folder_inside_the_target_is_refused_not_written_into() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    assert_eq!(bygg(&ut, &[]).0, 0);
    let annet = dir.path().join("annet");
    std::fs::create_dir(&annet).unwrap();
    std::fs::rename(ut.join("veileder"), dir.path().join("gammel-veileder")).unwrap();
    std::os::unix::fs::symlink(&annet, ut.join("veileder")).unwrap();
    let (code, err) = bygg(&ut, &["--overskriv"]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("veileder") && err.contains("bti skrev ikke"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_dir(&annet).unwrap().count(),
        0,
        "written elsewhere"
    );
    assert!(ut.join("index.html").is_file(), "the old site stays");
}

#[test]
fn overskriv_removes_files_of_the_earlier_build_and_keeps_others() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    assert_eq!(bygg(&ut, &[]).0, 0);
    std::fs::write(ut.join(".htaccess"), "mitt").unwrap();
    // The same folder now for another municipality.
    let (code, _, err) = run(&[
        "-k",
        "sogndal",
        "nettside",
        ut.to_str().unwrap(),
        "--overskriv",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        !ut.join("sirdal-frister.ics").exists(),
        "left from the earlier build"
    );
    assert!(
        std::fs::read_to_string(ut.join("index.html"))
            .unwrap()
            .contains("lang=\"nn\"")
    );
    assert_eq!(
        std::fs::read_to_string(ut.join(".htaccess")).unwrap(),
        "mitt"
    );
    assert!(!manifest(&ut).contains(&".htaccess".to_string()));
    bare(dir.path(), &["ut"]);
}

#[test]
fn a_non_empty_folder_without_a_manifest_is_refused_even_with_overskriv() {
    let dir = tree(&[("www/index.html", "min forside"), ("www/bilde.png", "x")]);
    let ut = dir.path().join("www");
    for ekstra in [&[][..], &["--overskriv"][..]] {
        let (code, err) = bygg(&ut, ekstra);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains(".bti-manifest"), "{err}");
    }
    assert_eq!(
        std::fs::read_to_string(ut.join("index.html")).unwrap(),
        "min forside"
    );
    bare(dir.path(), &["www"]);
    // An empty folder is fine.
    let tom = dir.path().join("tom");
    std::fs::create_dir(&tom).unwrap();
    assert_eq!(bygg(&tom, &[]).0, 0);
}

#[test]
fn the_data_folder_is_never_a_target() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let (code, _, err) = run(&["init", "minby", "--fra", "sirdal", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    for ut in [
        data.clone(),
        data.join("kommuner/ut"),
        dir.path().to_path_buf(),
    ] {
        let (code, _, err) = run(&[
            "--data",
            data.to_str().unwrap(),
            "nettside",
            ut.to_str().unwrap(),
            "--overskriv",
        ]);
        assert_eq!(code, 1, "{ut:?}: {err}");
        assert!(err.contains("datamappen"), "{err}");
    }
    assert!(!data.join("kommuner/ut").exists());
}

#[test]
fn a_failed_build_leaves_the_old_site_whole_and_nothing_beside_it() {
    // A 250-character id: its `.ics` name is too long for the file system.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let id = "a".repeat(250);
    let (code, _, err) = run(&["init", &id, "--fra", "sirdal", data.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let ut = dir.path().join("ut");
    assert_eq!(bygg(&ut, &[]).0, 0);
    let for_ = std::fs::read(ut.join("index.html")).unwrap();
    let (code, _, err) = run(&[
        "--data",
        data.to_str().unwrap(),
        "nettside",
        ut.to_str().unwrap(),
        "--overskriv",
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("kan ikke skrive"), "{err}");
    assert!(!err.contains("lesetilgang"), "{err}");
    assert_eq!(std::fs::read(ut.join("index.html")).unwrap(), for_);
    assert!(ut.join("sirdal-frister.ics").is_file());
    bare(dir.path(), &["data", "ut"]);
}

#[test]
fn write_errors_say_kan_ikke_skrive() {
    let dir = tree(&[("fil", "x")]);
    // The target is a file.
    let (code, err) = bygg(&dir.path().join("fil"), &[]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("kan ikke skrive") && err.contains("er en fil"),
        "{err}"
    );
    // A folder that cannot be written (skipped as root, who may write anyway).
    let ro = dir.path().join("ro");
    std::fs::create_dir(&ro).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(ro.join("probe"), "x").is_err() {
        let (code, err) = bygg(&ro.join("ut"), &[]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("kan ikke skrive"), "{err}");
    }
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o755)).unwrap();
    // The target itself a symlink: refused, not followed.
    let mappe = dir.path().join("mappe");
    std::fs::create_dir(&mappe).unwrap();
    let lenke = dir.path().join("lenke");
    std::os::unix::fs::symlink(&mappe, &lenke).unwrap();
    let (code, err) = bygg(&lenke, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("symbolsk lenke"), "{err}");
    assert_eq!(std::fs::read_dir(&mappe).unwrap().count(), 0);
}

#[test]
fn two_builds_into_one_folder_at_once_never_mix() {
    let dir = tempfile::tempdir().unwrap();
    let ut = dir.path().join("ut");
    let ut_s = ut.to_str().unwrap().to_string();
    let barn: Vec<_> = ["sirdal", "sogndal"]
        .iter()
        .map(|k| {
            std::process::Command::new(assert_cmd::cargo::cargo_bin("bti"))
                .args(["-k", k, "nettside", &ut_s, "--overskriv"])
                .env("XDG_CONFIG_HOME", "/nonexistent-bti-test-config")
                .env_remove("BTI_DATA")
                .env_remove("BTI_KOMMUNE")
                .env_remove("BTI_MAALFORM")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for b in barn {
        let out = b.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Every page is of one build: one language throughout.
    let lang: std::collections::BTreeSet<String> = manifest(&ut)
        .iter()
        .filter(|f| f.ends_with(".html"))
        .map(|f| {
            let s = std::fs::read_to_string(ut.join(f)).unwrap();
            let i = s.find("lang=\"").unwrap();
            s[i + 6..i + 8].to_string()
        })
        .collect();
    assert_eq!(lang.len(), 1, "{lang:?}");
    bare(dir.path(), &["ut"]);
}
