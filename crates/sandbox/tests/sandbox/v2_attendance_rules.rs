//! Booking attendance periods: create, change, delete, and Personio's refusals (overlap, midnight,
//! more than 24 h, a changed type, skipping approval without the right).

use reqwest::Method;
use serde_json::{json, Value};
use stint_sandbox::{CreateAnswer, V2Options};

use crate::common::Answer;
use crate::v2_harness::{error_type, V2};

fn period(person: &str, kind: &str, start: &str, end: Option<&str>) -> Value {
    json!({
        "person": { "id": person },
        "type": kind,
        "start": { "date_time": start },
        "end": end.map(|e| json!({ "date_time": e })),
        "comment": "from a test",
    })
}

async fn create(v2: &V2, body: &Value, query: &str) -> Answer {
    v2.send(
        Method::POST,
        &format!("/v2/attendance-periods{query}"),
        Some(body),
    )
    .await
}

async fn status_of(v2: &V2, id: &str) -> Option<Value> {
    v2.sandbox
        .attendances_of(v2.demo_id())
        .iter()
        .find(|p| p.id == id)
        .map(|p| json!(p.status.as_str()))
}

#[tokio::test]
async fn create_change_and_delete_a_period() {
    let v2 = V2::start().await;
    let body = period(
        &v2.person(),
        "WORK",
        "2025-06-04T09:00:00",
        Some("2025-06-04T12:00:00"),
    );
    let created = create(&v2, &body, "").await;
    assert_eq!(created.status, 201, "booked: {}", created.text);
    let id = created.json()["_data"]["id"]
        .as_str()
        .expect("the new id")
        .to_owned();
    assert_eq!(
        status_of(&v2, &id).await,
        Some(json!("PENDING")),
        "waits for approval"
    );

    let path = format!("/v2/attendance-periods/{id}");
    let changed = v2
        .send(
            Method::PATCH,
            &path,
            Some(&json!({"end": {"date_time": "2025-06-04T12:30:00"}})),
        )
        .await;
    assert_eq!(changed.status, 200, "the end can change: {}", changed.text);
    assert_eq!(
        changed.json()["_data"]["end"]["date_time"],
        "2025-06-04T12:30:00",
        "the new end"
    );
    let retyped = v2
        .send(Method::PATCH, &path, Some(&json!({"type": "BREAK"})))
        .await;
    assert_eq!(retyped.status, 400, "type is fixed: {}", retyped.text);
    assert_eq!(
        error_type(&retyped),
        "attendance_period_type_immutable",
        "said why"
    );

    let deleted = v2.send(Method::DELETE, &path, None).await;
    assert_eq!(
        (deleted.status, deleted.text.as_str()),
        (204, ""),
        "deleted, no body"
    );
    assert_eq!(status_of(&v2, &id).await, None, "gone");
    assert_eq!(
        v2.send(Method::DELETE, &path, None).await.status,
        404,
        "deleting twice finds nothing"
    );
}

#[tokio::test]
async fn overlap_midnight_and_length_are_refused() {
    let v2 = V2::start().await;
    let person = v2.person();
    let cases = [
        (
            "2025-06-03T10:00:00",
            Some("2025-06-03T11:00:00"),
            409,
            "attendance_period_overlap",
        ),
        (
            "2025-06-04T22:00:00",
            Some("2025-06-05T01:00:00"),
            422,
            "attendance_period_crosses_midnight",
        ),
        (
            "2025-06-04T08:00:00",
            Some("2025-06-05T09:00:00"),
            422,
            "attendance_period_too_long",
        ),
    ];
    for (start, end, status, kind) in cases {
        let answer = create(&v2, &period(&person, "WORK", start, end), "").await;
        assert_eq!(
            answer.status, status,
            "{start}–{end:?} is refused: {}",
            answer.text
        );
        assert_eq!(error_type(&answer), kind, "{start}–{end:?} says why");
    }
    let to_midnight = create(
        &v2,
        &period(
            &person,
            "WORK",
            "2025-06-04T22:00:00",
            Some("2025-06-05T00:00:00"),
        ),
        "",
    )
    .await;
    assert_eq!(
        to_midnight.status, 201,
        "ending at 00:00 is not crossing it: {}",
        to_midnight.text
    );
}

#[tokio::test]
async fn an_open_ended_period_runs_until_closed() {
    let v2 = V2::start().await;
    let person = v2.person();
    let open = create(
        &v2,
        &period(&person, "WORK", "2025-06-04T09:00:00", None),
        "",
    )
    .await;
    assert_eq!(open.status, 201, "clocked in: {}", open.text);
    let later = create(
        &v2,
        &period(
            &person,
            "BREAK",
            "2025-06-04T12:00:00",
            Some("2025-06-04T12:30:00"),
        ),
        "",
    )
    .await;
    assert_eq!(
        later.status, 409,
        "an open period covers what comes later: {}",
        later.text
    );
    let listed = v2
        .ok(&format!(
            "/v2/attendance-periods?person.id={person}&start.gte=2025-06-04"
        ))
        .await;
    assert_eq!(
        listed["_data"][0]["end"],
        Value::Null,
        "listed with end null: {listed}"
    );
}

#[tokio::test]
async fn skip_approval_is_honoured_only_when_allowed() {
    let v2 = V2::start().await;
    let person = v2.person();
    let body = period(
        &person,
        "WORK",
        "2025-06-04T09:00:00",
        Some("2025-06-04T10:00:00"),
    );
    let created = create(&v2, &body, "?skip_approval=true").await;
    let id = created.json()["_data"]["id"]
        .as_str()
        .expect("id")
        .to_owned();
    assert_eq!(
        status_of(&v2, &id).await,
        Some(json!("CONFIRMED")),
        "skipped approval"
    );

    v2.sandbox.set_v2_options(V2Options {
        skip_approval_allowed: false,
        create_answer: CreateAnswer::Bare,
        ..V2Options::default()
    });
    let body = period(
        &person,
        "WORK",
        "2025-06-04T10:00:00",
        Some("2025-06-04T11:00:00"),
    );
    let refused = create(&v2, &body, "?skip_approval=true").await;
    assert_eq!(
        refused.status, 403,
        "not allowed for this credential: {}",
        refused.text
    );
    assert_eq!(
        error_type(&refused),
        "skip_approval_not_allowed",
        "said why"
    );
    let plain = create(&v2, &body, "").await;
    assert_eq!(
        plain.status, 201,
        "without the flag it books: {}",
        plain.text
    );
    assert!(
        plain.json()["id"].is_string(),
        "the bare {{\"id\"}} answer variant: {}",
        plain.text
    );
}
