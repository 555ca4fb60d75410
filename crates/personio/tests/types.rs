//! Absence types over loopback.

mod common;

use common::{bounded, client, sandbox};
use stint_personio::AbsenceUnit;
use stint_sandbox::{Endpoint, Fault, Unit};

#[tokio::test]
async fn types_match_the_sandbox() {
    let sandbox = sandbox().await;
    let got = bounded(client(&sandbox).absence_types()).await.unwrap();
    let demo = sandbox.time_off_types();
    assert_eq!(got.len(), demo.len(), "every type is listed once");
    for kind in demo {
        let found = got
            .iter()
            .find(|t| t.id == u64::try_from(kind.id).unwrap())
            .expect("type present");
        assert_eq!(
            found.name, kind.name,
            "type {} keeps its (German) name",
            kind.id
        );
        assert_eq!(
            found.category, kind.category,
            "type {} keeps its category or None",
            kind.id
        );
        let unit = match kind.unit {
            Unit::Day => AbsenceUnit::Day,
            Unit::Hour => AbsenceUnit::Hour,
        };
        assert_eq!(found.unit, unit, "type {} keeps its unit", kind.id);
    }
}

#[tokio::test]
async fn a_truncated_body_is_an_unexpected_response() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::TimeOffTypes, Fault::TruncatedBody, Some(1));
    let error = bounded(client(&sandbox).absence_types()).await.unwrap_err();
    assert_eq!(
        error.code(),
        "personio_unexpected_response",
        "half a JSON body is not data: {error}"
    );
    assert!(
        error.to_string().contains("truncated"),
        "the message says what was wrong: {error}"
    );
}
