//! The idle question (see `crate::idle`): what is waiting, and the user's answer.

use stint_model::{IdleChoice, IdleSpan, IpcError};
use tauri::AppHandle;

#[tauri::command]
pub async fn idle_pending(app: AppHandle) -> Result<Option<IdleSpan>, IpcError> {
    Ok(crate::idle::pending(&app))
}

/// `keep`, `subtract` (the time away was a break) or `stop` (the timer stops where it began).
#[tauri::command]
pub async fn idle_answer(choice: IdleChoice, app: AppHandle) -> Result<(), IpcError> {
    crate::idle::answer(&app, choice).await
}
