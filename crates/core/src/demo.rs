//! Demo mode's own data folder: "Try with demo data" never mixes the demo company with the
//! user's own data.
//!
//! The demo lives in `demo/` inside the user's data folder ([`demo_dir`]), a data folder like
//! any other (`STINT_DATA_DIR=<user folder>/demo stint-cli entries list` shows the demo's
//! data). Its keyring entry is that folder's own (the entry is keyed by the data folder, see
//! [`crate::vault`]), so the demo's secret never overwrites the user's. While the demo runs, a
//! marker file in the user's folder ([`DEMO_MARKER`]) says so, so a restart comes back into
//! the demo. Ending the demo removes its secret, the marker and the folder; the user's own
//! folder — connection, entries, settings, secret — is never written by any of this.
//!
//! The app decides which folder it shows (it swaps its core); this module only makes, finds
//! and removes the demo's folder. How a folder is opened (keyring, clock) is the caller's,
//! passed in as `open`.

use crate::{CoreError, Stint};
use std::path::{Path, PathBuf};
use stint_model::{ConnectRequest, ConnectionStatus};

/// The demo's folder inside the user's data folder.
pub const DEMO_FOLDER: &str = "demo";

/// The file in the user's data folder that says the demo is running.
pub const DEMO_MARKER: &str = "demo.active";

/// Where the demo of the user's data folder `user_dir` keeps its data.
pub fn demo_dir(user_dir: &Path) -> PathBuf {
    user_dir.join(DEMO_FOLDER)
}

impl Stint {
    /// Starts the demo of this — the user's — data folder: a new demo folder (what an earlier
    /// demo may have left is removed first), opened with `open` and connected to the demo
    /// company at `request.base_url`; then the marker. Answers the demo's core. Refused while
    /// this folder is connected to Personio or already in the demo; a failure leaves no demo
    /// folder behind.
    pub async fn start_demo(
        &self,
        request: &ConnectRequest,
        open: impl Fn(&Path) -> Result<Stint, CoreError>,
    ) -> Result<Stint, CoreError> {
        if let Some(existing) = self.settings().personio {
            return Err(CoreError::AlreadyConnected {
                email: existing.email,
            });
        }
        if self.data_dir.join(DEMO_MARKER).exists() {
            return Err(CoreError::AlreadyConnected {
                email: request.email.clone(),
            });
        }
        let dir = demo_dir(&self.data_dir);
        remove_demo_folder(&dir, &open);
        let demo = open(&dir)?;
        if let Err(err) = demo.connect_demo(request).await {
            drop(demo);
            remove_demo_folder(&dir, &open);
            return Err(err);
        }
        if let Err(err) = std::fs::write(self.data_dir.join(DEMO_MARKER), b"demo\n") {
            let _ = demo.vault.delete();
            drop(demo);
            remove_demo_folder(&dir, &open);
            return Err(CoreError::invalid(
                "dataDir",
                format!(
                    "Cannot write into the data folder {}: {err}",
                    self.data_dir.display()
                ),
            ));
        }
        tracing::info!(dir = %dir.display(), "demo started in its own data folder");
        Ok(demo)
    }

    /// The demo this folder was left in, opened again with `open`; `None` when it was not in
    /// the demo. A demo folder without the marker, or a marker without a demo connection
    /// (a start or an end cut short), is cleared away.
    pub fn resume_demo(
        &self,
        open: impl Fn(&Path) -> Result<Stint, CoreError>,
    ) -> Result<Option<Stint>, CoreError> {
        let dir = demo_dir(&self.data_dir);
        let marker = self.data_dir.join(DEMO_MARKER);
        if marker.exists() && dir.exists() {
            let demo = open(&dir)?;
            if demo.is_demo() {
                return Ok(Some(demo));
            }
        }
        if marker.exists() || dir.exists() {
            tracing::warn!(dir = %dir.display(), "clearing away an unfinished demo folder");
            let _ = std::fs::remove_file(&marker);
            remove_demo_folder(&dir, &open);
        }
        Ok(None)
    }

    /// Ends the demo `demo` of this folder: its secret out of the keyring (a sync of it
    /// stops), the marker away, the demo folder deleted. Answers this folder's status, which
    /// is as it was before the demo.
    pub fn end_demo(&self, demo: &Stint) -> Result<ConnectionStatus, CoreError> {
        demo.disconnect()?;
        let _ = std::fs::remove_file(self.data_dir.join(DEMO_MARKER));
        if let Err(err) = std::fs::remove_dir_all(&demo.data_dir) {
            // Left for the next start to clear away (`resume_demo`).
            tracing::warn!(dir = %demo.data_dir.display(), error = %err, "the demo folder stays for now");
        }
        tracing::info!("demo ended; back on the user's own data");
        self.status()
    }
}

/// Removes the demo folder `dir` and its keyring entry, if there is one.
fn remove_demo_folder(dir: &Path, open: &impl Fn(&Path) -> Result<Stint, CoreError>) {
    if !dir.exists() {
        return;
    }
    if let Ok(old) = open(dir) {
        let _ = old.vault.delete();
    }
    if let Err(err) = std::fs::remove_dir_all(dir) {
        tracing::warn!(dir = %dir.display(), error = %err, "cannot remove the old demo folder");
    }
}
