//! Each fault, how often it fires, and that faulted requests are still counted and logged.

use std::time::{Duration, Instant};

use serde_json::json;
use stint_sandbox::{Endpoint, Fault};

use crate::common::{data, Api};

const TYPES: &str = "/v1/company/time-off-types";

#[tokio::test]
async fn status_faults_fire_as_often_as_asked() {
    let api = Api::start().await;
    let cases = [
        (Fault::Status401, 401),
        (Fault::Status403, 403),
        (Fault::RateLimited { retry_after: None }, 429),
        (Fault::Status500, 500),
    ];
    for (fault, status) in cases {
        api.sandbox
            .inject(Endpoint::TimeOffTypes, fault.clone(), Some(2));
        for _ in 0..2 {
            let answer = api.get(TYPES).await;
            assert_eq!(answer.status, status, "{fault:?} answers {status}");
            assert_eq!(
                answer.json()["success"],
                json!(false),
                "{fault:?} keeps the v1 envelope"
            );
        }
        assert_eq!(
            api.get(TYPES).await.status,
            200,
            "{fault:?} with times 2 is used up"
        );
    }
    assert_eq!(
        api.sandbox.request_count(Endpoint::TimeOffTypes),
        12,
        "faulted requests count too"
    );
    let statuses: Vec<u16> = api.sandbox.requests().iter().map(|r| r.status).collect();
    assert_eq!(
        statuses,
        vec![401, 401, 200, 403, 403, 200, 429, 429, 200, 500, 500, 200],
        "the log records what each request was answered"
    );
}

#[tokio::test]
async fn rate_limits_carry_retry_after_only_when_given() {
    let api = Api::start().await;
    api.sandbox.inject(
        Endpoint::Employees,
        Fault::RateLimited {
            retry_after: Some(3),
        },
        Some(1),
    );
    api.sandbox.inject(
        Endpoint::Employees,
        Fault::RateLimited { retry_after: None },
        Some(1),
    );
    let with = api.get("/v1/company/employees").await;
    assert_eq!(
        with.retry_after.as_deref(),
        Some("3"),
        "Retry-After in seconds when set"
    );
    let without = api.get("/v1/company/employees").await;
    assert_eq!(
        (without.status, without.retry_after),
        (429, None),
        "v2-style 429 without header"
    );
}

#[tokio::test]
async fn a_fault_without_count_lasts_until_cleared() {
    let api = Api::start().await;
    api.sandbox
        .inject(Endpoint::Balance, Fault::Status500, None);
    let path = format!("/v1/company/employees/{}/absences/balance", api.demo_id());
    for _ in 0..3 {
        assert_eq!(
            api.get(&path).await.status,
            500,
            "times: None keeps failing"
        );
    }
    api.sandbox.clear_faults();
    assert_eq!(
        api.get(&path).await.status,
        200,
        "clear_faults heals the endpoint"
    );
}

#[tokio::test]
async fn a_delay_makes_a_client_time_out_and_is_still_counted() {
    let api = Api::start().await;
    api.sandbox.inject(
        Endpoint::TimeOffTypes,
        Fault::Delay(Duration::from_secs(3)),
        Some(1),
    );
    let client = reqwest::Client::builder()
        .timeout(Duration::from_millis(200))
        .build()
        .expect("client builds");
    let url = format!("{}{TYPES}", api.sandbox.base_url());
    let error = client
        .get(url)
        .bearer_auth(&api.token)
        .send()
        .await
        .expect_err("must time out");
    assert!(
        error.is_timeout(),
        "the delay outlasts the client's timeout: {error}"
    );
    assert_eq!(
        api.sandbox.request_count(Endpoint::TimeOffTypes),
        1,
        "counted on arrival"
    );
}

#[tokio::test]
async fn latency_delays_every_answer() {
    let api = Api::start().await;
    api.sandbox.set_latency(Duration::from_millis(150));
    let started = Instant::now();
    assert_eq!(
        api.get(TYPES).await.status,
        200,
        "latency does not change the answer"
    );
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "the answer waited the latency"
    );
    let logged = &api.sandbox.requests()[0];
    assert!(
        logged.finished - logged.started >= Duration::from_millis(150),
        "the log's timestamps show the latency"
    );
}

#[tokio::test]
async fn a_truncated_body_is_valid_http_with_half_the_json() {
    let api = Api::start().await;
    let whole = api.get(TYPES).await.text;
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::TruncatedBody, Some(1));
    let cut = api.get(TYPES).await;
    assert_eq!(cut.status, 200, "truncation hides behind a success status");
    assert!(
        serde_json::from_str::<serde_json::Value>(&cut.text).is_err(),
        "the JSON is broken"
    );
    assert!(
        whole.starts_with(&cut.text) && cut.text.len() == whole.len() / 2,
        "it is the first half of the real answer"
    );
}

#[tokio::test]
async fn wrong_types_change_every_value_type_in_data() {
    let api = Api::start().await;
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::WrongTypes, Some(1));
    let body = api.ok(TYPES).await;
    let first = &data(&body)[0]["attributes"];
    assert_eq!(first["id"], json!(true), "numbers became booleans");
    assert_eq!(first["name"], json!(12345), "strings became numbers");
    assert_eq!(
        first["approval_required"],
        json!("yes"),
        "booleans became strings"
    );
}

#[tokio::test]
async fn paging_can_lie_about_a_next_page_that_is_empty() {
    let api = Api::start().await;
    api.sandbox
        .inject(Endpoint::TimeOffs, Fault::NextLinkToEmptyPage, Some(1));
    let anna = api.demo_id();
    let base = format!("/v1/company/time-offs?employees[]={anna}");
    let first = api.ok(&format!("{base}&offset=1")).await;
    assert_eq!(
        first["metadata"]["total_pages"],
        json!(2),
        "metadata claims a second page"
    );
    let second = api.ok(&format!("{base}&offset=2")).await;
    assert!(
        data(&second).is_empty(),
        "the claimed page is empty; a client must stop there"
    );
}

#[tokio::test]
async fn a_missing_attribute_is_silently_left_out() {
    let api = Api::start().await;
    api.sandbox.inject(
        Endpoint::Employees,
        Fault::MissingAttribute("work_schedule".into()),
        None,
    );
    let body = api
        .ok("/v1/company/employees?email=anna.schmidt@demo.stint.app")
        .await;
    let attributes = data(&body)[0]["attributes"].as_object().expect("object");
    assert!(
        !attributes.contains_key("work_schedule"),
        "the attribute is gone"
    );
    assert!(attributes.contains_key("email"), "the rest is intact");
}
