//! The embedded data in the form build.rs pre-parsed it to (JSON of the
//! TOML document), read straight into the model through serde_json. A thin
//! wrapper around serde_json's deserializer answers `toml::Spanned` with an
//! empty span: the loader uses this form only while nothing is wrong, and
//! parses the TOML when there is a problem to point at with line and column.

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, IntoDeserializer, MapAccess, SeqAccess,
    Visitor,
};

/// `toml::Spanned`'s private names (serde_spanned's wire protocol).
const SPANNED: &str = "$__serde_spanned_private_Spanned";
const SPAN_FIELDS: [&str; 3] = [
    "$__serde_spanned_private_start",
    "$__serde_spanned_private_end",
    "$__serde_spanned_private_value",
];

/// The document in `json` as a `T`, or `None` when it is not one (then the
/// caller parses the TOML, which says why).
pub fn from_json<T: DeserializeOwned>(json: &str) -> Option<T> {
    let mut d = serde_json::Deserializer::from_str(json);
    let v = T::deserialize(Json(&mut d)).ok()?;
    d.end().ok()?;
    Some(v)
}

/// A deserializer of the JSON form: everything goes to serde_json, but for
/// `Spanned`. Each value it hands on is wrapped again (`Wrap`), so the rule
/// holds at every depth.
struct Json<D>(D);

/// Wraps what serde hands back and forth (visitors, seeds, accessors) so
/// that nested values are read through `Json` too.
struct Wrap<T>(T);

macro_rules! forward_deserialize {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
            self.0.$method(Wrap(v))
        }
    )*};
}

impl<'de, D: de::Deserializer<'de>> de::Deserializer<'de> for Json<D> {
    type Error = D::Error;

    forward_deserialize! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrap(v))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(v))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(v))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(v))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        if name == SPANNED {
            v.visit_map(Span {
                value: Some(self.0),
                step: 0,
            })
        } else {
            self.0.deserialize_struct(name, fields, Wrap(v))
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrap(v))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty))*) => {$(
        fn $method<E: de::Error>(self, x: $ty) -> Result<V::Value, E> {
            self.0.$method(x)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        self.0.expecting(f)
    }

    forward_visit! {
        visit_bool(bool) visit_i8(i8) visit_i16(i16) visit_i32(i32) visit_i64(i64)
        visit_i128(i128) visit_u8(u8) visit_u16(u16) visit_u32(u32) visit_u64(u64)
        visit_u128(u128) visit_f32(f32) visit_f64(f64) visit_char(char) visit_str(&str)
        visit_borrowed_str(&'de str) visit_string(String) visit_bytes(&[u8])
        visit_borrowed_bytes(&'de [u8]) visit_byte_buf(Vec<u8>)
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: de::Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Json(d))
    }

    fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Json(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Wrap(a))
    }

    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Wrap(a))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, a: A) -> Result<V::Value, A::Error> {
        // The model's enums are unit variants named by a string: nothing
        // nested to wrap.
        self.0.visit_enum(a)
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Wrap(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Wrap<S> {
    type Value = S::Value;

    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Json(d))
    }
}

/// `Spanned`'s three fields: start and end 0, then the value.
struct Span<D> {
    value: Option<D>,
    step: usize,
}

impl<'de, D: de::Deserializer<'de>> MapAccess<'de> for Span<D> {
    type Error = D::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, D::Error> {
        match SPAN_FIELDS.get(self.step) {
            Some(key) => seed
                .deserialize(BorrowedStrDeserializer::<D::Error>::new(key))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, D::Error> {
        self.step += 1;
        if self.step < SPAN_FIELDS.len() {
            return seed.deserialize(0u64.into_deserializer());
        }
        match self.value.take() {
            Some(d) => seed.deserialize(Json(d)),
            None => Err(de::Error::custom("Spanned lest to ganger")),
        }
    }
}

/// `{:?}` of a value with the spans left out, to compare the two forms.
#[cfg(test)]
pub fn debug_uten_span<T: std::fmt::Debug>(v: &T) -> String {
    let s = format!("{v:?}");
    let mut out = String::new();
    let mut rest = s.as_str();
    while let Some(i) = rest.find("span: ") {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let end = rest.find(',').unwrap_or(rest.len());
        rest = &rest[end..];
    }
    out + rest
}

#[cfg(test)]
mod tests {
    use super::{debug_uten_span, from_json};
    use crate::data::model::{FramdriftFil, TjenesterFil};

    /// The same document read from TOML and from its JSON form, spans aside.
    fn same<T: serde::de::DeserializeOwned + std::fmt::Debug>(toml_text: &str) {
        let table: toml::Table = toml::from_str(toml_text).unwrap();
        let json = serde_json::to_string(&table).unwrap();
        let a: T = toml::from_str(toml_text).unwrap();
        let b: T = from_json(&json).unwrap();
        assert_eq!(debug_uten_span(&a), debug_uten_span(&b));
    }

    #[test]
    fn reads_what_toml_reads() {
        same::<TjenesterFil>(
            "[[tjeneste]]\nid = \"ppt\"\nnavn = \"PPT\"\nkategori = \"ppt\"\nnivaa = [1, 2]\n",
        );
        same::<FramdriftFil>(
            "[[plan]]\nid = \"p\"\nnavn = \"P\"\nstart = 2018-01-01\nslutt = \"2018-12-31\"\n\
             [[plan.aktivitet]]\nid = \"a\"\nhva = \"A\"\nfrist = \"Uke 10\"\nstatus = \"fullfort\"\n",
        );
    }

    #[test]
    fn refuses_what_the_model_refuses() {
        assert!(from_json::<TjenesterFil>(r#"{"tjeneste":[{"id":"x","ukjent":1}]}"#).is_none());
        assert!(from_json::<TjenesterFil>("not json").is_none());
    }
}
