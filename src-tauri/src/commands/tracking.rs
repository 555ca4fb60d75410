//! Time tracking commands: the timer and the day view's time entries.
//!
//! Everything that changes tracked time emits `tracking-changed`, so the Timeline reloads its
//! totals whichever part of the window (or a future tray menu) made the change.

use super::core;
use super::timeline::parse_date;
use crate::active::ActiveCore;
use stint_core::Stint;
use stint_model::ipc::events::TRACKING_CHANGED;
use stint_model::{IpcError, TimeEntryInput, TimeEntryView, TimerView};
use tauri::{AppHandle, Emitter, State};

/// Tells the window, and sends the change to Personio when it goes there.
fn changed(app: &AppHandle, stint: &ActiveCore) {
    // Nobody listening is fine: the page reloads when it is shown again.
    let _ = app.emit(TRACKING_CHANGED, ());
    super::recording::push_soon(app, stint);
    crate::tray::refresh(app);
}

#[tauri::command]
pub async fn timer_state(stint: State<'_, ActiveCore>) -> Result<Option<TimerView>, IpcError> {
    core(&stint, Stint::timer_state).await
}

/// Starts the timer; while recording, Personio hears of it at once (clocked in).
#[tauri::command]
pub async fn timer_start(
    note: String,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimerView, IpcError> {
    let timer = core(&stint, move |s| s.timer_start(&note)).await?;
    super::recording::push_soon(&app, &stint);
    crate::tray::refresh(&app);
    Ok(timer)
}

#[tauri::command]
pub async fn timer_pause(
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimerView, IpcError> {
    let timer = core(&stint, Stint::timer_pause).await?;
    super::recording::push_soon(&app, &stint);
    crate::tray::refresh(&app);
    Ok(timer)
}

#[tauri::command]
pub async fn timer_resume(
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimerView, IpcError> {
    let timer = core(&stint, Stint::timer_resume).await?;
    super::recording::push_soon(&app, &stint);
    crate::tray::refresh(&app);
    Ok(timer)
}

/// Books the timer as an entry; answers the entry.
#[tauri::command]
pub async fn timer_stop(
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimeEntryView, IpcError> {
    let entry = core(&stint, Stint::timer_stop).await?;
    changed(&app, &stint);
    Ok(entry)
}

#[tauri::command]
pub async fn timer_set_note(
    note: String,
    stint: State<'_, ActiveCore>,
) -> Result<TimerView, IpcError> {
    core(&stint, move |s| s.timer_set_note(&note)).await
}

#[tauri::command]
pub async fn timer_discard(app: AppHandle, stint: State<'_, ActiveCore>) -> Result<(), IpcError> {
    core(&stint, Stint::timer_discard).await?;
    super::recording::push_soon(&app, &stint);
    crate::tray::refresh(&app);
    Ok(())
}

#[tauri::command]
pub async fn time_entries(
    from: String,
    to: String,
    stint: State<'_, ActiveCore>,
) -> Result<Vec<TimeEntryView>, IpcError> {
    let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
    core(&stint, move |s| s.time_entries(from, to)).await
}

#[tauri::command]
pub async fn add_time_entry(
    entry: TimeEntryInput,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimeEntryView, IpcError> {
    let added = core(&stint, move |s| s.add_time_entry(&entry)).await?;
    changed(&app, &stint);
    Ok(added)
}

#[tauri::command]
pub async fn update_time_entry(
    id: i64,
    entry: TimeEntryInput,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimeEntryView, IpcError> {
    let updated = core(&stint, move |s| s.update_time_entry(id, &entry)).await?;
    changed(&app, &stint);
    Ok(updated)
}

#[tauri::command]
pub async fn delete_time_entry(
    id: i64,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<(), IpcError> {
    core(&stint, move |s| s.delete_time_entry(id)).await?;
    changed(&app, &stint);
    Ok(())
}
