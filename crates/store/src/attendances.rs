//! Tables `personio_attendances` and `personio_areas`: Personio's attendance periods and which
//! Personio areas worked at the last sync. Only [`crate::window`] writes here, inside a sync's
//! transaction; these are the reads.

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{params, Connection};

use crate::error::{sql, Result};
use crate::types::personio::{AreaStatus, StoredAttendance};
use crate::Store;

const TABLE: &str = "personio_attendances";

impl Store {
    /// Personio's attendance periods starting on a day in `from..=to`, earliest first.
    pub fn personio_attendances_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<StoredAttendance>> {
        let start = NaiveDateTime::new(from, NaiveTime::MIN);
        let end = NaiveDateTime::new(to + Duration::days(1), NaiveTime::MIN);
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, kind, start, end_at, status, comment, updated_at
                 FROM personio_attendances WHERE start >= ?1 AND start < ?2
                 ORDER BY start, id",
            )
            .map_err(sql(TABLE))?;
        let rows = stmt
            .query_map(params![start, end], |row| {
                Ok(StoredAttendance {
                    id: row.get(0)?,
                    kind: row.get(1)?,
                    start: row.get(2)?,
                    end: row.get(3)?,
                    status: row.get(4)?,
                    comment: row.get(5)?,
                    updated_at: row.get(6)?,
                })
            })
            .map_err(sql(TABLE))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
    }

    /// Personio's attendance period `id`, if the last sync stored it.
    pub fn personio_attendance(&self, id: &str) -> Result<Option<StoredAttendance>> {
        use rusqlite::OptionalExtension;
        self.conn
            .query_row(
                "SELECT id, kind, start, end_at, status, comment, updated_at
                 FROM personio_attendances WHERE id = ?1",
                [id],
                |row| {
                    Ok(StoredAttendance {
                        id: row.get(0)?,
                        kind: row.get(1)?,
                        start: row.get(2)?,
                        end: row.get(3)?,
                        status: row.get(4)?,
                        comment: row.get(5)?,
                        updated_at: row.get(6)?,
                    })
                },
            )
            .optional()
            .map_err(sql(TABLE))
    }

    /// Which Personio areas worked at the last sync (empty before the first one).
    pub fn personio_areas(&self) -> Result<Vec<AreaStatus>> {
        let mut stmt = self
            .conn
            .prepare("SELECT area, available, detail FROM personio_areas ORDER BY area")
            .map_err(sql("personio_areas"))?;
        let rows = stmt
            .query_map([], |row| {
                Ok(AreaStatus {
                    area: row.get(0)?,
                    available: row.get(1)?,
                    detail: row.get(2)?,
                })
            })
            .map_err(sql("personio_areas"))?;
        rows.collect::<rusqlite::Result<_>>()
            .map_err(sql("personio_areas"))
    }
}

/// Replaces the periods starting in `from..=to` with `periods` (the window's truth).
pub(crate) fn replace(
    tx: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    periods: &[StoredAttendance],
) -> Result<()> {
    let start = NaiveDateTime::new(from, NaiveTime::MIN);
    let end = NaiveDateTime::new(to + Duration::days(1), NaiveTime::MIN);
    tx.execute(
        "DELETE FROM personio_attendances WHERE start >= ?1 AND start < ?2",
        params![start, end],
    )
    .map_err(sql(TABLE))?;
    for p in periods {
        tx.execute(
            "INSERT OR REPLACE INTO personio_attendances
                 (id, kind, start, end_at, status, comment, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                p.id,
                p.kind,
                p.start,
                p.end,
                p.status,
                p.comment,
                p.updated_at
            ],
        )
        .map_err(sql(TABLE))?;
    }
    Ok(())
}

/// Replaces the stored area statuses.
pub(crate) fn replace_areas(tx: &Connection, areas: &[AreaStatus]) -> Result<()> {
    tx.execute("DELETE FROM personio_areas", [])
        .map_err(sql("personio_areas"))?;
    for a in areas {
        tx.execute(
            "INSERT INTO personio_areas (area, available, detail) VALUES (?1, ?2, ?3)",
            params![a.area, a.available, a.detail],
        )
        .map_err(sql("personio_areas"))?;
    }
    Ok(())
}
