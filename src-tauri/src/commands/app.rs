//! Commands about the app itself.

use super::core;
use crate::active::ActiveCore;
use stint_core::Stint;
use stint_model::{AppInfo, IpcError};
use tauri::State;

/// Version and data directory (the one in use: the demo's own while the demo runs) for the
/// About panel, and whether this is a fresh install.
#[tauri::command]
pub async fn app_info(stint: State<'_, ActiveCore>) -> Result<AppInfo, IpcError> {
    Ok(AppInfo {
        name: "Stint".into(),
        version: env!("CARGO_PKG_VERSION").into(),
        data_dir: stint.current().data_dir().display().to_string(),
        os: std::env::consts::OS.into(),
        fresh: core(&stint, Stint::is_fresh).await?,
    })
}

/// The Timeline's first paint, reported by the script `startup_report` injects for the app
/// benchmark; refused unless `STINT_STARTUP_REPORT` names a file.
#[tauri::command]
pub async fn report_drawn(origin_ms: f64, mark_ms: f64) -> Result<(), IpcError> {
    crate::startup_report::write(origin_ms, mark_ms)
        .map_err(|why| IpcError::new(stint_model::ErrorCode::Internal, why))
}
