//! `stint-cli export timesheet --month YYYY-MM --format pdf|csv --out FILE`: a month's
//! timesheet from `Stint::export_timesheet`.

use std::path::Path;

use super::out_file;
use crate::args::TimesheetFileFormat;
use crate::{input, Failure};
use stint_core::Stint;
use stint_model::{Language, TimesheetFormat};

pub fn run(
    stint: &Stint,
    month: &str,
    format: TimesheetFileFormat,
    out: &Path,
    lang: Language,
) -> Result<(), Failure> {
    let (year, month_number) = input::month("month", month)?;
    let (format, name) = match format {
        TimesheetFileFormat::Pdf => (TimesheetFormat::Pdf, "PDF"),
        TimesheetFileFormat::Csv => (TimesheetFormat::Csv, "CSV"),
    };
    let bytes = stint.export_timesheet(year, month_number, format, lang)?;
    out_file::write(out, &bytes)?;
    crate::out!(
        "Timesheet {year}-{month_number:02} written to {} ({name}, {} bytes)",
        out.display(),
        bytes.len()
    );
    Ok(())
}
