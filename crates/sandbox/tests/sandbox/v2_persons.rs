//! `GET /v2/persons?email=`: the demo employee found in any case, with a v2 id of its own.

use crate::v2_harness::V2;

#[tokio::test]
async fn email_matches_in_any_case_and_the_id_is_not_the_v1_id() {
    let v2 = V2::start().await;
    let email = v2.sandbox.credentials().email;
    let body = v2
        .ok(&format!("/v2/persons?email={}", email.to_uppercase()))
        .await;
    let people = body["_data"].as_array().expect("_data is a list");
    assert_eq!(people.len(), 1, "exactly the demo employee: {body}");
    let person = &people[0];
    assert_eq!(person["email"], email.as_str(), "the stored email");
    assert_eq!(person["first_name"], "Anna", "names are there: {person}");
    assert!(
        person["last_name"].is_string() && person["status"].is_string(),
        "{person}"
    );
    let id = person["id"].as_str().expect("a v2 id is a string");
    assert_ne!(id, v2.demo_id().to_string(), "the v2 id is not the v1 id");
    assert_eq!(id, v2.person(), "the id the other v2 routes take");
    assert!(body["_meta"]["links"]["next"].is_null(), "one page: {body}");
}

#[tokio::test]
async fn unknown_emails_find_nobody_and_limits_are_checked() {
    let v2 = V2::start().await;
    let body = v2.ok("/v2/persons?email=nobody@example.com").await;
    assert_eq!(body["_data"], serde_json::json!([]), "nobody has it");
    let (all, hrefs) = v2.all("/v2/persons?limit=10").await;
    assert_eq!(
        all.len(),
        v2.sandbox.employees().len(),
        "paging reaches everyone"
    );
    assert!(!hrefs.is_empty(), "more than one page of 10");
    assert_eq!(
        v2.get("/v2/persons?limit=51").await.status,
        400,
        "limit is 1–50"
    );
}
