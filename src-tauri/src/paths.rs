//! Where Stint keeps its data: `STINT_DATA_DIR` when set, else the OS data directory plus the
//! app identifier — the same folder `stint-cli` uses by default (see `stint_core::default_data_dir`).
//!
//! The override exists so tests, the e2e suite and people trying things out can run the real app
//! against a throw-away directory without touching their real data.

use std::path::PathBuf;

/// The resolved data directory, managed as app state.
#[derive(Debug, Clone)]
pub struct DataDir(pub PathBuf);

pub fn data_dir() -> Result<PathBuf, Box<dyn std::error::Error>> {
    let dir = stint_core::default_data_dir()
        .ok_or("the OS reports no data directory; set STINT_DATA_DIR to choose one")?;
    std::fs::create_dir_all(&dir)
        .map_err(|err| format!("cannot create the data folder {}: {err}", dir.display()))?;
    Ok(dir)
}
