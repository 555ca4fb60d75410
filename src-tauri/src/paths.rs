//! Where Stint keeps its data: the OS data directory, or `STINT_DATA_DIR` when set.
//!
//! The override exists so tests, the e2e suite and people trying things out can run the real app
//! against a throw-away directory without touching their real data.

use std::path::PathBuf;

/// The resolved data directory, managed as app state.
#[derive(Debug, Clone)]
pub struct DataDir(pub PathBuf);

pub fn data_dir(app: &tauri::AppHandle) -> Result<PathBuf, Box<dyn std::error::Error>> {
    use tauri::Manager;
    let dir = match std::env::var_os("STINT_DATA_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => app.path().app_data_dir()?,
    };
    std::fs::create_dir_all(&dir)
        .map_err(|err| format!("cannot create the data folder {}: {err}", dir.display()))?;
    Ok(dir)
}
