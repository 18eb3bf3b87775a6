//! JSON Schemas for the data files, generated from the model that loads
//! them (schemars reads the same serde attributes), for TOML editors (taplo,
//! Even Better TOML) to flag unknown keys and complete key names. The
//! committed copies in `schema/` are kept fresh by a test; `bti init` writes
//! them beside the data and points each template at its schema with a
//! `#:schema` line.

use schemars::JsonSchema;
use schemars::generate::SchemaSettings;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::model::*;
use super::model::{Kilde, KilderFil, ascii_nokkel};

/// The data files with a schema: (stem, what the file holds).
pub const FILER: &[(&str, &str)] = &[
    ("kommune", "kommunen"),
    ("tjenester", "tjenestene"),
    ("arenaer", "samhandlingsarenaene"),
    ("framdrift", "framdriftsplanen"),
    ("veileder", "handlingsveilederen"),
    ("roller", "rollene"),
    ("lovverk", "lovverket (nasjonalt)"),
    ("nodnummer", "nødnumrene (nasjonalt)"),
    ("kilder", "kilderegisteret"),
    ("synonymer", "søkesynonymene"),
];

/// The schema file's name for a stem.
pub fn filnavn(stem: &str) -> String {
    format!("{stem}.schema.json")
}

/// The schema of the file `stem`, as pretty JSON with a final newline.
pub fn skjema(stem: &str) -> Option<String> {
    let (mut v, rot) = match stem {
        "kommune" => lag::<Kommune>(),
        "tjenester" => lag::<TjenesterFil>(),
        "arenaer" => lag::<ArenaerFil>(),
        "framdrift" => lag::<FramdriftFil>(),
        "veileder" => lag::<VeilederSkjema>(),
        "roller" => lag::<RollerFil>(),
        "lovverk" => lag::<LovverkFil>(),
        "nodnummer" => lag::<NodnummerFil>(),
        "kilder" => lag::<KilderFil>(),
        "synonymer" => lag::<SynonymerFil>(),
        _ => return None,
    };
    uten_beskrivelse(&mut v);
    if let Some(o) = v.as_object_mut() {
        aliaser(o, &rot);
        if let Some(Value::Object(defs)) = o.get_mut("definitions") {
            for (navn, def) in defs.iter_mut() {
                if let (Some(felter), Some(d)) = (felter_for(navn), def.as_object_mut()) {
                    aliaser(d, &felter);
                }
            }
        }
        o.insert("title".into(), Value::String(format!("bti: {stem}.toml")));
    }
    let mut s = serde_json::to_string_pretty(&v).ok()?;
    s.push('\n');
    Some(s)
}

fn lag<T: JsonSchema + DeserializeOwned>() -> (Value, Vec<String>) {
    let g = SchemaSettings::draft07().for_deserialize().into_generator();
    (g.into_root_schema_for::<T>().to_value(), felter::<T>())
}

/// The keys serde accepts for `T`, aliases included, read from the message
/// it gives for a key it does not know: the serde attributes stay the one truth.
fn felter<T: DeserializeOwned>() -> Vec<String> {
    let Err(e) = serde_json::from_str::<T>("{\"\\u0001\": 0}") else {
        return Vec::new();
    };
    let msg = e.to_string();
    let Some(rest) = msg.split_once("expected ").map(|(_, r)| r) else {
        return Vec::new();
    };
    rest.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn felter_for(def: &str) -> Option<Vec<String>> {
    Some(match def {
        "Modellnivaa" => felter::<Modellnivaa>(),
        "Tjeneste" => felter::<Tjeneste>(),
        "Arena" => felter::<Arena>(),
        "Plan" => felter::<Plan>(),
        "Aktivitet" => felter::<Aktivitet>(),
        "Nivaa" => felter::<Nivaa>(),
        "Guide" => felter::<Guide>(),
        "VeilederArv" => felter::<VeilederArv>(),
        "GuideArv" => felter::<GuideArv>(),
        "NodeArv" => felter::<NodeArv>(),
        "UtfallArv" => felter::<UtfallArv>(),
        "Veileder" => felter::<Veileder>(),
        "Node" => felter::<Node>(),
        "Valg" => felter::<Valg>(),
        "Utfall" => felter::<Utfall>(),
        "Rolle" => felter::<Rolle>(),
        "Lov" => felter::<Lov>(),
        "Nummer" => felter::<Nummer>(),
        "Kilde" => felter::<Kilde>(),
        "Synonym" => felter::<Synonym>(),
        _ => return None,
    })
}

/// Every key any data file knows, aliases included (for the hint on a bare
/// key with æ, ø or å: suggest a key that exists, not only its ASCII form).
pub fn alle_nokler() -> Vec<String> {
    const DEFS: &[&str] = &[
        "Modellnivaa",
        "Tjeneste",
        "Arena",
        "Plan",
        "Aktivitet",
        "Nivaa",
        "Guide",
        "Node",
        "Valg",
        "Utfall",
        "Rolle",
        "Lov",
        "Nummer",
        "Kilde",
        "Synonym",
        "GuideArv",
    ];
    let mut keys: Vec<String> = DEFS
        .iter()
        .filter_map(|d| felter_for(d))
        .flatten()
        .collect();
    keys.extend(felter::<Kommune>());
    keys.sort();
    keys.dedup();
    keys
}

/// `"nivå"` beside `nivaa`: every alias serde accepts gets its key's schema.
fn aliaser(obj: &mut Map<String, Value>, felter: &[String]) {
    let Some(Value::Object(props)) = obj.get_mut("properties") else {
        return;
    };
    for f in felter {
        if props.contains_key(f) {
            continue;
        }
        let ascii = ascii_nokkel(f);
        if let Some(s) = props.get(&ascii).cloned() {
            props.insert(f.clone(), s);
        }
    }
}

/// The doc comments are notes for programmers, in English: not for the
/// coordinator's editor. And TOML has no null: an optional key is one that
/// is left out.
fn uten_beskrivelse(v: &mut Value) {
    match v {
        Value::Object(o) => {
            o.remove("description");
            if let Some(Value::Array(types)) = o.get_mut("type") {
                types.retain(|t| t != "null");
                if let [one] = types.as_slice() {
                    let one = one.clone();
                    o.insert("type".into(), one);
                }
            }
            if let Some(Value::Array(any)) = o.get_mut("anyOf") {
                any.retain(|a| a.get("type").is_none_or(|t| t != "null"));
                if let [one] = any.as_slice()
                    && let Some(inner) = one.as_object().cloned()
                {
                    o.remove("anyOf");
                    o.extend(inner);
                }
            }
            for (_, x) in o.iter_mut() {
                uten_beskrivelse(x);
            }
        }
        Value::Array(a) => a.iter_mut().for_each(uten_beskrivelse),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed schemas are what the model generates. To refresh them:
    /// `BTI_OPPDATER_SKJEMA=1 cargo test --lib skjema`.
    #[test]
    fn skjemaene_i_schema_er_oppdatert() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        let oppdater = std::env::var_os("BTI_OPPDATER_SKJEMA").is_some();
        for (stem, _) in FILER {
            let want = skjema(stem).unwrap();
            let path = dir.join(filnavn(stem));
            if oppdater {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &want).unwrap();
                continue;
            }
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is stale or missing; refresh with: BTI_OPPDATER_SKJEMA=1 cargo test --lib skjema",
                path.display()
            );
        }
    }

    #[test]
    fn skjema_kjenner_aliaset_og_nekter_ukjente_nokler() {
        let v: Value = serde_json::from_str(&skjema("tjenester").unwrap()).unwrap();
        let t = &v["definitions"]["Tjeneste"];
        assert_eq!(t["additionalProperties"], false);
        assert!(t["properties"]["nivå"].is_object(), "{t}");
        assert!(t["properties"]["nivaa"].is_object());
        let req: Vec<&str> = t["required"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.as_str().unwrap())
            .collect();
        assert_eq!(req, ["id", "navn", "kategori"]);
    }
}
