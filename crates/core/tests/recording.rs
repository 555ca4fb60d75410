//! "Record my time in Personio" end to end against the sandbox over loopback: entries become
//! attendance periods, edits and deletes follow, refusals stay on the entry, a create whose
//! answer was lost is booked once, and a change made in Personio wins without dropping the
//! user's own.

mod common;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use common::*;
use std::path::Path;
use stint_core::Stint;
use stint_model::{iso, EntrySource, PersonioState, SyncTrigger, TimeEntryInput, TimeEntryView};
use stint_personio::ClientConfig;
use stint_sandbox::{
    AttendanceKind, AttendanceStatus, DemoAttendance, Endpoint, Fault, NewAttendance, Sandbox,
};

/// A day with no demo attendances (they are in the past) inside the sync window.
fn day() -> NaiveDate {
    chrono::Local::now().date_naive() + Duration::days(9)
}

fn at(date: NaiveDate, time: &str) -> NaiveDateTime {
    date.and_time(iso::parse_time_of_day(time).expect("a time"))
}

fn input(date: NaiveDate, start: &str, end: &str) -> TimeEntryInput {
    TimeEntryInput {
        date,
        start: Some(start.into()),
        end: Some(end.into()),
        minutes: None,
        note: "review".into(),
    }
}

fn employee(stint: &Stint) -> i64 {
    stint
        .status()
        .expect("status")
        .employee
        .expect("connected")
        .id
}

/// The demo employee's periods in Personio on or after `from`'s day.
fn periods_from(sandbox: &Sandbox, stint: &Stint, from: NaiveDate) -> Vec<DemoAttendance> {
    sandbox
        .attendances_of(employee(stint))
        .into_iter()
        .filter(|p| p.start.date() >= from)
        .collect()
}

fn entries_on(stint: &Stint, date: NaiveDate) -> Vec<TimeEntryView> {
    stint
        .time_entries(date, date + Duration::days(1))
        .expect("entries list")
}

fn tracked_on(stint: &Stint, date: NaiveDate) -> u32 {
    stint.timeline(date, date).expect("timeline").days[0].tracked_minutes
}

async fn recording() -> (Sandbox, tempfile::TempDir, Stint) {
    let (sandbox, dir, stint) = connected().await;
    stint
        .config_set("record_in_personio", "on")
        .expect("the demo credential may write attendances");
    (sandbox, dir, stint)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn recording_is_off_until_turned_on_and_sends_nothing_by_itself() {
    let (sandbox, _dir, stint) = connected().await;
    assert_eq!(
        stint.config_get("record_in_personio").unwrap(),
        "off",
        "off by default"
    );
    stint
        .add_time_entry(&input(day(), "09:00", "12:00"))
        .expect("adds");
    let report = stint
        .push_outbox(false)
        .await
        .expect("a push with nothing to send");
    assert_eq!(
        (report.created, report.waiting),
        (0, 0),
        "nothing was queued: {report:?}"
    );
    assert!(
        periods_from(&sandbox, &stint, day()).is_empty(),
        "nothing reached Personio"
    );

    stint
        .config_set("record_in_personio", "on")
        .expect("turns on");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(
        report.created, 0,
        "turning on sends nothing old: {report:?}"
    );
    let offered = stint
        .offer_entries(day(), day())
        .expect("the user offers the day");
    assert_eq!(
        offered, 1,
        "the day's entry that is only in Stint is offered"
    );
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.created, 1, "offered, it is sent: {report:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_becomes_a_period_an_edit_changes_it_and_a_delete_deletes_it() {
    let (sandbox, _dir, stint) = recording().await;
    let entry = stint
        .add_time_entry(&input(day(), "09:00", "12:00"))
        .expect("adds");
    assert_eq!(
        entry.personio_status,
        Some(PersonioState::Unsent),
        "queued, not yet sent"
    );
    let id = entry.id.expect("a local entry");

    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!((report.created, report.waiting), (1, 0), "{report:?}");
    let periods = periods_from(&sandbox, &stint, day());
    assert_eq!(periods.len(), 1, "one WORK period in Personio: {periods:?}");
    assert_eq!(
        (periods[0].start, periods[0].end),
        (at(day(), "09:00"), Some(at(day(), "12:00")))
    );
    assert_eq!(periods[0].kind, AttendanceKind::Work);
    assert_eq!(
        periods[0].comment, "review",
        "the note travels as the comment"
    );
    let listed = entries_on(&stint, day());
    assert_eq!(
        listed.len(),
        1,
        "listed once, as the user's entry: {listed:?}"
    );
    assert_eq!(
        listed[0].personio_id.as_deref(),
        Some(periods[0].id.as_str())
    );
    assert_eq!(
        listed[0].personio_status,
        Some(PersonioState::Pending),
        "Personio's approval state"
    );

    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    assert_eq!(
        tracked_on(&stint, day()),
        180,
        "counted once after a sync reads the period back"
    );
    assert_eq!(
        entries_on(&stint, day()).len(),
        1,
        "still one entry after the sync"
    );

    stint
        .update_time_entry(id, &input(day(), "09:00", "13:00"))
        .expect("edits");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!((report.created, report.changed), (0, 1), "{report:?}");
    let periods = periods_from(&sandbox, &stint, day());
    assert_eq!(periods.len(), 1, "changed, not added");
    assert_eq!(
        periods[0].end,
        Some(at(day(), "13:00")),
        "the new end reached Personio"
    );

    stint.delete_time_entry(id).expect("deletes");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.deleted, 1, "{report:?}");
    assert!(
        periods_from(&sandbox, &stint, day()).is_empty(),
        "the period is gone from Personio"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_across_midnight_becomes_two_periods_and_one_entry() {
    let (sandbox, _dir, stint) = recording().await;
    stint
        .add_time_entry(&input(day(), "22:00", "02:00"))
        .expect("adds");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.created, 2, "{report:?}");
    let periods = periods_from(&sandbox, &stint, day());
    let spans: Vec<_> = periods.iter().map(|p| (p.start, p.end)).collect();
    let next = day() + Duration::days(1);
    assert_eq!(
        spans,
        vec![
            (at(day(), "22:00"), Some(at(next, "00:00"))),
            (at(next, "00:00"), Some(at(next, "02:00")))
        ],
        "split at midnight, as Personio requires"
    );
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    assert_eq!(
        entries_on(&stint, day()).len(),
        1,
        "one entry, not three: {:?}",
        entries_on(&stint, day())
    );
    assert_eq!(
        tracked_on(&stint, day()) + tracked_on(&stint, next),
        240,
        "4 h counted once"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_without_times_or_with_an_unplaced_break_stay_in_stint_with_the_reason() {
    let (sandbox, _dir, stint) = recording().await;
    let duration_only = TimeEntryInput {
        start: None,
        end: None,
        minutes: Some(60),
        ..input(day(), "", "")
    };
    stint.add_time_entry(&duration_only).expect("adds");
    let with_break = TimeEntryInput {
        minutes: Some(150),
        ..input(day(), "09:00", "12:00")
    };
    stint.add_time_entry(&with_break).expect("adds");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.created, 0, "neither is sent: {report:?}");
    assert_eq!(report.skipped.len(), 2, "both say why: {report:?}");
    assert!(
        periods_from(&sandbox, &stint, day()).is_empty(),
        "no invented times in Personio"
    );
    let listed = entries_on(&stint, day());
    assert!(
        listed
            .iter()
            .all(|e| e.personio_status.is_none() && e.personio_message.is_some()),
        "each shows why it stays in Stint: {listed:?}"
    );
    assert!(
        listed
            .iter()
            .any(|e| e.personio_message.as_deref() == Some("Personio needs a start and an end")),
        "{listed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_overlap_refusal_keeps_the_entry_with_personio_s_reason() {
    let (sandbox, _dir, stint) = recording().await;
    sandbox.add_attendance(NewAttendance {
        employee_id: employee(&stint),
        kind: AttendanceKind::Work,
        start: at(day(), "10:00"),
        end: Some(at(day(), "11:00")),
        status: AttendanceStatus::Confirmed,
    });
    stint
        .add_time_entry(&input(day(), "09:00", "12:00"))
        .expect("adds");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.refused.len(), 1, "{report:?}");
    assert_eq!(
        periods_from(&sandbox, &stint, day()).len(),
        1,
        "only the existing period"
    );
    let mine = entries_on(&stint, day())
        .into_iter()
        .find(|e| e.source == EntrySource::Local)
        .expect("the user's entry stays");
    assert_eq!(mine.personio_status, Some(PersonioState::Refused));
    let message = mine.personio_message.unwrap_or_default();
    assert!(
        message.contains("overlap"),
        "Personio's reason is shown: {message}"
    );
    let again = stint.push_outbox(false).await.expect("push");
    assert_eq!(
        again.created, 0,
        "a refusal is not retried until the entry changes"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_whose_answer_was_lost_is_booked_once_even_across_a_restart() {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let short = ClientConfig {
        sync_deadline: std::time::Duration::from_millis(700),
        ..fast_client()
    };
    {
        let stint = open_with_client(dir.path(), short.clone());
        stint
            .connect(&demo_request(&sandbox))
            .await
            .expect("connects");
        stint.config_set("record_in_personio", "on").expect("on");
        stint
            .add_time_entry(&input(day(), "09:00", "12:00"))
            .expect("adds");
        // Personio stores the period, then the answer trickles in too slowly to be read.
        sandbox.inject(
            Endpoint::AttendancePeriods,
            Fault::Trickle(std::time::Duration::from_millis(200)),
            Some(1),
        );
        let report = stint.push_outbox(false).await.expect("push");
        assert!(report.error.is_some(), "the create timed out: {report:?}");
        assert_eq!(report.waiting, 1, "the change waits: {report:?}");
        assert_eq!(
            periods_from(&sandbox, &stint, day()).len(),
            1,
            "yet Personio has the period"
        );
    } // the app quits here
    let stint = reopen(dir.path(), short);
    sandbox.reset_counters();
    let report = stint
        .push_outbox(false)
        .await
        .expect("push after the restart");
    assert_eq!(
        (report.created, report.waiting),
        (0, 0),
        "matched by read-back, not created again: {report:?}"
    );
    let posts = sandbox
        .requests()
        .iter()
        .filter(|r| r.method == "POST" && r.endpoint == Some(Endpoint::AttendancePeriods))
        .count();
    assert_eq!(posts, 0, "no second create was sent");
    assert_eq!(
        periods_from(&sandbox, &stint, day()).len(),
        1,
        "exactly one period"
    );
    let listed = entries_on(&stint, day());
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(listed[0].personio_id.is_some(), "the entry is linked to it");
}

fn reopen(dir: &Path, config: ClientConfig) -> Stint {
    open_with_client(dir, config)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_in_personio_wins_and_the_unsent_change_is_kept_beside_it() {
    let (sandbox, _dir, stint) = recording().await;
    let id = stint
        .add_time_entry(&input(day(), "09:00", "12:00"))
        .expect("adds")
        .id
        .expect("id");
    stint.push_outbox(false).await.expect("push");
    let period = periods_from(&sandbox, &stint, day()).remove(0);

    // The user moves the start here; before it is sent, someone moves the end in Personio.
    stint
        .update_time_entry(id, &input(day(), "08:00", "12:00"))
        .expect("edits");
    assert!(sandbox.move_attendance(&period.id, at(day(), "09:00"), Some(at(day(), "12:30"))));
    stint.sync(SyncTrigger::Manual).await.expect("syncs");

    let mine = entries_on(&stint, day()).remove(0);
    assert_eq!(
        mine.personio_status,
        Some(PersonioState::Conflict),
        "{mine:?}"
    );
    assert_eq!(
        (
            mine.start.map(iso::time_of_day),
            mine.end.map(iso::time_of_day)
        ),
        (Some("09:00".into()), Some("12:30".into())),
        "Personio's version is in force"
    );
    assert!(
        mine.personio_message
            .as_deref()
            .unwrap_or_default()
            .contains("08:00–12:00"),
        "the user's unsent version is kept and shown: {mine:?}"
    );
    let in_personio = periods_from(&sandbox, &stint, day()).remove(0);
    assert_eq!(
        in_personio.end,
        Some(at(day(), "12:30")),
        "nothing was sent over Personio's change"
    );

    stint.resolve_conflict(id, true).expect("use mine");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.changed, 1, "{report:?}");
    let in_personio = periods_from(&sandbox, &stint, day()).remove(0);
    assert_eq!(
        (in_personio.start, in_personio.end),
        (at(day(), "08:00"), Some(at(day(), "12:00"))),
        "the user chose theirs: it is sent"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_period_deleted_in_personio_takes_its_entry_on_the_next_sync() {
    let (sandbox, _dir, stint) = recording().await;
    stint
        .add_time_entry(&input(day(), "09:00", "12:00"))
        .expect("adds");
    stint.push_outbox(false).await.expect("push");
    let period = periods_from(&sandbox, &stint, day()).remove(0);
    assert!(sandbox.delete_attendance(&period.id));
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    assert!(
        entries_on(&stint, day()).is_empty(),
        "deleted in Personio, gone here"
    );
    assert_eq!(tracked_on(&stint, day()), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personio_attendances_count_as_tracked_and_are_listed_read_only() {
    let (sandbox, _dir, stint) = connected().await;
    let someone = sandbox.add_attendance(NewAttendance {
        employee_id: employee(&stint),
        kind: AttendanceKind::Work,
        start: at(day(), "08:00"),
        end: Some(at(day(), "12:00")),
        status: AttendanceStatus::Pending,
    });
    let rejected = sandbox.add_attendance(NewAttendance {
        employee_id: employee(&stint),
        kind: AttendanceKind::Work,
        start: at(day(), "13:00"),
        end: Some(at(day(), "14:00")),
        status: AttendanceStatus::Rejected,
    });
    sandbox.add_attendance(NewAttendance {
        employee_id: employee(&stint),
        kind: AttendanceKind::Break,
        start: at(day(), "12:00"),
        end: Some(at(day(), "13:00")),
        status: AttendanceStatus::Confirmed,
    });
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    let listed = entries_on(&stint, day());
    let ids: Vec<_> = listed
        .iter()
        .map(|e| e.personio_id.clone().unwrap_or_default())
        .collect();
    assert_eq!(
        ids,
        vec![someone.clone(), rejected.clone()],
        "the WORK periods, a BREAK is a gap"
    );
    assert!(
        listed
            .iter()
            .all(|e| e.id.is_none() && e.source == EntrySource::Personio),
        "read-only: {listed:?}"
    );
    assert_eq!(listed[1].personio_status, Some(PersonioState::Rejected));
    assert_eq!(
        tracked_on(&stint, day()),
        240,
        "the pending 4 h count, the rejected hour does not"
    );

    assert!(sandbox.delete_attendance(&someone));
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    assert_eq!(
        tracked_on(&stint, day()),
        0,
        "deleted in Personio, gone on the next sync"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_period_booked_in_personio_is_changed_here_only_while_recording() {
    let (sandbox, _dir, stint) = connected().await;
    let add = |start: &str, end: &str| {
        sandbox.add_attendance(NewAttendance {
            employee_id: employee(&stint),
            kind: AttendanceKind::Work,
            start: at(day(), start),
            end: Some(at(day(), end)),
            status: AttendanceStatus::Confirmed,
        })
    };
    let morning = add("08:00", "12:00");
    let evening = add("18:00", "19:00");
    stint.sync(SyncTrigger::Manual).await.expect("syncs");

    let refused = stint.update_personio_period(&morning, &input(day(), "08:00", "12:30"));
    assert!(refused.is_err(), "read-only while recording is off");

    stint.config_set("record_in_personio", "on").expect("on");
    let changed = stint
        .update_personio_period(&morning, &input(day(), "08:00", "12:30"))
        .expect("editable while recording");
    assert_eq!(
        changed.personio_id.as_deref(),
        Some(morning.as_str()),
        "it is that period"
    );
    stint
        .delete_personio_period(&evening)
        .expect("deletable while recording");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(
        (report.changed, report.deleted, report.created),
        (1, 1, 0),
        "{report:?}"
    );
    let periods = periods_from(&sandbox, &stint, day());
    assert_eq!(periods.len(), 1, "the evening is gone: {periods:?}");
    assert_eq!(
        (periods[0].id.as_str(), periods[0].end),
        (morning.as_str(), Some(at(day(), "12:30"))),
        "the same period, changed, not a new one"
    );
    let listed = entries_on(&stint, day());
    assert_eq!(
        listed.len(),
        1,
        "listed once, as the user's entry now: {listed:?}"
    );
    assert_eq!(listed[0].source, EntrySource::Local);
}
