//! Idle time while the timer runs: when the computer has been idle for the chosen minutes
//! (preference `idle_minutes`, default 10, or off) and the user comes back, Stint asks whether
//! the time away was work (keep), a break (take it out) or the end of the day (stop the timer
//! where the user left) — instead of booking an evening nobody worked.
//!
//! The idle time is the X server's (MIT-SCREEN-SAVER extension, through x11rb): Linux desktops
//! on X11 and XWayland report it. A pure Wayland session without X gives none; the question is
//! then never asked (logged once). It is sampled only while the timer runs.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::active::ActiveCore;
use chrono::NaiveDateTime;
use stint_model::ipc::events::{IDLE_RETURNED, TRACKING_CHANGED};
use stint_model::{IdleChoice, IdleSpan, IpcError, TimerStatus};
use tauri::{AppHandle, Emitter, Manager};

/// How often the idle time is read while the timer runs.
const SAMPLE: Duration = Duration::from_secs(15);

/// The question waiting for an answer, as app state.
#[derive(Debug, Default)]
pub struct Idle {
    pending: Mutex<Option<IdleSpan>>,
    /// Wakes the watcher when the timer may have started (it sleeps while none runs).
    wake: Arc<tokio::sync::Notify>,
}

/// Tells the watcher the timer may have started or stopped.
pub fn wake(app: &AppHandle) {
    if let Some(idle) = app.try_state::<Idle>() {
        idle.wake.notify_one();
    }
}

/// Seconds since the last keyboard or mouse input, if the desktop says.
#[cfg(target_os = "linux")]
fn idle_seconds() -> Option<u64> {
    use x11rb::connection::Connection;
    use x11rb::protocol::screensaver::ConnectionExt;
    let (conn, screen) = x11rb::connect(None).ok()?;
    let root = conn.setup().roots.get(screen)?.root;
    let info = conn.screensaver_query_info(root).ok()?.reply().ok()?;
    Some(u64::from(info.ms_since_user_input) / 1000)
}

#[cfg(not(target_os = "linux"))]
fn idle_seconds() -> Option<u64> {
    None
}

/// `STINT_IDLE_SECONDS`: a threshold in seconds instead of the preference's minutes, sampled
/// each second — for the e2e journey, which cannot wait ten minutes.
fn test_threshold() -> Option<u64> {
    std::env::var("STINT_IDLE_SECONDS").ok()?.parse().ok()
}

/// The idle threshold in seconds: the preference, or the test's.
fn threshold(app: &AppHandle) -> Option<u64> {
    if let Some(seconds) = test_threshold() {
        return Some(seconds);
    }
    crate::preferences::get(app, "idle_minutes")
        .parse::<u64>()
        .ok()
        .map(|minutes| minutes * 60)
}

/// Starts the watcher: it sleeps while no timer runs (of the core in use: the demo's while it
/// runs).
pub fn start(app: AppHandle, active: ActiveCore) {
    let idle = Idle::default();
    let wake = Arc::clone(&idle.wake);
    app.manage(idle);
    tauri::async_runtime::spawn(async move {
        let mut away_since: Option<NaiveDateTime> = None;
        let mut told_unavailable = false;
        loop {
            let stint = active.current();
            let started = stint
                .timer_state()
                .ok()
                .flatten()
                .filter(|t| t.status == TimerStatus::Running)
                .map(|t| t.started_at);
            let Some(started) = started else {
                away_since = None;
                wake.notified().await;
                continue;
            };
            let sample = if test_threshold().is_some() {
                Duration::from_secs(1)
            } else {
                SAMPLE
            };
            tokio::time::sleep(sample).await;
            let Some(limit) = threshold(&app) else {
                continue;
            };
            let Some(idle) = tauri::async_runtime::spawn_blocking(idle_seconds)
                .await
                .ok()
                .flatten()
            else {
                if !told_unavailable {
                    tracing::info!("this desktop reports no idle time: the idle question is off");
                    told_unavailable = true;
                }
                continue;
            };
            // The core's clock, in whole seconds, as the timer keeps its times.
            let now = stint.local_now();
            let now = chrono::Timelike::with_nanosecond(&now, 0).unwrap_or(now);
            let idle_for = chrono::Duration::seconds(i64::try_from(idle).unwrap_or(0));
            if idle >= limit && away_since.is_none() {
                // Idle since before the timer started (started by the tray, the shortcut or
                // the app's IPC without a key pressed): the question is about the timer's time.
                away_since = Some((now - idle_for).max(started));
            } else if idle < sample.as_secs() + 1 {
                if let Some(from) = away_since.take() {
                    ask(
                        &app,
                        IdleSpan {
                            from,
                            to: now - idle_for,
                        },
                    );
                }
            }
        }
    });
}

/// Puts the question up: kept for `idle_pending`, the window to the front, the event sent.
fn ask(app: &AppHandle, span: IdleSpan) {
    tracing::info!(from = %span.from, to = %span.to, "back after being idle with the timer running");
    if let Some(idle) = app.try_state::<Idle>() {
        *idle.pending.lock().unwrap_or_else(|e| e.into_inner()) = Some(span);
    }
    let front = app.clone();
    tauri::async_runtime::spawn(async move {
        let _ = crate::tray::activate(&front, "open").await;
    });
    let _ = app.emit(IDLE_RETURNED, ());
}

/// The question waiting for an answer, if any.
pub fn pending(app: &AppHandle) -> Option<IdleSpan> {
    app.try_state::<Idle>()
        .and_then(|idle| *idle.pending.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Applies the user's answer to the waiting question.
pub async fn answer(app: &AppHandle, choice: IdleChoice) -> Result<(), IpcError> {
    let Some(span) = app.try_state::<Idle>().and_then(|idle| {
        idle.pending
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
    }) else {
        return Err(IpcError::invalid(
            "choice",
            "No idle time is waiting for an answer",
        ));
    };
    let active = app.state::<ActiveCore>().inner().clone();
    crate::commands::core(&active, move |stint| match choice {
        IdleChoice::Keep => Ok(()),
        IdleChoice::Subtract => stint.timer_take_break(span.from, span.to).map(drop),
        IdleChoice::Stop => stint.timer_stop_at(span.from).map(drop),
    })
    .await?;
    let _ = app.emit(TRACKING_CHANGED, ());
    crate::commands::recording::push_soon(app, &active);
    crate::tray::refresh(app);
    Ok(())
}
