//! Commands of the Settings page. The core refuses edits of weekly hours and absences while
//! Personio is connected; these adapters only pass that on. Every command runs off the main
//! thread (`async`): each waits on the store, which another process may hold for a while.

use crate::scheduler::Scheduler;
use std::sync::Arc;
use stint_core::Stint;
use stint_model::{IpcError, ManualAbsenceInput, SettingsView};
use tauri::State;

#[tauri::command(async)]
pub fn settings_view(stint: State<'_, Arc<Stint>>) -> Result<SettingsView, IpcError> {
    Ok(stint.settings_view()?)
}

#[tauri::command(async)]
pub fn set_weekly_minutes(
    minutes: [u32; 7],
    stint: State<'_, Arc<Stint>>,
) -> Result<SettingsView, IpcError> {
    stint.set_weekly_minutes(minutes)?;
    Ok(stint.settings_view()?)
}

#[tauri::command(async)]
pub fn add_manual_absence(
    absence: ManualAbsenceInput,
    stint: State<'_, Arc<Stint>>,
) -> Result<SettingsView, IpcError> {
    stint.add_manual_absence(&absence)?;
    Ok(stint.settings_view()?)
}

#[tauri::command(async)]
pub fn delete_manual_absence(
    id: i64,
    stint: State<'_, Arc<Stint>>,
) -> Result<SettingsView, IpcError> {
    stint.delete_manual_absence(id)?;
    Ok(stint.settings_view()?)
}

/// Changes one general setting by its `stint-cli config` key (validated by the core).
#[tauri::command(async)]
pub fn set_setting(
    key: String,
    value: String,
    stint: State<'_, Arc<Stint>>,
    scheduler: State<'_, Scheduler>,
) -> Result<SettingsView, IpcError> {
    stint.config_set(&key, &value)?;
    scheduler.replan();
    Ok(stint.settings_view()?)
}
