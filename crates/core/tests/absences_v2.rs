//! Absences come from Personio's v2 when the credential may read them there, and from v1 as
//! before when it may not — the same days (and clock times of hour-based ones) either way, and
//! the Connection Manager says which.

mod common;

use common::*;
use stint_model::{PersonioArea, SyncTrigger};
use stint_sandbox::{scopes, Endpoint};

fn stored(dir: &std::path::Path, stint: &stint_core::Stint) -> Vec<stint_store::StoredAbsence> {
    let (from, to) = stint.sync_window();
    stored_personio_absences(dir, from, to)
}

fn absences_area(stint: &stint_core::Stint) -> stint_model::AreaView {
    stint
        .status()
        .expect("status")
        .areas
        .into_iter()
        .find(|a| a.area == PersonioArea::Absences)
        .expect("the absences area is reported")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn absences_come_over_v2_and_fall_back_to_v1_without_the_scope() {
    let (sandbox, dir, stint) = connected().await;
    let over_v2 = timeline_text(&stint);
    let stored_v2 = stored(dir.path(), &stint).len();
    assert!(stored_v2 > 0, "the demo employee has absences");
    assert!(absences_area(&stint).available, "read over v2");

    sandbox.withdraw_scope(scopes::ABSENCES_READ);
    stint
        .sync(SyncTrigger::Manual)
        .await
        .expect("still syncs over v1");
    let area = absences_area(&stint);
    assert!(
        !area.available,
        "the Connection Manager shows absences as not read over v2"
    );
    let detail = area.detail.unwrap_or_default();
    assert!(
        detail.contains(scopes::ABSENCES_READ) && detail.contains("v1"),
        "it names the scope and says v1 is used meanwhile: {detail}"
    );
    assert_eq!(
        timeline_text(&stint),
        over_v2,
        "the same targets and absences over v1 as over v2"
    );
    assert_eq!(stored(dir.path(), &stint).len(), stored_v2);

    sandbox.restore_scope(scopes::ABSENCES_READ);
    sandbox.reset_counters();
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    assert!(
        sandbox.request_count(Endpoint::V2AbsencePeriods) > 0,
        "with the scope back, absences are read over v2 again"
    );
    assert!(absences_area(&stint).available);
    assert_eq!(
        timeline_text(&stint),
        over_v2,
        "and nothing changed for the user"
    );
}

/// The clock times of the hour-based absences the core hands to the exports, by Personio id.
fn hour_times(stint: &stint_core::Stint) -> Vec<(String, Option<stint_model::AbsenceTimes>)> {
    let (from, to) = stint.sync_window();
    stint
        .absence_periods(from, to)
        .expect("absence periods")
        .into_iter()
        .filter(|p| p.is_hour_based())
        .map(|p| match p.id {
            stint_model::AbsenceId::Personio(id) => (id, p.times),
            other => panic!("a connected Stint lists Personio's absences, got {other:?}"),
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hour_based_absences_keep_their_clock_times_over_v2_and_v1() {
    let (sandbox, _dir, stint) = connected().await;
    let over_v2 = hour_times(&stint);
    assert!(
        !over_v2.is_empty(),
        "setup: the demo employee has hour-based absences in the sync window"
    );
    let demo = sandbox.absence_periods_of(sandbox.employees()[0].id);
    for (id, times) in &over_v2 {
        let source = demo
            .iter()
            .find(|p| id == &format!("hour:{}", p.id))
            .unwrap_or_else(|| panic!("{id} is one of the sandbox's hour-based absences"));
        assert_eq!(
            *times,
            Some(stint_model::AbsenceTimes {
                start: source.start,
                end: source.end,
            }),
            "{id} carries Personio's start and end from the client through the store"
        );
    }
    sandbox.withdraw_scope(scopes::ABSENCES_READ);
    stint
        .sync(SyncTrigger::Manual)
        .await
        .expect("still syncs over v1");
    assert_eq!(
        hour_times(&stint),
        over_v2,
        "v1's start and end (written with an offset) give the same wall times"
    );
}
