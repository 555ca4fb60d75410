//! `stint-cli timeline`: day plans of a range as a table, JSON (the model's `Timeline`) or CSV.
//! The totals include what is due so far, as the app shows them.

use super::json;
use crate::args::TableFormat;
use crate::{input, Failure};
use chrono::Datelike;
use stint_core::Stint;
use stint_model::duration::{hm, signed_hm};
use stint_model::{iso, Timeline};

pub fn run(stint: &Stint, from: &str, to: &str, format: TableFormat) -> Result<(), Failure> {
    let from = input::date("from", from)?;
    let to = input::date("to", to)?;
    let timeline = stint.timeline(from, to)?;
    match format {
        TableFormat::Json => crate::out!("{}", json(&timeline)),
        TableFormat::Csv => print_csv(&timeline),
        TableFormat::Table => print_table(&timeline),
    }
    Ok(())
}

fn print_csv(timeline: &Timeline) {
    crate::out!("date,target_minutes,tracked_minutes,balance_minutes,holiday,absences");
    for day in &timeline.days {
        let absences: Vec<String> = day
            .absences
            .iter()
            .map(|a| format!("{} {} ({} min)", a.type_name, a.status.as_str(), a.minutes))
            .collect();
        crate::out!(
            "{},{},{},{},{},{}",
            iso::date(day.date),
            day.target_minutes,
            day.tracked_minutes,
            day.balance_minutes,
            csv_field(day.holiday.as_deref().unwrap_or("")),
            csv_field(&absences.join("; "))
        );
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn print_table(timeline: &Timeline) {
    crate::out!(
        "{:<15} {:>7} {:>7} {:>7}  notes",
        "date",
        "target",
        "tracked",
        "balance"
    );
    for day in &timeline.days {
        let mut notes: Vec<String> = day.holiday.iter().cloned().collect();
        notes.extend(day.absences.iter().map(|a| {
            let half = if a.half_day { " ½" } else { "" };
            format!("{}{half} ({})", a.type_name, a.status.as_str())
        }));
        crate::out!(
            "{} {:<4} {:>7} {:>7} {:>7}  {}",
            iso::date(day.date),
            day.date.weekday(),
            hm(i64::from(day.target_minutes)),
            hm(i64::from(day.tracked_minutes)),
            signed_hm(day.balance_minutes),
            notes.join(", ")
        );
    }
    let t = timeline.totals;
    crate::out!(
        "{:<15} {:>7} {:>7} {:>7}",
        "total",
        hm(t.target_minutes),
        hm(t.tracked_minutes),
        signed_hm(t.balance_minutes)
    );
    if timeline.days.iter().any(|d| !d.due) {
        crate::out!(
            "{:<15} {:>7} {:>7} {:>7}  (days up to today)",
            "due so far",
            hm(t.due_target_minutes),
            "",
            signed_hm(t.due_balance_minutes)
        );
    }
}
