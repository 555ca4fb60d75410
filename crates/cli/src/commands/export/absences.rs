//! `stint-cli export absences --from D --to D --format ics --out FILE`: the absences touching
//! the range as an iCalendar file from `Stint::export_absences`.

use std::path::Path;

use super::out_file;
use crate::args::CalendarFormat;
use crate::{input, Failure};
use stint_core::Stint;
use stint_model::{iso, Language};

pub fn run(
    stint: &Stint,
    from: &str,
    to: &str,
    format: CalendarFormat,
    out: &Path,
    lang: Language,
) -> Result<(), Failure> {
    let from = input::date("from", from)?;
    let to = input::date("to", to)?;
    if to < from {
        return Err(crate::fail(format!(
            "--to {} is before --from {}: give the range's first day as --from",
            iso::date(to),
            iso::date(from)
        )));
    }
    let CalendarFormat::Ics = format;
    let bytes = stint.export_absences(from, to, lang)?;
    out_file::write(out, &bytes)?;
    crate::out!(
        "Absences {} … {} written to {} (iCalendar, {} bytes)",
        iso::date(from),
        iso::date(to),
        out.display(),
        bytes.len()
    );
    Ok(())
}
