//! The running timer in Personio while recording is on: clocked in at start (an open WORK
//! period), a pause closes it and opens a BREAK, stop closes the last period and books one
//! entry per worked stretch — against the sandbox over loopback, with a clock the test moves.

mod common;

use chrono::{Duration, Local, NaiveDate, NaiveDateTime, TimeZone};
use std::sync::Arc;
use stint_core::clock::ManualClock;
use stint_core::Stint;
use stint_model::iso;
use stint_sandbox::{AttendanceKind, DemoAttendance, Sandbox};

/// Nine days ahead: no demo attendances there, inside the sync window.
fn day() -> NaiveDate {
    Local::now().date_naive() + Duration::days(9)
}

fn at(time: &str) -> NaiveDateTime {
    day().and_time(iso::parse_time_of_day(time).expect("a time"))
}

async fn recording() -> (Sandbox, tempfile::TempDir, Arc<ManualClock>, Stint) {
    let sandbox = common::sandbox().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let nine = Local
        .from_local_datetime(&at("09:00"))
        .earliest()
        .expect("09:00 exists");
    let clock = Arc::new(ManualClock::new(nine));
    let stint = common::open_at(dir.path(), clock.clone());
    stint
        .connect(&common::demo_request(&sandbox))
        .await
        .expect("connects");
    stint.config_set("record_in_personio", "on").expect("on");
    (sandbox, dir, clock, stint)
}

/// (kind, start, end) of the demo employee's periods on the test day.
fn in_personio(sandbox: &Sandbox, stint: &Stint) -> Vec<(AttendanceKind, String, Option<String>)> {
    let employee = stint.status().unwrap().employee.expect("connected").id;
    let time = |t: NaiveDateTime| iso::time_of_day(t.time());
    sandbox
        .attendances_of(employee)
        .into_iter()
        .filter(|p: &DemoAttendance| p.start.date() == day())
        .map(|p| (p.kind, time(p.start), p.end.map(time)))
        .collect()
}

fn span(
    kind: AttendanceKind,
    start: &str,
    end: Option<&str>,
) -> (AttendanceKind, String, Option<String>) {
    (kind, start.to_owned(), end.map(str::to_owned))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timer_clocks_in_pauses_into_a_break_and_stops_into_one_entry_per_stretch() {
    let (sandbox, _dir, clock, stint) = recording().await;
    use AttendanceKind::{Break, Work};

    stint.timer_start("review").expect("starts");
    stint.push_outbox(false).await.expect("push");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![span(Work, "09:00", None)],
        "clocked in: an open period"
    );

    clock.advance(Duration::hours(2));
    stint.timer_pause().expect("pauses");
    stint.push_outbox(false).await.expect("push");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![
            span(Work, "09:00", Some("11:00")),
            span(Break, "11:00", None)
        ],
        "a pause closes the work and opens a break"
    );

    clock.advance(Duration::minutes(30));
    stint.timer_resume().expect("resumes");
    clock.advance(Duration::hours(1));
    let booked = stint.timer_stop().expect("stops");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.error, None, "{report:?}");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![
            span(Work, "09:00", Some("11:00")),
            span(Break, "11:00", Some("11:30")),
            span(Work, "11:30", Some("12:30")),
        ],
        "what was worked and the break between, closed with the right ends"
    );
    assert_eq!(
        booked.start.map(iso::time_of_day).as_deref(),
        Some("11:30"),
        "the last stretch is answered"
    );
    let entries = stint.time_entries(day(), day()).expect("entries");
    let spans: Vec<_> = entries
        .iter()
        .map(|e| {
            (
                e.start.map(iso::time_of_day),
                e.end.map(iso::time_of_day),
                e.minutes,
                e.personio_id.is_some(),
            )
        })
        .collect();
    assert_eq!(
        spans,
        vec![
            (Some("09:00".into()), Some("11:00".into()), 120, true),
            (Some("11:30".into()), Some("12:30".into()), 60, true),
        ],
        "one entry per stretch, each linked to its period; the break is no entry"
    );
    assert_eq!(
        stint.timeline(day(), day()).unwrap().days[0].tracked_minutes,
        180
    );
    let again = stint.push_outbox(false).await.expect("push");
    assert_eq!(
        (again.created, again.changed, again.waiting),
        (0, 0, 0),
        "nothing left to send: {again:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stopping_during_a_break_ends_the_work_at_the_pause_and_drops_that_break() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    clock.advance(Duration::hours(3));
    stint.timer_pause().expect("pauses");
    stint.push_outbox(false).await.expect("push");
    clock.advance(Duration::hours(1));
    stint.timer_stop().expect("stops");
    stint.push_outbox(false).await.expect("push");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![span(AttendanceKind::Work, "09:00", Some("12:00"))],
        "no break after the last work"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discarded_timer_leaves_nothing_in_personio() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    stint.push_outbox(false).await.expect("push");
    assert_eq!(in_personio(&sandbox, &stint).len(), 1, "clocked in");
    clock.advance(Duration::minutes(20));
    stint.timer_discard().expect("discards");
    stint.push_outbox(false).await.expect("push");
    assert!(
        in_personio(&sandbox, &stint).is_empty(),
        "clocked out without a trace"
    );
    assert!(
        stint.time_entries(day(), day()).unwrap().is_empty(),
        "and nothing booked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timer_stopped_offline_reaches_personio_on_the_next_push() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts"); // never pushed: "offline"
    clock.advance(Duration::hours(2));
    stint.timer_stop().expect("stops");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.created, 1, "{report:?}");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![span(AttendanceKind::Work, "09:00", Some("11:00"))]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn regression_a_discard_after_a_pause_deletes_the_break_too() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    clock.advance(Duration::minutes(30));
    stint.timer_pause().expect("pauses");
    clock.advance(Duration::minutes(20));
    stint.timer_resume().expect("resumes");
    stint.push_outbox(false).await.expect("push");
    assert_eq!(in_personio(&sandbox, &stint).len(), 3, "work, break, work");
    stint.timer_discard().expect("discards");
    stint.push_outbox(false).await.expect("push");
    assert!(
        in_personio(&sandbox, &stint).is_empty(),
        "every period of the discarded timer is gone, the break included"
    );
    assert!(
        stint.time_entries(day(), day()).unwrap().is_empty(),
        "and none is listed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn regression_a_timer_stopped_before_any_half_minute_still_books_a_minute() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("quick").expect("starts");
    clock.advance(Duration::seconds(10));
    stint.timer_pause().expect("pauses");
    clock.advance(Duration::seconds(5));
    stint.timer_resume().expect("resumes");
    clock.advance(Duration::seconds(10));
    let booked = stint.timer_stop().expect("a stopped timer always books");
    assert_eq!(
        (booked.minutes, booked.note.as_str()),
        (1, "quick"),
        "a minute, and the note kept"
    );
    assert!(stint.timer_state().unwrap().is_none(), "the timer is gone");
    stint.push_outbox(false).await.expect("push");
    let periods = in_personio(&sandbox, &stint);
    assert!(
        periods.iter().all(|(_, _, end)| end.is_some()),
        "nothing is left clocked in: {periods:?}"
    );
    assert_eq!(
        periods
            .iter()
            .filter(|(kind, _, _)| *kind == AttendanceKind::Work)
            .count(),
        1,
        "one minute of work in Personio: {periods:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn regression_a_pause_in_the_second_of_the_start_leaves_no_empty_period() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    stint.timer_pause().expect("pauses at once");
    clock.advance(Duration::minutes(10));
    stint.timer_resume().expect("resumes");
    clock.advance(Duration::hours(1));
    stint.timer_stop().expect("stops");
    let report = stint.push_outbox(false).await.expect("push");
    assert_eq!(report.error, None, "Personio refused nothing: {report:?}");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![
            span(AttendanceKind::Break, "09:00", Some("09:10")),
            span(AttendanceKind::Work, "09:10", Some("10:10")),
        ],
        "no empty WORK period before the break"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn time_away_taken_out_afterwards_is_a_break_in_personio_too() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    clock.advance(Duration::hours(3));
    let timer = stint
        .timer_take_break(at("10:00"), at("11:00"))
        .expect("the hour away is taken out");
    assert_eq!(
        timer.elapsed_seconds,
        2 * 3600,
        "two hours worked, not three"
    );
    assert!(
        stint.timer_take_break(at("08:00"), at("08:30")).is_err(),
        "a break before the timer started is refused"
    );
    stint.push_outbox(false).await.expect("push");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![
            span(AttendanceKind::Work, "09:00", Some("10:00")),
            span(AttendanceKind::Break, "10:00", Some("11:00")),
            span(AttendanceKind::Work, "11:00", None),
        ],
        "Personio has the break where the user was away"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timer_forgotten_since_it_was_left_stops_where_the_user_left() {
    let (sandbox, _dir, clock, stint) = recording().await;
    stint.timer_start("").expect("starts");
    clock.advance(Duration::hours(5));
    assert!(
        stint.timer_stop_at(at("08:00")).is_err(),
        "not before the start"
    );
    let booked = stint.timer_stop_at(at("11:00")).expect("stops at 11:00");
    assert_eq!(
        (booked.end.map(iso::time_of_day), booked.minutes),
        (Some("11:00".into()), 120),
        "the two hours until the user left"
    );
    stint.push_outbox(false).await.expect("push");
    assert_eq!(
        in_personio(&sandbox, &stint),
        vec![span(AttendanceKind::Work, "09:00", Some("11:00"))]
    );
}
