//! Table `sync_runs`: the recent history of syncs, for the Connections page and diagnostics.
//!
//! Bounded: recording a run prunes all but the newest [`KEPT_SYNC_RUNS`] — except the newest
//! successful run, which is always kept, so "last synced" stays true after a long offline spell
//! of failed runs.

use rusqlite::{params, Connection, OptionalExtension, Row, TransactionBehavior};

use crate::error::{sql, Result};
use crate::types::sync::{NewSyncRun, SyncCounts, SyncRun};
use crate::Store;

const TABLE: &str = "sync_runs";
const COLUMNS: &str = "id, triggered_by, started_at, duration_ms, outcome, absences_added, \
                       absences_changed, absences_removed, schedule_changed, error, error_code";

/// How many sync runs are kept (plus the newest successful one if it is older).
pub const KEPT_SYNC_RUNS: u32 = 50;

impl Store {
    /// Records a finished sync run of connection `generation` and prunes old ones; returns it
    /// with its id. A run of a connection that was replaced meanwhile is not recorded
    /// ([`crate::StoreError::Superseded`]): its history went with the disconnect.
    pub fn record_sync_run(&mut self, generation: i64, run: &NewSyncRun) -> Result<SyncRun> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql(TABLE))?;
        crate::settings::ensure_generation(&tx, generation)?;
        tx.execute(
            "INSERT INTO sync_runs (triggered_by, started_at, duration_ms, outcome, absences_added,
                 absences_changed, absences_removed, schedule_changed, error, error_code)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                run.trigger,
                run.started_at,
                run.duration_ms,
                run.outcome,
                run.counts.added,
                run.counts.changed,
                run.counts.removed,
                run.counts.schedule_changed,
                run.error,
                run.error_code,
            ],
        )
        .map_err(sql(TABLE))?;
        let id = tx.last_insert_rowid();
        tx.execute(
            "DELETE FROM sync_runs
             WHERE id NOT IN (SELECT id FROM sync_runs ORDER BY id DESC LIMIT ?1)
               AND id IS NOT (SELECT max(id) FROM sync_runs WHERE outcome = 'ok')",
            [KEPT_SYNC_RUNS],
        )
        .map_err(sql(TABLE))?;
        tx.commit().map_err(sql(TABLE))?;
        Ok(SyncRun {
            id,
            trigger: run.trigger,
            started_at: run.started_at,
            duration_ms: run.duration_ms,
            outcome: run.outcome,
            counts: run.counts,
            error: run.error.clone(),
            error_code: run.error_code.clone(),
        })
    }

    /// Up to `limit` runs, newest first.
    pub fn sync_runs(&self, limit: u32) -> Result<Vec<SyncRun>> {
        select(
            &self.conn,
            &format!("SELECT {COLUMNS} FROM sync_runs ORDER BY id DESC LIMIT ?1"),
            limit,
        )
    }

    /// The newest run that succeeded, if any.
    pub fn last_successful_sync(&self) -> Result<Option<SyncRun>> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {COLUMNS} FROM sync_runs WHERE outcome = 'ok' ORDER BY id DESC LIMIT 1"
                ),
                [],
                from_row,
            )
            .optional()
            .map_err(sql(TABLE))
    }
}

fn select(conn: &Connection, query: &str, limit: u32) -> Result<Vec<SyncRun>> {
    let mut stmt = conn.prepare(query).map_err(sql(TABLE))?;
    let rows = stmt.query_map([limit], from_row).map_err(sql(TABLE))?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
}

fn from_row(row: &Row<'_>) -> rusqlite::Result<SyncRun> {
    Ok(SyncRun {
        id: row.get(0)?,
        trigger: row.get(1)?,
        started_at: row.get(2)?,
        duration_ms: row.get(3)?,
        outcome: row.get(4)?,
        counts: SyncCounts {
            added: row.get(5)?,
            changed: row.get(6)?,
            removed: row.get(7)?,
            schedule_changed: row.get(8)?,
        },
        error: row.get(9)?,
        error_code: row.get(10)?,
    })
}
