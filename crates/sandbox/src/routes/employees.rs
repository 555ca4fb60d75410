//! `GET /v1/company/employees`: the employee list with wrapped attributes and work schedules.
//!
//! `offset` is a record offset and `limit` at most 100 (default 50). `?email=` matches exactly
//! (case-sensitive, like a database lookup) unless [`EmailFilter::Ignored`] is set, in which case
//! the filter is ignored and a normal page comes back. `attributes[]` is accepted and not used:
//! unreadable attributes are simulated with `Fault::MissingAttribute`.

use chrono::Weekday;
use serde_json::{json, Map, Value};

use super::bad_paging;
use super::render::{attribute, employee_ref, name_id, paged};
use crate::company::{DayHours, DemoCompany, DemoEmployee};
use crate::config::{EmailFilter, Formats};
use crate::format::{midnight, schedule_day, weekday_key, weekly_hours};
use crate::paging::{by_record_offset, parse_limit, parse_offset};
use crate::server::reply::Reply;
use crate::server::request::Query;
use crate::state::State;

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Everyone reports to the engineering manager (the second employee), who reports to nobody.
fn supervisor(company: &DemoCompany, employee: &DemoEmployee) -> Value {
    let boss = &company.employees[1];
    if boss.id == employee.id {
        Value::Null
    } else {
        employee_ref(boss)
    }
}

fn work_schedule(employee: &DemoEmployee, formats: &Formats) -> Value {
    let mut attributes = Map::new();
    attributes.insert("id".into(), json!(name_id(&employee.schedule_name)));
    attributes.insert("name".into(), json!(employee.schedule_name));
    attributes.insert(
        "valid_from".into(),
        json!(midnight(employee.hire_date, formats.offset)),
    );
    for (day, hours) in WEEK.iter().zip(employee.schedule) {
        let value = match hours {
            DayHours::Minutes(minutes) => schedule_day(minutes, formats.schedule),
            DayHours::Null => Value::Null,
            DayHours::Missing => continue,
        };
        attributes.insert(weekday_key(*day).into(), value);
    }
    json!({ "type": "WorkSchedule", "attributes": attributes })
}

fn named(kind: &str, name: &str) -> Value {
    json!({ "type": kind, "attributes": { "id": name_id(name), "name": name } })
}

/// The full attribute set of one employee.
fn render(company: &DemoCompany, employee: &DemoEmployee, formats: &Formats) -> Value {
    let mut attributes = employee_ref(employee)["attributes"].clone();
    let map = attributes
        .as_object_mut()
        .expect("employee_ref has attributes");
    let minutes: u32 = employee.weekly_minutes().iter().sum();
    let extra = [
        (
            "status",
            attribute("Status", json!("active"), "standard", Some("status")),
        ),
        (
            "position",
            attribute(
                "Position",
                json!(employee.position),
                "standard",
                Some("position"),
            ),
        ),
        (
            "hire_date",
            attribute(
                "Hire date",
                json!(midnight(employee.hire_date, formats.offset)),
                "date",
                Some("hire_date"),
            ),
        ),
        (
            "department",
            attribute(
                "Department",
                named("Department", &employee.department),
                "standard",
                Some("department"),
            ),
        ),
        (
            "team",
            attribute(
                "Team",
                named("Team", &employee.team),
                "standard",
                Some("team"),
            ),
        ),
        (
            "office",
            attribute(
                "Office",
                named("Office", &employee.office),
                "standard",
                Some("office"),
            ),
        ),
        (
            "supervisor",
            attribute(
                "Supervisor",
                supervisor(company, employee),
                "standard",
                Some("supervisor"),
            ),
        ),
        (
            "weekly_working_hours",
            attribute(
                "Weekly hours",
                json!(weekly_hours(minutes)),
                "standard",
                Some("weekly_working_hours"),
            ),
        ),
        (
            "work_schedule",
            attribute(
                "Work schedule",
                work_schedule(employee, formats),
                "standard",
                Some("work_schedule"),
            ),
        ),
        // Deprecated and diverging from the UI in real Personio: a deliberately odd value here
        // catches a client that reads it.
        (
            "vacation_day_balance",
            attribute(
                "Vacation day balance",
                json!(99.5),
                "decimal",
                Some("vacation_day_balance"),
            ),
        ),
        (
            "dynamic_1146702",
            attribute("T-Shirt-Größe", json!("M"), "standard", None),
        ),
    ];
    for (key, value) in extra {
        map.insert(key.into(), value);
    }
    json!({ "type": "Employee", "attributes": attributes })
}

pub(super) fn handle(state: &State, query: &Query) -> Reply {
    let limit = match parse_limit(query.get("limit"), 50, 100) {
        Ok(limit) => limit,
        Err(error) => return bad_paging(error),
    };
    let offset = match parse_offset(query.get("offset")) {
        Ok(offset) => offset,
        Err(error) => return bad_paging(error),
    };
    let company = &state.company;
    let email = query
        .get("email")
        .filter(|_| state.formats.email_filter == EmailFilter::Works);
    let matching: Vec<&DemoEmployee> = company
        .employees
        .iter()
        .filter(|e| email.is_none_or(|email| e.email == email))
        .collect();
    let page = by_record_offset(matching.len(), limit, offset);
    let data = matching[page.range.clone()]
        .iter()
        .map(|e| render(company, e, &state.formats))
        .collect();
    Reply::ok(paged(&page, data))
}
