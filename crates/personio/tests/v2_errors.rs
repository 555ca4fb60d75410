//! The v2 error envelope, scopes per area, retries and the client's guards on v2 routes,
//! against the loopback stub.

mod common;
mod v2_stub;

use std::time::Duration;

use common::{bounded, fast_config};
use stint_personio::{Area, ClientConfig, PersonioError};
use v2_stub::{client, client_with, error_envelope, list, Route, Stub};

const ABSENCES: &str = "/v2/absence-periods";

fn june() -> (chrono::NaiveDate, chrono::NaiveDate) {
    (
        chrono::NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 6, 30).unwrap(),
    )
}

#[tokio::test]
async fn a_bad_request_names_personios_reason_and_trace_id() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "GET",
        ABSENCES,
        400,
        &error_envelope(
            "t-9",
            "Invalid request content",
            "Unknown filter `starts_from.gte`",
        ),
    ));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "Personio refused absence periods (GET /v2/absence-periods): Invalid request content: \
         Unknown filter `starts_from.gte` (Personio trace id t-9)",
        "the message carries the endpoint, Personio's words and the trace id"
    );
}

#[tokio::test]
async fn a_403_on_one_area_leaves_the_others_working() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "GET",
        ABSENCES,
        403,
        &error_envelope("t-403", "Forbidden", "insufficient scope"),
    ));
    stub.route(Route::new(
        "GET",
        "/v2/persons",
        200,
        &list(r#"{"id": "p-1", "email": "anna@example.com"}"#, None),
    ));
    let client = client(&stub);
    let (absences, person) = bounded(async {
        tokio::join!(
            client.absence_periods("p-1", june()),
            client.person_by_email("anna@example.com")
        )
    })
    .await;
    let error = absences.unwrap_err();
    assert!(
        matches!(&error, PersonioError::MissingScope { area: Area::Absences, trace_id } if trace_id.as_deref() == Some("t-403")),
        "a 403 on absences is that area's scope missing, trace id kept: {error:?}"
    );
    assert!(
        error.to_string().contains("`personio:absences:read`"),
        "the message names the scope to grant: {error}"
    );
    assert!(person.is_ok(), "persons still work: {person:?}");
    assert_eq!(
        stub.count("POST", "/v2/auth/token"),
        1,
        "a 403 is not a token problem: no re-authentication"
    );
}

#[tokio::test]
async fn a_429_without_retry_after_is_backed_off_and_retried() {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", ABSENCES, 429, "").times(2));
    stub.route(Route::new("GET", ABSENCES, 200, &list("", None)));
    let absences = bounded(client(&stub).absence_periods("p-1", june())).await;
    assert!(absences.is_ok(), "two 429s are ridden out: {absences:?}");
    assert_eq!(
        stub.count("GET", ABSENCES),
        3,
        "two retries, then the answer"
    );
}

#[tokio::test]
async fn server_errors_after_every_retry_are_unavailable() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "GET",
        ABSENCES,
        503,
        &error_envelope("t-5", "Unavailable", "down"),
    ));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert_eq!(error.code(), "personio_unavailable", "{error}");
    assert_eq!(
        stub.count("GET", ABSENCES),
        4,
        "a read is retried three times"
    );
}

#[tokio::test]
async fn a_redirect_is_never_followed() {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", ABSENCES, 307, "").header("Location", "http://127.0.0.1:9/steal"));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert_eq!(error.code(), "personio_redirected", "{error}");
    assert_eq!(
        stub.seen().len(),
        2,
        "auth and the one redirected request; nothing is sent on"
    );
}

#[tokio::test]
async fn an_answer_without_data_is_not_an_empty_list() {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", ABSENCES, 200, r#"{"_meta": {}}"#));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("no `_data`"),
        "a lost list must not remove every stored absence: {error}"
    );
}

#[tokio::test]
async fn fewer_items_than_counted_are_refused() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "GET",
        ABSENCES,
        200,
        r#"{"_data": [], "_meta": {"total_elements": 12}}"#,
    ));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("counts 12"),
        "a list contradicting its own count is not used: {error}"
    );
}

#[tokio::test]
async fn a_slow_server_runs_into_the_sync_deadline() {
    let stub = Stub::start().await;
    stub.route(
        Route::new("GET", ABSENCES, 200, &list("", None)).delayed(Duration::from_millis(600)),
    );
    let config = ClientConfig {
        sync_deadline: Duration::from_millis(300),
        read_timeout: Duration::from_secs(5),
        ..fast_config(stub.base_url())
    };
    let error = bounded(client_with(&stub, config).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            PersonioError::Timeout {
                deadline: Some(_),
                ..
            }
        ),
        "v2 reads end within the sync deadline: {error:?}"
    );
}
