//! Commands about the app itself.

use super::core;
use crate::paths::DataDir;
use std::sync::Arc;
use stint_core::Stint;
use stint_model::{AppInfo, IpcError};
use tauri::State;

/// Version and data directory for the About panel, and whether this is a fresh install.
#[tauri::command]
pub async fn app_info(
    data_dir: State<'_, DataDir>,
    stint: State<'_, Arc<Stint>>,
) -> Result<AppInfo, IpcError> {
    Ok(AppInfo {
        name: "Stint".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        data_dir: data_dir.0.display().to_string(),
        os: std::env::consts::OS.into(),
        fresh: core(&stint, Stint::is_fresh).await?,
    })
}
