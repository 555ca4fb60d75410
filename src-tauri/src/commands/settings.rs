//! Commands of the Settings page. The core refuses edits of weekly hours and absences while
//! Personio is connected; these adapters only pass that on.

use super::core;
use crate::active::ActiveCore;
use crate::scheduler::Scheduler;
use stint_core::Stint;
use stint_model::{IpcError, ManualAbsenceInput, SettingsView};
use tauri::State;

#[tauri::command]
pub async fn settings_view(stint: State<'_, ActiveCore>) -> Result<SettingsView, IpcError> {
    core(&stint, Stint::settings_view).await
}

#[tauri::command]
pub async fn set_weekly_minutes(
    minutes: [u32; 7],
    stint: State<'_, ActiveCore>,
) -> Result<SettingsView, IpcError> {
    core(&stint, move |s| {
        s.set_weekly_minutes(minutes)?;
        s.settings_view()
    })
    .await
}

#[tauri::command]
pub async fn add_manual_absence(
    absence: ManualAbsenceInput,
    stint: State<'_, ActiveCore>,
) -> Result<SettingsView, IpcError> {
    core(&stint, move |s| {
        s.add_manual_absence(&absence)?;
        s.settings_view()
    })
    .await
}

#[tauri::command]
pub async fn delete_manual_absence(
    id: i64,
    stint: State<'_, ActiveCore>,
) -> Result<SettingsView, IpcError> {
    core(&stint, move |s| {
        s.delete_manual_absence(id)?;
        s.settings_view()
    })
    .await
}

/// Changes one general setting by its `stint-cli config` key (validated by the core).
#[tauri::command]
pub async fn set_setting(
    key: String,
    value: String,
    stint: State<'_, ActiveCore>,
    scheduler: State<'_, Scheduler>,
) -> Result<SettingsView, IpcError> {
    let view = core(&stint, move |s| {
        s.config_set(&key, &value)?;
        s.settings_view()
    })
    .await?;
    scheduler.replan();
    Ok(view)
}
