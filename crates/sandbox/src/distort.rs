//! Reshaping a finished JSON body: the body-level faults and the "paging as strings" variant.
//!
//! Pure functions on `serde_json::Value`, so each fault's exact effect is pinned by a unit test
//! and documented in one place. Two kinds of lying paging are kept apart on purpose: a link to
//! one empty page more ([`claim_extra_page`], counts still true) is something a client must
//! accept, while items missing from what `metadata` counts ([`drop_items`]) is a contradiction
//! a client must refuse before it replaces stored data.
//!
//! v2 answers carry their items in `_data` (fields directly on each item) and their paging in
//! `_meta.links`; every function treats them the same way as v1's `data` and `metadata`.

use serde_json::{json, Value};

/// Strings become `12345`, numbers become `true`, booleans become `"yes"`, everywhere inside
/// `data`. Keys and the envelope stay, so a client fails on types, not on shape.
pub fn wrong_types(body: &mut Value) {
    if let Some(data) = items_mut(body) {
        flip(data);
    }
}

/// `data` (v1) or `_data` (v2).
fn items_mut(body: &mut Value) -> Option<&mut Value> {
    let key = if body.get("_data").is_some() {
        "_data"
    } else {
        "data"
    };
    body.get_mut(key)
}

fn flip(value: &mut Value) {
    match value {
        Value::String(_) => *value = json!(12345),
        Value::Number(_) => *value = json!(true),
        Value::Bool(_) => *value = json!("yes"),
        Value::Array(items) => items.iter_mut().for_each(flip),
        Value::Object(map) => map.values_mut().for_each(flip),
        Value::Null => {}
    }
}

/// The metadata claims one more page than exists; `total_elements` stays true, so the extra
/// page is empty but nothing is missing.
/// In v2, a missing next link becomes one to a cursor past the end, whose page is empty.
pub fn claim_extra_page(body: &mut Value) {
    if let Some(links) = body
        .pointer_mut("/_meta/links")
        .and_then(Value::as_object_mut)
    {
        let has_next = links.get("next").is_some_and(|n| !n.is_null());
        let own = links
            .get("self")
            .and_then(|s| s.get("href"))
            .and_then(Value::as_str);
        if let (false, Some(own)) = (has_next, own) {
            let (base, query) = own.split_once('?').unwrap_or((own, ""));
            let mut pairs: Vec<&str> = query
                .split('&')
                .filter(|p| !p.is_empty() && !p.starts_with("cursor="))
                .collect();
            pairs.push("cursor=end");
            let href = format!("{base}?{}", pairs.join("&"));
            links.insert("next".to_owned(), json!({ "href": href }));
        }
        return;
    }
    let Some(metadata) = body.get_mut("metadata").and_then(Value::as_object_mut) else {
        return;
    };
    if let Some(n) = metadata.get("total_pages").and_then(Value::as_u64) {
        metadata.insert("total_pages".to_owned(), json!(n.saturating_add(1)));
    }
}

/// Removes the last `count` items of `data` (all of them for `usize::MAX`); `metadata` keeps
/// counting them.
pub fn drop_items(body: &mut Value, count: usize) {
    if let Some(items) = items_mut(body).and_then(Value::as_array_mut) {
        items.truncate(items.len().saturating_sub(count));
    }
}

/// Removes the `data` key, leaving the envelope and `metadata`.
pub fn drop_data(body: &mut Value) {
    if let Some(object) = body.as_object_mut() {
        object.remove("data");
        object.remove("_data");
    }
}

/// Removes `name` from the `attributes` of every item in `data`.
pub fn drop_attribute(body: &mut Value, name: &str) {
    if let Some(items) = body.get_mut("_data").and_then(Value::as_array_mut) {
        for item in items.iter_mut().filter_map(Value::as_object_mut) {
            item.remove(name);
        }
        return;
    }
    let Some(items) = body.get_mut("data").and_then(Value::as_array_mut) else {
        return;
    };
    for item in items {
        if let Some(attributes) = item.get_mut("attributes").and_then(Value::as_object_mut) {
            attributes.remove(name);
        }
    }
}

/// Paging numbers (`metadata.*`, `offset`, `limit`) as JSON strings: `"offset": "1"`.
pub fn paging_as_strings(body: &mut Value) {
    let Some(object) = body.as_object_mut() else {
        return;
    };
    let stringify = |value: &mut Value| {
        if value.is_number() {
            *value = Value::String(value.to_string());
        }
    };
    for key in ["offset", "limit"] {
        if let Some(value) = object.get_mut(key) {
            stringify(value);
        }
    }
    if let Some(metadata) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        metadata.values_mut().for_each(stringify);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page() -> Value {
        json!({
            "success": true,
            "metadata": {"total_elements": 3, "current_page": 1, "total_pages": 1},
            "offset": 1,
            "limit": 200,
            "data": [{"type": "TimeOffPeriod", "attributes": {"id": 7, "half_day_start": false, "status": "approved", "comment": null}}]
        })
    }

    #[test]
    fn wrong_types_flips_every_leaf_inside_data_only() {
        let mut body = page();
        wrong_types(&mut body);
        assert_eq!(
            body["data"][0]["attributes"],
            json!({"id": true, "half_day_start": "yes", "status": 12345, "comment": null}),
            "numbers, bools and strings each get a type no client accepts for them"
        );
        assert_eq!(body["success"], json!(true), "the envelope stays intact");
    }

    #[test]
    fn extra_page_claims_one_page_more_but_keeps_the_count() {
        let mut body = page();
        claim_extra_page(&mut body);
        assert_eq!(
            body["metadata"]["total_pages"],
            json!(2),
            "one page more than exists"
        );
        assert_eq!(
            body["metadata"]["total_elements"],
            json!(3),
            "the count stays true: an empty extra page loses nothing"
        );
    }

    #[test]
    fn dropped_items_leave_the_metadata_counting_them() {
        let mut body = page();
        drop_items(&mut body, 1);
        assert_eq!(body["data"], json!([]), "the one item is gone");
        assert_eq!(
            body["metadata"]["total_elements"],
            json!(3),
            "the metadata still counts it: the answer contradicts itself"
        );
        let mut body = page();
        drop_items(&mut body, usize::MAX);
        assert_eq!(body["data"], json!([]), "usize::MAX empties `data`");
    }

    #[test]
    fn missing_data_keeps_envelope_and_metadata() {
        let mut body = page();
        drop_data(&mut body);
        assert!(body.get("data").is_none(), "`data` is gone");
        assert_eq!(body["success"], json!(true), "success stays");
        assert_eq!(
            body["metadata"]["total_elements"],
            json!(3),
            "metadata stays"
        );
    }

    #[test]
    fn dropping_an_attribute_removes_it_from_each_item() {
        let mut body = page();
        drop_attribute(&mut body, "half_day_start");
        let attributes = body["data"][0]["attributes"].as_object().expect("object");
        assert!(
            !attributes.contains_key("half_day_start"),
            "silently missing, like Personio"
        );
        assert!(attributes.contains_key("id"), "other attributes stay");
    }

    #[test]
    fn v2_bodies_are_distorted_in_data_and_links() {
        let v2 = || {
            json!({
                "_data": [{"id": "a", "email": "x@y.de"}, {"id": "b", "email": "z@y.de"}],
                "_meta": {"links": {"self": {"href": "/v2/persons?limit=2&cursor=c0"}, "next": null}}
            })
        };
        let mut body = v2();
        drop_items(&mut body, 1);
        assert_eq!(
            body["_data"].as_array().map(Vec::len),
            Some(1),
            "_data loses its last item"
        );
        let mut body = v2();
        drop_attribute(&mut body, "email");
        assert_eq!(
            body["_data"][0],
            json!({"id": "a"}),
            "v2 fields sit on the item itself"
        );
        let mut body = v2();
        claim_extra_page(&mut body);
        assert_eq!(
            body["_meta"]["links"]["next"]["href"],
            json!("/v2/persons?limit=2&cursor=end"),
            "a next link to a page past the end"
        );
        let mut body = v2();
        drop_data(&mut body);
        assert!(body.get("_data").is_none(), "`_data` is gone");
    }

    #[test]
    fn paging_numbers_become_strings_but_data_does_not() {
        let mut body = page();
        paging_as_strings(&mut body);
        assert_eq!(
            body["offset"],
            json!("1"),
            "offset as string, as seen in the wild"
        );
        assert_eq!(
            body["metadata"]["total_pages"],
            json!("1"),
            "metadata as strings"
        );
        assert_eq!(
            body["data"][0]["attributes"]["id"],
            json!(7),
            "data keeps its types"
        );
    }
}
