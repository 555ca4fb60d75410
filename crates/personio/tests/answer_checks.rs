//! Issue 12: answers are checked before they replace anything. A `200` time-offs page with
//! `data: []` while its `metadata` counted the periods used to read as "all of them removed";
//! now a page that disagrees with its own counts, a missing `data` and wrong types fail the read
//! with an error naming the endpoint and what disagreed (the core keeps its stored data when a
//! sync fails). Answers without counts (balance) have nothing to disagree with and still pass.

mod common;

use common::{bounded, client, demo_employee_id, email, sandbox, sandbox_with, window};
use stint_personio::PersonioError;
use stint_sandbox::{EmailFilter, Endpoint, Fault, Formats};

/// The error's message, insisting it is an unexpected-response error.
fn unexpected(result: Result<impl std::fmt::Debug, PersonioError>, why: &str) -> String {
    match result {
        Err(error @ PersonioError::Unexpected { .. }) => error.to_string(),
        other => panic!("{why}: expected an unexpected-response error, got {other:?}"),
    }
}

#[tokio::test]
async fn an_empty_time_offs_page_with_a_count_fails_the_sync_instead_of_removing_everything() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let honest = bounded(client.time_offs(demo_employee_id(&sandbox), window()))
        .await
        .expect("the real answer reads");
    assert!(
        !honest.is_empty(),
        "the demo employee has absences, so an empty page would erase them"
    );
    sandbox.inject(Endpoint::TimeOffs, Fault::EmptyData, None);
    let message = unexpected(
        bounded(client.fetch_snapshot(&email(&sandbox), window())).await,
        "data: [] with total_elements > 0 must fail the sync",
    );
    assert!(
        message.contains("time-offs (GET /v1/company/time-offs)")
            && message.contains("page 1 has no items (`data: []`)")
            && message.contains("`metadata.total_elements` counts"),
        "the message names the endpoint and the disagreement: {message}"
    );
    assert!(
        message.contains("nothing stored is replaced"),
        "and what it means for the user's data: {message}"
    );
}

#[tokio::test]
async fn items_missing_from_the_count_fail_the_read() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::TimeOffs, Fault::DropItems(2), None);
    let message = unexpected(
        bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window())).await,
        "two periods short of the count must not read as two deletions",
    );
    assert!(
        message.contains("items in all but `metadata.total_elements` counts"),
        "the message says how many came and how many were counted: {message}"
    );
}

#[tokio::test]
async fn empty_pages_of_absence_periods_and_types_fail_too() {
    for endpoint in [Endpoint::AbsencePeriods, Endpoint::TimeOffTypes] {
        let sandbox = sandbox().await;
        sandbox.inject(endpoint, Fault::EmptyData, None);
        let message = unexpected(
            bounded(client(&sandbox).fetch_snapshot(&email(&sandbox), window())).await,
            &format!("{endpoint:?}: an empty page with a count must fail the sync"),
        );
        assert!(
            message.contains("has no items (`data: []`)"),
            "{endpoint:?}: {message}"
        );
    }
}

#[tokio::test]
async fn an_empty_employee_page_with_a_count_is_unexpected_not_employee_not_found() {
    let sandbox = sandbox_with(Formats {
        email_filter: EmailFilter::Ignored,
        ..Formats::default()
    })
    .await;
    sandbox.inject(Endpoint::Employees, Fault::EmptyData, None);
    let message = unexpected(
        bounded(client(&sandbox).employee_by_email(&email(&sandbox))).await,
        "an employee list that lost its records must not say the user does not exist",
    );
    assert!(
        message.contains("employees") && message.contains("`data: []`"),
        "the message names the endpoint and the empty page: {message}"
    );
}

#[tokio::test]
async fn a_missing_data_fails_every_endpoint() {
    for endpoint in [
        Endpoint::Employees,
        Endpoint::TimeOffs,
        Endpoint::AbsencePeriods,
        Endpoint::TimeOffTypes,
        Endpoint::Balance,
    ] {
        let sandbox = sandbox().await;
        sandbox.inject(endpoint, Fault::MissingData, None);
        let message = unexpected(
            bounded(client(&sandbox).fetch_snapshot(&email(&sandbox), window())).await,
            &format!("{endpoint:?}: an answer without `data` must fail the sync"),
        );
        assert!(
            message.contains("the answer has no `data`"),
            "{endpoint:?}: the message says what is missing: {message}"
        );
    }
}

#[tokio::test]
async fn wrong_types_name_the_field() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::TimeOffs, Fault::WrongTypes, None);
    let message = unexpected(
        bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window())).await,
        "numbers as booleans must fail the read",
    );
    assert!(
        message.contains("`data[0]` has an unexpected type"),
        "the message points at the item that did not fit: {message}"
    );
}

#[tokio::test]
async fn an_answer_without_counts_has_nothing_to_disagree_with() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::Balance, Fault::EmptyData, None);
    let balances = bounded(client(&sandbox).balances(demo_employee_id(&sandbox))).await;
    assert_eq!(
        balances,
        Ok(Vec::new()),
        "the balance answer has no metadata [spec], so an empty list is taken as it is"
    );
}
