//! `GET /v1/company/employees`: find the user's employee record by email, schedule included.
//!
//! The `email` filter is tried first. If it finds nothing (or the server ignored it and sent
//! everyone), the client pages through all employees (`limit` 100, `offset` = record offset
//! here, unlike time-offs) and compares emails trimmed and case-insensitively, because the user
//! may type the address in another case than HR did.
//!
//! The pages of that walk are held against their `total_elements` like every list. The filtered
//! answer is not: whether its count means "matches" or "everyone" is unknown [guess], and an
//! answer that lost the employee ends in "not found", which replaces nothing.

use serde_json::{Map, Value};

use crate::error::PersonioError;
use crate::executor::{Executor, Get};
use crate::model::Employee;
use crate::v1::counts::{self, Seen};
use crate::v1::envelope::{attribute_value, decode, Page, Typed};
use crate::v1::{lenient, schedule};

pub(crate) const PATH: &str = "v1/company/employees";
pub(crate) const LABEL: &str = "employees (GET /v1/company/employees)";
/// Personio's maximum page size for employees [spec].
pub(crate) const LIMIT: usize = 100;
/// The fallback stops here; no company using Stint has more employees.
const MAX_RECORDS: usize = 100_000;

type Record = Map<String, Value>;

/// The employee with this email, or [`PersonioError::EmployeeNotFound`].
pub(crate) async fn find_by_email(exec: &Executor, email: &str) -> Result<Employee, PersonioError> {
    let wanted = normalize(email);
    let not_found = || PersonioError::EmployeeNotFound {
        email: email.trim().to_owned(),
    };
    if wanted.is_empty() {
        return Err(not_found());
    }
    let filtered = page(exec, Some(email.trim()), 0).await?.items;
    if let Some(record) = matching(&filtered, &wanted)? {
        return employee(record);
    }
    // A non-empty answer without a match means the filter was ignored: that was the first page.
    let mut offset = filtered.len();
    if offset > 0 && offset < LIMIT {
        return Err(not_found());
    }
    while offset < MAX_RECORDS {
        let Page {
            items: records,
            metadata,
        } = page(exec, None, offset).await?;
        let seen = Seen {
            page: u64::try_from(offset / LIMIT + 1).unwrap_or(u64::MAX),
            on_page: records.len(),
            collected: offset + records.len(),
            last: records.len() < LIMIT,
        };
        counts::check(LABEL, seen, metadata.as_ref())?;
        if let Some(record) = matching(&records, &wanted)? {
            return employee(record);
        }
        if records.len() < LIMIT {
            return Err(not_found());
        }
        offset += records.len();
    }
    Err(PersonioError::unexpected(
        LABEL,
        format!("paging through employees did not end after {MAX_RECORDS} records"),
    ))
}

async fn page(
    exec: &Executor,
    email: Option<&str>,
    offset: usize,
) -> Result<Page<Vec<Record>>, PersonioError> {
    let mut query = Vec::with_capacity(3);
    if let Some(email) = email {
        query.push(("email", email.to_owned()));
    }
    query.push(("limit", LIMIT.to_string()));
    query.push(("offset", offset.to_string()));
    let get = Get {
        label: LABEL,
        path: PATH.to_owned(),
        query,
    };
    decode_page(&exec.get(&get).await?)
}

/// One page's body as raw employee records (attributes still wrapped).
pub(crate) fn decode_page(body: &[u8]) -> Result<Page<Vec<Record>>, PersonioError> {
    Ok(decode::<Vec<Typed<Record>>>(LABEL, body)?.map(|typed| typed.0))
}

pub(crate) fn normalize(email: &str) -> String {
    email.trim().to_lowercase()
}

pub(crate) fn matching<'a>(
    records: &'a [Record],
    wanted: &str,
) -> Result<Option<&'a Record>, PersonioError> {
    for record in records {
        let email =
            attribute(record, "email").ok_or_else(|| PersonioError::missing_attribute("email"))?;
        let email = email.as_str().ok_or_else(|| wrong("email", email))?;
        if normalize(email) == wanted {
            return Ok(Some(record));
        }
    }
    Ok(None)
}

/// Turns a record into an [`Employee`]; names the attribute that is missing or odd.
pub(crate) fn employee(record: &Record) -> Result<Employee, PersonioError> {
    let required =
        |name: &str| attribute(record, name).ok_or_else(|| PersonioError::missing_attribute(name));
    let text = |name: &str| -> Result<String, PersonioError> {
        let value = required(name)?;
        value
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| wrong(name, value))
    };
    let id_value = required("id")?;
    let id = lenient::u64_of(id_value).ok_or_else(|| wrong("id", id_value))?;
    let schedule_value = record
        .get("work_schedule")
        .ok_or_else(|| PersonioError::missing_attribute("work_schedule"))?;
    let schedule_value = attribute_value(schedule_value);
    if schedule_value.is_null() {
        return Err(PersonioError::unexpected(
            LABEL,
            "the employee has no work schedule (`work_schedule` is null); assign one in Personio",
        ));
    }
    let schedule =
        schedule::parse(schedule_value).map_err(|e| PersonioError::unexpected(LABEL, e))?;
    Ok(Employee {
        id,
        email: text("email")?.trim().to_owned(),
        first_name: text("first_name")?,
        last_name: text("last_name")?,
        position: attribute(record, "position").and_then(lenient::text_of),
        department: attribute(record, "department").and_then(named),
        schedule,
    })
}

/// An attribute's unwrapped value; `None` when missing or `null`.
fn attribute<'a>(record: &'a Record, name: &str) -> Option<&'a Value> {
    record
        .get(name)
        .map(attribute_value)
        .filter(|v| !v.is_null())
}

/// A name from `"IT"`, `{"name": "IT"}` or `{"type": "Department", "attributes": {"name": "IT"}}`.
fn named(value: &Value) -> Option<String> {
    let inner = value.get("attributes").unwrap_or(value);
    match inner {
        Value::Object(object) => object.get("name").and_then(lenient::text_of),
        other => lenient::text_of(other),
    }
}

fn wrong(name: &str, value: &Value) -> PersonioError {
    PersonioError::unexpected(
        LABEL,
        format!("attribute `{name}` has an unexpected type: {value}"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(fixture: &[u8]) -> Vec<Record> {
        decode_page(fixture).unwrap().items
    }

    #[test]
    fn reads_a_wrapped_employee_with_schedule() {
        let list = records(include_bytes!(
            "../../tests/fixtures/employees_hours_minutes.json"
        ));
        let found = matching(&list, "anna.schmidt@example.com")
            .unwrap()
            .unwrap();
        let anna = employee(found).unwrap();
        assert_eq!(anna.id, 1001, "the id comes from the wrapped `id.value`");
        assert_eq!(anna.first_name, "Anna", "names come from wrapped values");
        assert_eq!(
            anna.department.as_deref(),
            Some("Engineering"),
            "a department object gives its name"
        );
        assert_eq!(
            anna.schedule.minutes,
            [480, 480, 480, 480, 240, 0, 0],
            "\"08:00\" is 480 minutes, Friday \"04:00\" is 240"
        );
    }

    #[test]
    fn email_match_ignores_case_and_spaces() {
        let list = records(include_bytes!(
            "../../tests/fixtures/employees_hours_minutes.json"
        ));
        assert!(
            matching(&list, &normalize("  Anna.Schmidt@EXAMPLE.com "))
                .unwrap()
                .is_some(),
            "users type their address in any case, with stray spaces"
        );
    }

    #[test]
    fn duration_schedules_are_read() {
        for fixture in [
            &include_bytes!("../../tests/fixtures/employees_duration_object.json")[..],
            &include_bytes!("../../tests/fixtures/employees_duration_string.json")[..],
        ] {
            let list = records(fixture);
            let ben = employee(&list[0]).unwrap();
            assert_eq!(
                ben.schedule.minutes,
                [450, 450, 450, 450, 0, 0, 0],
                "PT27000S and PT7H30M are both 450 minutes; null/missing days are 0"
            );
        }
    }

    #[test]
    fn a_missing_work_schedule_is_named() {
        let list = records(include_bytes!(
            "../../tests/fixtures/employees_without_schedule.json"
        ));
        let error = employee(&list[0]).unwrap_err();
        assert_eq!(
            error,
            PersonioError::missing_attribute("work_schedule"),
            "a credential without the schedule attribute must be told which attribute to enable"
        );
        assert!(
            error.to_string().contains("readable attributes"),
            "and where: {error}"
        );
    }

    #[test]
    fn a_missing_email_is_named() {
        let mut list = records(include_bytes!(
            "../../tests/fixtures/employees_hours_minutes.json"
        ));
        list[0].remove("email");
        assert_eq!(
            matching(&list, "x@y.de").unwrap_err(),
            PersonioError::missing_attribute("email"),
            "without the email attribute no lookup can work, so the user must enable it"
        );
    }
}
