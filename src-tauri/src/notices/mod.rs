//! Desktop notifications (Tauri's notification plugin), each switchable in the preferences:
//! today's target reached, a break due in 15 min, 10 h reached, a timer that looks forgotten
//! ([`rules`]), and a failing sync — once per streak of failures, not on every retry. The
//! tray's minute ticker asks for the timer notices; the scheduler reports each sync.

mod rules;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use stint_model::{TimerView, TodayView};
use tauri::{AppHandle, Manager};
use tauri_plugin_notification::NotificationExt;

use crate::preferences;

/// What was said, kept as app state.
#[derive(Debug, Default)]
pub struct Notices {
    said: Mutex<rules::Said>,
    sync_failing: AtomicBool,
}

fn show(app: &AppHandle, preference: &str, title: &str, body: &str) {
    if preferences::get(app, preference) != "on" {
        return;
    }
    if let Err(err) = app.notification().builder().title(title).body(body).show() {
        tracing::warn!(error = %err, title, "the notification could not be shown");
    } else {
        tracing::info!(title, "notified");
    }
}

/// Says what is due with the timer running (see [`rules::due`]).
pub fn timer(app: &AppHandle, timer: Option<&TimerView>, today: &TodayView) {
    let Some(notices) = app.try_state::<Notices>() else {
        return;
    };
    let now = app
        .state::<crate::active::ActiveCore>()
        .current()
        .local_now();
    let due = {
        let mut said = notices.said.lock().unwrap_or_else(|e| e.into_inner());
        rules::due(
            &mut said,
            now,
            timer,
            today,
            preferences::speaks_german(app),
        )
    };
    for notice in due {
        show(app, notice.preference, &notice.title, &notice.body);
    }
}

/// Says, the first time the window closes into the tray, where Stint went.
pub fn closed_to_tray(app: &AppHandle) {
    if preferences::first_time(app, "close_to_tray") {
        let (title, body) = if preferences::speaks_german(app) {
            (
                "Stint läuft weiter",
                "Der Timer bleibt in der Taskleiste; dort beendet „Stint beenden“ die App.",
            )
        } else {
            (
                "Stint is still running",
                "It keeps the timer in the tray; choose Quit there to end it.",
            )
        };
        if let Err(err) = app.notification().builder().title(title).body(body).show() {
            tracing::warn!(error = %err, "the notification could not be shown");
        }
    }
}

/// Says once that syncing fails, with the reason; a success ends the streak.
pub fn sync(app: &AppHandle, failure: Option<&str>) {
    let Some(notices) = app.try_state::<Notices>() else {
        return;
    };
    match failure {
        None => notices.sync_failing.store(false, Ordering::SeqCst),
        Some(reason) => {
            if !notices.sync_failing.swap(true, Ordering::SeqCst) {
                let title = if preferences::speaks_german(app) {
                    "Abgleich mit Personio fehlgeschlagen"
                } else {
                    "Sync with Personio failed"
                };
                show(app, "notify_sync", title, reason);
            }
        }
    }
}
