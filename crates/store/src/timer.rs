//! Table `running_timer`: the one timer that is running or paused, kept across restarts.
//!
//! When it stops, the core turns it into a time entry and clears it; the store only keeps it.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{invalid, sql, Result};
use crate::types::user::RunningTimer;
use crate::Store;

const TABLE: &str = "running_timer";

impl Store {
    /// The running or paused timer, if any.
    pub fn running_timer(&self) -> Result<Option<RunningTimer>> {
        self.conn
            .query_row(
                "SELECT started_at, paused_at, paused_seconds, note FROM running_timer WHERE id = 1",
                [],
                |row| {
                    Ok(RunningTimer {
                        started_at: row.get(0)?,
                        paused_at: row.get(1)?,
                        paused_seconds: row.get(2)?,
                        note: row.get(3)?,
                    })
                },
            )
            .optional()
            .map_err(sql(TABLE))
    }

    /// Starts, pauses, resumes or re-notes the timer: replaces the stored one.
    pub fn set_running_timer(&mut self, timer: &RunningTimer) -> Result<()> {
        write(&self.conn, timer)
    }

    /// Removes the timer (stopped or discarded). Clearing when none runs is fine.
    pub fn clear_running_timer(&mut self) -> Result<()> {
        self.conn
            .execute("DELETE FROM running_timer", [])
            .map_err(sql(TABLE))?;
        Ok(())
    }
}

/// Replaces the stored timer inside the caller's transaction (or on the connection).
pub(crate) fn write(conn: &Connection, timer: &RunningTimer) -> Result<()> {
    if let Some(paused_at) = timer.paused_at {
        if paused_at < timer.started_at {
            return Err(invalid(
                TABLE,
                "paused_at",
                format!("paused {paused_at}, before it started {}", timer.started_at),
            ));
        }
    }
    conn.execute(
        "INSERT OR REPLACE INTO running_timer (id, started_at, paused_at, paused_seconds, note)
         VALUES (1, ?1, ?2, ?3, ?4)",
        params![
            timer.started_at,
            timer.paused_at,
            timer.paused_seconds,
            timer.note
        ],
    )
    .map_err(sql(TABLE))?;
    Ok(())
}

pub(crate) fn clear(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM running_timer", [])
        .map_err(sql(TABLE))?;
    Ok(())
}
