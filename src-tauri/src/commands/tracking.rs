//! Time tracking commands: the timer and the day view's time entries.
//!
//! Everything that changes tracked time emits `tracking-changed`, so the Timeline reloads its
//! totals whichever part of the window (or a future tray menu) made the change.

use super::timeline::parse_date;
use std::sync::Arc;
use stint_core::Stint;
use stint_model::ipc::events::TRACKING_CHANGED;
use stint_model::{IpcError, TimeEntryInput, TimeEntryView, TimerView};
use tauri::{AppHandle, Emitter, State};

fn changed(app: &AppHandle) {
    // Nobody listening is fine: the page reloads when it is shown again.
    let _ = app.emit(TRACKING_CHANGED, ());
}

#[tauri::command(async)]
pub fn timer_state(stint: State<'_, Arc<Stint>>) -> Result<Option<TimerView>, IpcError> {
    Ok(stint.timer_state()?)
}

#[tauri::command(async)]
pub fn timer_start(note: String, stint: State<'_, Arc<Stint>>) -> Result<TimerView, IpcError> {
    Ok(stint.timer_start(&note)?)
}

#[tauri::command(async)]
pub fn timer_pause(stint: State<'_, Arc<Stint>>) -> Result<TimerView, IpcError> {
    Ok(stint.timer_pause()?)
}

#[tauri::command(async)]
pub fn timer_resume(stint: State<'_, Arc<Stint>>) -> Result<TimerView, IpcError> {
    Ok(stint.timer_resume()?)
}

/// Books the timer as an entry; answers the entry.
#[tauri::command(async)]
pub fn timer_stop(app: AppHandle, stint: State<'_, Arc<Stint>>) -> Result<TimeEntryView, IpcError> {
    let entry = stint.timer_stop()?;
    changed(&app);
    Ok(entry)
}

#[tauri::command(async)]
pub fn timer_set_note(note: String, stint: State<'_, Arc<Stint>>) -> Result<TimerView, IpcError> {
    Ok(stint.timer_set_note(&note)?)
}

#[tauri::command(async)]
pub fn timer_discard(stint: State<'_, Arc<Stint>>) -> Result<(), IpcError> {
    Ok(stint.timer_discard()?)
}

#[tauri::command(async)]
pub fn time_entries(
    from: String,
    to: String,
    stint: State<'_, Arc<Stint>>,
) -> Result<Vec<TimeEntryView>, IpcError> {
    let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
    Ok(stint.time_entries(from, to)?)
}

#[tauri::command(async)]
pub fn add_time_entry(
    entry: TimeEntryInput,
    app: AppHandle,
    stint: State<'_, Arc<Stint>>,
) -> Result<TimeEntryView, IpcError> {
    let added = stint.add_time_entry(&entry)?;
    changed(&app);
    Ok(added)
}

#[tauri::command(async)]
pub fn update_time_entry(
    id: i64,
    entry: TimeEntryInput,
    app: AppHandle,
    stint: State<'_, Arc<Stint>>,
) -> Result<TimeEntryView, IpcError> {
    let updated = stint.update_time_entry(id, &entry)?;
    changed(&app);
    Ok(updated)
}

#[tauri::command(async)]
pub fn delete_time_entry(
    id: i64,
    app: AppHandle,
    stint: State<'_, Arc<Stint>>,
) -> Result<(), IpcError> {
    stint.delete_time_entry(id)?;
    changed(&app);
    Ok(())
}
