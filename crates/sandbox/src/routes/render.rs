//! JSON pieces several endpoints share: wrapped attributes, the embedded employee, paged bodies.

use serde_json::{json, Map, Value};

use crate::company::DemoEmployee;
use crate::paging::Page;

/// A v1 employee attribute: `{"label", "value", "type", "universal_id"}`.
pub(super) fn attribute(
    label: &str,
    value: Value,
    kind: &str,
    universal_id: Option<&str>,
) -> Value {
    json!({ "label": label, "value": value, "type": kind, "universal_id": universal_id })
}

/// The short employee object embedded in absences and as a supervisor.
pub(super) fn employee_ref(employee: &DemoEmployee) -> Value {
    let mut attributes = Map::new();
    attributes.insert(
        "id".into(),
        attribute("ID", json!(employee.id), "integer", Some("id")),
    );
    for (key, label, value) in [
        ("first_name", "First name", &employee.first_name),
        ("last_name", "Last name", &employee.last_name),
        ("email", "Email", &employee.email),
    ] {
        attributes.insert(
            key.into(),
            attribute(label, json!(value), "standard", Some(key)),
        );
    }
    json!({ "type": "Employee", "attributes": attributes })
}

/// `{"success", "metadata", "offset", "limit", "data"}` of a paged list.
pub(super) fn paged(page: &Page, data: Vec<Value>) -> Value {
    json!({
        "success": true,
        "metadata": {
            "total_elements": page.total_elements,
            "current_page": page.current_page,
            "total_pages": page.total_pages,
        },
        "offset": page.offset,
        "limit": page.limit,
        "data": data,
    })
}

/// A stable id for a department, team or office name.
pub(super) fn name_id(name: &str) -> u64 {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    100_000 + hash % 900_000
}
