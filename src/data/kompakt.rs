//! The embedded data in the form build.rs pre-parsed it to (JSON of the
//! TOML document), read into the model by a small serde `Deserializer`. It
//! answers `toml::Spanned` with an empty span: the loader uses this form only
//! while nothing is wrong, and parses the TOML when there is a problem to
//! point at with line and column.

use std::borrow::Cow;

use serde::de::value::{BorrowedStrDeserializer, Error};
use serde::de::{
    self, Deserialize, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess,
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
    let value: Value = serde_json::from_str(json).ok()?;
    T::deserialize(Node(&value)).ok()
}

/// A JSON value held as plainly as it can be: strings borrowed from the
/// text where they have no escapes, tables as lists in document order
/// (no hashing: the model's derive looks each key up itself).
#[derive(Debug)]
enum Value<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Cow<'a, str>),
    Arr(Vec<Value<'a>>),
    Map(Vec<(Cow<'a, str>, Value<'a>)>),
}

impl<'de> Deserialize<'de> for Value<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value<'de>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Value<'de>, E> {
        Ok(Value::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Value<'de>, E> {
        Ok(Value::Bool(b))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Value<'de>, E> {
        Ok(Value::Int(i))
    }
    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value<'de>, E> {
        i64::try_from(u)
            .map(Value::Int)
            .map_err(|_| E::custom("tall utenfor rekkevidde"))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Value<'de>, E> {
        Ok(Value::Float(f))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> Result<Value<'de>, E> {
        Ok(Value::Str(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Value<'de>, A::Error> {
        let mut v = Vec::with_capacity(a.size_hint().unwrap_or(0));
        while let Some(x) = a.next_element()? {
            v.push(x);
        }
        Ok(Value::Arr(v))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Value<'de>, A::Error> {
        let mut v = Vec::new();
        while let Some((k, x)) = a.next_entry::<Key<'de>, Value<'de>>()? {
            v.push((k.0, x));
        }
        Ok(Value::Map(v))
    }
}

/// A table key, borrowed when it can be.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: de::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        match Value::deserialize(d)? {
            Value::Str(s) => Ok(Key(s)),
            _ => Err(de::Error::custom("ventet en tekst")),
        }
    }
}

/// One value of the document.
#[derive(Clone, Copy)]
struct Node<'a>(&'a Value<'a>);

impl<'de> de::Deserializer<'de> for Node<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Int(i) => visitor.visit_i64(*i),
            Value::Float(f) => visitor.visit_f64(*f),
            Value::Str(s) => visitor.visit_str(s),
            Value::Arr(a) => visitor.visit_seq(de::value::SeqDeserializer::new(a.iter().map(Node))),
            // A TOML date is the map `{"$__toml_private_datetime": "…"}`,
            // which toml's `Datetime` reads like any other map.
            Value::Map(o) => visitor.visit_map(de::value::MapDeserializer::new(
                o.iter().map(|(k, v)| (k.as_ref(), Node(v))),
            )),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name == SPANNED {
            visitor.visit_map(Span {
                node: self,
                step: 0,
            })
        } else {
            let _ = fields;
            self.deserialize_any(visitor)
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Str(s) => visitor.visit_enum(BorrowedStrDeserializer::<Error>::new(s)),
            _ => Err(de::Error::custom("ventet en tekst")),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map identifier
        ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Error> for Node<'de> {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}

/// `Spanned`'s three fields: start and end 0, then the value.
struct Span<'a> {
    node: Node<'a>,
    step: usize,
}

impl<'de> MapAccess<'de> for Span<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        match SPAN_FIELDS.get(self.step) {
            Some(key) => seed
                .deserialize(BorrowedStrDeserializer::<Error>::new(key))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        self.step += 1;
        if self.step == SPAN_FIELDS.len() {
            seed.deserialize(self.node)
        } else {
            seed.deserialize(0u64.into_deserializer())
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
