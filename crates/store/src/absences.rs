//! Tables `personio_absences` and `personio_absence_minutes`: Personio's absences, each with the
//! per-day minutes of an hour-based one and, when Personio gave them, its clock times.
//!
//! Only [`crate::window`] writes here, inside a sync's transaction.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{invalid, sql, Result};
use crate::types::personio::{AbsenceKind, AbsenceTimes, StoredAbsence};
use crate::{validate, Store};

const TABLE: &str = "personio_absences";
const MINUTES: &str = "personio_absence_minutes";
const COLUMNS: &str = "source_id, kind, type_id, type_name, category, status, start_date, \
                       end_date, half_day_start, half_day_end, days_count, starts_at, ends_at";

impl Store {
    /// Personio absences overlapping `from..=to`, by start date.
    pub fn personio_absences_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<StoredAbsence>> {
        overlapping(&self.conn, from, to)
    }
}

pub(crate) fn overlapping(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<StoredAbsence>> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {COLUMNS} FROM personio_absences
             WHERE start_date <= ?2 AND end_date >= ?1
             ORDER BY start_date, source_id"
        ))
        .map_err(sql(TABLE))?;
    let mut absences = stmt
        .query_map(params![from, to], from_row)
        .map_err(sql(TABLE))?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(sql(TABLE))?;
    for absence in &mut absences {
        absence.minutes_by_day = minutes_of(conn, &absence.source_id)?;
    }
    Ok(absences)
}

/// The stored absence with this id, wherever it lies.
pub(crate) fn find(conn: &Connection, source_id: &str) -> Result<Option<StoredAbsence>> {
    let found = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM personio_absences WHERE source_id = ?1"),
            [source_id],
            from_row,
        )
        .optional()
        .map_err(sql(TABLE))?;
    match found {
        Some(mut absence) => {
            absence.minutes_by_day = minutes_of(conn, source_id)?;
            Ok(Some(absence))
        }
        None => Ok(None),
    }
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<StoredAbsence> {
    Ok(StoredAbsence {
        source_id: row.get(0)?,
        kind: row.get(1)?,
        type_id: row.get(2)?,
        type_name: row.get(3)?,
        category: row.get(4)?,
        status: row.get(5)?,
        start: row.get(6)?,
        end: row.get(7)?,
        half_day_start: row.get(8)?,
        half_day_end: row.get(9)?,
        days_count: row.get(10)?,
        minutes_by_day: Vec::new(),
        // The schema holds both or neither.
        times: match (row.get(11)?, row.get(12)?) {
            (Some(start), Some(end)) => Some(AbsenceTimes { start, end }),
            _ => None,
        },
    })
}

/// A clock time as the columns keep it: `2026-06-10T10:00:00`, the local wall time with no zone
/// (rusqlite's own form has a space instead of the `T`; a fraction, if any, is kept).
fn wall_time(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%dT%H:%M:%S%.f").to_string()
}

fn starts_at(absence: &StoredAbsence) -> Option<String> {
    absence.times.map(|t| wall_time(t.start))
}

fn ends_at(absence: &StoredAbsence) -> Option<String> {
    absence.times.map(|t| wall_time(t.end))
}

fn minutes_of(conn: &Connection, source_id: &str) -> Result<Vec<(NaiveDate, u32)>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT date, minutes FROM personio_absence_minutes
             WHERE source_id = ?1 ORDER BY date",
        )
        .map_err(sql(MINUTES))?;
    let rows = stmt
        .query_map([source_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .map_err(sql(MINUTES))?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql(MINUTES))
}

/// Checks an absence's shape and returns it with its per-day minutes sorted by date, the form
/// in which the store reads it back (so comparing with a stored one is meaningful).
pub(crate) fn normalized(absence: &StoredAbsence) -> Result<StoredAbsence> {
    validate::non_empty(TABLE, "source_id", &absence.source_id)?;
    validate::date_range(TABLE, absence.start, absence.end).map_err(|_| {
        invalid(
            TABLE,
            "end_date",
            format!(
                "absence {} ends {}, before it starts {}",
                absence.source_id, absence.end, absence.start
            ),
        )
    })?;
    if let Some(days) = absence.days_count {
        if !days.is_finite() || days < 0.0 {
            return Err(invalid(
                TABLE,
                "days_count",
                format!(
                    "absence {}: {days} is not a number of days",
                    absence.source_id
                ),
            ));
        }
    }
    if let Some(times) = absence.times {
        if absence.kind != AbsenceKind::Hour {
            return Err(invalid(
                TABLE,
                "starts_at",
                format!(
                    "absence {} is day-based; only an hour-based absence has clock times",
                    absence.source_id
                ),
            ));
        }
        if times.end <= times.start {
            return Err(invalid(
                TABLE,
                "ends_at",
                format!(
                    "absence {} ends {}, not after it starts {}",
                    absence.source_id, times.end, times.start
                ),
            ));
        }
    }
    let mut out = absence.clone();
    out.minutes_by_day.sort_by_key(|(date, _)| *date);
    for pair in out.minutes_by_day.windows(2) {
        if pair[0].0 == pair[1].0 {
            return Err(invalid(
                MINUTES,
                "date",
                format!("absence {} lists {} twice", absence.source_id, pair[0].0),
            ));
        }
    }
    for &(date, minutes) in &out.minutes_by_day {
        if date < absence.start || date > absence.end {
            return Err(invalid(
                MINUTES,
                "date",
                format!(
                    "absence {} has minutes on {date}, outside {}..={}",
                    absence.source_id, absence.start, absence.end
                ),
            ));
        }
        validate::day_minutes(MINUTES, "minutes", minutes)?;
    }
    Ok(out)
}

/// Inserts an absence (already [`normalized`]) and its minutes.
pub(crate) fn insert(conn: &Connection, absence: &StoredAbsence) -> Result<()> {
    conn.execute(
        &format!(
            "INSERT INTO personio_absences ({COLUMNS})
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"
        ),
        params![
            absence.source_id,
            absence.kind,
            absence.type_id,
            absence.type_name,
            absence.category,
            absence.status,
            absence.start,
            absence.end,
            absence.half_day_start,
            absence.half_day_end,
            absence.days_count,
            starts_at(absence),
            ends_at(absence),
        ],
    )
    .map_err(sql(TABLE))?;
    insert_minutes(conn, absence)
}

/// Overwrites a stored absence (already [`normalized`]) and replaces its minutes.
pub(crate) fn update(conn: &Connection, absence: &StoredAbsence) -> Result<()> {
    conn.execute(
        "UPDATE personio_absences
         SET kind = ?2, type_id = ?3, type_name = ?4, category = ?5, status = ?6,
             start_date = ?7, end_date = ?8, half_day_start = ?9, half_day_end = ?10,
             days_count = ?11, starts_at = ?12, ends_at = ?13
         WHERE source_id = ?1",
        params![
            absence.source_id,
            absence.kind,
            absence.type_id,
            absence.type_name,
            absence.category,
            absence.status,
            absence.start,
            absence.end,
            absence.half_day_start,
            absence.half_day_end,
            absence.days_count,
            starts_at(absence),
            ends_at(absence),
        ],
    )
    .map_err(sql(TABLE))?;
    conn.execute(
        "DELETE FROM personio_absence_minutes WHERE source_id = ?1",
        [&absence.source_id],
    )
    .map_err(sql(MINUTES))?;
    insert_minutes(conn, absence)
}

fn insert_minutes(conn: &Connection, absence: &StoredAbsence) -> Result<()> {
    let mut stmt = conn
        .prepare_cached(
            "INSERT INTO personio_absence_minutes (source_id, date, minutes) VALUES (?1, ?2, ?3)",
        )
        .map_err(sql(MINUTES))?;
    for (date, minutes) in &absence.minutes_by_day {
        stmt.execute(params![absence.source_id, date, minutes])
            .map_err(sql(MINUTES))?;
    }
    Ok(())
}

/// Deletes an absence; its minutes go with it (foreign key cascade).
pub(crate) fn delete(conn: &Connection, source_id: &str) -> Result<()> {
    conn.execute(
        "DELETE FROM personio_absences WHERE source_id = ?1",
        [source_id],
    )
    .map_err(sql(TABLE))?;
    Ok(())
}

/// Ids of the stored absences overlapping `from..=to`.
pub(crate) fn ids_overlapping(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare(
            "SELECT source_id FROM personio_absences WHERE start_date <= ?2 AND end_date >= ?1",
        )
        .map_err(sql(TABLE))?;
    let rows = stmt
        .query_map(params![from, to], |row| row.get(0))
        .map_err(sql(TABLE))?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
}
