//! Authentication rules of `POST /v1/auth` and the bearer check on every other endpoint.

use serde_json::json;

use crate::common::{post_json, Api};

#[tokio::test]
async fn demo_credentials_get_a_day_long_papi_token() {
    let api = Api::start().await;
    assert!(
        api.token.starts_with("papi-"),
        "tokens look like Personio's: {}",
        api.token
    );
    let creds = api.sandbox.credentials();
    let body = json!({"client_id": creds.client_id, "client_secret": creds.client_secret});
    let answer = post_json(
        &api.client,
        &format!("{}/v1/auth", api.sandbox.base_url()),
        &body,
    )
    .await;
    let data = &answer.json()["data"];
    assert_eq!(data["expires_in"], json!(86400), "tokens live 24 h");
    assert_ne!(
        data["token"],
        json!(api.token),
        "each auth call issues a fresh token"
    );
}

#[tokio::test]
async fn wrong_credentials_get_the_documented_401() {
    let api = Api::start().await;
    let creds = api.sandbox.credentials();
    let body = json!({"client_id": creds.client_id, "client_secret": "nope"});
    let answer = post_json(
        &api.client,
        &format!("{}/v1/auth", api.sandbox.base_url()),
        &body,
    )
    .await;
    assert_eq!(answer.status, 401, "bad secret is an auth failure");
    assert_eq!(
        answer.json(),
        json!({"success": false, "error": {"code": 0, "message": "Wrong credentials"}}),
        "the exact envelope clients map to 'check client id and secret'"
    );
}

#[tokio::test]
async fn credentials_in_the_query_string_are_refused_with_403() {
    let api = Api::start().await;
    let creds = api.sandbox.credentials();
    let url = format!(
        "{}/v1/auth?client_id={}&client_secret={}",
        api.sandbox.base_url(),
        creds.client_id,
        creds.client_secret
    );
    let answer = api.client.post(url).send().await.expect("sandbox answers");
    assert_eq!(
        answer.status().as_u16(),
        403,
        "query-string credentials are deprecated"
    );
}

#[tokio::test]
async fn data_endpoints_need_a_valid_bearer_token() {
    let api = Api::start().await;
    let url = format!("{}/v1/company/time-off-types", api.sandbox.base_url());
    let bare = api.client.get(&url).send().await.expect("answers");
    assert_eq!(bare.status().as_u16(), 401, "no Authorization header");
    let body: serde_json::Value =
        serde_json::from_str(&bare.text().await.expect("body")).expect("json");
    assert_eq!(
        body["error"]["message"],
        json!("Authorization is not provided"),
        "Personio's wording for a missing header"
    );
    let bogus = api
        .client
        .get(&url)
        .bearer_auth("made-up-token-for-test")
        .send()
        .await
        .expect("answers");
    assert_eq!(bogus.status().as_u16(), 401, "an unknown token is rejected");
    assert_eq!(
        api.get("/v1/company/time-off-types").await.status,
        200,
        "the issued token works"
    );
}

#[tokio::test]
async fn expired_tokens_fail_until_the_client_reauthenticates() {
    let api = Api::start().await;
    api.sandbox.expire_tokens();
    let answer = api.get("/v1/company/employees").await;
    assert_eq!(answer.status, 401, "after expiry the old token is rejected");
    let fresh = Api {
        token: {
            let creds = api.sandbox.credentials();
            let body = json!({"client_id": creds.client_id, "client_secret": creds.client_secret});
            let auth = post_json(
                &api.client,
                &format!("{}/v1/auth", api.sandbox.base_url()),
                &body,
            )
            .await;
            auth.json()["data"]["token"]
                .as_str()
                .expect("token")
                .to_owned()
        },
        sandbox: api.sandbox.clone(),
        client: api.client.clone(),
    };
    assert_eq!(
        fresh.get("/v1/company/employees").await.status,
        200,
        "re-auth recovers"
    );
}

#[tokio::test]
async fn more_than_60_auth_calls_a_minute_are_rate_limited() {
    let api = Api::start().await;
    let url = format!("{}/v1/auth", api.sandbox.base_url());
    let body = json!({"client_id": "x", "client_secret": "y"});
    // Api::start already used one call.
    for _ in 0..59 {
        let answer = post_json(&api.client, &url, &body).await;
        assert_eq!(
            answer.status, 401,
            "within the limit, bad credentials are just 401"
        );
    }
    let limited = post_json(&api.client, &url, &body).await;
    assert_eq!(
        limited.status, 429,
        "the 61st auth call in a minute hits Personio's limit"
    );
    assert_eq!(
        limited.retry_after.as_deref(),
        Some("60"),
        "with the 60 s cool-down"
    );
}
