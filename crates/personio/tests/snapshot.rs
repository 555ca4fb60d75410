//! A whole sync's reads over loopback: right data, concurrent requests, few round trips.

mod common;

use std::time::Duration;

use common::{bounded, client, email, sandbox, window};
use stint_sandbox::Endpoint;

#[tokio::test]
async fn a_snapshot_holds_everything_a_sync_needs() {
    let sandbox = sandbox().await;
    let snapshot = bounded(client(&sandbox).fetch_snapshot(&email(&sandbox), window()))
        .await
        .unwrap();
    let demo = &sandbox.employees()[0];
    assert_eq!(
        snapshot.employee.email, demo.email,
        "the snapshot is of the employee asked for"
    );
    assert_eq!(
        snapshot.employee.schedule.minutes,
        demo.weekly_minutes(),
        "with the schedule"
    );
    assert_eq!(snapshot.window, window(), "and the window asked for");
    assert!(!snapshot.time_offs.is_empty(), "a year of day absences");
    assert!(!snapshot.hour_absences.is_empty(), "hour-based absences");
    assert_eq!(
        snapshot.absence_types.len(),
        sandbox.time_off_types().len(),
        "all types"
    );
    assert!(!snapshot.balances.is_empty(), "balances");
    let json = serde_json::to_string(&snapshot).unwrap();
    let back: stint_personio::Snapshot = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back, snapshot,
        "a snapshot survives serialization, e.g. for a cache"
    );
}

#[tokio::test]
async fn independent_reads_run_concurrently() {
    let sandbox = sandbox().await;
    sandbox.set_latency(Duration::from_millis(150));
    let client = client(&sandbox);
    bounded(client.fetch_snapshot(&email(&sandbox), window()))
        .await
        .unwrap();
    let log = sandbox.requests();
    let of = |endpoint| log.iter().find(|r| r.endpoint == Some(endpoint)).unwrap();
    let parallel = [
        Endpoint::TimeOffs,
        Endpoint::AbsencePeriods,
        Endpoint::TimeOffTypes,
        Endpoint::Balance,
    ];
    let latest_start = parallel.iter().map(|e| of(*e).started).max().unwrap();
    let earliest_end = parallel.iter().map(|e| of(*e).finished).min().unwrap();
    assert!(
        latest_start < earliest_end,
        "time-offs, absence periods, types and balance must be in flight together"
    );
    assert!(
        of(Endpoint::Employees).finished <= of(Endpoint::TimeOffs).started,
        "the lookup comes first: its id keys the rest"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "one token for the whole sync"
    );
}

#[tokio::test]
async fn verify_checks_credentials_employee_and_schedule() {
    let sandbox = sandbox().await;
    let employee = bounded(client(&sandbox).verify(&email(&sandbox)))
        .await
        .unwrap();
    assert_eq!(
        employee.schedule.minutes,
        sandbox.employees()[0].weekly_minutes(),
        "the schedule is read"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffs),
        0,
        "connecting reads no absences"
    );
}
