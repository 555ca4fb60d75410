//! Faults for the client's defences against answers that look fine on the wire: a redirect, a
//! body that trickles, and 200s whose `data` disagrees with their own `metadata`.

use std::time::{Duration, Instant};

use serde_json::json;
use stint_sandbox::{Endpoint, Fault};

use crate::common::{data, post_json, Api};

const TYPES: &str = "/v1/company/time-off-types";

#[tokio::test]
async fn a_redirect_names_its_target_in_location() {
    let api = Api::start().await;
    api.sandbox.inject(
        Endpoint::Auth,
        Fault::Redirect {
            status: 307,
            location: "http://127.0.0.1:9/steal".into(),
        },
        Some(1),
    );
    let no_follow = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let response = no_follow
        .post(format!("{}/v1/auth", api.sandbox.base_url()))
        .body("{}")
        .send()
        .await
        .expect("sandbox answers");
    assert_eq!(response.status().as_u16(), 307, "the status asked for");
    assert_eq!(
        response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("http://127.0.0.1:9/steal"),
        "the Location a following client would send the secret to"
    );
    let credentials = api.sandbox.credentials();
    let body =
        json!({"client_id": credentials.client_id, "client_secret": credentials.client_secret});
    let after = post_json(
        &no_follow,
        &format!("{}/v1/auth", api.sandbox.base_url()),
        &body,
    )
    .await;
    assert_eq!(
        after.status, 200,
        "times: 1 redirects once, then auth works"
    );
}

#[tokio::test]
async fn a_trickle_sends_the_real_answer_one_byte_at_a_time() {
    let api = Api::start().await;
    let whole = api.get(TYPES).await.text;
    let every = Duration::from_millis(25);
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::Trickle(every), Some(1));
    let started = Instant::now();
    let mut response = api
        .client
        .get(format!("{}{TYPES}", api.sandbox.base_url()))
        .bearer_auth(&api.token)
        .send()
        .await
        .expect("headers arrive at once");
    assert_eq!(
        response.status().as_u16(),
        200,
        "a trickle hides behind 200"
    );
    assert_eq!(
        response.content_length(),
        Some(whole.len() as u64),
        "the full length is announced, like a healthy answer"
    );
    let mut received = Vec::new();
    for _ in 0..4 {
        let chunk = response
            .chunk()
            .await
            .expect("readable")
            .expect("more to come");
        assert_eq!(chunk.len(), 1, "one byte per write");
        received.extend_from_slice(&chunk);
    }
    assert!(
        started.elapsed() >= every * 4,
        "four bytes take four intervals, took {:?}",
        started.elapsed()
    );
    assert_eq!(
        received,
        whole.as_bytes()[..4],
        "the bytes are those of the real answer"
    );
}

#[tokio::test]
async fn empty_data_keeps_the_metadata_counting_the_items() {
    let api = Api::start().await;
    let honest = api.ok(TYPES).await;
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::EmptyData, Some(1));
    let lying = api.ok(TYPES).await;
    assert!(data(&lying).is_empty(), "`data` is []");
    assert!(!data(&honest).is_empty(), "while the real answer has types");
    assert_eq!(
        lying["metadata"], honest["metadata"],
        "the metadata still counts them: the answer contradicts itself"
    );
}

#[tokio::test]
async fn dropped_items_and_missing_data_leave_the_envelope() {
    let api = Api::start().await;
    let honest = api.ok(TYPES).await;
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::DropItems(2), Some(1));
    api.sandbox
        .inject(Endpoint::TimeOffTypes, Fault::MissingData, Some(1));
    let short = api.ok(TYPES).await;
    assert_eq!(
        data(&short).len() + 2,
        data(&honest).len(),
        "the last two items are gone"
    );
    assert_eq!(short["metadata"], honest["metadata"], "and still counted");
    let missing = api.ok(TYPES).await;
    assert!(missing.get("data").is_none(), "no `data` key at all");
    assert_eq!(missing["success"], json!(true), "yet success: true");
}
