//! `/v2/attendance-periods` against the loopback stub: list with approval states, create (both
//! id shapes, never retried on a 5xx), change, delete, refusals with Personio's trace id.

mod common;
mod v2_stub;

use chrono::{NaiveDate, NaiveDateTime};
use common::bounded;
use serde_json::{json, Value};
use stint_personio::{
    Area, AttendanceChange, AttendanceKind, AttendanceStatus, NewAttendance, PersonioError,
};
use v2_stub::{client, error_envelope, list, Route, Stub};

const PATH: &str = "/v2/attendance-periods";

fn at(day: u32, h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 6, day)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn june() -> (NaiveDate, NaiveDate) {
    (
        NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
    )
}

fn period(id: &str, day: u32, end: &str, status: &str) -> String {
    format!(
        r#"{{"id": "{id}", "person": {{"id": "p-1"}}, "type": "WORK",
            "start": {{"date_time": "2026-06-{day:02}T09:00:00"}}, "end": {end},
            "comment": "Release", "status": "{status}", "updated_at": "2026-06-{day:02}T18:00:00Z"}}"#
    )
}

fn new_work(skip_approval: bool) -> NewAttendance {
    NewAttendance {
        person_id: "p-1".into(),
        kind: AttendanceKind::Work,
        start: at(1, 9, 0),
        end: Some(at(1, 12, 30)),
        comment: Some("Release".into()),
        skip_approval,
    }
}

#[tokio::test]
async fn the_list_reads_every_approval_state_and_open_periods() {
    let stub = Stub::start().await;
    let closed = r#"{"date_time": "2026-06-01T17:00:00"}"#;
    let items = [
        period("a", 1, closed, "CONFIRMED"),
        period("b", 2, closed, "PENDING"),
        period("c", 3, closed, "REJECTED"),
        period("d", 4, closed, "EXPIRED"),
        period("e", 5, closed, "IN_REVIEW"),
        period("f", 6, "null", "PENDING"),
        r#"{"id": 99, "type": "BREAK", "start": {"date_time": "2026-06-01T12:00:00"},
            "end": {"date_time": "2026-06-01T12:30:00"}, "status": "CONFIRMED"}"#
            .to_owned(),
    ]
    .join(",");
    stub.route(Route::new("GET", PATH, 200, &list(&items, None)));
    let periods = bounded(client(&stub).attendance_periods("p-1", june()))
        .await
        .expect("the list is read");
    let states: Vec<(&str, AttendanceStatus)> = periods
        .iter()
        .map(|p| (p.id.as_str(), p.status.clone()))
        .collect();
    assert_eq!(
        states,
        [
            ("a", AttendanceStatus::Confirmed),
            ("99", AttendanceStatus::Confirmed),
            ("b", AttendanceStatus::Pending),
            ("c", AttendanceStatus::Rejected),
            ("d", AttendanceStatus::Expired),
            ("e", AttendanceStatus::Other("IN_REVIEW".into())),
            ("f", AttendanceStatus::Pending),
        ],
        "ordered by start; every state kept, an unknown one as written"
    );
    let open = periods.iter().find(|p| p.id == "f").unwrap();
    assert_eq!(
        open.end, None,
        "an end of null is an open period (clocked in)"
    );
    assert_eq!(open.start, at(6, 9, 0), "times are local, as written");
    assert_eq!(
        open.updated_at,
        Some(at(6, 18, 0)),
        "updated_at is read as written; a `Z` is dropped, not converted"
    );
    let brk = periods.iter().find(|p| p.id == "99").unwrap();
    assert_eq!(brk.kind, AttendanceKind::Break, "breaks are read as breaks");
    let asked = &stub.seen_at("GET", PATH)[0].target;
    assert!(
        asked.contains("person.id=p-1")
            && asked.contains("start.date_time.gte=2026-06-01T00%3A00%3A00")
            && asked.contains("start.date_time.lte=2026-06-30T23%3A59%3A59")
            && !asked.contains('Z'),
        "the filter is the person and the window in local time without Z: {asked}"
    );
}

#[tokio::test]
async fn a_create_returns_the_id_in_either_shape() {
    let stub = Stub::start().await;
    stub.route(Route::new("POST", PATH, 201, r#"{"_data": {"id": "a-1"}}"#).times(1));
    stub.route(Route::new("POST", PATH, 200, r#"{"id": 77}"#));
    let client = client(&stub);
    let first = bounded(client.create_attendance(&new_work(false))).await;
    let second = bounded(client.create_attendance(&new_work(true))).await;
    assert_eq!(
        first.as_deref(),
        Ok("a-1"),
        "`_data.id` names the new period"
    );
    assert_eq!(second.as_deref(), Ok("77"), "a bare numeric `id` too");
    let posts = stub.seen_at("POST", PATH);
    let body: Value = serde_json::from_str(&posts[0].body).unwrap();
    assert_eq!(
        body,
        json!({"person": {"id": "p-1"}, "type": "WORK",
               "start": {"date_time": "2026-06-01T09:00:00"},
               "end": {"date_time": "2026-06-01T12:30:00"}, "comment": "Release"}),
        "the period goes as local times without offset"
    );
    assert!(
        !posts[0].target.contains("skip_approval")
            && posts[1].target.contains("skip_approval=true"),
        "approval is skipped only when asked: {} / {}",
        posts[0].target,
        posts[1].target
    );
}

#[tokio::test]
async fn a_create_is_never_retried_after_a_server_error() {
    let stub = Stub::start().await;
    stub.route(Route::new("POST", PATH, 502, "{}"));
    let error = bounded(client(&stub).create_attendance(&new_work(false)))
        .await
        .unwrap_err();
    assert_eq!(
        stub.count("POST", PATH),
        1,
        "Personio may have stored the period: a retry could book it twice ({error})"
    );
    assert!(
        error.to_string().contains("read the day back"),
        "the error tells the caller to check before trying again: {error}"
    );
}

#[tokio::test]
async fn change_and_delete_address_the_period() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "PATCH",
        "/v2/attendance-periods/a%201",
        200,
        "{}",
    ));
    stub.route(Route::new("DELETE", "/v2/attendance-periods/a-2", 204, ""));
    let client = client(&stub);
    let change = AttendanceChange {
        end: Some(at(1, 17, 30)),
        comment: Some("done".into()),
        ..AttendanceChange::default()
    };
    bounded(client.change_attendance("a 1", &change))
        .await
        .expect("the change is accepted");
    bounded(client.delete_attendance("a-2"))
        .await
        .expect("the delete is accepted");
    let patch = &stub
        .seen()
        .into_iter()
        .find(|s| s.method == "PATCH")
        .unwrap();
    assert_eq!(
        patch.target, "/v2/attendance-periods/a%201",
        "the id is one percent-encoded path segment"
    );
    let body: Value = serde_json::from_str(&patch.body).unwrap();
    assert_eq!(
        body,
        json!({"end": {"date_time": "2026-06-01T17:30:00"}, "comment": "done"}),
        "only what changes is sent, never the type"
    );
    assert_eq!(
        stub.count("DELETE", "/v2/attendance-periods/a-2"),
        1,
        "the delete reaches its period"
    );
}

#[tokio::test]
async fn a_refusal_keeps_personios_reason_and_trace_id() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "POST",
        PATH,
        409,
        &error_envelope("trace-42", "Conflict", "The period overlaps another period"),
    ));
    let error = bounded(client(&stub).create_attendance(&new_work(false)))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_refused",
        "an overlap is a refusal: {error:?}"
    );
    assert_eq!(
        error.trace_id(),
        Some("trace-42"),
        "the trace id is kept for support"
    );
    let message = error.to_string();
    assert!(
        message.contains("The period overlaps another period")
            && message.ends_with("(Personio trace id trace-42)"),
        "the entry shows Personio's reason and the trace id: {message}"
    );
}

#[tokio::test]
async fn a_missing_write_scope_does_not_stop_reading() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "POST",
        PATH,
        403,
        &error_envelope("trace-7", "Forbidden", "Missing scope"),
    ));
    stub.route(Route::new("GET", PATH, 200, &list("", None)));
    let client = client(&stub);
    let error = bounded(client.create_attendance(&new_work(false)))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::MissingScope {
            area: Area::AttendancesWrite,
            trace_id: Some("trace-7".into())
        },
        "a 403 on writing is the write scope missing"
    );
    let read = bounded(client.attendance_periods("p-1", june())).await;
    assert_eq!(
        read,
        Ok(Vec::new()),
        "reading attendances still works with the same client"
    );
}
