//! The plain data the store reads and writes.
//!
//! Split by owner: what Personio returned ([`personio`]), the log of syncs ([`sync`]), and the
//! user's own data ([`user`]). These are storage shapes, not IPC types: the core maps them onto
//! `stint-model` for the UI.

pub mod outbox;
pub mod personio;
pub mod sync;
pub mod user;

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};

/// An enum stored as one of a fixed set of lowercase words (which the schema's CHECKs list).
pub(crate) trait SqlWord: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn word(self) -> &'static str;
}

/// Implements `ToSql`/`FromSql` for a [`SqlWord`] enum.
macro_rules! sql_word {
    ($ty:ty) => {
        impl rusqlite::types::ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                $crate::types::word_to_sql(*self)
            }
        }
        impl rusqlite::types::FromSql for $ty {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                $crate::types::word_from_sql(value)
            }
        }
    };
}
pub(crate) use sql_word;

pub(crate) fn word_to_sql<T: SqlWord>(value: T) -> rusqlite::Result<ToSqlOutput<'static>> {
    Ok(ToSqlOutput::from(value.word()))
}

pub(crate) fn word_from_sql<T: SqlWord>(value: ValueRef<'_>) -> FromSqlResult<T> {
    let text = String::column_result(value)?;
    T::ALL
        .iter()
        .copied()
        .find(|candidate| candidate.word() == text)
        .ok_or_else(|| FromSqlError::Other(format!("unknown value {text:?}").into()))
}
