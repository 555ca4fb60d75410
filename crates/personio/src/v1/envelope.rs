//! The v1 envelope around every answer, and the decoding that names what was unexpected.
//!
//! v1 wraps data as `{"success": true, "metadata": {...}, "data": ...}` and errors as
//! `{"success": false, "error": {"code", "message"}}`. Items are `{"type", "attributes"}`, and
//! employee attributes are wrapped once more as `{"label", "value", "type", "universal_id"}`.
//! Decoding failures become [`PersonioError::Unexpected`] with the endpoint and the JSON path.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer};
use serde_json::Value;

use crate::error::PersonioError;
use crate::v1::paging::Metadata;

/// The `data` of an answer with its paging metadata.
#[derive(Debug)]
pub(crate) struct Page<T> {
    pub items: T,
    pub metadata: Option<Metadata>,
}

impl<T> Page<Vec<T>> {
    /// The same page with every item converted.
    pub fn map<U>(self, convert: impl FnMut(T) -> U) -> Page<Vec<U>> {
        Page {
            items: self.items.into_iter().map(convert).collect(),
            metadata: self.metadata,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Raw {
    success: Option<bool>,
    data: Option<Value>,
    metadata: Option<Value>,
}

/// Decodes an answer's envelope and its `data` as `T`.
pub(crate) fn decode<T: DeserializeOwned>(
    label: &str,
    body: &[u8],
) -> Result<Page<T>, PersonioError> {
    let raw: Raw = serde_json::from_slice(body).map_err(|e| not_json(label, &e))?;
    if raw.success == Some(false) {
        let message = error_message(body).unwrap_or_else(|| "no message".to_owned());
        return Err(PersonioError::unexpected(
            label,
            format!("Personio reported a failure: {message}"),
        ));
    }
    let data = raw
        .data
        .ok_or_else(|| PersonioError::unexpected(label, "the answer has no `data`"))?;
    let items = from_value(label, "data", data)?;
    let metadata = match raw.metadata {
        None | Some(Value::Null) => None,
        Some(value) => Some(from_value(label, "metadata", value)?),
    };
    Ok(Page { items, metadata })
}

/// Deserializes a JSON value, naming the path of the first field that did not fit.
pub(crate) fn from_value<T: DeserializeOwned>(
    label: &str,
    root: &str,
    value: Value,
) -> Result<T, PersonioError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let at = match path.as_str() {
            "." => root.to_owned(),
            p if p.starts_with('[') => format!("{root}{p}"),
            p => format!("{root}.{p}"),
        };
        PersonioError::unexpected(
            label,
            format!("`{at}` has an unexpected type: {}", e.inner()),
        )
    })
}

fn not_json(label: &str, error: &serde_json::Error) -> PersonioError {
    let detail = if error.is_eof() {
        "the JSON ended early (truncated body)".to_owned()
    } else {
        format!(
            "the body is not valid JSON (line {}, column {})",
            error.line(),
            error.column()
        )
    };
    PersonioError::unexpected(label, detail)
}

/// The server's own message from a v1 (`error.message`) or v2 (`errors[0].detail`) error body.
pub(crate) fn error_message(body: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let message = value
        .pointer("/error/message")
        .or_else(|| value.pointer("/errors/0/detail"))
        .or_else(|| value.pointer("/errors/0/title"))
        .or_else(|| value.get("message"))?
        .as_str()?
        .trim();
    let short: String = message.chars().take(200).collect();
    (!short.is_empty()).then_some(short)
}

/// An item that may come as `{"type": "...", "attributes": {...}}` or as the bare attributes.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Typed<T>(pub T);

impl<'de, T: DeserializeOwned> Deserialize<'de> for Typed<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut value = Value::deserialize(d)?;
        let mut prefix = "";
        if let Some(attributes) = value.get_mut("attributes") {
            value = attributes.take();
            prefix = "attributes.";
        }
        // The outer path stops here (a Value is re-read), so the inner path goes in the message.
        serde_path_to_error::deserialize(value)
            .map(Typed)
            .map_err(|e| {
                serde::de::Error::custom(format!("at {prefix}{}: {}", e.path(), e.inner()))
            })
    }
}

/// The `value` of an employee attribute wrapped as `{"label", "value", "type", "universal_id"}`,
/// or the value itself when it is not wrapped.
pub(crate) fn attribute_value(attribute: &Value) -> &Value {
    match attribute.as_object() {
        Some(object) if object.contains_key("value") && object.contains_key("label") => {
            &object["value"]
        }
        _ => attribute,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_truncated_body_is_named_as_such() {
        let error = decode::<Value>("x", br#"{"success": true, "data": [{"#).unwrap_err();
        assert!(
            error.to_string().contains("truncated"),
            "a cut-off body must be reported as truncated, got: {error}"
        );
    }

    #[test]
    fn a_wrong_type_names_the_path() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            id: u64,
        }
        let body = br#"{"success": true, "data": [{"id": 1}, {"id": {"nested": true}}]}"#;
        let error = decode::<Vec<Item>>("time-offs", body).unwrap_err();
        assert!(
            error.to_string().contains("data[1].id"),
            "the error must point at the field that did not fit, got: {error}"
        );
    }

    #[test]
    fn success_false_carries_the_server_message() {
        let body = br#"{"success": false, "error": {"code": 0, "message": "Es ist ein Problem aufgetreten "}}"#;
        let error = decode::<Value>("balance", body).unwrap_err();
        assert!(
            error.to_string().contains("Es ist ein Problem aufgetreten"),
            "the server's message helps support, got: {error}"
        );
    }

    #[test]
    fn attributes_may_be_wrapped_or_bare() {
        let wrapped = json!({"label": "E-Mail", "value": "a@b.de", "type": "standard", "universal_id": "email"});
        assert_eq!(
            attribute_value(&wrapped),
            &json!("a@b.de"),
            "the wrapper is removed"
        );
        assert_eq!(
            attribute_value(&json!("a@b.de")),
            &json!("a@b.de"),
            "a bare value is kept"
        );
        let typed: Typed<Value> =
            serde_json::from_value(json!({"type": "T", "attributes": {"a": 1}})).unwrap();
        assert_eq!(
            typed.0,
            json!({"a": 1}),
            "typed items are unwrapped to their attributes"
        );
    }
}
