//! `POST /v2/auth/token` and the v2 bearer check: good and bad credentials, and tokens of one
//! version refused by the other.

use crate::common::Api;
use crate::v2_harness::{error_type, good_form, token_request, V2};

#[tokio::test]
async fn good_credentials_get_a_bearer_token_with_every_scope() {
    let v2 = V2::start().await;
    let answer = token_request(&v2.client, &v2.sandbox.base_url(), &good_form(&v2.sandbox)).await;
    assert_eq!(
        answer.status, 200,
        "form-encoded client credentials work: {}",
        answer.text
    );
    let body = answer.json();
    assert_eq!(body["token_type"], "Bearer", "an OAuth bearer token");
    assert_eq!(body["expires_in"], 86_400, "valid for a day");
    let scope = body["scope"].as_str().expect("scope is a string");
    for area in stint_sandbox::scopes::ALL {
        assert!(
            scope.contains(area),
            "the demo credential has {area}: {scope}"
        );
    }
}

#[tokio::test]
async fn bad_credentials_are_an_oauth_invalid_client() {
    let v2 = V2::start().await;
    let id = v2.sandbox.credentials().client_id;
    let form = format!("grant_type=client_credentials&client_id={id}&client_secret=wrong");
    let answer = token_request(&v2.client, &v2.sandbox.base_url(), &form).await;
    assert_eq!(
        answer.status, 401,
        "a wrong secret is refused: {}",
        answer.text
    );
    let body = answer.json();
    assert_eq!(body["error"], "invalid_client", "OAuth error code");
    assert!(
        body["error_description"].is_string(),
        "with a description: {body}"
    );
    let form = good_form(&v2.sandbox).replace("client_credentials", "password");
    let answer = token_request(&v2.client, &v2.sandbox.base_url(), &form).await;
    assert_eq!(
        answer.json()["error"],
        "unsupported_grant_type",
        "only client_credentials"
    );
}

#[tokio::test]
async fn a_v1_token_does_not_open_v2_nor_the_reverse() {
    let api = Api::start().await;
    let url = format!("{}/v2/persons", api.sandbox.base_url());
    let response = api.client.get(url).bearer_auth(&api.token).send().await;
    let answer = crate::common::Answer::read(response.expect("answers")).await;
    assert_eq!(
        answer.status, 401,
        "v1 tokens live in another store: {}",
        answer.text
    );
    assert_eq!(error_type(&answer), "unauthorized", "in the v2 envelope");

    let v2 = V2::start().await;
    let url = format!("{}/v1/company/employees", v2.sandbox.base_url());
    let response = v2.client.get(url).bearer_auth(&v2.token).send().await;
    let answer = crate::common::Answer::read(response.expect("answers")).await;
    assert_eq!(
        answer.status, 401,
        "a v2 token is no v1 token: {}",
        answer.text
    );
}

#[tokio::test]
async fn no_token_is_a_401_in_the_v2_envelope() {
    let v2 = V2::start().await;
    let url = format!("{}/v2/absence-periods", v2.sandbox.base_url());
    let response = v2.client.get(url).send().await.expect("answers");
    let answer = crate::common::Answer::read(response).await;
    assert_eq!(answer.status, 401, "v2 routes need a bearer token");
    assert_eq!(error_type(&answer), "unauthorized", "v2 envelope");
}
