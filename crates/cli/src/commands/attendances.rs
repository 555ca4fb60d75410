//! `stint-cli attendances push`: sends the outbox to Personio (or shows what it would send),
//! after offering a range's entries that are only in Stint when `--from/--to` are given.

use super::{block_on, json};
use crate::args::{AttendancesAction, Format};
use crate::{fail, input, Failure};
use stint_core::Stint;
use stint_model::PushReport;

pub fn run(stint: &Stint, action: AttendancesAction) -> Result<(), Failure> {
    let AttendancesAction::Push {
        from,
        to,
        dry_run,
        format,
    } = action;
    let mut offered = 0;
    if let (Some(from), Some(to)) = (from, to) {
        let (from, to) = (input::date("from", &from)?, input::date("to", &to)?);
        offered = if dry_run {
            stint.offerable_entries(from, to)?
        } else {
            stint.offer_entries(from, to)?
        };
        if format == Format::Text {
            let verb = if dry_run { "would be" } else { "were" };
            crate::out!("{offered} entries of {from} … {to} {verb} offered to Personio.");
        }
    }
    let mut report = block_on(stint.push_outbox(dry_run))??;
    if dry_run {
        // Offered ones are not queued by a dry run; each would become at least one period.
        report.created += offered;
        report.waiting += offered;
    }
    match format {
        Format::Json => crate::out!("{}", json(&report)),
        Format::Text => crate::out!("{}", summary(&report)),
    }
    match &report.error {
        Some(err) => Err(fail(format!("{} changes wait: {err}", report.waiting))),
        None => Ok(()),
    }
}

/// One paragraph: what was (or would be) sent, then each refusal and skip on its own line.
pub(crate) fn summary(report: &PushReport) -> String {
    let verb = if report.dry_run { "Would send" } else { "Sent" };
    let mut text = format!(
        "{verb}: {} created, {} changed, {} deleted; {} refused, {} skipped, {} waiting.",
        report.created,
        report.changed,
        report.deleted,
        report.refused.len(),
        report.skipped.len(),
        report.waiting
    );
    for r in &report.refused {
        text.push_str(&format!("\n  entry {} refused: {}", r.entry_id, r.reason));
    }
    for s in &report.skipped {
        text.push_str(&format!("\n  entry {} not sent: {}", s.entry_id, s.reason));
    }
    text
}
