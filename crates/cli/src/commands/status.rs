//! `stint-cli status`: the connection, employee, locks, weekly hours and the last sync.

use super::{json, sync::run_summary};
use crate::args::Format;
use crate::Failure;
use stint_core::Stint;
use stint_model::{duration, iso, ConnectionStatus, PersonioArea};

fn area_name(area: PersonioArea) -> &'static str {
    match area {
        PersonioArea::Persons => "persons",
        PersonioArea::Absences => "absences (v2)",
        PersonioArea::AttendancesRead => "attendances, read",
        PersonioArea::AttendancesWrite => "attendances, write",
    }
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn run(stint: &Stint, format: Format) -> Result<(), Failure> {
    let status = stint.status()?;
    match format {
        Format::Json => crate::out!("{}", json(&status)),
        Format::Text => print(&status),
    }
    Ok(())
}

fn print(status: &ConnectionStatus) {
    crate::out!("Personio: {:?}", status.state);
    if let Some(e) = &status.employee {
        let extra: Vec<&str> = [e.position.as_deref(), e.department.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        crate::out!(
            "Employee: {} {} <{}>{}",
            e.first_name,
            e.last_name,
            e.email,
            if extra.is_empty() {
                String::new()
            } else {
                format!(" — {}", extra.join(", "))
            }
        );
    }
    let week: Vec<String> = DAYS
        .iter()
        .zip(status.weekly_minutes)
        .map(|(day, m)| format!("{day} {}", duration::hm(i64::from(m))))
        .collect();
    crate::out!(
        "Weekly hours ({}): {}",
        if status.locked.weekly_hours {
            "from Personio, locked"
        } else {
            "manual"
        },
        week.join("  ")
    );
    for area in &status.areas {
        match &area.detail {
            None => crate::out!("Personio {}: available", area_name(area.area)),
            Some(why) => crate::out!("Personio {}: missing — {why}", area_name(area.area)),
        }
    }
    if !status.areas.is_empty() {
        let r = &status.recording;
        crate::out!(
            "Record my time in Personio: {}; {} unsent, {} refused, {} in conflict",
            match (r.on, r.available) {
                (true, _) => "on",
                (false, true) => "off",
                (false, false) => "not available (the credential may not write attendances)",
            },
            r.unsent,
            r.refused,
            r.conflicts
        );
    }
    if let Some(at) = status.last_success_at {
        crate::out!("Last successful sync: {}", iso::offset_date_time(at));
    }
    if let Some(run) = &status.last_run {
        crate::out!("Last run: {}", run_summary(run));
        if let Some(err) = &run.error {
            crate::out!("  error: {err}");
        }
    }
    if let Some(next) = status.next_sync_at {
        crate::out!(
            "Next automatic sync: {} (every {})",
            iso::offset_date_time(next),
            status.sync_interval.as_str()
        );
    }
}
