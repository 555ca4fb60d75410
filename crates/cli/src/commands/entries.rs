//! `stint-cli entries add/list/delete`: the flags become the same `TimeEntryInput` the app's
//! form sends, so an entry follows one rule wherever it is typed (22:00–02:00 is 4 h into the
//! next day, here and in the app). `--minutes` with `--start`/`--end` is refused by clap.

use super::{block_on, json};
use crate::args::{EntriesAction, Format};
use crate::{input, Failure};
use stint_core::Stint;
use stint_model::duration::hm;
use stint_model::{iso, EntrySource, TimeEntryInput, TimeEntryView};

pub fn run(stint: &Stint, action: EntriesAction) -> Result<(), Failure> {
    match action {
        EntriesAction::Add {
            date,
            minutes,
            start,
            end,
            note,
        } => {
            let entry = stint.add_time_entry(&TimeEntryInput {
                date: input::date("date", &date)?,
                start,
                end,
                minutes,
                note,
            })?;
            crate::out!(
                "Entry {} added: {} on {}{}",
                entry.id.unwrap_or_default(),
                hm(i64::from(entry.minutes)),
                iso::date(entry.date),
                span(&entry)
            );
            send_now(stint)?;
        }
        EntriesAction::List { from, to, format } => {
            let from = input::date("from", &from)?;
            let to = input::date("to", &to)?;
            let list = stint.time_entries(from, to)?;
            match format {
                Format::Json => crate::out!("{}", json(&list)),
                Format::Text => {
                    for e in &list {
                        let id = e.id.map_or_else(|| "-".to_owned(), |id| id.to_string());
                        crate::out!(
                            "{id:>5}  {}  {:>13}  {:>6}  {:<18}  {}",
                            iso::date(e.date),
                            span(e).trim(),
                            hm(i64::from(e.minutes)),
                            state(e),
                            e.note
                        );
                    }
                }
            }
        }
        EntriesAction::Delete { id } => {
            stint.delete_time_entry(id)?;
            crate::out!("Entry {id} deleted.");
            send_now(stint)?;
        }
    }
    Ok(())
}

/// Sends a change to Personio at once when it goes there (recording on, or an entry already in
/// Personio); offline it waits for the next push or sync and says so.
fn send_now(stint: &Stint) -> Result<(), Failure> {
    match block_on(stint.push_outbox(false))? {
        Ok(report) if report.error.is_some() => {
            eprintln!(
                "stint-cli: not sent to Personio yet ({}); it waits for the next push or sync",
                report.error.unwrap_or_default()
            );
        }
        Ok(report) if report.created + report.changed + report.deleted > 0 => {
            crate::out!("{}", super::attendances::summary(&report));
        }
        Ok(report) => {
            for r in report.refused.iter().chain(&report.skipped) {
                eprintln!(
                    "stint-cli: entry {} not in Personio: {}",
                    r.entry_id, r.reason
                );
            }
        }
        Err(stint_core::CoreError::NotConnected) => {}
        Err(err) => return Err(err.into()),
    }
    Ok(())
}

/// Where an entry lives, for the text list: `stint`, `personio PENDING`, `unsent`, …
fn state(entry: &TimeEntryView) -> String {
    let status = entry.personio_status.map(|s| {
        serde_json::to_value(s)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    });
    match (entry.source, status) {
        (EntrySource::Personio, Some(status)) => format!("personio {status}"),
        (_, Some(status)) => format!("stint→personio {status}"),
        (_, None) => "stint".to_owned(),
    }
}

/// ` (22:00–02:00)` for an entry with times, nothing for a duration-only one.
fn span(entry: &TimeEntryView) -> String {
    match (entry.start, entry.end) {
        (Some(start), Some(end)) => {
            format!(" ({}–{})", iso::time_of_day(start), iso::time_of_day(end))
        }
        _ => String::new(),
    }
}
