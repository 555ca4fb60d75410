//! Journeys: the timer while "Record my time in Personio" is on, in the real app against the
//! sandbox. Started, the user is clocked in (an open WORK period from the timer's start);
//! stopped, the period is closed at the booked entry's end and the entry is that period, also
//! after a sync reads it back. A timer paused and resumed and stopped before any stretch
//! reaches half a minute still books, and leaves no one clocked in.
//!
//! The sandbox runs on the machine's clock like the app, and the timer starts "now", so times
//! are compared at minute precision. A timer stopped within its first minute books at least a
//! minute (the core's rule), so the journey does not wait a minute: the period's end is then
//! the entry's end. The sandbox books new periods PENDING (no skip approval). The app needs a
//! Secret Service for the keyring; `./x test` runs the suite inside a D-Bus session with
//! gnome-keyring.

use chrono::{Duration as Minutes, Local};
use serde_json::json;
use std::time::{Duration, Instant};
use stint_e2e::recording::{listed, listing, periods_on, wait_periods, PUSHED};
use stint_e2e::{ensure, eventually, App, E2eResult, JsTruthy};
use stint_sandbox::{AttendanceKind, DemoAttendance, Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timer_clocks_in_and_out_in_personio_and_its_entry_is_the_closed_period() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("recording-timer").await else {
        return;
    };
    let started = Instant::now();
    let outcome = clock_in_and_out(&app, &sandbox).await;
    eprintln!(
        "recording-timer took {} ms",
        stint_e2e::ms(started.elapsed())
    );
    app.finish(outcome).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timer_paused_and_stopped_before_half_a_minute_of_work_still_books_and_clocks_out() {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("recording-timer-short").await else {
        return;
    };
    let started = Instant::now();
    let outcome = short_stretches(&app, &sandbox).await;
    eprintln!(
        "recording-timer-short took {} ms",
        stint_e2e::ms(started.elapsed())
    );
    app.finish(outcome).await;
}

async fn clock_in_and_out(app: &App, sandbox: &Sandbox) -> E2eResult {
    const NOTE: &str = "Clocked in from Stint";
    let (started, open) = app.clock_in(sandbox, NOTE).await?;
    let today = started.date();

    // Stop: the period is closed at the booked entry's end, and the entry is that period.
    app.timer_ticked().await?;
    app.click("#timer-stop").await?;
    let stopped = Local::now().naive_local();
    app.wait_for("#timer-start").await?;
    let row = app
        .wait_row(
            "the stopped timer's entry, linked to Personio",
            PUSHED,
            |r| r.note == NOTE && r.personio_id.is_some(),
        )
        .await?;
    let (row_start, row_end) = row
        .times()
        .ok_or_else(|| format!("the timer's entry shows no start and end: {row:?}"))?;
    let (open_id, shown) = (open.id.as_str(), row.span.as_str());
    let closed = eventually(
        "the timer's period closed in Personio at the entry's end",
        PUSHED,
        || async move {
            let periods = periods_on(sandbox, today);
            let period = periods.iter().find(|p| p.id == open_id);
            Ok(match period.and_then(|p| Some((p, p.end?))) {
                Some((p, end))
                    if end.time().format("%H:%M").to_string()
                        == row_end.format("%H:%M").to_string() =>
                {
                    Ok(p.clone())
                }
                _ => Err(format!(
                    "the entry shows {shown}; the sandbox holds {}",
                    listed(&periods)
                )),
            })
        },
    )
    .await?;
    let end = closed.end.unwrap_or(closed.start);
    ensure(row.personio_id.as_deref() == Some(open_id), || {
        format!("the booked entry is the period the timer opened ({open_id}), not another: {row:?}")
    })?;
    ensure(row.id.is_some() && row.source == "local", || {
        format!("the timer's entry is the user's own (editable in Stint): {row:?}")
    })?;
    ensure(
        row_start.format("%H:%M").to_string() == started.format("%H:%M").to_string(),
        || format!("the entry starts when the timer started ({started}): {row:?}"),
    )?;
    // Stopped within its first minute, the entry ends one minute after the start; else at the
    // stop (with a minute of slack for a stop that crosses a minute).
    let latest = stopped.max(started + Minutes::minutes(1)) + Minutes::minutes(1);
    ensure(started < end && end <= latest, || {
        format!(
            "the period ends at {end}: after the start {started}, by the stop at {stopped} \
             (or a minute after the start)"
        )
    })?;
    let periods = periods_on(sandbox, today);
    let work: Vec<&DemoAttendance> = periods
        .iter()
        .filter(|p| p.kind == AttendanceKind::Work)
        .collect();
    ensure(work.len() == 1 && work[0].end.is_some(), || {
        format!(
            "one stretch worked: Personio holds one closed WORK period today (clocked out): {}",
            listed(&periods)
        )
    })?;
    // Linked from the stop on, the entry waits in the outbox until the push has sent it.
    let status = format!("{:?}", closed.status).to_lowercase();
    app.wait_row(
        &format!("the entry's badge to say the period's state in Personio ({status})"),
        PUSHED,
        |r| r.note == NOTE && r.state.as_deref() == Some(status.as_str()),
    )
    .await?;
    app.screenshot("recording-timer").await?;

    // A sync reads the closed period back: still one entry, the user's.
    app.invoke("sync_now", json!({})).await?;
    let entries = app.entries_of(today).await?;
    let of_period = listing(&entries, open_id);
    ensure(
        of_period.len() == 1 && of_period[0]["source"] == "local",
        || {
            format!(
                "after a sync the timer's period is listed once, as the user's entry: {entries:?}"
            )
        },
    )
}

async fn short_stretches(app: &App, sandbox: &Sandbox) -> E2eResult {
    const NOTE: &str = "Started by mistake";
    let (started, _) = app.clock_in(sandbox, NOTE).await?;
    let today = started.date();
    let (work, pause) = (AttendanceKind::Work, AttendanceKind::Break);

    // Two stretches of a second or two with a break between: none reaches half a minute.
    app.timer_ticked().await?;
    app.click("#timer-pause").await?;
    app.wait_for("#timer-resume").await?;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    app.click("#timer-resume").await?;
    app.wait_for("#timer-pause").await?;
    wait_periods(
        sandbox,
        today,
        "WORK, BREAK and an open WORK period in Personio (paused and resumed)",
        &[(work, false), (pause, false), (work, true)],
    )
    .await?;
    app.timer_ticked().await?;

    // Stop: like any timer stopped within its first minute, it books (the note is not lost),
    // and Personio no longer has the user clocked in.
    app.click("#timer-stop").await?;
    app.wait_until(
        "the timer bar to show Start again, or an error",
        Duration::from_secs(15),
        JsTruthy("!!document.querySelector('#timer-start, #timer-error')"),
    )
    .await?;
    let refused = app
        .client
        .execute(
            "return document.querySelector('#timer-error')?.textContent ?? null;",
            vec![],
        )
        .await?;
    if let Some(refused) = refused.as_str() {
        let timer = app.invoke("timer_state", json!({})).await?;
        return Err(format!(
            "a timer stopped within its first minute books an entry, yet stopping says \
             {refused:?}; the backend's timer is now {timer}, the day lists {:?}, and Personio \
             holds {}",
            app.entries_of(today).await?,
            listed(&periods_on(sandbox, today))
        )
        .into());
    }
    app.wait_row("the stopped timer's entry", PUSHED, |r| r.note == NOTE)
        .await?;
    eventually(
        "no period left open in Personio (clocked out)",
        PUSHED,
        || async move {
            let periods = periods_on(sandbox, today);
            Ok(if periods.iter().any(|p| p.end.is_none()) {
                Err(format!("the sandbox holds {}", listed(&periods)))
            } else {
                Ok(())
            })
        },
    )
    .await
}
