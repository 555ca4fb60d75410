//! Table `settings`: one document changed under one write lock, and the connection generation
//! that lets a disconnect win over a sync still running.

mod common;

use common::{day, day_absence, snapshot, temp_store};
use stint_store::{SettingsWrite, StoreError};

fn write(document: &str, new_connection: bool, clear_personio: bool) -> Option<SettingsWrite> {
    Some(SettingsWrite {
        document: document.to_owned(),
        new_connection,
        clear_personio,
    })
}

#[test]
fn a_change_sees_the_stored_document_and_bumps_the_generation_only_on_a_new_connection() {
    let (_dir, mut store) = temp_store();
    assert_eq!(
        store.settings_row().expect("reads"),
        None,
        "nothing saved yet"
    );
    assert_eq!(store.connection_generation().expect("reads"), 0);

    let row = store
        .change_settings(|before| {
            assert!(before.is_none(), "the first change sees no document");
            write("{\"a\":1}", false, false)
        })
        .expect("saves")
        .expect("a row");
    assert_eq!((row.document.as_str(), row.generation), ("{\"a\":1}", 0));

    let row = store
        .change_settings(|before| {
            assert_eq!(before.map(|r| r.document.as_str()), Some("{\"a\":1}"));
            write("{\"a\":2}", true, false)
        })
        .expect("saves")
        .expect("a row");
    assert_eq!(row.generation, 1, "a connect starts a new generation");

    let kept = store.change_settings(|_| None).expect("reads");
    assert_eq!(
        kept,
        Some(row),
        "a change that writes nothing keeps the row"
    );
}

#[test]
fn a_sync_of_a_replaced_connection_writes_nothing() {
    let (_dir, mut store) = temp_store();
    store
        .change_settings(|_| write("{}", true, false))
        .expect("connect");
    let generation = store.connection_generation().expect("reads");
    let snap = snapshot(vec![day_absence("101", "2026-03-02", "2026-03-03")]);
    store
        .replace_personio_window(generation, day("2026-03-01"), day("2026-03-31"), &snap)
        .expect("a sync of the current connection commits");

    // Disconnect: a new generation, Personio's tables emptied, in one transaction.
    store
        .change_settings(|_| write("{}", true, true))
        .expect("disconnect");
    assert_eq!(store.profile().expect("reads"), None, "the profile is gone");

    let late =
        store.replace_personio_window(generation, day("2026-03-01"), day("2026-03-31"), &snap);
    assert!(
        matches!(late, Err(StoreError::Superseded { expected, found }) if expected == generation && found == generation + 1),
        "the sync that was running is refused: {late:?}"
    );
    assert_eq!(
        store.profile().expect("reads"),
        None,
        "and the disconnected folder stays without Personio data"
    );
    assert!(
        store
            .personio_absences_between(day("2026-03-01"), day("2026-03-31"))
            .expect("reads")
            .is_empty(),
        "no absence came back"
    );
}
