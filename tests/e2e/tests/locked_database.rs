//! Journey: another process holding the write lock on the app's database (as `stint-cli` does
//! while it writes) does not freeze the window. Regression test for the issue "One way in":
//! commands ran on the main thread and waited there on SQLite's busy timeout, so a save made
//! while the lock was held froze every click until the lock was gone.
//!
//! The test process is the other process: it opens `stint.sqlite3` in the app's data directory
//! and runs `BEGIN IMMEDIATE`, which in WAL mode blocks writers only (readers go on, as they do
//! while `stint-cli` writes). It holds the lock for [`HOLD`] on a blocking task while the journey
//! adds a time entry in the day view, switches tab twice and steps the month while that save
//! waits — the Add click must be answered and each switch drawn within [`SWITCH_BOUND`], and the
//! next month's days must arrive while the lock is still held (reads have their own connection)
//! — and then checks that the save went through once the lock was released. The timings are printed
//! (`locked-db: …`).
//!
//! WebDriver's commands pass through the app's main thread, so a frozen window would hang them:
//! every step runs under [`STEP_LIMIT`] and fails, naming the step, instead of hanging.

use rusqlite::{Connection, OpenFlags};
use serde_json::json;
use std::future::Future;
use std::path::Path;
use std::time::{Duration, Instant};
use stint_e2e::{ensure, ms, App, AsyncCheck, E2eResult, JsTruthy};

/// How long the other process holds the write lock: less than the store's busy timeout (5 s),
/// so the app's save waits for the lock instead of giving up.
const HOLD: Duration = Duration::from_secs(3);
/// How soon a tab or month switch must be drawn while the save waits.
const SWITCH_BOUND: Duration = Duration::from_secs(1);
/// How long after the release the save may take to show up in the database: more than the
/// store's busy timeout (5 s), which bounds how long it waits.
const SAVE_GRACE: Duration = Duration::from_secs(10);
/// How long one step may take before the journey calls the window frozen.
const STEP_LIMIT: Duration = Duration::from_secs(15);
/// The note of the entry saved while the database is locked.
const NOTE: &str = "Saved while locked";
/// True once the Timeline shows the days of the range its heading names.
const MONTH_DRAWN: &str =
    "document.querySelector('#timeline')?.getAttribute('aria-busy') === 'false'";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_save_waiting_for_another_process_s_write_lock_does_not_freeze_the_window() {
    let Some(app) = App::launch("locked_database").await else {
        return;
    };
    let outcome = journey(&app).await;
    app.finish(outcome).await;
}

/// The write lock held by this process, released on a blocking task after its hold.
struct WriteLock {
    locked_at: Instant,
    /// Answers when the lock was released.
    released: tokio::task::JoinHandle<Result<Instant, String>>,
}

/// Takes the write lock on the database `db` (which must be in WAL mode, or the lock would
/// block the app's reads too) and releases it after `hold`.
fn lock_for_writes(db: &Path, hold: Duration) -> E2eResult<WriteLock> {
    let conn = Connection::open(db)?;
    conn.busy_timeout(Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?;
    if mode != "wal" {
        return Err(format!(
            "the app's database {} is in `{mode}` journal mode, not WAL: a write lock would \
             block its reads as well, which is not the case under test",
            db.display()
        )
        .into());
    }
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let locked_at = Instant::now();
    let released = tokio::task::spawn_blocking(move || {
        std::thread::sleep(hold);
        conn.execute_batch("ROLLBACK")
            .map_err(|err| format!("releasing the write lock failed: {err}"))?;
        Ok(Instant::now())
    });
    Ok(WriteLock {
        locked_at,
        released,
    })
}

/// How many entries carry [`NOTE`], read past the lock (WAL lets readers in).
fn saved_entries(reader: &Connection) -> E2eResult<i64> {
    Ok(reader.query_row(
        "SELECT count(*) FROM time_entries WHERE note = ?1",
        [NOTE],
        |row| row.get(0),
    )?)
}

/// Watches the database `db` from a blocking task of its own (so WebDriver's round trips do not
/// blur the time) for the entry with [`NOTE`]; answers when it was first there, or `None` if it
/// was not by `deadline`.
fn watch_for_entry(
    db: &Path,
    deadline: Instant,
) -> E2eResult<tokio::task::JoinHandle<Result<Option<Instant>, String>>> {
    let reader = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    Ok(tokio::task::spawn_blocking(move || {
        while Instant::now() < deadline {
            if saved_entries(&reader).map_err(|err| format!("reading time_entries: {err}"))? > 0 {
                return Ok(Some(Instant::now()));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Ok(None)
    }))
}

/// Runs `step` and answers its result and how long it took; a step longer than [`STEP_LIMIT`]
/// is an error naming it.
async fn timed<T>(
    what: &str,
    step: impl Future<Output = E2eResult<T>>,
) -> E2eResult<(T, Duration)> {
    let start = Instant::now();
    match tokio::time::timeout(STEP_LIMIT, step).await {
        Ok(out) => Ok((out?, start.elapsed())),
        Err(_) => Err(format!(
            "{what} did not finish within {STEP_LIMIT:?}: the window does not answer"
        )
        .into()),
    }
}

/// Polls the JS expression `js` every 20 ms until it is truthy (the harness's `wait_until`
/// polls every 100 ms, too coarse to time a switch).
async fn until(app: &App, js: &str) -> E2eResult {
    while !JsTruthy(js).check(&app.client).await? {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Ok(())
}

/// Replaces the text of the input `css`.
async fn type_into(app: &App, css: &str, text: &str) -> E2eResult {
    let input = app.wait_for(css).await?;
    input.clear().await?;
    input.send_keys(text).await?;
    Ok(())
}

/// Clicks the nav button of `section` and waits until its page is drawn.
async fn switch_tab(app: &App, section: &str) -> E2eResult {
    app.click(&format!("#nav-{section}")).await?;
    until(
        app,
        &format!(
            "document.querySelector('#page')?.dataset.section === '{section}' \
             && document.querySelector('#page h1')"
        ),
    )
    .await
}

/// Steps the Timeline to the next month and waits until the heading names another month;
/// answers the heading it had before.
async fn next_month(app: &App) -> E2eResult<String> {
    let before = app.wait_text("#timeline-range").await?;
    app.click("#timeline-next").await?;
    let text = "document.querySelector('#timeline-range')?.textContent";
    until(app, &format!("({text} ?? {0}) !== {0}", json!(before))).await?;
    Ok(before)
}

async fn journey(app: &App) -> E2eResult {
    // A fresh install opens on Connections; the entry form is in the Timeline's day view.
    app.click("#nav-timeline").await?;
    app.click("#timeline-view-day").await?;
    app.wait_for("#timeline-day #entry-add").await?;
    type_into(app, "#entry-start", "09:00").await?;
    type_into(app, "#entry-end", "10:30").await?;
    type_into(app, "#entry-note", NOTE).await?;

    let db = app.data_dir.join("stint.sqlite3");
    if !db.is_file() {
        return Err(format!("the app has no database at {} yet", db.display()).into());
    }
    let lock = lock_for_writes(&db, HOLD)?;
    let watch = watch_for_entry(&db, lock.locked_at + HOLD + SAVE_GRACE)?;

    let clicked = Instant::now();
    let ((), add) = timed("clicking Add entry", app.click("#entry-add")).await?;
    let ((), to_settings) = timed("switching to Settings", switch_tab(app, "settings")).await?;
    let ((), to_timeline) = timed(
        "switching back to the Timeline",
        switch_tab(app, "timeline"),
    )
    .await?;
    let (from_month, month) = timed("stepping to the next month", next_month(app)).await?;
    let switched = Instant::now();
    let ((), month_days) = timed("loading the next month's days", until(app, MONTH_DRAWN)).await?;
    let drawn = Instant::now();
    let month_days = month + month_days;

    let released = tokio::time::timeout(STEP_LIMIT, lock.released)
        .await
        .map_err(|_| "the write lock was not released in time")???;
    let saved_at = watch.await??;
    let saved = saved_entries(&Connection::open_with_flags(
        &db,
        OpenFlags::SQLITE_OPEN_READ_ONLY,
    )?)?;
    let never = || "never".to_owned();
    let after = |since: Instant, at: Option<Instant>| {
        at.map_or_else(never, |at| {
            format!("{} ms", ms(at.saturating_duration_since(since)))
        })
    };

    eprintln!(
        "locked-db: tab switch {} ms (to Settings) / {} ms (back to Timeline), month switch {} ms \
         (from {from_month}), save completed after {} ({} after the lock's release); Add click \
         {} ms, the switches ended {} ms into the {} ms lock, the next month's days came after {} ms",
        ms(to_settings),
        ms(to_timeline),
        ms(month),
        after(clicked, saved_at),
        after(released, saved_at),
        ms(add),
        ms(switched - lock.locked_at),
        ms(HOLD),
        ms(month_days),
    );

    // Failures are errors, not panics, so the harness saves a screenshot and tears down in order.
    for (what, took) in [
        ("the click on Add entry", add),
        ("switching to Settings", to_settings),
        ("switching back to the Timeline", to_timeline),
        ("stepping to the next month", month),
    ] {
        ensure(took < SWITCH_BOUND, || {
            format!(
                "{what} took {} ms while the save waited for another process's write lock: the \
                 window froze (a command waiting on the database must not hold the main thread)",
                ms(took)
            )
        })?;
    }
    ensure(switched - lock.locked_at < HOLD, || {
        format!(
            "the switches ended {} ms after the lock was taken, after its release at {} ms: they \
             must be made while the save waits, or this journey proves nothing",
            ms(switched - lock.locked_at),
            ms(HOLD)
        )
    })?;
    ensure(drawn - lock.locked_at < HOLD, || {
        format!(
            "the next month's days came {} ms after the lock was taken, after its release at {} \
             ms: reads queued behind the save waiting for the lock (they have a connection of \
             their own so they need not)",
            ms(drawn - lock.locked_at),
            ms(HOLD)
        )
    })?;
    ensure(saved_at.is_none_or(|at| at > switched), || {
        "the entry was in the database before the switches ended, while the lock was held: the \
         save did not wait for the lock, so this journey proves nothing"
            .to_owned()
    })?;
    ensure(saved == 1, || {
        format!(
            "{saved} entries with the note `{NOTE}` in the database {} ms after the lock's \
             release, want 1: the save made while it was held did not go through once it was \
             gone (the store waits up to 5 s for a lock; it was held {} ms)",
            ms(SAVE_GRACE),
            ms(HOLD)
        )
    })?;

    // And the day view shows it.
    app.click("#timeline-today").await?;
    app.click("#timeline-view-day").await?;
    app.wait_until(
        "the entry saved while the database was locked in today's day view",
        Duration::from_secs(10),
        JsTruthy(&format!(
            "Array.from(document.querySelectorAll('.entry[data-id]')).some(e => \
             e.textContent.includes({}))",
            json!(NOTE)
        )),
    )
    .await
}
