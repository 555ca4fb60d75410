//! Journey: while "Record my time in Personio" is on, an entry added in the Timeline's day view
//! becomes a WORK period of exactly its span in Personio (the sandbox over loopback), editing
//! its end moves the same period's end, and deleting it deletes the period; then the Connection
//! Manager counts nothing unsent, refused or in conflict.
//!
//! The span lies today, an hour or more away from now, where the demo employee has nothing in
//! Personio (the sandbox seeds attendances only before today; checked first). The sandbox books
//! new periods PENDING, which the row's badge must say. The app needs a Secret Service for the
//! keyring; `./x test` runs the suite inside a D-Bus session with gnome-keyring.

use chrono::{Local, NaiveDateTime, NaiveTime, Timelike};
use std::time::{Duration, Instant};
use stint_e2e::recording::{listed, periods_on};
use stint_e2e::{ensure, eventually, App, E2eResult, JsTruthy};
use stint_sandbox::{AttendanceKind, DemoAttendance, Sandbox, SandboxConfig};

/// Long enough for a push over loopback after a click, short enough to fail fast.
const PUSHED: Duration = Duration::from_secs(15);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_added_edited_and_deleted_in_the_day_view_follows_in_personio() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("recording-entries").await else {
        return;
    };
    let started = Instant::now();
    let outcome = journey(&app, &sandbox).await;
    eprintln!(
        "recording-entries took {} ms",
        stint_e2e::ms(started.elapsed())
    );
    app.finish(outcome).await;
}

/// Replaces the text of the input `css`.
async fn type_into(app: &App, css: &str, text: &str) -> E2eResult {
    let input = app.wait_for(css).await?;
    input.clear().await?;
    input.send_keys(text).await?;
    Ok(())
}

fn hm(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// The entry's start, end and edited end: in the evening when it is morning, else early in
/// the morning.
fn span_away_from(now: NaiveDateTime) -> (NaiveTime, NaiveTime, NaiveTime) {
    let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).expect("a time of day");
    if now.hour() < 12 {
        (at(20, 0), at(21, 0), at(21, 30))
    } else {
        (at(6, 0), at(7, 0), at(7, 30))
    }
}

/// Waits until Personio holds the WORK period `id` from `start` to `end`; answers the day's
/// periods.
async fn wait_period(
    sandbox: &Sandbox,
    id: &str,
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> E2eResult<Vec<DemoAttendance>> {
    eventually(
        &format!("the period {id} {start}–{end} in Personio"),
        PUSHED,
        || async move {
            let periods = periods_on(sandbox, start.date());
            let there = periods.iter().any(|p| {
                p.id == id
                    && p.kind == AttendanceKind::Work
                    && p.start == start
                    && p.end == Some(end)
            });
            Ok(if there {
                Ok(periods)
            } else {
                Err(format!("the sandbox holds {}", listed(&periods)))
            })
        },
    )
    .await
}

async fn journey(app: &App, sandbox: &Sandbox) -> E2eResult {
    const NOTE: &str = "Recorded entry";
    let now = Local::now().naive_local();
    let today = now.date();
    let (start, end, later) = span_away_from(now);
    let (start_at, end_at, later_at) = (
        today.and_time(start),
        today.and_time(end),
        today.and_time(later),
    );
    let before = periods_on(sandbox, today);
    ensure(
        before
            .iter()
            .all(|p| p.end.is_some_and(|e| e <= start_at) || p.start >= later_at),
        || {
            format!(
                "the span {start}–{later} is free in Personio today: {}",
                listed(&before)
            )
        },
    )?;
    app.record_in_personio(sandbox).await?;
    app.click("#nav-timeline").await?;
    app.click("#timeline-view-day").await?;
    app.wait_for("#timeline-day #entry-add").await?;

    // Add: a WORK period of exactly the entry's span appears in Personio, pending approval.
    type_into(app, "#entry-start", &hm(start)).await?;
    type_into(app, "#entry-end", &hm(end)).await?;
    type_into(app, "#entry-note", NOTE).await?;
    app.click("#entry-add").await?;
    let row = app
        .wait_row(
            "the added entry, linked to Personio and its badge saying pending",
            PUSHED,
            |r| r.note == NOTE && r.personio_id.is_some() && r.state.as_deref() == Some("pending"),
        )
        .await?;
    let period = row.personio_id.clone().unwrap_or_default();
    wait_period(sandbox, &period, start_at, end_at).await?;
    let id = row
        .id
        .clone()
        .ok_or_else(|| format!("the added entry has no Stint id: {row:?}"))?;

    // Edit the end: the same period's end moves (changed, not booked anew).
    let row_css = format!(".entry[data-id='{id}']");
    app.click(&format!("{row_css} .entry-edit")).await?;
    type_into(app, "#entry-end", &hm(later)).await?;
    app.click(&format!("{row_css} .entry-save")).await?;
    let periods = wait_period(sandbox, &period, start_at, later_at).await?;
    let work = periods
        .iter()
        .filter(|p| p.kind == AttendanceKind::Work)
        .count();
    ensure(work == 1, || {
        format!(
            "editing changes the one period, it adds none: {}",
            listed(&periods)
        )
    })?;
    let edited = app
        .wait_row("the edited entry, its new end shown", PUSHED, |r| {
            r.note == NOTE && r.times().is_some_and(|(_, e)| e == later)
        })
        .await?;
    ensure(edited.personio_id == row.personio_id, || {
        format!("the edited entry keeps its period {period}: {edited:?}")
    })?;

    // Delete: the period is gone from Personio, the row from the day view.
    app.click(&format!("{row_css} .entry-delete")).await?;
    let period = period.as_str();
    eventually(
        &format!("the period {period} deleted in Personio"),
        PUSHED,
        || async move {
            let periods = periods_on(sandbox, today);
            Ok(if periods.iter().any(|p| p.kind == AttendanceKind::Work) {
                Err(format!("the sandbox still holds {}", listed(&periods)))
            } else {
                Ok(())
            })
        },
    )
    .await?;
    app.wait_until(
        "the deleted entry gone from the day view",
        Duration::from_secs(10),
        JsTruthy(&format!("!document.querySelector(\"{row_css}\")")),
    )
    .await?;

    // Nothing waits, nothing was refused: the Connection Manager's counts are all 0.
    app.click("#nav-connections").await?;
    let counts = "['#recording-unsent', '#recording-refused', '#recording-conflicts']
        .every(c => document.querySelector(c)?.textContent === '0')";
    let waited = app
        .wait_until(
            "the Connection Manager to count nothing unsent, refused or in conflict",
            Duration::from_secs(10),
            JsTruthy(counts),
        )
        .await;
    if waited.is_err() {
        let shown = app.wait_text("#recording .recording-counts").await?;
        return Err(
            format!("after add, edit and delete went through, the counts show {shown:?}").into(),
        );
    }
    Ok(())
}
