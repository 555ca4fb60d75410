//! Table `time_entries`: the spans of work the user recorded.
//!
//! An entry has a local start, an optional end (an entry may be given as a duration only) and
//! its worked minutes, which may be less than the span (a break) but never more, and never more
//! than a day.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{invalid, sql, Result, StoreError};
use crate::outbox;
use crate::types::outbox::OutboxAction;
use crate::types::user::{NewTimeEntry, TimeEntry};
use crate::{validate, Store};

const TABLE: &str = "time_entries";
const COLUMNS: &str = "id, starts_at, ends_at, minutes, note, created_at, updated_at";

impl Store {
    /// Adds an entry created at `now`; returns its id.
    pub fn add_time_entry(&mut self, entry: &NewTimeEntry, now: DateTime<Utc>) -> Result<i64> {
        insert(&self.conn, entry, now)
    }

    /// Adds an entry and queues it for Personio, in one transaction; returns its id.
    pub fn add_time_entry_and_queue(
        &mut self,
        entry: &NewTimeEntry,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.in_transaction(TABLE, |tx| {
            let id = insert(tx, entry, now)?;
            outbox::queue(tx, id, OutboxAction::Put, now)?;
            Ok(id)
        })
    }

    /// Overwrites entry `id`, marking it updated at `now`.
    pub fn update_time_entry(
        &mut self,
        id: i64,
        entry: &NewTimeEntry,
        now: DateTime<Utc>,
    ) -> Result<()> {
        overwrite(&self.conn, id, entry, now)
    }

    /// Overwrites entry `id` and queues the change for Personio, in one transaction.
    pub fn update_time_entry_and_queue(
        &mut self,
        id: i64,
        entry: &NewTimeEntry,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.in_transaction(TABLE, |tx| {
            overwrite(tx, id, entry, now)?;
            outbox::queue(tx, id, OutboxAction::Put, now)
        })
    }

    /// Deletes entry `id`.
    pub fn delete_time_entry(&mut self, id: i64) -> Result<()> {
        delete(&self.conn, id)
    }

    /// Deletes entry `id` and queues the deletion of its periods in Personio (if it has any),
    /// in one transaction.
    pub fn delete_time_entry_and_queue(&mut self, id: i64, now: DateTime<Utc>) -> Result<()> {
        self.in_transaction(TABLE, |tx| {
            delete(tx, id)?;
            outbox::queue(tx, id, OutboxAction::Delete, now)
        })
    }

    /// Entry `id`, if it exists.
    pub fn time_entry(&self, id: i64) -> Result<Option<TimeEntry>> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM time_entries WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()
            .map_err(sql(TABLE))
    }

    /// Entries that start on a day in `from..=to`, in start order.
    pub fn time_entries_between(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<TimeEntry>> {
        let lower = from.and_time(NaiveTime::MIN);
        let upper = to
            .succ_opt()
            .unwrap_or(NaiveDate::MAX)
            .and_time(NaiveTime::MIN);
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {COLUMNS} FROM time_entries
                 WHERE starts_at >= ?1 AND starts_at < ?2 ORDER BY starts_at, id"
            ))
            .map_err(sql(TABLE))?;
        let rows = stmt
            .query_map(params![lower, upper], from_row)
            .map_err(sql(TABLE))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
    }
}

pub(crate) fn insert(conn: &Connection, entry: &NewTimeEntry, now: DateTime<Utc>) -> Result<i64> {
    check(entry)?;
    conn.execute(
        "INSERT INTO time_entries (starts_at, ends_at, minutes, note, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![entry.start, entry.end, entry.minutes, entry.note, now],
    )
    .map_err(sql(TABLE))?;
    Ok(conn.last_insert_rowid())
}

pub(crate) fn overwrite(
    conn: &Connection,
    id: i64,
    entry: &NewTimeEntry,
    now: DateTime<Utc>,
) -> Result<()> {
    check(entry)?;
    let updated = conn
        .execute(
            "UPDATE time_entries
             SET starts_at = ?2, ends_at = ?3, minutes = ?4, note = ?5, updated_at = ?6
             WHERE id = ?1",
            params![id, entry.start, entry.end, entry.minutes, entry.note, now],
        )
        .map_err(sql(TABLE))?;
    found(updated, id)
}

fn delete(conn: &Connection, id: i64) -> Result<()> {
    let deleted = conn
        .execute("DELETE FROM time_entries WHERE id = ?1", [id])
        .map_err(sql(TABLE))?;
    found(deleted, id)
}

fn check(entry: &NewTimeEntry) -> Result<()> {
    validate::day_minutes(TABLE, "minutes", entry.minutes)?;
    let Some(end) = entry.end else {
        return Ok(());
    };
    if end < entry.start {
        return Err(invalid(
            TABLE,
            "ends_at",
            format!("ends {end}, before it starts {}", entry.start),
        ));
    }
    let span_seconds = (end - entry.start).num_seconds();
    // Rounded up: a span of 59.5 minutes may book 60.
    let span_minutes = (span_seconds + 59) / 60;
    if i64::from(entry.minutes) > span_minutes {
        return Err(invalid(
            TABLE,
            "minutes",
            format!(
                "{} minutes do not fit between {} and {end} ({span_minutes} minutes)",
                entry.minutes, entry.start
            ),
        ));
    }
    Ok(())
}

fn found(rows: usize, id: i64) -> Result<()> {
    if rows == 0 {
        return Err(StoreError::NotFound { table: TABLE, id });
    }
    Ok(())
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<TimeEntry> {
    Ok(TimeEntry {
        id: row.get(0)?,
        start: row.get(1)?,
        end: row.get(2)?,
        minutes: row.get(3)?,
        note: row.get(4)?,
        created_at: row.get(5)?,
        updated_at: row.get(6)?,
    })
}
