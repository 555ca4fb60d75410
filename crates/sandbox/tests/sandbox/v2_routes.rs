//! The route table: wrong methods and unknown paths answer in the envelope of their API version,
//! and a trailing slash reaches the same route.

use reqwest::Method;

use crate::v2_harness::{error_type, V2};

#[tokio::test]
async fn wrong_methods_and_unknown_paths_keep_their_envelopes() {
    let v2 = V2::start().await;
    let wrong = v2.send(Method::DELETE, "/v2/persons", None).await;
    assert_eq!(wrong.status, 405, "persons are read only: {}", wrong.text);
    assert_eq!(
        error_type(&wrong),
        "method_not_allowed",
        "in the v2 envelope"
    );
    let item = v2.get("/v2/attendance-periods/some-id").await;
    assert_eq!(
        item.status, 405,
        "a single period is changed or deleted, not read"
    );
    let unknown = v2.get("/v2/absence-types").await;
    assert_eq!(unknown.status, 404, "not served: {}", unknown.text);
    assert_eq!(
        v2.get("/v2/persons/?limit=1").await.status,
        200,
        "a trailing slash reaches the same route"
    );
}
