//! "Export" in the Timeline: the shown month's timesheet (PDF or CSV) or the absences of its
//! year (iCalendar), made by the core (the same bytes as `stint-cli export`) and saved where the
//! user chooses in the system's save dialog, written whole or not at all.
//!
//! `STINT_EXPORT_DIR`, for the e2e suite (a native dialog cannot be driven over WebDriver),
//! saves into that folder under the suggested name instead of asking.

use super::core;
use crate::active::ActiveCore;
use crate::preferences;
use std::path::PathBuf;
use stint_model::{ErrorCode, ExportKind, IpcError, Language, TimesheetFormat};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

/// `YYYY-MM` as year and month.
fn parse_month(text: &str) -> Result<(i32, u32), IpcError> {
    let invalid = || {
        IpcError::invalid(
            "month",
            format!("`{text}` is not a month: send it as YYYY-MM, e.g. 2026-11"),
        )
    };
    let (year, month) = text.trim().split_once('-').ok_or_else(invalid)?;
    let year: i32 = year.parse().map_err(|_| invalid())?;
    let month: u32 = month.parse().map_err(|_| invalid())?;
    (1..=12)
        .contains(&month)
        .then_some((year, month))
        .ok_or_else(invalid)
}

/// The name the dialog suggests, and the filter's label and extension.
fn suggestion(kind: ExportKind, year: i32, month: u32) -> (String, &'static str, &'static str) {
    match kind {
        ExportKind::TimesheetPdf => (format!("timesheet-{year}-{month:02}.pdf"), "PDF", "pdf"),
        ExportKind::TimesheetCsv => (format!("timesheet-{year}-{month:02}.csv"), "CSV", "csv"),
        ExportKind::AbsencesIcs => (format!("absences-{year}.ics"), "iCalendar", "ics"),
    }
}

/// Where to save: the user's choice in the save dialog (`None`: cancelled).
async fn choose(app: &AppHandle, name: &str, label: &str, ext: &str) -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os("STINT_EXPORT_DIR") {
        return Some(PathBuf::from(folder).join(name));
    }
    let (answer, chosen) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_file_name(name)
        .add_filter(label, &[ext])
        .save_file(move |path| {
            let _ = answer.send(path);
        });
    chosen.await.ok().flatten()?.into_path().ok()
}

/// Saves the export; answers the path it was saved to, or `None` when the dialog was cancelled.
#[tauri::command]
pub async fn export_file(
    app: AppHandle,
    kind: ExportKind,
    month: String,
    stint: State<'_, ActiveCore>,
) -> Result<Option<String>, IpcError> {
    let (year, month) = parse_month(&month)?;
    let lang = if preferences::speaks_german(&app) {
        Language::De
    } else {
        Language::En
    };
    let bytes = core(&stint, move |s| match kind {
        ExportKind::TimesheetPdf => s.export_timesheet(year, month, TimesheetFormat::Pdf, lang),
        ExportKind::TimesheetCsv => s.export_timesheet(year, month, TimesheetFormat::Csv, lang),
        ExportKind::AbsencesIcs => {
            let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or_default();
            let last = chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or_default();
            s.export_absences(first, last, lang)
        }
    })
    .await?;
    let (name, label, ext) = suggestion(kind, year, month);
    let Some(path) = choose(&app, &name, label, ext).await else {
        return Ok(None);
    };
    let target = path.clone();
    tauri::async_runtime::spawn_blocking(move || {
        stint_core::save_file::save_whole(&target, &bytes, &name)
    })
    .await
    .map_err(|err| IpcError::new(ErrorCode::Internal, format!("the save stopped: {err}")))?
    .map_err(|err| {
        IpcError::new(
            ErrorCode::Internal,
            format!("Could not save {}: {err}", path.display()),
        )
    })?;
    tracing::info!(path = %path.display(), ?kind, "export saved");
    Ok(Some(path.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::parse_month;

    #[test]
    fn months_are_year_dash_month_and_anything_else_names_the_field() {
        assert_eq!(parse_month(" 2026-11 ").ok(), Some((2026, 11)));
        for bad in ["2026-13", "2026", "11-2026x", "", "2026-00"] {
            let err = parse_month(bad).expect_err(bad);
            assert_eq!(err.field.as_deref(), Some("month"), "{bad}");
        }
    }
}
