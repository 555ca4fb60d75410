//! Commands of the Connection Manager: status, connect, sync now, disconnect.
//!
//! Each takes the core from state, calls it, tells the scheduler when the plan changed, and
//! maps the error to the IPC shape. Nothing else happens here.

use super::core;
use crate::demo::DemoServer;
use crate::scheduler::Scheduler;
use std::sync::Arc;
use stint_core::Stint;
use stint_model::{ConnectRequest, ConnectionStatus, IpcError, SyncTrigger};
use tauri::State;

#[tauri::command]
pub async fn connection_status(stint: State<'_, Arc<Stint>>) -> Result<ConnectionStatus, IpcError> {
    core(&stint, Stint::status).await
}

#[tauri::command]
pub async fn connect(
    request: ConnectRequest,
    stint: State<'_, Arc<Stint>>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let status = stint.connect(&request).await?;
    scheduler.replan();
    Ok(status)
}

#[tauri::command]
pub async fn sync_now(
    stint: State<'_, Arc<Stint>>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let outcome = stint.sync(SyncTrigger::Manual).await;
    scheduler.replan();
    outcome?;
    core(&stint, Stint::status).await
}

#[tauri::command]
pub async fn disconnect(
    stint: State<'_, Arc<Stint>>,
    demo: State<'_, DemoServer>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let status = core(&stint, Stint::disconnect).await?;
    demo.stop();
    scheduler.replan();
    Ok(status)
}
