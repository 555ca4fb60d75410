//! `GET /v2/persons?email=` against the loopback stub: the v2 id, matched in any case.

mod common;
mod v2_stub;

use common::bounded;
use stint_personio::PersonioError;
use v2_stub::{client, list, Route, Stub};

#[tokio::test]
async fn the_person_is_matched_in_any_case_and_its_v2_id_returned() {
    let stub = Stub::start().await;
    stub.route(Route::new(
        "GET",
        "/v2/persons",
        200,
        &list(
            r#"{"id": 7, "email": "Anna.Berg@Example.com", "first_name": "Anna", "status": "ACTIVE"}"#,
            None,
        ),
    ));
    let person = bounded(client(&stub).person_by_email("  anna.berg@example.COM "))
        .await
        .expect("the address differs only in case and spaces");
    assert_eq!(person.id, "7", "a numeric v2 id is kept as text");
    assert_eq!(
        person.first_name.as_deref(),
        Some("Anna"),
        "the name is read for the profile card"
    );
    let asked = &stub.seen_at("GET", "/v2/persons")[0];
    assert!(
        asked.target.contains("email=anna.berg%40example.COM") && asked.target.contains("limit=50"),
        "the email filter is sent trimmed, with the persons page limit: {}",
        asked.target
    );
}

#[tokio::test]
async fn nobody_with_the_email_is_employee_not_found_after_a_full_walk() {
    let stub = Stub::start().await;
    stub.route(Route::new("GET", "/v2/persons", 200, &list("", None)).times(1));
    stub.route(Route::new(
        "GET",
        "/v2/persons",
        200,
        &list(r#"{"id": "p-2", "email": "bob@example.com"}"#, None),
    ));
    let error = bounded(client(&stub).person_by_email("anna@example.com"))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::EmployeeNotFound {
            email: "anna@example.com".into()
        },
        "no match anywhere is a clear not-found naming the address"
    );
    let asked = stub.seen_at("GET", "/v2/persons");
    assert_eq!(
        asked.len(),
        2,
        "an empty filtered answer is followed by one walk through everyone"
    );
    assert!(
        !asked[1].target.contains("email="),
        "the walk lists everyone, without the filter: {}",
        asked[1].target
    );
}
