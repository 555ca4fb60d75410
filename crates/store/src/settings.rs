//! Table `settings`: the user's domain settings as one JSON document (the core owns its shape)
//! and the connection generation.
//!
//! Every change is a read-modify-write inside one IMMEDIATE transaction, so two processes (the
//! app and `stint-cli`) changing different settings at the same moment both keep their change.
//! The generation goes up by one with every connect and disconnect; what a sync writes commits
//! only while the generation it started in is still the current one (see
//! [`Store::replace_personio_window`]), so a disconnect always wins over a sync still running.

use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};

use crate::error::{sql, Result, StoreError};
use crate::Store;

const TABLE: &str = "settings";

/// The stored settings document and the connection generation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsRow {
    pub document: String,
    pub generation: i64,
}

/// What a settings change writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsWrite {
    pub document: String,
    /// The change connects or disconnects: the generation goes up, so syncs of the connection
    /// before can no longer commit.
    pub new_connection: bool,
    /// Also forget every Personio table (a disconnect), in the same transaction.
    pub clear_personio: bool,
}

impl Store {
    /// The stored settings, or `None` before anything was saved.
    pub fn settings_row(&self) -> Result<Option<SettingsRow>> {
        read(&self.conn)
    }

    /// The current connection generation (0 before anything was saved).
    pub fn connection_generation(&self) -> Result<i64> {
        Ok(read(&self.conn)?.map_or(0, |row| row.generation))
    }

    /// Reads the settings, lets `change` decide what to write (`None`: nothing) and writes it,
    /// all under one write lock; answers the row as it is afterwards.
    pub fn change_settings(
        &mut self,
        change: impl FnOnce(Option<&SettingsRow>) -> Option<SettingsWrite>,
    ) -> Result<Option<SettingsRow>> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql(TABLE))?;
        let before = read(&tx)?;
        let Some(write) = change(before.as_ref()) else {
            return Ok(before);
        };
        let generation =
            before.as_ref().map_or(0, |row| row.generation) + i64::from(write.new_connection);
        tx.execute(
            "INSERT INTO settings (id, document, generation) VALUES (1, ?1, ?2)
             ON CONFLICT (id) DO UPDATE SET document = excluded.document,
                                            generation = excluded.generation",
            params![write.document, generation],
        )
        .map_err(sql(TABLE))?;
        if write.clear_personio {
            crate::window::clear_personio_tables(&tx)?;
        }
        tx.commit().map_err(sql(TABLE))?;
        Ok(Some(SettingsRow {
            document: write.document,
            generation,
        }))
    }
}

fn read(conn: &Connection) -> Result<Option<SettingsRow>> {
    conn.query_row(
        "SELECT document, generation FROM settings WHERE id = 1",
        [],
        |row| {
            Ok(SettingsRow {
                document: row.get(0)?,
                generation: row.get(1)?,
            })
        },
    )
    .optional()
    .map_err(sql(TABLE))
}

/// Fails with [`StoreError::Superseded`] unless the current generation is `expected`: called
/// inside a write transaction, so no connect or disconnect can slip in between.
pub(crate) fn ensure_generation(conn: &Connection, expected: i64) -> Result<()> {
    let found = read(conn)?.map_or(0, |row| row.generation);
    if found == expected {
        Ok(())
    } else {
        Err(StoreError::Superseded { expected, found })
    }
}
