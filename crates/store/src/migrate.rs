//! Schema migrations: append-only SQL files embedded in the binary.
//!
//! The schema version is SQLite's own `PRAGMA user_version`, so no bookkeeping table can drift
//! from the schema it describes. Migration N (1-based) is `MIGRATIONS[N - 1]`; each runs in its
//! own IMMEDIATE transaction that also bumps `user_version`, so a crash or a second process
//! opening the same file at the same moment leaves the database at a whole version. A released
//! migration is never edited: changes are new files appended to the list.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use crate::error::{Result, StoreError};

/// The migrations, oldest first. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_sync_error_code.sql"),
    include_str!("../migrations/0003_settings.sql"),
    include_str!("../migrations/0004_attendances.sql"),
    include_str!("../migrations/0005_personio_outbox.sql"),
    include_str!("../migrations/0006_absence_times.sql"),
];

/// The schema version this build creates and understands.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database at `path` up to [`SCHEMA_VERSION`].
pub(crate) fn apply(conn: &mut Connection, path: &Path) -> Result<()> {
    let found = user_version(conn).map_err(|source| crate::open_error(path, source))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_owned(),
            found,
            known: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index + 1;
        let failed = |source| StoreError::Migration {
            path: path.to_owned(),
            version,
            source,
        };
        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(failed)?;
        // Read again under the write lock: another process may have migrated meanwhile.
        if user_version(&tx).map_err(failed)? >= version as i64 {
            continue;
        }
        tx.execute_batch(sql).map_err(failed)?;
        tx.pragma_update(None, "user_version", version as i64)
            .map_err(failed)?;
        tx.commit().map_err(failed)?;
        tracing::info!(version, path = %path.display(), "applied store migration");
    }
    Ok(())
}

/// The schema version stored in the file (0 for a new file).
pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}
