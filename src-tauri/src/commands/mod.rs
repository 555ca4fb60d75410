//! Tauri commands, one file per area. Each is an adapter of a few lines over one `Stint`
//! method, and runs off the main thread (`#[tauri::command(async)]` or an `async fn`): a
//! command waits on the store, the keyring or the network, and the window must not wait
//! with it. The names are `stint_model::ipc::commands`; `tests/capabilities.rs` checks that
//! every registered command has its permission.

pub mod app;
pub mod connection;
pub mod demo;
pub mod settings;
pub mod timeline;
pub mod tracking;
