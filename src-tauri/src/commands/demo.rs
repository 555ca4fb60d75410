//! "Try with demo data": connect to the in-process sandbox's demo company.

use crate::demo::DemoServer;
use crate::scheduler::Scheduler;
use std::sync::Arc;
use stint_core::Stint;
use stint_model::{ConnectRequest, ConnectionStatus, ErrorCode, IpcError};
use tauri::State;

#[tauri::command]
pub async fn connect_demo(
    stint: State<'_, Arc<Stint>>,
    demo: State<'_, DemoServer>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let sandbox = demo.ensure_started().map_err(|err| {
        IpcError::new(
            ErrorCode::Internal,
            format!("The demo server could not start: {err}"),
        )
    })?;
    let creds = sandbox.credentials();
    let request = ConnectRequest {
        client_id: creds.client_id,
        client_secret: creds.client_secret,
        email: creds.email,
        base_url: Some(sandbox.base_url()),
    };
    let outcome = stint.connect_demo(&request).await;
    if outcome.is_err() {
        demo.stop();
    }
    scheduler.replan();
    Ok(outcome?)
}
