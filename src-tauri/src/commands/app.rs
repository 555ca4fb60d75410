//! Commands about the app itself.

use crate::paths::DataDir;
use stint_model::AppInfo;

/// Version and data directory for the About panel.
#[tauri::command]
pub fn app_info(data_dir: tauri::State<'_, DataDir>) -> AppInfo {
    AppInfo {
        name: "Stint".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        data_dir: data_dir.0.display().to_string(),
        os: std::env::consts::OS.into(),
    }
}
