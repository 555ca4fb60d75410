//! Tables `personio_outbox` and `entry_periods`: a change is queued in the entry's own
//! transaction, the newest change wins, a finished push removes only what it sent, and a push
//! of a replaced connection writes nothing.

mod common;

use chrono::Duration;
use common::{local, now, temp_store};
use stint_store::{
    EntryPeriod, NewTimeEntry, OutboxAction, PushWrite, SettingsWrite, Store, StoreError,
};

fn entry() -> NewTimeEntry {
    NewTimeEntry {
        start: local("2026-03-02 09:00"),
        end: Some(local("2026-03-02 12:00")),
        minutes: 180,
        note: String::new(),
    }
}

fn connected(store: &mut Store) -> i64 {
    store
        .change_settings(|_| {
            Some(SettingsWrite {
                document: "{}".into(),
                new_connection: true,
                clear_personio: false,
            })
        })
        .expect("connect");
    store.connection_generation().expect("reads")
}

fn link(entry_id: i64, period: &str) -> PushWrite {
    PushWrite::Link(EntryPeriod {
        period_id: period.into(),
        entry_id,
        part: 0,
        status: "PENDING".into(),
        updated_at: None,
    })
}

#[test]
fn a_change_is_queued_with_its_entry_and_the_newest_change_wins() {
    let (_dir, mut store) = temp_store();
    let id = store
        .add_time_entry_and_queue(&entry(), now())
        .expect("adds");
    let queued = store.outbox().expect("reads");
    assert_eq!(queued.len(), 1, "the add is queued");
    assert_eq!(
        (queued[0].entry_id, queued[0].action),
        (id, OutboxAction::Put)
    );

    let later = now() + Duration::minutes(5);
    store
        .update_time_entry_and_queue(id, &entry(), later)
        .expect("edits");
    let queued = store.outbox().expect("reads");
    assert_eq!(queued.len(), 1, "one row per entry: {queued:?}");
    assert_eq!(
        queued[0].queued_at, later,
        "the newest change is what waits"
    );

    store
        .delete_time_entry_and_queue(id, later)
        .expect("deletes");
    assert!(
        store.outbox().expect("reads").is_empty(),
        "an entry that never reached Personio leaves nothing to send when deleted"
    );
}

#[test]
fn a_deleted_entry_in_personio_queues_the_deletion_of_its_periods() {
    let (_dir, mut store) = temp_store();
    let generation = connected(&mut store);
    let id = store
        .add_time_entry_and_queue(&entry(), now())
        .expect("adds");
    let item = store.outbox_item(id).expect("reads").expect("queued");
    store
        .record_push(generation, &link(id, "p1"))
        .expect("linked");
    assert!(store
        .record_push(
            generation,
            &PushWrite::Done {
                entry_id: id,
                queued_at: item.queued_at
            }
        )
        .expect("done"));
    assert!(store.outbox().expect("reads").is_empty(), "sent, so gone");

    store
        .delete_time_entry_and_queue(id, now())
        .expect("deletes");
    let queued = store.outbox().expect("reads");
    assert_eq!(queued.len(), 1, "its period must still go");
    assert_eq!(queued[0].action, OutboxAction::Delete);
    assert_eq!(
        store.linked_period_ids().expect("reads").len(),
        1,
        "the link stays until Personio confirms the delete"
    );
}

#[test]
fn a_push_finishes_only_the_change_it_sent() {
    let (_dir, mut store) = temp_store();
    let generation = connected(&mut store);
    let id = store
        .add_time_entry_and_queue(&entry(), now())
        .expect("adds");
    let sent = store.outbox_item(id).expect("reads").expect("queued");
    // The user edits while the push is under way.
    store
        .update_time_entry_and_queue(id, &entry(), now() + Duration::seconds(1))
        .expect("edits");
    let gone = store
        .record_push(
            generation,
            &PushWrite::Done {
                entry_id: id,
                queued_at: sent.queued_at,
            },
        )
        .expect("records");
    assert!(!gone, "the newer change is not dropped");
    assert_eq!(
        store.outbox().expect("reads").len(),
        1,
        "it waits for the next push"
    );
}

#[test]
fn a_refusal_waits_until_the_entry_changes() {
    let (_dir, mut store) = temp_store();
    let generation = connected(&mut store);
    let id = store
        .add_time_entry_and_queue(&entry(), now())
        .expect("adds");
    store
        .record_push(
            generation,
            &PushWrite::Refused {
                entry_id: id,
                reason: "overlaps".into(),
            },
        )
        .expect("records");
    assert_eq!(
        store
            .outbox_item(id)
            .expect("reads")
            .and_then(|i| i.refused)
            .as_deref(),
        Some("overlaps")
    );
    store
        .update_time_entry_and_queue(id, &entry(), now() + Duration::minutes(1))
        .expect("edits");
    assert_eq!(
        store
            .outbox_item(id)
            .expect("reads")
            .and_then(|i| i.refused),
        None,
        "the user changed the entry: it is tried again"
    );
}

#[test]
fn a_push_of_a_replaced_connection_writes_nothing() {
    let (_dir, mut store) = temp_store();
    let old = connected(&mut store);
    let id = store
        .add_time_entry_and_queue(&entry(), now())
        .expect("adds");
    // Disconnect: the outbox and links belong to the old connection and go with it.
    store
        .change_settings(|_| {
            Some(SettingsWrite {
                document: "{}".into(),
                new_connection: true,
                clear_personio: true,
            })
        })
        .expect("disconnect");
    assert!(
        store.outbox().expect("reads").is_empty(),
        "the outbox went with the connection"
    );
    let err = store
        .record_push(old, &link(id, "late"))
        .expect_err("refused");
    assert!(matches!(err, StoreError::Superseded { .. }), "{err:?}");
    assert!(
        store.linked_period_ids().expect("reads").is_empty(),
        "a push still under way links nothing afterwards"
    );
}
