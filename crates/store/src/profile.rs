//! Table `personio_profile`: the single row saying who is connected.
//!
//! Its presence is what "connected to Personio" means to the store.

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::{sql, Result};
use crate::types::personio::Profile;
use crate::{validate, Store};

const TABLE: &str = "personio_profile";

impl Store {
    /// The connected employee, or `None` when Personio is not connected.
    pub fn profile(&self) -> Result<Option<Profile>> {
        read(&self.conn)
    }

    /// Whether a Personio profile is stored.
    pub fn is_personio_connected(&self) -> Result<bool> {
        self.conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM personio_profile)",
                [],
                |row| row.get(0),
            )
            .map_err(sql(TABLE))
    }
}

pub(crate) fn read(conn: &Connection) -> Result<Option<Profile>> {
    conn.query_row(
        "SELECT employee_id, email, first_name, last_name, position, department, base_url,
                client_id, connected_at
         FROM personio_profile WHERE id = 1",
        [],
        |row| {
            Ok(Profile {
                employee_id: row.get(0)?,
                email: row.get(1)?,
                first_name: row.get(2)?,
                last_name: row.get(3)?,
                position: row.get(4)?,
                department: row.get(5)?,
                base_url: row.get(6)?,
                client_id: row.get(7)?,
                connected_at: row.get(8)?,
            })
        },
    )
    .optional()
    .map_err(sql(TABLE))
}

/// Replaces the profile row.
pub(crate) fn write(conn: &Connection, profile: &Profile) -> Result<()> {
    validate::non_empty(TABLE, "base_url", &profile.base_url)?;
    validate::non_empty(TABLE, "client_id", &profile.client_id)?;
    conn.execute(
        "INSERT OR REPLACE INTO personio_profile
             (id, employee_id, email, first_name, last_name, position, department, base_url,
              client_id, connected_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            profile.employee_id,
            profile.email,
            profile.first_name,
            profile.last_name,
            profile.position,
            profile.department,
            profile.base_url,
            profile.client_id,
            profile.connected_at,
        ],
    )
    .map_err(sql(TABLE))?;
    Ok(())
}
