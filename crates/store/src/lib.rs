//! Stint's local store: one SQLite file holding what Personio last said and what the user
//! entered themselves, in separate tables so that neither can clobber the other.
//!
//! This crate is SQL only. It validates the shape of what it is given (dates in order, minutes
//! within a day) but decides nothing: when to sync, what a window is, and whether manual data is
//! locked while Personio is connected are the core's business. The one operation with weight is
//! [`Store::replace_personio_window`], which applies a sync's snapshot in a single transaction.
//!
//! No secret is ever stored: the schema has no column for one.
//!
//! A [`Store`] owns one connection; it is `Send`, and callers share it behind a `Mutex`.

mod absences;
mod attendances;
mod balances;
mod error;
mod manual;
mod migrate;
mod outbox;
mod profile;
mod schedule;
mod settings;
mod sync_runs;
mod time_entries;
mod timer;
mod timer_periods;
pub mod types;
mod validate;
mod window;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode};

pub use error::{Result, StoreError};
pub use migrate::SCHEMA_VERSION;
pub use settings::{SettingsRow, SettingsWrite};
pub use sync_runs::KEPT_SYNC_RUNS;
pub use types::outbox::{
    EntryPeriod, OutboxAction, OutboxItem, PeriodFix, PushWrite, TimerPeriod, TimerPeriodChange,
    TimerPush,
};
pub use types::personio::{
    AbsenceKind, AbsenceTimes, AbsenceType, AreaStatus, Balance, PersonioSnapshot, Profile,
    StoredAbsence, StoredAttendance, WeeklyMinutes, WorkSchedule,
};
pub use types::sync::{NewSyncRun, SyncCounts, SyncOutcome, SyncRun, SyncTrigger};
pub use types::user::{ManualAbsence, NewManualAbsence, NewTimeEntry, RunningTimer, TimeEntry};

/// How long a statement waits for another connection's lock before failing with "busy".
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, switches it to WAL, turns foreign keys
    /// on and applies any pending migrations.
    ///
    /// A file that is not SQLite, or is damaged, gives [`StoreError::NotADatabase`] naming it.
    pub fn open(path: &Path) -> Result<Store> {
        let conn = Connection::open(path).map_err(|source| open_error(path, source))?;
        Store::configure(conn, path)
    }

    /// An empty database in memory, for unit tests (no WAL there).
    pub fn open_in_memory() -> Result<Store> {
        let path = Path::new(":memory:");
        let conn = Connection::open_in_memory().map_err(|source| open_error(path, source))?;
        Store::configure(conn, path)
    }

    fn configure(mut conn: Connection, path: &Path) -> Result<Store> {
        let fail = |source| open_error(path, source);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        // The first statement that reads the file: a non-SQLite file fails here.
        let mode: String = conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
            .map_err(fail)?;
        if mode != "wal" && path != Path::new(":memory:") {
            tracing::warn!(path = %path.display(), mode, "SQLite refused WAL journal mode");
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(fail)?;
        conn.pragma_update(None, "foreign_keys", true)
            .map_err(fail)?;
        migrate::apply(&mut conn, path)?;
        Ok(Store {
            conn,
            path: path.to_owned(),
        })
    }

    /// The file this store was opened from (`:memory:` for an in-memory one).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the user has entered anything of their own: a time entry, a manual absence or a
    /// running timer (the weekly hours are seeded, so the core compares those itself).
    pub fn has_user_data(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM time_entries)
                     OR EXISTS (SELECT 1 FROM manual_absences)
                     OR EXISTS (SELECT 1 FROM running_timer)",
                [],
                |row| row.get(0),
            )
            .map_err(error::sql("user data"))
    }

    /// Runs `work` in one IMMEDIATE transaction (committed when it answers `Ok`); `table` names
    /// what a failure to begin or commit was about.
    pub(crate) fn in_transaction<T>(
        &mut self,
        table: &'static str,
        work: impl FnOnce(&rusqlite::Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(error::sql(table))?;
        let answer = work(&tx)?;
        tx.commit().map_err(error::sql(table))?;
        Ok(answer)
    }

    /// The schema version of the open database (equal to [`SCHEMA_VERSION`] once open).
    pub fn schema_version(&self) -> Result<i64> {
        migrate::user_version(&self.conn).map_err(error::sql("pragma user_version"))
    }
}

/// Tells "this is not a database" apart from other failures to open.
pub(crate) fn open_error(path: &Path, source: rusqlite::Error) -> StoreError {
    let path = path.to_owned();
    match source.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            StoreError::NotADatabase { path, source }
        }
        _ => StoreError::Open { path, source },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_is_send() {
        fn assert_send<T: Send>() {}
        assert_send::<Store>();
    }

    #[test]
    fn in_memory_store_is_migrated() {
        let store = Store::open_in_memory().expect("an in-memory store opens");
        assert_eq!(
            store.schema_version().expect("version readable"),
            SCHEMA_VERSION,
            "a fresh store must carry every migration"
        );
    }
}
