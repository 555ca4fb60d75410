//! Table `personio_schedule`: the work schedule Personio returned, one row, a column per weekday.

use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{sql, Result};
use crate::types::personio::{WeeklyMinutes, WorkSchedule};
use crate::{validate, Store};

const TABLE: &str = "personio_schedule";

impl Store {
    /// The Personio work schedule, or `None` before the first sync.
    pub fn personio_schedule(&self) -> Result<Option<WorkSchedule>> {
        read(&self.conn)
    }
}

pub(crate) fn read(conn: &Connection) -> Result<Option<WorkSchedule>> {
    conn.query_row(
        "SELECT name, valid_from, monday_minutes, tuesday_minutes, wednesday_minutes,
                thursday_minutes, friday_minutes, saturday_minutes, sunday_minutes, fetched_at
         FROM personio_schedule WHERE id = 1",
        [],
        from_row,
    )
    .optional()
    .map_err(sql(TABLE))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<WorkSchedule> {
    let mut minutes = [0u32; 7];
    for (day, slot) in minutes.iter_mut().enumerate() {
        *slot = row.get(2 + day)?;
    }
    Ok(WorkSchedule {
        name: row.get(0)?,
        valid_from: row.get(1)?,
        minutes: WeeklyMinutes(minutes),
        fetched_at: row.get(9)?,
    })
}

/// Checks every weekday is within a day.
pub(crate) fn check_week(table: &'static str, week: &WeeklyMinutes) -> Result<()> {
    const FIELDS: [&str; 7] = [
        "monday_minutes",
        "tuesday_minutes",
        "wednesday_minutes",
        "thursday_minutes",
        "friday_minutes",
        "saturday_minutes",
        "sunday_minutes",
    ];
    for (field, minutes) in FIELDS.iter().zip(week.0) {
        validate::day_minutes(table, field, minutes)?;
    }
    Ok(())
}

/// Replaces the schedule; returns whether it differs from the stored one (ignoring when it was
/// fetched).
pub(crate) fn write(conn: &Connection, schedule: &WorkSchedule) -> Result<bool> {
    check_week(TABLE, &schedule.minutes)?;
    let changed = match read(conn)? {
        Some(old) => {
            old.name != schedule.name
                || old.valid_from != schedule.valid_from
                || old.minutes != schedule.minutes
        }
        None => true,
    };
    let m = schedule.minutes.0;
    conn.execute(
        "INSERT OR REPLACE INTO personio_schedule
             (id, name, valid_from, monday_minutes, tuesday_minutes, wednesday_minutes,
              thursday_minutes, friday_minutes, saturday_minutes, sunday_minutes, fetched_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            schedule.name,
            schedule.valid_from,
            m[0],
            m[1],
            m[2],
            m[3],
            m[4],
            m[5],
            m[6],
            schedule.fetched_at,
        ],
    )
    .map_err(sql(TABLE))?;
    Ok(changed)
}
