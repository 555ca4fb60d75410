//! Forgiving readers for values Personio sends in more than one JSON type.
//!
//! Paging numbers arrive as `1` or `"1"`, half-day flags as `true` or `1`, ids as numbers or
//! strings [seen]. Each reader accepts every variant we know of and names the value when it
//! meets one it does not, so an "unexpected response" error can say what was unexpected.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

/// A non-negative integer from a number or a numeric string.
pub(crate) fn u64_of(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64().or_else(|| {
            n.as_f64()
                .filter(|f| f.fract() == 0.0 && *f >= 0.0)
                .map(|f| f as u64)
        }),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A number from a number or a numeric string (with `.` or `,` as decimal mark).
pub(crate) fn f64_of(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', ".").parse().ok(),
        _ => None,
    }
}

/// A flag from `true`/`false`, `0`/`1`, or those as strings.
pub(crate) fn bool_of(value: &Value) -> Option<bool> {
    match value {
        Value::Bool(b) => Some(*b),
        Value::Null => Some(false),
        Value::Number(n) => match n.as_u64() {
            Some(0) => Some(false),
            Some(1) => Some(true),
            _ => None,
        },
        Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
            "0" | "false" | "" => Some(false),
            "1" | "true" => Some(true),
            _ => None,
        },
        _ => None,
    }
}

/// Text from a string, or a number written as text (ids); `None` for anything else.
pub(crate) fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn read<'de, D, T>(d: D, what: &str, convert: fn(&Value) -> Option<T>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Value::deserialize(d)?;
    convert(&value).ok_or_else(|| D::Error::custom(format!("expected {what}, got {value}")))
}

pub(crate) fn u64<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    read(d, "an integer", u64_of)
}

pub(crate) fn u32<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    read(d, "a non-negative integer", |v| {
        u64_of(v)
            .or_else(|| f64_of(v).filter(|f| *f >= 0.0).map(|f| f.round() as u64))
            .and_then(|n| u32::try_from(n).ok())
    })
}

pub(crate) fn f64<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    read(d, "a number", f64_of)
}

pub(crate) fn bool<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    read(d, "true/false or 0/1", bool_of)
}

pub(crate) fn text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    read(d, "a string", text_of)
}

/// Optional text: `null` and missing are `None`.
pub(crate) fn opt_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let value = Value::deserialize(d)?;
    match value {
        Value::Null => Ok(None),
        other => text_of(&other)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected a string or null, got {other}"))),
    }
}

/// An optional paging number: `null`, a number or a numeric string.
pub(crate) fn opt_u64<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    let value = Value::deserialize(d)?;
    match value {
        Value::Null => Ok(None),
        other => u64_of(&other)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected an integer or null, got {other}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn numbers_may_be_strings() {
        assert_eq!(u64_of(&json!("3")), Some(3), "paging sends \"3\" at times");
        assert_eq!(u64_of(&json!(3)), Some(3), "and 3 at others");
        assert_eq!(
            u64_of(&json!(3.0)),
            Some(3),
            "an integral float is an integer"
        );
        assert_eq!(u64_of(&json!("x")), None, "garbage is not a number");
        assert_eq!(
            f64_of(&json!("2,5")),
            Some(2.5),
            "a German decimal comma is read"
        );
    }

    #[test]
    fn half_day_flags_come_as_bool_or_zero_one() {
        for (value, expected) in [
            (json!(true), Some(true)),
            (json!(false), Some(false)),
            (json!(1), Some(true)),
            (json!(0), Some(false)),
            (json!("1"), Some(true)),
            (json!(null), Some(false)),
            (json!(2), None),
        ] {
            assert_eq!(
                bool_of(&value),
                expected,
                "half-day flag {value} must read as {expected:?}"
            );
        }
    }
}
