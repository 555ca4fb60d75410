//! Journey: "Export" in the Timeline saves what `stint-cli export` writes. In the demo, for the
//! last whole month: the timesheet as CSV is byte for byte the CLI's over the same data folder,
//! the PDF is a PDF whose text (`pdftotext`) has the CLI CSV's month totals, and the absences
//! file is a calendar with the same event UIDs as the CLI's. Each time the window says where
//! the file went.
//!
//! A native save dialog cannot be driven over WebDriver: `STINT_EXPORT_DIR` makes the app save
//! under the suggested name in that folder instead of asking (src-tauri/src/commands/export.rs).

use chrono::{Datelike, Local, Months};
use std::path::Path;
use stint_e2e::cli::cli;
use stint_e2e::{ensure, App, E2eResult, Launch};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_timeline_exports_the_same_timesheet_and_calendar_as_the_cli() {
    let folder = tempfile::tempdir().expect("a temp folder for the exports");
    let launch = Launch {
        env: vec![(
            "STINT_EXPORT_DIR".into(),
            folder.path().display().to_string(),
        )],
        ..Launch::default()
    };
    let Some(app) = App::launch_with("export", &launch).await else {
        return;
    };
    let outcome = journey(&app, folder.path()).await;
    app.finish(outcome).await;
}

/// Clicks the export button `id` and returns the file the window says it saved.
async fn export(app: &App, id: &str, expected: &Path) -> E2eResult<Vec<u8>> {
    app.click(id).await?;
    let said = app.wait_text("#export-saved").await?;
    ensure(said.ends_with(&expected.display().to_string()), || {
        format!("the window names {}, it says {said:?}", expected.display())
    })?;
    let bytes = std::fs::read(expected)?;
    // The message of this export is replaced by the next one's.
    app.client
        .execute("document.querySelector('#export-saved')?.remove();", vec![])
        .await?;
    Ok(bytes)
}

/// The `UID:` lines of an iCalendar file, sorted.
fn uids(ics: &[u8]) -> Vec<String> {
    let mut uids: Vec<String> = String::from_utf8_lossy(ics)
        .lines()
        .filter_map(|l| l.strip_prefix("UID:").map(str::to_owned))
        .collect();
    uids.sort();
    uids
}

async fn journey(app: &App, folder: &Path) -> E2eResult {
    app.click("#try-demo").await?;
    app.wait_for("#demo-badge").await?;
    app.click("#nav-timeline").await?;
    app.click("#timeline-view-month").await?;
    app.click("#timeline-prev").await?;
    let month = Local::now().date_naive().with_day(1).ok_or("day 1")? - Months::new(1);
    let stamp = format!("{}-{:02}", month.year(), month.month());
    app.wait_for(&format!(
        "#timeline-month .day[data-date='{}']",
        month.format("%Y-%m-%d")
    ))
    .await?;
    let demo = app.data_dir.join("demo");

    let csv = export(
        app,
        "#export-csv",
        &folder.join(format!("timesheet-{stamp}.csv")),
    )
    .await?;
    let out = folder.join("cli.csv");
    let path = out.display().to_string();
    cli(
        &demo,
        &[
            "export",
            "timesheet",
            "--month",
            &stamp,
            "--format",
            "csv",
            "--out",
            &path,
        ],
    )?;
    let cli_csv = std::fs::read(&out)?;
    ensure(csv == cli_csv, || {
        format!(
            "the window's CSV differs from the CLI's:\n{}\n---\n{}",
            String::from_utf8_lossy(&csv),
            String::from_utf8_lossy(&cli_csv)
        )
    })?;

    let pdf_path = folder.join(format!("timesheet-{stamp}.pdf"));
    let pdf = export(app, "#export-pdf", &pdf_path).await?;
    ensure(pdf.starts_with(b"%PDF-"), || {
        "the timesheet is no PDF".into()
    })?;
    let text = std::process::Command::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf_path)
        .arg("-")
        .output()
        .map_err(|err| format!("cannot run pdftotext (poppler-utils, `./x setup`): {err}"))?;
    let text = String::from_utf8_lossy(&text.stdout);
    let sum = |column: &str| -> E2eResult<i64> {
        let csv = String::from_utf8_lossy(&cli_csv);
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().ok_or("a header")?.split(',').collect();
        let at = header
            .iter()
            .position(|h| *h == column)
            .ok_or_else(|| format!("no column {column} in {header:?}"))?;
        Ok(lines
            .filter_map(|l| l.split(',').nth(at)?.parse::<i64>().ok())
            .sum())
    };
    for column in ["target_minutes", "tracked_minutes"] {
        let minutes = sum(column)?;
        let shown = stint_model::duration::hm(minutes);
        ensure(text.contains(&shown), || {
            format!("the PDF has no {column} total {shown}:\n{text}")
        })?;
    }

    let year = month.year();
    let ics = export(
        app,
        "#export-ics",
        &folder.join(format!("absences-{year}.ics")),
    )
    .await?;
    let out = folder.join("cli.ics");
    cli(
        &demo,
        &[
            "export",
            "absences",
            "--from",
            &format!("{year}-01-01"),
            "--to",
            &format!("{year}-12-31"),
            "--format",
            "ics",
            "--out",
            &out.display().to_string(),
        ],
    )?;
    let (window, script) = (uids(&ics), uids(&std::fs::read(&out)?));
    ensure(!window.is_empty() && window == script, || {
        format!("the window's calendar has UIDs {window:?}, the CLI's {script:?}")
    })
}
