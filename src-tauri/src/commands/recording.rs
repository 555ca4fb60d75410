//! "Record my time in Personio": send the outbox, offer past entries, settle a conflict. The
//! rules are the core's (`stint_core::Stint::push_outbox`); here is only the wiring, and the
//! "send at once" after every change of an entry ([`push_soon`]).

use super::core;
use super::timeline::parse_date;
use crate::active::ActiveCore;
use stint_core::CoreError;
use stint_model::ipc::events::{CONNECTION_CHANGED, TRACKING_CHANGED};
use stint_model::{IpcError, PushReport, TimeEntryInput, TimeEntryView};
use tauri::{AppHandle, Emitter, State};

/// Sends what waits in the outbox in the background (right after the user changed an entry),
/// then tells the window: the entries' states and the Connection Manager's counts changed.
/// Offline, the changes wait for the next push or sync; nothing is lost.
pub(crate) fn push_soon(app: &AppHandle, active: &ActiveCore) {
    let (app, stint) = (app.clone(), active.current());
    tauri::async_runtime::spawn(async move {
        match stint.push_outbox(false).await {
            Ok(report)
                if report.created + report.changed + report.deleted > 0
                    || !report.refused.is_empty() =>
            {
                let _ = app.emit(TRACKING_CHANGED, ());
                let _ = app.emit(CONNECTION_CHANGED, ());
            }
            Ok(_) | Err(CoreError::NotConnected) => {}
            Err(err) => tracing::warn!(error = %err, "sending to Personio failed; it waits"),
        }
    });
}

/// Sends the outbox now (or says what it would send).
#[tauri::command]
pub async fn push_to_personio(
    dry_run: bool,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<PushReport, IpcError> {
    let report = stint
        .current()
        .push_outbox(dry_run)
        .await
        .map_err(IpcError::from)?;
    if !dry_run {
        let _ = app.emit(TRACKING_CHANGED, ());
        let _ = app.emit(CONNECTION_CHANGED, ());
    }
    Ok(report)
}

/// Queues the entries of `from..=to` that are only in Stint and sends them; answers what the
/// push did.
#[tauri::command]
pub async fn offer_entries(
    from: String,
    to: String,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<PushReport, IpcError> {
    let (from, to) = (parse_date("from", &from)?, parse_date("to", &to)?);
    core(&stint, move |s| s.offer_entries(from, to)).await?;
    push_to_personio(false, app, stint).await
}

/// Settles a conflict on entry `id`: `mine` sends the user's kept version, otherwise
/// Personio's stays.
#[tauri::command]
pub async fn resolve_conflict(
    id: i64,
    mine: bool,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<(), IpcError> {
    core(&stint, move |s| s.resolve_conflict(id, mine)).await?;
    let _ = app.emit(TRACKING_CHANGED, ());
    if mine {
        push_soon(&app, &stint);
    }
    Ok(())
}

/// Changes a period booked in Personio (only while recording: it becomes the user's entry and
/// the change goes to Personio).
#[tauri::command]
pub async fn update_personio_period(
    period_id: String,
    entry: TimeEntryInput,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<TimeEntryView, IpcError> {
    let view = core(&stint, move |s| {
        s.update_personio_period(&period_id, &entry)
    })
    .await?;
    let _ = app.emit(TRACKING_CHANGED, ());
    push_soon(&app, &stint);
    Ok(view)
}

/// Deletes a period booked in Personio (only while recording).
#[tauri::command]
pub async fn delete_personio_period(
    period_id: String,
    app: AppHandle,
    stint: State<'_, ActiveCore>,
) -> Result<(), IpcError> {
    core(&stint, move |s| s.delete_personio_period(&period_id)).await?;
    let _ = app.emit(TRACKING_CHANGED, ());
    push_soon(&app, &stint);
    Ok(())
}
