//! Today at a glance and the tray menu through IPC: the header shows "leave at", and a test (or
//! a desktop whose tray cannot be driven) can read and use what the tray offers.

use super::core;
use crate::active::ActiveCore;
use stint_core::Stint;
use stint_model::{IpcError, TodayView, TrayItemView};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn today(stint: State<'_, ActiveCore>) -> Result<TodayView, IpcError> {
    core(&stint, Stint::today).await
}

/// The tray menu's items as they are now.
#[tauri::command]
pub async fn tray_menu(app: AppHandle) -> Result<Vec<TrayItemView>, IpcError> {
    crate::tray::items(&app)
}

/// Runs a tray menu item (`toggle`, `stop`, `open`, `quit`) as a click on it does.
#[tauri::command]
pub async fn tray_activate(id: String, app: AppHandle) -> Result<(), IpcError> {
    crate::tray::activate(&app, &id).await
}
