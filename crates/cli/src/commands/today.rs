//! `stint-cli today`: today's tracked and target time, "leave at" and the latest end before
//! 10 h while the timer runs, and the working-time warnings.

use super::json;
use crate::args::Format;
use crate::Failure;
use stint_core::Stint;
use stint_model::duration::hm;
use stint_model::iso;

pub fn run(stint: &Stint, format: Format) -> Result<(), Failure> {
    let today = stint.today()?;
    match format {
        Format::Json => crate::out!("{}", json(&today)),
        Format::Text => {
            crate::out!(
                "Today: {} tracked of {}",
                hm(i64::from(today.tracked_minutes)),
                hm(i64::from(today.target_minutes))
            );
            match (today.leave_at, today.latest_end) {
                (Some(leave), Some(latest)) => crate::out!(
                    "Leave at {} (latest end before 10 h: {})",
                    iso::time_of_day(leave),
                    iso::time_of_day(latest)
                ),
                (None, Some(latest)) => crate::out!(
                    "Target reached; latest end before 10 h: {}",
                    iso::time_of_day(latest)
                ),
                _ => crate::out!("No timer running."),
            }
            for warning in &today.warnings {
                crate::out!("! {}", warning.message);
            }
        }
    }
    Ok(())
}
