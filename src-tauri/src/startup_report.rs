//! An opt-in report of when the Timeline was first drawn, for the app benchmark's launches
//! without WebDriver (`STINT_STARTUP_REPORT=<file>`). Unset, as for every user, nothing here
//! runs: no script is injected and [`report_drawn`](crate::commands::app::report_drawn)
//! refuses.
//!
//! The benchmark's WebDriver runs read the page's `stint-timeline-drawn` mark through the
//! automation session, but a webview started for automation is not the app as a user starts
//! it, and the start-up goal is about the latter. Without WebDriver nothing outside the app can
//! read the page, so once the page has loaded the backend injects a short script that waits for
//! the mark and hands its time to `report_drawn`, which writes it to the file. The UI itself
//! carries no code for this (its size is budgeted). This is how the 0.5 s the global shortcut
//! cost at start was found (`shortcut::restore_after_load`).

use std::path::PathBuf;
use tauri::webview::{PageLoadEvent, PageLoadPayload};
use tauri::{Runtime, Webview};

/// The variable naming the file the report is written to.
const VAR: &str = "STINT_STARTUP_REPORT";

/// Waits for the Timeline's mark (also one set before the observer began: `buffered`) and
/// reports the page's time origin and the mark's time, both in milliseconds.
const SCRIPT: &str = "new PerformanceObserver((list, observer) => {
  const mark = list.getEntriesByName('stint-timeline-drawn')[0];
  if (!mark) return;
  observer.disconnect();
  window.__TAURI_INTERNALS__.invoke('report_drawn',
    { originMs: performance.timeOrigin, markMs: mark.startTime });
}).observe({ type: 'mark', buffered: true });";

/// The file to report to, if the benchmark asked for one.
fn target() -> Option<PathBuf> {
    std::env::var_os(VAR)
        .filter(|path| !path.is_empty())
        .map(PathBuf::from)
}

/// Injects the script once the main page has loaded, if a report was asked for.
pub fn on_page_load<R: Runtime>(webview: &Webview<R>, payload: &PageLoadPayload<'_>) {
    if payload.event() != PageLoadEvent::Finished || target().is_none() {
        return;
    }
    if let Err(err) = webview.eval(SCRIPT) {
        tracing::warn!(error = %err, "cannot inject the start-up report script");
    }
}

/// Writes `<page time origin> <mark time>` (milliseconds: Unix time, and since the origin).
pub fn write(origin_ms: f64, mark_ms: f64) -> Result<(), String> {
    let path = target().ok_or_else(|| format!("no start-up report was asked for ({VAR})"))?;
    tracing::info!(
        drawn_after_page_start_ms = mark_ms,
        "the Timeline was first drawn"
    );
    std::fs::write(&path, format!("{origin_ms} {mark_ms}\n")).map_err(|err| {
        format!(
            "cannot write the start-up report to {}: {err}",
            path.display()
        )
    })
}
