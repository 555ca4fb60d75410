//! Hour-based absences over loopback: per-day minutes from the breakdowns, clipped to the window.

mod common;

use chrono::NaiveDate;
use common::{bounded, client, demo_employee_id, sandbox, window};
use stint_personio::AbsenceTimes;
use stint_sandbox::{Endpoint, Fault};

#[tokio::test]
async fn breakdowns_match_the_sandbox_inside_the_window() {
    let sandbox = sandbox().await;
    let (from, to) = window();
    let got = bounded(client(&sandbox).hour_absences(demo_employee_id(&sandbox), (from, to)))
        .await
        .unwrap();
    assert!(
        !got.is_empty(),
        "the demo employee has hour-based absences in the window"
    );
    let demo = sandbox.absence_periods_of(sandbox.employees()[0].id);
    for absence in &got {
        let source = demo
            .iter()
            .find(|p| p.id == absence.id)
            .expect("every id comes from the sandbox");
        let inside: Vec<(NaiveDate, u32)> = source
            .breakdowns
            .iter()
            .copied()
            .filter(|(d, _)| *d >= from && *d <= to)
            .collect();
        assert_eq!(
            absence.breakdowns, inside,
            "absence {} has the sandbox's minutes per day",
            absence.id
        );
        assert_eq!(
            absence.type_name, source.type_name,
            "absence {} keeps its type name",
            absence.id
        );
        assert_eq!(
            absence.times,
            AbsenceTimes::new(source.start, source.end),
            "absence {} has the sandbox's clock times, the offset dropped",
            absence.id
        );
    }
    let expected = demo
        .iter()
        .filter(|p| p.breakdowns.iter().any(|(d, _)| *d >= from && *d <= to))
        .count();
    assert_eq!(
        got.len(),
        expected,
        "every period with a day in the window is returned once"
    );
}

#[tokio::test]
async fn a_period_on_the_window_edge_is_clipped_to_its_days_inside() {
    let sandbox = sandbox().await;
    let demo = sandbox.absence_periods_of(sandbox.employees()[0].id);
    let period = demo
        .first()
        .expect("the demo employee has an hour-based absence");
    let day = period.breakdowns[0].0;
    let got = bounded(client(&sandbox).hour_absences(demo_employee_id(&sandbox), (day, day)))
        .await
        .unwrap();
    let found = got
        .iter()
        .find(|a| a.id == period.id)
        .expect("a period starting on the window's only day is found");
    assert!(
        found.breakdowns.iter().all(|(d, _)| *d == day),
        "only minutes on {day} are kept, got {:?}",
        found.breakdowns
    );
}

#[tokio::test]
async fn wrong_types_are_an_unexpected_response() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    bounded(client.authenticate()).await.unwrap();
    sandbox.inject(Endpoint::AbsencePeriods, Fault::WrongTypes, Some(1));
    let error = bounded(client.hour_absences(demo_employee_id(&sandbox), window()))
        .await
        .unwrap_err();
    assert_eq!(
        error.code(),
        "personio_unexpected_response",
        "mistyped data is not silently accepted: {error}"
    );
    assert!(
        error.to_string().contains("absence-periods"),
        "the message names the endpoint: {error}"
    );
}
