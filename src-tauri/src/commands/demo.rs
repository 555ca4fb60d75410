//! "Try with demo data": the demo company in the demo's own data folder (see `crate::demo`).

use crate::active::ActiveCore;
use crate::demo::DemoServer;
use crate::scheduler::Scheduler;
use stint_model::{ConnectionStatus, IpcError};
use tauri::{AppHandle, State};

#[tauri::command]
pub async fn connect_demo(
    app: AppHandle,
    stint: State<'_, ActiveCore>,
    demo: State<'_, DemoServer>,
    scheduler: State<'_, Scheduler>,
) -> Result<ConnectionStatus, IpcError> {
    let outcome = crate::demo::enter(&app, &stint, &demo).await;
    scheduler.replan();
    outcome
}
