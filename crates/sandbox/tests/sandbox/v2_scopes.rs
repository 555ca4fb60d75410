//! Scopes per area: a withdrawn scope refuses its area with 403 while the others keep working.

use reqwest::Method;
use serde_json::json;
use stint_sandbox::{scopes, SandboxConfig, V2Options};

use crate::common::config;
use crate::v2_harness::{error_type, good_form, token_request, V2};

#[tokio::test]
async fn withdrawn_attendance_writes_refuse_only_writes() {
    let v2 = V2::start().await;
    v2.sandbox.withdraw_scope(scopes::ATTENDANCES_WRITE);
    let person = v2.person();
    let body = json!({"person": {"id": person}, "type": "WORK", "start": {"date_time": "2025-06-04T09:00:00"}});
    let refused = v2
        .send(Method::POST, "/v2/attendance-periods", Some(&body))
        .await;
    assert_eq!(refused.status, 403, "no write scope: {}", refused.text);
    assert_eq!(error_type(&refused), "missing_scope", "said which problem");
    assert!(
        refused.text.contains(scopes::ATTENDANCES_WRITE),
        "names the scope: {}",
        refused.text
    );
    for path in [
        format!("/v2/attendance-periods?person.id={person}"),
        format!("/v2/absence-periods?person.id={person}"),
        "/v2/persons".to_owned(),
    ] {
        assert_eq!(v2.get(&path).await.status, 200, "{path} keeps working");
    }
    let token = token_request(&v2.client, &v2.sandbox.base_url(), &good_form(&v2.sandbox)).await;
    let scope = token.json()["scope"].as_str().expect("scope").to_owned();
    assert!(
        !scope.contains(scopes::ATTENDANCES_WRITE),
        "a new token lists what is granted: {scope}"
    );
    v2.sandbox.restore_scope(scopes::ATTENDANCES_WRITE);
    let booked = v2
        .send(Method::POST, "/v2/attendance-periods", Some(&body))
        .await;
    assert_eq!(booked.status, 201, "restored: {}", booked.text);
}

#[tokio::test]
async fn a_config_without_absences_refuses_absences_only() {
    let v2 = V2::start_with(SandboxConfig {
        v2: V2Options {
            withdrawn_scopes: vec![scopes::ABSENCES_READ.to_owned()],
            ..V2Options::default()
        },
        ..config()
    })
    .await;
    let absences = v2.get("/v2/absence-periods").await;
    assert_eq!(
        absences.status, 403,
        "absences are out of scope: {}",
        absences.text
    );
    let breakdowns = v2.get("/v2/absence-periods/x/breakdowns").await;
    assert_eq!(breakdowns.status, 403, "so are their breakdowns");
    assert_eq!(
        v2.get("/v2/persons").await.status,
        200,
        "persons still work"
    );
    assert_eq!(
        v2.get("/v2/attendance-periods").await.status,
        200,
        "attendances still work"
    );
}
