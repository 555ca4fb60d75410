//! A sync also reads the user's attendance periods from Personio's v2 and records which v2
//! areas the credential may use; a missing scope on one area fails nothing else.

mod common;

use common::*;
use stint_model::{PersonioArea, SyncTrigger};
use stint_sandbox::scopes;

fn stored_attendances(dir: &std::path::Path, stint: &stint_core::Stint) -> usize {
    let (from, to) = stint.sync_window();
    stint_store::Store::open(&dir.join(stint_core::DATABASE_FILE))
        .expect("the database opens")
        .personio_attendances_between(from, to)
        .expect("attendances read")
        .len()
}

#[tokio::test]
async fn connect_reads_the_attendances_in_the_window_and_every_area_works() {
    let (sandbox, dir, stint) = connected().await;
    let employee = stint.status().unwrap().employee.expect("connected").id;
    let (from, to) = stint.sync_window();
    let in_window = sandbox
        .attendances_of(employee)
        .iter()
        .filter(|p| p.start.date() >= from && p.start.date() <= to)
        .count();
    assert!(
        in_window > 0,
        "the demo employee has attendances in Personio"
    );
    assert_eq!(
        stored_attendances(dir.path(), &stint),
        in_window,
        "every period of the window is stored"
    );
    let areas = stint.status().unwrap().areas;
    assert_eq!(areas.len(), 4, "all four v2 areas are reported: {areas:?}");
    assert!(
        areas.iter().all(|a| a.available && a.detail.is_none()),
        "the demo credential may use them all: {areas:?}"
    );
}

#[tokio::test]
async fn a_withdrawn_attendance_scope_is_reported_and_the_rest_still_syncs() {
    let (sandbox, dir, stint) = connected().await;
    let before = stored_attendances(dir.path(), &stint);
    sandbox.withdraw_scope(scopes::ATTENDANCES_READ);

    let run = stint
        .sync(SyncTrigger::Manual)
        .await
        .expect("schedule, absences and balance still sync");
    assert!(run.ok, "the run is a success");
    let areas = stint.status().unwrap().areas;
    let read = areas
        .iter()
        .find(|a| a.area == PersonioArea::AttendancesRead)
        .expect("reported");
    assert!(!read.available, "attendances cannot be read now");
    let detail = read.detail.as_deref().unwrap_or_default();
    assert!(
        detail.contains(scopes::ATTENDANCES_READ) && detail.contains("Personio"),
        "the detail names the scope and where to add it: {detail}"
    );
    assert!(
        areas
            .iter()
            .filter(|a| a.area != PersonioArea::AttendancesRead)
            .all(|a| a.available),
        "the other areas still work: {areas:?}"
    );
    assert_eq!(
        stored_attendances(dir.path(), &stint),
        before,
        "what was read before stays while the scope is missing"
    );
}
