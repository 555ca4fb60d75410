//! The one error type of the store.
//!
//! Every variant names what it is about — the database file, or the table and field — so that a
//! message read in a log or shown to a user says where to look without a backtrace.

use std::path::PathBuf;

/// Everything that can go wrong opening or using the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not an SQLite database, or SQLite found it damaged.
    #[error(
        "{path} is not a readable Stint database (corrupt, or not an SQLite file); \
         move it aside and Stint will create a fresh one"
    )]
    NotADatabase {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The file could not be opened or configured (permissions, missing folder, locked).
    #[error("could not open the database {path}: {source}")]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// The database was written by a newer Stint with migrations this build does not know.
    #[error(
        "the database {path} has schema version {found}, newer than the {known} this build of \
         Stint knows; update Stint"
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// Applying a migration failed; the database stays at the version before it.
    #[error("migration {version} failed on {path}: {source}")]
    Migration {
        path: PathBuf,
        version: usize,
        #[source]
        source: rusqlite::Error,
    },
    /// A value handed to the store has the wrong shape; nothing was written.
    #[error("invalid {table}.{field}: {reason}")]
    Invalid {
        table: &'static str,
        field: &'static str,
        reason: String,
    },
    /// An update or delete named a row that does not exist.
    #[error("{table} has no row with id {id}")]
    NotFound { table: &'static str, id: i64 },
    /// A sync's writes belong to a connection that was replaced (disconnected, or connected
    /// anew) while it ran; nothing was written.
    #[error(
        "the Personio connection this sync belongs to (generation {expected}) was replaced \
         (now {found}) while it ran; nothing of it was written"
    )]
    Superseded { expected: i64, found: i64 },
    /// SQLite refused a statement on a table (constraint, I/O, lock).
    #[error("SQLite error on table {table}: {source}")]
    Sql {
        table: &'static str,
        #[source]
        source: rusqlite::Error,
    },
}

/// Shorthand used throughout the crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Adds the table name to an SQLite error: `.map_err(sql("time_entries"))`.
pub(crate) fn sql(table: &'static str) -> impl FnOnce(rusqlite::Error) -> StoreError {
    move |source| StoreError::Sql { table, source }
}

/// Builds an [`StoreError::Invalid`].
pub(crate) fn invalid(
    table: &'static str,
    field: &'static str,
    reason: impl Into<String>,
) -> StoreError {
    StoreError::Invalid {
        table,
        field,
        reason: reason.into(),
    }
}
