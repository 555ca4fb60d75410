//! What the backend tells the UI about itself: shown in the About panel.

use serde::{Deserialize, Serialize};

/// Facts about the running app, answered by the `app_info` command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppInfo {
    /// Product name, "Stint".
    pub name: String,
    /// The app's semantic version, from the package manifest.
    pub version: String,
    /// Directory holding the SQLite file and settings, so a user can find (and back up) it.
    pub data_dir: String,
    /// Target operating system (`linux`, `macos`, `windows`).
    pub os: String,
    /// Nothing configured yet (no Personio, no entries, absences or own weekly hours): the
    /// UI opens on Connections, where the demo offer is.
    pub fresh: bool,
}
