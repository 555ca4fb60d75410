//! Tables `manual_weekly_hours` and `manual_absences`: the week and absences the user enters
//! while Personio is not connected.
//!
//! A new database starts with a full-time week ([`WeeklyMinutes::FULL_TIME`], 8 h Monday to
//! Friday), seeded by migration 0001, so a fresh install shows a sensible target. Whether these
//! are editable while connected is the core's rule, not the store's.

use chrono::{DateTime, Utc};
use rusqlite::{params, Row, TransactionBehavior};

use crate::error::{sql, Result, StoreError};
use crate::schedule::check_week;
use crate::types::personio::WeeklyMinutes;
use crate::types::user::{ManualAbsence, NewManualAbsence};
use crate::{validate, Store};

const WEEK: &str = "manual_weekly_hours";
const ABSENCES: &str = "manual_absences";

impl Store {
    /// The user's own target minutes per weekday, Monday first.
    pub fn manual_weekly_minutes(&self) -> Result<WeeklyMinutes> {
        let mut stmt = self
            .conn
            .prepare("SELECT weekday, minutes FROM manual_weekly_hours")
            .map_err(sql(WEEK))?;
        let rows = stmt
            .query_map([], |row| {
                Ok((row.get::<_, usize>(0)?, row.get::<_, u32>(1)?))
            })
            .map_err(sql(WEEK))?;
        let mut week = WeeklyMinutes::default();
        for row in rows {
            let (weekday, minutes) = row.map_err(sql(WEEK))?;
            // The CHECK keeps weekday in 0..=6.
            if let Some(slot) = week.0.get_mut(weekday) {
                *slot = minutes;
            }
        }
        Ok(week)
    }

    /// Replaces the user's weekly target; each day must be within 0..=1440 minutes.
    pub fn set_manual_weekly_minutes(&mut self, week: WeeklyMinutes) -> Result<()> {
        check_week(WEEK, &week)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql(WEEK))?;
        for (weekday, minutes) in week.0.iter().enumerate() {
            tx.execute(
                "INSERT OR REPLACE INTO manual_weekly_hours (weekday, minutes) VALUES (?1, ?2)",
                params![weekday, minutes],
            )
            .map_err(sql(WEEK))?;
        }
        tx.commit().map_err(sql(WEEK))
    }

    /// All manual absences, by start date.
    pub fn manual_absences(&self) -> Result<Vec<ManualAbsence>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, type_name, category, start_date, end_date, half_day_start,
                        half_day_end, created_at
                 FROM manual_absences ORDER BY start_date, id",
            )
            .map_err(sql(ABSENCES))?;
        let rows = stmt.query_map([], from_row).map_err(sql(ABSENCES))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(ABSENCES))
    }

    /// Adds a manual absence created at `now`; returns its id.
    pub fn add_manual_absence(
        &mut self,
        absence: &NewManualAbsence,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        check(absence)?;
        self.conn
            .execute(
                "INSERT INTO manual_absences (type_name, category, start_date, end_date,
                     half_day_start, half_day_end, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    absence.type_name,
                    absence.category,
                    absence.start,
                    absence.end,
                    absence.half_day_start,
                    absence.half_day_end,
                    now,
                ],
            )
            .map_err(sql(ABSENCES))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Overwrites manual absence `id` (keeping when it was created).
    pub fn update_manual_absence(&mut self, id: i64, absence: &NewManualAbsence) -> Result<()> {
        check(absence)?;
        let updated = self
            .conn
            .execute(
                "UPDATE manual_absences
                 SET type_name = ?2, category = ?3, start_date = ?4, end_date = ?5,
                     half_day_start = ?6, half_day_end = ?7
                 WHERE id = ?1",
                params![
                    id,
                    absence.type_name,
                    absence.category,
                    absence.start,
                    absence.end,
                    absence.half_day_start,
                    absence.half_day_end,
                ],
            )
            .map_err(sql(ABSENCES))?;
        found(updated, id)
    }

    /// Deletes manual absence `id`.
    pub fn delete_manual_absence(&mut self, id: i64) -> Result<()> {
        let deleted = self
            .conn
            .execute("DELETE FROM manual_absences WHERE id = ?1", [id])
            .map_err(sql(ABSENCES))?;
        found(deleted, id)
    }
}

fn check(absence: &NewManualAbsence) -> Result<()> {
    validate::non_empty(ABSENCES, "type_name", &absence.type_name)?;
    validate::date_range(ABSENCES, absence.start, absence.end)?;
    Ok(())
}

fn found(rows: usize, id: i64) -> Result<()> {
    if rows == 0 {
        return Err(StoreError::NotFound {
            table: ABSENCES,
            id,
        });
    }
    Ok(())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<ManualAbsence> {
    Ok(ManualAbsence {
        id: row.get(0)?,
        type_name: row.get(1)?,
        category: row.get(2)?,
        start: row.get(3)?,
        end: row.get(4)?,
        half_day_start: row.get(5)?,
        half_day_end: row.get(6)?,
        created_at: row.get(7)?,
    })
}
