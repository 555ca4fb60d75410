//! Automatic sync: once at start, then whenever the interval since the last run has passed.
//!
//! One task sleeps until the next planned sync (no polling: the CPU stays idle in between) and
//! wakes early when the plan changes (connect, disconnect, sync now, interval changed, the demo
//! started or left). It plans for the core in use ([`ActiveCore`]), asked anew each time. After
//! every automatic run the UI is told with the `connection-changed` event so it can refresh.

use crate::active::ActiveCore;
use std::sync::Arc;
use std::time::{Duration, Instant};
use stint_core::Stint;
use stint_model::ipc::events::CONNECTION_CHANGED;
use stint_model::SyncTrigger;
use tauri::{AppHandle, Emitter};
use tokio::sync::Notify;

/// At least this long between two automatic attempts.
const MIN_GAP: Duration = Duration::from_secs(60);

/// The start sync waits this long, so the window's first paint does not compete with it for
/// the CPU and the store (measured with `./x bench`: start to timeline drawn). The Timeline shows
/// the stored data meanwhile and reloads when the sync's `connection-changed` arrives.
const START_SYNC_DELAY: Duration = Duration::from_secs(2);

/// Handle to wake the scheduler when the plan may have changed.
#[derive(Debug, Clone)]
pub struct Scheduler {
    wake: Arc<Notify>,
    app: AppHandle,
}

impl Scheduler {
    /// Wakes the scheduler to plan again, and tells the UI that the connection changed.
    pub fn replan(&self) {
        self.wake.notify_one();
        let _ = self.app.emit(CONNECTION_CHANGED, ());
    }
}

/// Starts the scheduler task and returns its handle.
pub fn start(app: AppHandle, active: ActiveCore) -> Scheduler {
    let wake = Arc::new(Notify::new());
    let scheduler = Scheduler {
        wake: Arc::clone(&wake),
        app: app.clone(),
    };
    tauri::async_runtime::spawn(async move {
        if active.current().is_connected() {
            tokio::time::sleep(START_SYNC_DELAY).await;
            run(&app, &active.current(), SyncTrigger::Start).await;
        }
        // When the last automatic attempt was: a sync that could not record a run (another one
        // was running, the disk failed) leaves the plan in the past, and without this floor the
        // loop would retry at once, again and again.
        let mut last_attempt: Option<Instant> = None;
        loop {
            let stint = active.current();
            let planned = match stint.next_auto_sync_at() {
                Ok(Some(at)) => (at - chrono::Local::now())
                    .to_std()
                    .unwrap_or(Duration::ZERO),
                // Not connected or sync off: sleep until something changes.
                Ok(None) | Err(_) => Duration::MAX,
            };
            let floor = last_attempt
                .map(|at| MIN_GAP.saturating_sub(at.elapsed()))
                .unwrap_or(Duration::ZERO);
            tokio::select! {
                () = wake.notified() => continue,
                () = sleep(planned.max(floor)) => {
                    last_attempt = Some(Instant::now());
                    run(&app, &stint, SyncTrigger::Auto).await;
                }
            }
        }
    });
    scheduler
}

async fn sleep(wait: Duration) {
    if wait == Duration::MAX {
        std::future::pending::<()>().await;
    } else {
        tokio::time::sleep(wait).await;
    }
}

async fn run(app: &AppHandle, stint: &Stint, trigger: SyncTrigger) {
    match stint.sync(trigger).await {
        Ok(_) => crate::notices::sync(app, None),
        // A disconnect or a sync already running is no failure of Personio.
        Err(stint_core::CoreError::Superseded | stint_core::CoreError::SyncInProgress) => {}
        Err(err) => {
            tracing::warn!(error = %err, ?trigger, "automatic sync failed");
            crate::notices::sync(app, Some(&err.to_string()));
        }
    }
    let _ = app.emit(CONNECTION_CHANGED, ());
    // A sync may bring attendances: today's figures in the tray change.
    crate::tray::refresh(app);
}
