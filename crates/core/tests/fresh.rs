//! "Fresh install": what decides that the app opens on Connections (the demo offer) instead of
//! the Timeline. Anything the user set up themselves makes it a configured install.

mod common;

use common::*;
use stint_model::TimeEntryInput;

fn an_hour_today() -> TimeEntryInput {
    TimeEntryInput {
        date: chrono::Local::now().date_naive(),
        minutes: Some(60),
        ..TimeEntryInput::default()
    }
}

#[test]
fn own_entries_and_weekly_hours_end_the_fresh_state_and_undoing_them_restores_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let stint = open(dir.path());
    assert!(
        stint.is_fresh().expect("answers"),
        "a new data dir is fresh"
    );

    let id = stint
        .add_time_entry(&an_hour_today())
        .expect("the entry saves")
        .id
        .expect("a local entry has an id");
    assert!(
        !stint.is_fresh().expect("answers"),
        "a time entry is the user's own data"
    );
    stint.delete_time_entry(id).expect("the entry deletes");
    assert!(
        stint.is_fresh().expect("answers"),
        "nothing of the user's is left"
    );

    stint
        .set_weekly_minutes([360, 360, 360, 360, 0, 0, 0])
        .expect("weekly hours save");
    assert!(
        !stint.is_fresh().expect("answers"),
        "own weekly hours are a configured install"
    );
}

#[tokio::test]
async fn a_personio_connection_is_not_fresh_and_a_disconnect_without_own_data_is_again() {
    let (_sandbox, _dir, stint) = connected().await;
    assert!(
        !stint.is_fresh().expect("answers"),
        "connected is configured"
    );
    stint.disconnect().expect("disconnect works");
    assert!(
        stint.is_fresh().expect("answers"),
        "after a disconnect with nothing of their own, the user sees the demo offer again"
    );
}
