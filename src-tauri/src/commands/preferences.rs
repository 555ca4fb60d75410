//! The user's UI preferences, kept in the data folder (see `crate::preferences`).

use std::collections::BTreeMap;
use stint_model::IpcError;
use tauri::AppHandle;

/// Every preference with its value (defaults where none was chosen).
#[tauri::command]
pub async fn preferences(app: AppHandle) -> Result<BTreeMap<String, String>, IpcError> {
    crate::preferences::all(&app)
}

/// Sets one preference (`lang`, `theme`, `week_start`, `notify_*`, `close_to_tray`,
/// `start_at_login`).
#[tauri::command]
pub async fn set_preference(
    key: String,
    value: String,
    app: AppHandle,
) -> Result<BTreeMap<String, String>, IpcError> {
    let all = crate::preferences::set(&app, &key, &value)?;
    // The tray speaks the chosen language.
    crate::tray::refresh(&app);
    Ok(all)
}
