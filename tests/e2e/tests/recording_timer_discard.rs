//! Journey: a timer recorded in Personio that is paused, resumed, synced and discarded, in the
//! real app against the sandbox. A pause closes the WORK period and opens a BREAK, a resume
//! closes the BREAK and opens WORK again; a sync reads the periods back and leaves them to the
//! timer (they are not listed beside it as entries of Personio's); a discard books nothing and
//! deletes every period of the timer in Personio, and the day view forgets them at once.
//!
//! Each period lasts a second or more: Personio needs a period's end after its start, and the
//! store keeps whole seconds. The app needs a Secret Service for the keyring; `./x test` runs
//! the suite inside a D-Bus session with gnome-keyring.

use serde_json::{json, Value};
use std::time::{Duration, Instant};
use stint_e2e::recording::{listed, listing, periods_on, wait_periods};
use stint_e2e::{ensure, eventually, App, E2eResult};
use stint_sandbox::{AttendanceKind, Sandbox, SandboxConfig};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paused_timer_is_a_break_in_personio_a_sync_leaves_it_to_the_timer_and_discard_deletes_all(
) {
    let sandbox = Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("recording-timer-discard").await else {
        return;
    };
    let started = Instant::now();
    let outcome = pause_sync_and_discard(&app, &sandbox).await;
    eprintln!(
        "recording-timer-discard took {} ms",
        stint_e2e::ms(started.elapsed())
    );
    app.finish(outcome).await;
}

async fn pause_sync_and_discard(app: &App, sandbox: &Sandbox) -> E2eResult {
    const NOTE: &str = "Clocked in, then discarded";
    let (started, open) = app.clock_in(sandbox, NOTE).await?;
    let today = started.date();
    let (work, pause) = (AttendanceKind::Work, AttendanceKind::Break);

    // Pause: the WORK period closes and a BREAK opens; resume: the BREAK closes, WORK opens.
    app.timer_ticked().await?;
    app.click("#timer-pause").await?;
    app.wait_for("#timer-resume").await?;
    let periods = wait_periods(
        sandbox,
        today,
        "the WORK period closed and a BREAK open in Personio (paused)",
        &[(work, false), (pause, true)],
    )
    .await?;
    ensure(periods[0].id == open.id, || {
        format!(
            "the pause closes the period the start opened ({}): {}",
            open.id,
            listed(&periods)
        )
    })?;
    tokio::time::sleep(Duration::from_millis(1100)).await;
    app.click("#timer-resume").await?;
    app.wait_for("#timer-pause").await?;
    let periods = wait_periods(
        sandbox,
        today,
        "the BREAK closed and a new WORK period open in Personio (resumed)",
        &[(work, false), (pause, false), (work, true)],
    )
    .await?;

    // A sync reads the periods back. They are the running timer's: the sync leaves them as they
    // are, and the day view does not list them as entries of Personio's beside the timer.
    app.invoke("sync_now", json!({})).await?;
    let after_sync = periods_on(sandbox, today);
    ensure(after_sync == periods, || {
        format!(
            "a sync changed the running timer's periods in Personio: before {}, after {}",
            listed(&periods),
            listed(&after_sync)
        )
    })?;
    let entries = app.entries_of(today).await?;
    let while_running: Vec<Value> = periods
        .iter()
        .flat_map(|p| listing(&entries, &p.id))
        .collect();

    // Discard: nothing is booked, and every period of the timer is deleted in Personio.
    app.click("#timer-discard").await?;
    app.click("#discard-dialog-confirm").await?;
    app.wait_for("#timer-start").await?;
    let deleted = wait_periods(
        sandbox,
        today,
        "every period of the discarded timer deleted in Personio",
        &[],
    )
    .await;
    let entries = app.entries_of(today).await?;
    ensure(!entries.iter().any(|e| e["note"] == NOTE), || {
        format!("a discarded timer books nothing: {entries:?}")
    })?;
    // Gone from Personio, gone from the day view, as a deleted entry's period is: at once,
    // not only after the next sync.
    let ids: Vec<&str> = periods.iter().map(|p| p.id.as_str()).collect();
    let ids = &ids;
    let ghost = eventually(
        "the discarded timer's periods gone from the day view",
        Duration::from_secs(5),
        || async move {
            let entries = app.entries_of(today).await?;
            let left: Vec<Value> = ids.iter().flat_map(|id| listing(&entries, id)).collect();
            Ok(if left.is_empty() {
                Ok(())
            } else {
                Err(format!("still listed: {left:?}"))
            })
        },
    )
    .await;

    // Checked last, so one does not hide another.
    let mut wrong = Vec::new();
    if !while_running.is_empty() {
        wrong.push(format!(
            "while the timer ran, a sync made the day view list its periods as entries of \
             Personio's beside the timer (read-only): {while_running:?}"
        ));
    }
    if let Err(err) = deleted {
        wrong.push(format!("discarding the timer: {err}"));
    }
    if let Err(err) = ghost {
        wrong.push(format!(
            "after the discard, the day view still lists the timer's periods (until the next \
             sync): {err}"
        ));
    }
    ensure(wrong.is_empty(), || wrong.join("\n"))
}
