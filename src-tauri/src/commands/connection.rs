//! Commands of the Connection Manager: status, connect, sync now, disconnect.
//!
//! Each takes the core from state, calls it, tells the scheduler when the plan changed, and
//! maps the error to the IPC shape. Nothing else happens here. While the demo runs, Disconnect
//! ends it (see `crate::demo::leave`).

use super::core;
use crate::active::ActiveCore;
use crate::demo::DemoServer;
use crate::scheduler::Scheduler;
use stint_core::Stint;
use stint_model::{ConnectRequest, ConnectionStatus, IpcError, SyncTrigger};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn connection_status(stint: State<'_, ActiveCore>) -> Result<ConnectionStatus, IpcError> {
    core(&stint, Stint::status).await
}

#[tauri::command]
pub async fn connect(
    request: ConnectRequest,
    stint: State<'_, ActiveCore>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let status = stint.current().connect(&request).await?;
    scheduler.replan();
    Ok(status)
}

#[tauri::command]
pub async fn sync_now(
    stint: State<'_, ActiveCore>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let outcome = stint.current().sync(SyncTrigger::Manual).await;
    scheduler.replan();
    outcome?;
    core(&stint, Stint::status).await
}

#[tauri::command]
pub async fn disconnect(
    app: AppHandle,
    stint: State<'_, ActiveCore>,
    demo: State<'_, DemoServer>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let status = if stint.demo().is_some() {
        crate::demo::leave(&app, &stint, &demo).await?
    } else {
        core(&stint, Stint::disconnect).await?
    };
    scheduler.replan();
    Ok(status)
}
