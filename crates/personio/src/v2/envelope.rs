//! v2 answers: `{"_data": …, "_meta": {"links": {"next": {"href"}}}}` lists, and the error
//! envelope `{"personio_trace_id", "timestamp", "errors": [{"title", "detail", "type"}]}`.
//!
//! A failed request becomes an error that keeps Personio's trace id (users send it to
//! support): 401/403 mean the credential lacks the area's scope ([`PersonioError::MissingScope`],
//! so the caller can record that area as missing and go on), another 4xx is a refusal with
//! Personio's reason ([`PersonioError::Refused`]). A list without `_data` is refused rather than
//! read as empty: a sync replaces its window with what comes back.

use reqwest::StatusCode;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{trace_text, PersonioError};
use crate::executor::{Answer, Executor};
use crate::scope::Area;
use crate::v1::envelope::from_value;
use crate::v1::lenient;

/// Errors listed in a message at most; the rest are counted.
const MAX_REASONS: usize = 3;
/// A reason longer than this is cut.
const MAX_REASON_CHARS: usize = 300;

/// What an error body says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Failure {
    pub trace_id: Option<String>,
    /// `title: detail` of each error, joined with `; `.
    pub reason: Option<String>,
}

/// Reads an error body; anything unreadable is an empty [`Failure`].
pub(crate) fn failure(body: &[u8]) -> Failure {
    let Ok(value) = serde_json::from_slice::<Value>(body) else {
        return Failure::default();
    };
    let trace_id = value
        .get("personio_trace_id")
        .and_then(lenient::text_of)
        .map(|t| t.chars().filter(|c| !c.is_control()).take(100).collect())
        .filter(|t: &String| !t.trim().is_empty());
    let errors = value
        .get("errors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut reasons: Vec<String> = errors
        .iter()
        .take(MAX_REASONS)
        .filter_map(|e| {
            let part = |key| e.get(key).and_then(Value::as_str).map(str::trim);
            match (part("title"), part("detail")) {
                (Some(t), Some(d)) if !t.is_empty() && !d.is_empty() && t != d => {
                    Some(format!("{t}: {d}"))
                }
                (_, Some(d)) if !d.is_empty() => Some(d.to_owned()),
                (Some(t), _) if !t.is_empty() => Some(t.to_owned()),
                _ => None,
            }
        })
        .collect();
    if errors.len() > MAX_REASONS {
        reasons.push(format!("and {} more", errors.len() - MAX_REASONS));
    }
    let reason =
        (!reasons.is_empty()).then(|| reasons.join("; ").chars().take(MAX_REASON_CHARS).collect());
    Failure { trace_id, reason }
}

/// The body of a successful answer, or the error its status and envelope say.
pub(crate) fn checked(
    exec: &Executor,
    label: &str,
    area: Area,
    answer: Answer,
) -> Result<Vec<u8>, PersonioError> {
    let status = answer.status;
    if status.is_success() {
        return Ok(answer.body);
    }
    let Failure { trace_id, reason } = failure(&answer.body);
    let reason = reason.map(|r| exec.scrub(&r));
    match status {
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN => {
            tracing::debug!(endpoint = label, ?area, "v2 area refused: missing scope");
            Err(PersonioError::MissingScope { area, trace_id })
        }
        status if status.is_client_error() => Err(PersonioError::Refused {
            endpoint: label.to_owned(),
            status: status.as_u16(),
            reason: reason.unwrap_or_else(|| format!("HTTP {status}")),
            trace_id,
        }),
        status => {
            let said = reason.map(|r| format!(" ({r})")).unwrap_or_default();
            Err(PersonioError::unexpected(
                label,
                format!("HTTP {status}{said}{}", trace_text(trace_id.as_deref())),
            ))
        }
    }
}

/// One page of a v2 list.
#[derive(Debug)]
pub(crate) struct ListPage<T> {
    pub items: Vec<T>,
    /// `_meta.links.next.href`, when there is a next page.
    pub next: Option<String>,
    /// `_meta.total_elements` (or `_meta.total`), when the answer counts its items.
    pub total: Option<u64>,
}

/// Decodes a list answer; `_data` must be there (an empty list is `[]`, not nothing).
pub(crate) fn decode_list<T: DeserializeOwned>(
    label: &str,
    body: &[u8],
) -> Result<ListPage<T>, PersonioError> {
    let mut value = json(label, body)?;
    let data = match value.get_mut("_data").map(Value::take) {
        None | Some(Value::Null) => {
            return Err(PersonioError::unexpected(
                label,
                "the answer has no `_data` list; it is not used, so nothing stored is replaced",
            ))
        }
        Some(data) => data,
    };
    let items = from_value(label, "_data", data)?;
    let meta = value.get("_meta");
    let next = meta
        .and_then(|m| m.pointer("/links/next/href"))
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(str::to_owned);
    let total = meta
        .and_then(|m| m.get("total_elements").or_else(|| m.get("total")))
        .and_then(lenient::u64_of);
    Ok(ListPage { items, next, total })
}

/// The id of a created resource: `{"_data": {"id"}}` or `{"id"}`, a string or a number.
pub(crate) fn created_id(label: &str, body: &[u8]) -> Result<String, PersonioError> {
    let value = json(label, body)?;
    value
        .pointer("/_data/id")
        .or_else(|| value.get("id"))
        .and_then(lenient::text_of)
        .map(|id| id.trim().to_owned())
        .filter(|id| !id.is_empty())
        .ok_or_else(|| {
            PersonioError::unexpected(
                label,
                "the answer names no id (neither `_data.id` nor `id`); read the day back before \
                 trying again, the period may exist",
            )
        })
}

fn json(label: &str, body: &[u8]) -> Result<Value, PersonioError> {
    serde_json::from_slice(body).map_err(|e| {
        let detail = if e.is_eof() {
            "the JSON ended early (truncated body)".to_owned()
        } else {
            format!(
                "the body is not valid JSON (line {}, column {})",
                e.line(),
                e.column()
            )
        };
        PersonioError::unexpected(label, detail)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_envelope_keeps_trace_id_and_reasons() {
        let body = br#"{"personio_trace_id": "abc-1", "timestamp": "2026-06-01T09:00:00",
            "errors": [{"title": "Overlap", "detail": "Overlaps another period", "type": "x"},
                       {"title": "Locked", "detail": "Locked"}]}"#;
        assert_eq!(
            failure(body),
            Failure {
                trace_id: Some("abc-1".into()),
                reason: Some("Overlap: Overlaps another period; Locked".into()),
            },
            "title and detail of each error are kept, a repeated title once"
        );
        assert_eq!(
            failure(b"<html>"),
            Failure::default(),
            "a body that is no envelope says nothing, and nothing fails"
        );
    }

    #[test]
    fn lists_need_data_and_may_link_on() {
        let page: ListPage<Value> = decode_list(
            "x",
            br#"{"_data": [1, 2], "_meta": {"links": {"next": {"href": "/v2/x?cursor=a"}}}}"#,
        )
        .unwrap();
        assert_eq!(
            (page.items.len(), page.next.as_deref()),
            (2, Some("/v2/x?cursor=a")),
            "items and the next link are read"
        );
        let last: ListPage<Value> =
            decode_list("x", br#"{"_data": [], "_meta": {"links": {"next": null}}}"#).unwrap();
        assert_eq!(last.next, None, "a null next link ends the list");
        let error = decode_list::<Value>("persons", br#"{"_meta": {}}"#).unwrap_err();
        assert!(
            error.to_string().contains("no `_data`"),
            "an answer without `_data` must not read as an empty list: {error}"
        );
    }

    #[test]
    fn created_ids_come_in_two_shapes() {
        for body in [
            &br#"{"_data": {"id": "42"}}"#[..],
            br#"{"id": 42}"#,
            br#"{"_data": {"id": 42, "type": "WORK"}}"#,
        ] {
            assert_eq!(
                created_id("x", body).unwrap(),
                "42",
                "{} names the id 42",
                String::from_utf8_lossy(body)
            );
        }
        assert!(
            created_id("x", br#"{"_data": {}}"#).is_err(),
            "a create without an id cannot be linked to its entry"
        );
    }
}
