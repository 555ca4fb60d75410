//! The data commands: `timeline`, `entries`, `hours`, `absences`.

use crate::args::{AbsencesAction, Command, EntriesAction, Format, HoursAction, TableFormat};
use crate::{fail, parse, Failure};
use chrono::{Datelike, NaiveDateTime};
use stint_core::{NewManualAbsence, NewTimeEntry, Stint};
use stint_model::Timeline;

pub fn run_data_command(stint: &Stint, command: Command) -> Result<(), Failure> {
    match command {
        Command::Timeline { from, to, format } => {
            let from = parse::date("from", &from).map_err(fail)?;
            let to = parse::date("to", &to).map_err(fail)?;
            let timeline = stint.timeline(from, to)?;
            match format {
                TableFormat::Json => println!("{}", to_json(&timeline)),
                TableFormat::Csv => print_csv(&timeline),
                TableFormat::Table => print_table(&timeline),
            }
        }
        Command::Entries { action } => entries(stint, action)?,
        Command::Hours {
            action:
                HoursAction::Set {
                    monday,
                    tuesday,
                    wednesday,
                    thursday,
                    friday,
                    saturday,
                    sunday,
                },
        } => {
            let mut week = stint.status()?.weekly_minutes;
            let given = [
                monday, tuesday, wednesday, thursday, friday, saturday, sunday,
            ];
            if given.iter().all(Option::is_none) {
                return Err(fail("name at least one day, e.g. --monday 8h"));
            }
            for (i, (value, name)) in given.iter().zip(DAY_FLAGS).enumerate() {
                if let Some(raw) = value {
                    week[i] = parse::duration(name, raw).map_err(fail)?;
                }
            }
            stint.set_manual_weekly_minutes(week)?;
            let shown: Vec<String> = DAY_FLAGS
                .iter()
                .zip(week)
                .map(|(d, m)| format!("{} {}", &d[..3], hm(i64::from(m))))
                .collect();
            println!("Weekly hours: {}", shown.join("  "));
        }
        Command::Absences {
            action:
                AbsencesAction::Add {
                    type_name,
                    from,
                    to,
                    half_day_start,
                    half_day_end,
                },
        } => {
            let absence = NewManualAbsence {
                type_name: type_name.trim().to_owned(),
                category: None,
                start: parse::date("from", &from).map_err(fail)?,
                end: parse::date("to", &to).map_err(fail)?,
                half_day_start,
                half_day_end,
            };
            let id = stint.add_manual_absence(&absence)?;
            println!(
                "Absence {id} added: {} {} … {}",
                absence.type_name, absence.start, absence.end
            );
        }
        _ => unreachable!("main dispatches only data commands here"),
    }
    Ok(())
}

const DAY_FLAGS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn entries(stint: &Stint, action: EntriesAction) -> Result<(), Failure> {
    match action {
        EntriesAction::Add {
            date,
            minutes,
            start,
            end,
            note,
        } => {
            let date = parse::date("date", &date).map_err(fail)?;
            let entry = match (minutes, start, end) {
                (Some(minutes), _, _) => NewTimeEntry {
                    start: date.and_hms_opt(0, 0, 0).expect("midnight exists"),
                    end: None,
                    minutes,
                    note,
                },
                (None, Some(start), Some(end)) => {
                    let start =
                        NaiveDateTime::new(date, parse::time("start", &start).map_err(fail)?);
                    let mut end = NaiveDateTime::new(date, parse::time("end", &end).map_err(fail)?);
                    if end <= start {
                        // 22:00–02:00 means until 02:00 the next day.
                        end += chrono::Duration::days(1);
                    }
                    NewTimeEntry {
                        start,
                        end: Some(end),
                        minutes: u32::try_from((end - start).num_minutes()).unwrap_or(0),
                        note,
                    }
                }
                _ => return Err(fail("give --minutes N, or --start HH:MM and --end HH:MM")),
            };
            let id = stint.add_time_entry(&entry)?;
            println!(
                "Entry {id} added: {} on {date}",
                hm(i64::from(entry.minutes))
            );
        }
        EntriesAction::List { from, to, format } => {
            let from = parse::date("from", &from).map_err(fail)?;
            let to = parse::date("to", &to).map_err(fail)?;
            let list = stint.time_entries(from, to)?;
            match format {
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&list).expect("entries serialize")
                ),
                Format::Text => {
                    for e in &list {
                        let end = e
                            .end
                            .map(|t| t.format("%H:%M").to_string())
                            .unwrap_or_default();
                        println!(
                            "{:>5}  {}  {}–{:5}  {:>6}  {}",
                            e.id,
                            e.start.date(),
                            e.start.format("%H:%M"),
                            end,
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

fn to_json(timeline: &Timeline) -> String {
    serde_json::to_string_pretty(timeline).expect("the timeline serializes")
}

fn print_csv(timeline: &Timeline) {
    println!("date,target_minutes,tracked_minutes,balance_minutes,holiday,absences");
    for day in &timeline.days {
        let absences: Vec<String> = day
            .absences
            .iter()
            .map(|a| format!("{} {} ({} min)", a.type_name, a.status, a.minutes))
            .collect();
        println!(
            "{},{},{},{},{},{}",
            day.date,
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
    println!(
        "{:<15} {:>7} {:>7} {:>7}  notes",
        "date", "target", "tracked", "balance"
    );
    for day in &timeline.days {
        let mut notes: Vec<String> = day.holiday.iter().cloned().collect();
        notes.extend(day.absences.iter().map(|a| {
            let half = if a.half_day { " ½" } else { "" };
            format!("{}{half} ({})", a.type_name, a.status)
        }));
        println!(
            "{} {:<4} {:>7} {:>7} {:>7}  {}",
            day.date,
            day.date.weekday(),
            hm(i64::from(day.target_minutes)),
            hm(i64::from(day.tracked_minutes)),
            hm(day.balance_minutes),
            notes.join(", ")
        );
    }
    let t = timeline.totals;
    println!(
        "{:<15} {:>7} {:>7} {:>7}",
        "total",
        hm(t.target_minutes),
        hm(t.tracked_minutes),
        hm(t.balance_minutes)
    );
}

/// Minutes as `h:mm`, with a sign when negative.
fn hm(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.abs();
    format!("{sign}{}:{:02}", m / 60, m % 60)
}
