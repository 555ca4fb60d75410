//! Fault injection, latency and request counts on the v2 routes, aimed by endpoint as in v1.

use std::time::{Duration, Instant};

use stint_sandbox::{Endpoint, Fault, FaultSpec};

use crate::v2_harness::{error_type, good_form, token_request, V2};

#[tokio::test]
async fn a_fault_on_attendances_fires_in_the_v2_envelope_and_is_counted() {
    let v2 = V2::start().await;
    v2.sandbox
        .inject(Endpoint::AttendancePeriods, Fault::Status500, Some(1));
    let failed = v2.get("/v2/attendance-periods").await;
    assert_eq!(failed.status, 500, "the fault fires: {}", failed.text);
    assert_eq!(error_type(&failed), "internal_error", "in the v2 envelope");
    assert_eq!(
        v2.get("/v2/attendance-periods").await.status,
        200,
        "once only"
    );
    assert_eq!(
        v2.get("/v2/persons").await.status,
        200,
        "other endpoints are healthy"
    );
    assert_eq!(
        v2.sandbox.request_count(Endpoint::AttendancePeriods),
        2,
        "counted per endpoint"
    );
    assert_eq!(
        v2.sandbox.request_count(Endpoint::Persons),
        1,
        "persons counted apart"
    );
}

#[tokio::test]
async fn spelled_faults_reach_v2_endpoints() {
    let v2 = V2::start().await;
    let spec: FaultSpec = "v2-auth=rate-limited"
        .parse()
        .expect("v2 endpoints have names");
    v2.sandbox.inject(spec.endpoint, spec.fault, Some(1));
    let limited = token_request(&v2.client, &v2.sandbox.base_url(), &good_form(&v2.sandbox)).await;
    assert_eq!(
        (limited.status, limited.retry_after),
        (429, None),
        "v2 429s come without Retry-After"
    );

    let spec: FaultSpec = "persons=truncated-body".parse().expect("spelled");
    v2.sandbox.inject(spec.endpoint, spec.fault, Some(1));
    let cut = v2.get("/v2/persons").await;
    assert!(
        serde_json::from_str::<serde_json::Value>(&cut.text).is_err(),
        "the body is cut: {}",
        cut.text
    );

    let spec: FaultSpec = "v2-absence-periods=next-link-to-empty-page"
        .parse()
        .expect("spelled");
    v2.sandbox.inject(spec.endpoint, spec.fault, Some(1));
    let (items, hrefs) = v2
        .all(&format!(
            "/v2/absence-periods?person.id={}&limit=100",
            v2.person()
        ))
        .await;
    assert_eq!(hrefs.len(), 1, "one link more than exists: {hrefs:?}");
    assert!(
        !items.is_empty(),
        "the extra page is empty but nothing is lost"
    );
    for name in ["v2-breakdowns", "attendance-periods"] {
        assert!(
            format!("{name}=status403").parse::<FaultSpec>().is_ok(),
            "{name} is spelled"
        );
    }
}

#[tokio::test]
async fn latency_applies_to_v2() {
    let v2 = V2::start().await;
    v2.sandbox.set_latency(Duration::from_millis(150));
    let started = Instant::now();
    assert_eq!(v2.get("/v2/persons?limit=1").await.status, 200, "answers");
    assert!(
        started.elapsed() >= Duration::from_millis(150),
        "the latency is added: {:?}",
        started.elapsed()
    );
}
