//! The documents Stint hands out: the monthly timesheet as PDF and CSV, and absences as an
//! iCalendar file. Pure functions from `stint-model` types to bytes — no database, no clock,
//! no file system — so the app and `stint-cli` print the same document for the same month
//! (both reach them through `stint_core::Stint::export_timesheet` / `export_absences`), and
//! each format is tested on its own.
//!
//! One file per format: `csv.rs`, `pdf/` and `ics.rs`; every word the PDF and the calendar
//! print, in English and German, is in `texts.rs`.

mod csv;
mod ics;
mod pdf;
mod texts;

pub use csv::{timesheet_csv, COLUMNS as CSV_COLUMNS};
pub use ics::{absences_ics, uid as calendar_uid};
pub use pdf::timesheet_pdf;
