//! Tables `personio_balances` and `personio_absence_types`: reference data a sync replaces whole.

use rusqlite::{params, Connection};

use crate::error::{sql, Result};
use crate::types::personio::{AbsenceType, Balance};
use crate::{validate, Store};

const BALANCES: &str = "personio_balances";
const TYPES: &str = "personio_absence_types";

impl Store {
    /// Time-off balances in days, by type name.
    pub fn balances(&self) -> Result<Vec<Balance>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT type_id, type_name, category, balance, available_balance
                 FROM personio_balances ORDER BY type_name, type_id",
            )
            .map_err(sql(BALANCES))?;
        let rows = stmt
            .query_map([], |row| {
                Ok(Balance {
                    type_id: row.get(0)?,
                    type_name: row.get(1)?,
                    category: row.get(2)?,
                    balance: row.get(3)?,
                    available_balance: row.get(4)?,
                })
            })
            .map_err(sql(BALANCES))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(BALANCES))
    }

    /// The company's absence types, by name.
    pub fn absence_types(&self) -> Result<Vec<AbsenceType>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, name, category, unit FROM personio_absence_types ORDER BY name, id",
            )
            .map_err(sql(TYPES))?;
        let rows = stmt
            .query_map([], |row| {
                Ok(AbsenceType {
                    id: row.get(0)?,
                    name: row.get(1)?,
                    category: row.get(2)?,
                    unit: row.get(3)?,
                })
            })
            .map_err(sql(TYPES))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(TYPES))
    }
}

/// Replaces all balances.
pub(crate) fn replace_balances(conn: &Connection, balances: &[Balance]) -> Result<()> {
    conn.execute("DELETE FROM personio_balances", [])
        .map_err(sql(BALANCES))?;
    for balance in balances {
        validate::finite(BALANCES, "balance", balance.balance)?;
        if let Some(available) = balance.available_balance {
            validate::finite(BALANCES, "available_balance", available)?;
        }
        conn.execute(
            "INSERT INTO personio_balances (type_id, type_name, category, balance, available_balance)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![
                balance.type_id,
                balance.type_name,
                balance.category,
                balance.balance,
                balance.available_balance,
            ],
        )
        .map_err(sql(BALANCES))?;
    }
    Ok(())
}

/// Replaces all absence types.
pub(crate) fn replace_types(conn: &Connection, types: &[AbsenceType]) -> Result<()> {
    conn.execute("DELETE FROM personio_absence_types", [])
        .map_err(sql(TYPES))?;
    for kind in types {
        conn.execute(
            "INSERT INTO personio_absence_types (id, name, category, unit) VALUES (?1, ?2, ?3, ?4)",
            params![kind.id, kind.name, kind.category, kind.unit],
        )
        .map_err(sql(TYPES))?;
    }
    Ok(())
}
