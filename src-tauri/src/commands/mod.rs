//! Tauri commands, one file per area. Each is an adapter of a few lines over one `Stint`
//! method. The names are `stint_model::ipc::commands`; `tests/capabilities.rs` checks that
//! every registered command has its permission.
//!
//! No command runs on the main thread, and none blocks the async runtime either: a core call
//! may wait on the store (another process's write lock, up to SQLite's busy timeout), the
//! keyring or the disk, so it runs on the blocking pool through [`core`]. Commands are `async
//! fn`s for that; the network-bound ones (connect, sync) await the core directly.

pub mod app;
pub mod connection;
pub mod demo;
pub mod export;
pub mod idle;
pub mod preferences;
pub mod recording;
pub mod settings;
pub mod timeline;
pub mod today;
pub mod tracking;

use crate::active::ActiveCore;
use stint_core::{CoreError, Stint};
use stint_model::{ErrorCode, IpcError};

/// Runs `call` on the core in use (the user's, or the demo's: see [`ActiveCore`]) in Tauri's
/// blocking pool, so a command waiting on the store holds neither the window nor one of the
/// few async workers (two on a two-core machine) that every other command and event needs;
/// maps the error to the IPC shape.
pub(crate) async fn core<T: Send + 'static>(
    active: &ActiveCore,
    call: impl FnOnce(&Stint) -> Result<T, CoreError> + Send + 'static,
) -> Result<T, IpcError> {
    let stint = active.current();
    blocking(move || call(&stint)).await
}

/// Runs `call` in Tauri's blocking pool, as [`core`] does, for work on a particular core (the
/// demo's switch works on the user's and the demo's at once); maps the error to the IPC shape.
pub(crate) async fn blocking<T: Send + 'static>(
    call: impl FnOnce() -> Result<T, CoreError> + Send + 'static,
) -> Result<T, IpcError> {
    tauri::async_runtime::spawn_blocking(call)
        .await
        .map_err(|err| {
            IpcError::new(
                ErrorCode::Internal,
                format!("Stint's worker for this action stopped: {err}"),
            )
        })?
        .map_err(IpcError::from)
}
