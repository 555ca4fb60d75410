//! `stint-cli entries add/list/delete`: the flags become the same `TimeEntryInput` the app's
//! form sends, so an entry follows one rule wherever it is typed (22:00–02:00 is 4 h into the
//! next day, here and in the app). `--minutes` with `--start`/`--end` is refused by clap.

use super::json;
use crate::args::{EntriesAction, Format};
use crate::{input, Failure};
use stint_core::Stint;
use stint_model::duration::hm;
use stint_model::{iso, TimeEntryInput, TimeEntryView};

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
            println!(
                "Entry {} added: {} on {}{}",
                entry.id,
                hm(i64::from(entry.minutes)),
                iso::date(entry.date),
                span(&entry)
            );
        }
        EntriesAction::List { from, to, format } => {
            let from = input::date("from", &from)?;
            let to = input::date("to", &to)?;
            let list = stint.time_entries(from, to)?;
            match format {
                Format::Json => println!("{}", json(&list)),
                Format::Text => {
                    for e in &list {
                        println!(
                            "{:>5}  {}  {:>13}  {:>6}  {}",
                            e.id,
                            iso::date(e.date),
                            span(e).trim(),
                            hm(i64::from(e.minutes)),
                            e.note
                        );
                    }
                }
            }
        }
        EntriesAction::Delete { id } => {
            stint.delete_time_entry(id)?;
            println!("Entry {id} deleted.");
        }
    }
    Ok(())
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
