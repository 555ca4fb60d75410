//! Tables `personio_outbox` and `entry_periods`: the user's entry changes still to be sent to
//! Personio, and which attendance periods each entry became.
//!
//! The store keeps the rows; what to send and when is the core's business. Queueing happens in
//! the entry's own transaction (see [`crate::time_entries`]), so no change is written without
//! its row and a crash loses neither.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::{sql, Result};
use crate::types::outbox::{EntryPeriod, OutboxAction, OutboxItem, PeriodFix, PushWrite};
use crate::types::personio::StoredAttendance;
use crate::types::user::NewTimeEntry;
use crate::Store;

const OUTBOX: &str = "personio_outbox";
const LINKS: &str = "entry_periods";
const ITEM_COLUMNS: &str = "entry_id, action, queued_at, attempts, sent_at, refused, kept";

/// Queues `action` for entry `id` inside the caller's transaction. The newest change replaces an
/// older one (and clears a refusal: the user changed the entry); a deletion of an entry that
/// never reached Personio leaves nothing to send.
pub(crate) fn queue(
    tx: &Connection,
    entry_id: i64,
    action: OutboxAction,
    now: DateTime<Utc>,
) -> Result<()> {
    if action == OutboxAction::Delete && !reached_personio(tx, entry_id)? {
        tx.execute(
            "DELETE FROM personio_outbox WHERE entry_id = ?1",
            [entry_id],
        )
        .map_err(sql(OUTBOX))?;
        return Ok(());
    }
    tx.execute(
        "INSERT INTO personio_outbox (entry_id, action, queued_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (entry_id) DO UPDATE SET action = excluded.action,
             queued_at = excluded.queued_at, attempts = 0, refused = NULL",
        params![entry_id, action, now],
    )
    .map_err(sql(OUTBOX))?;
    Ok(())
}

/// Whether entry `id` has (or may have) periods in Personio.
fn reached_personio(conn: &Connection, entry_id: i64) -> Result<bool> {
    let linked: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM entry_periods WHERE entry_id = ?1)
                 OR EXISTS (SELECT 1 FROM personio_outbox
                            WHERE entry_id = ?1 AND sent_at IS NOT NULL)",
            [entry_id],
            |row| row.get(0),
        )
        .map_err(sql(LINKS))?;
    Ok(linked)
}

impl Store {
    /// The pending changes, oldest first.
    pub fn outbox(&self) -> Result<Vec<OutboxItem>> {
        let mut stmt = self
            .conn
            .prepare(&format!(
                "SELECT {ITEM_COLUMNS} FROM personio_outbox ORDER BY queued_at, entry_id"
            ))
            .map_err(sql(OUTBOX))?;
        let rows = stmt.query_map([], item).map_err(sql(OUTBOX))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(OUTBOX))
    }

    /// The pending change of entry `id`, if any.
    pub fn outbox_item(&self, entry_id: i64) -> Result<Option<OutboxItem>> {
        self.conn
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM personio_outbox WHERE entry_id = ?1"),
                [entry_id],
                item,
            )
            .optional()
            .map_err(sql(OUTBOX))
    }

    /// Queues entry `id` for Personio as it is now (used when the user picks entries of past
    /// days to send, and for "use mine").
    pub fn queue_entry(&mut self, entry_id: i64, now: DateTime<Utc>) -> Result<()> {
        queue(&self.conn, entry_id, OutboxAction::Put, now)
    }

    /// Keeps the user's unsent version `kept` (JSON) of entry `id` beside Personio's, which is in
    /// force; `None` drops it (the user chose).
    pub fn keep_beside(&mut self, entry_id: i64, kept: Option<&str>) -> Result<()> {
        self.conn
            .execute(
                "UPDATE personio_outbox SET kept = ?2 WHERE entry_id = ?1",
                params![entry_id, kept],
            )
            .map_err(sql(OUTBOX))?;
        Ok(())
    }

    /// Drops entry `id`'s pending change (the user kept Personio's version).
    pub fn drop_outbox(&mut self, entry_id: i64) -> Result<()> {
        self.conn
            .execute(
                "DELETE FROM personio_outbox WHERE entry_id = ?1",
                [entry_id],
            )
            .map_err(sql(OUTBOX))?;
        Ok(())
    }

    /// Makes Personio's period `period` (made elsewhere) one of the user's entries: adds `entry`
    /// linked to it and queues it, so the push sends the entry's content to that period. One
    /// transaction; answers the entry's id.
    pub fn adopt_period(
        &mut self,
        entry: &NewTimeEntry,
        period: &StoredAttendance,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        self.in_transaction(LINKS, |tx| {
            let id = crate::time_entries::insert(tx, entry, now)?;
            tx.execute(
                "INSERT INTO entry_periods (period_id, entry_id, part, status, updated_at)
                 VALUES (?1, ?2, 0, ?3, ?4)",
                params![period.id, id, period.status, period.updated_at],
            )
            .map_err(sql(LINKS))?;
            queue(tx, id, OutboxAction::Put, now)?;
            Ok(id)
        })
    }

    /// Forgets every link and every pending change: the Personio they were for is gone (the
    /// demo company is made anew with each start). The entries stay, only in Stint.
    pub fn forget_period_links(&mut self) -> Result<()> {
        self.in_transaction(LINKS, |tx| {
            tx.execute("DELETE FROM timer_periods", [])
                .map_err(sql("timer_periods"))?;
            tx.execute("DELETE FROM entry_periods", [])
                .map_err(sql(LINKS))?;
            tx.execute("DELETE FROM personio_outbox", [])
                .map_err(sql(OUTBOX))?;
            Ok(())
        })
    }

    /// Every link between an entry and a Personio period.
    pub fn entry_periods(&self) -> Result<Vec<EntryPeriod>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT period_id, entry_id, part, status, updated_at FROM entry_periods
                 ORDER BY entry_id, part",
            )
            .map_err(sql(LINKS))?;
        let rows = stmt.query_map([], link).map_err(sql(LINKS))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(LINKS))
    }

    /// The ids of the periods that are one of the user's entries or of the running timer.
    pub fn linked_period_ids(&self) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT period_id FROM entry_periods
                 UNION SELECT period_id FROM timer_periods WHERE period_id IS NOT NULL",
            )
            .map_err(sql(LINKS))?;
        let rows = stmt.query_map([], |row| row.get(0)).map_err(sql(LINKS))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(LINKS))
    }
}

fn item(row: &Row<'_>) -> rusqlite::Result<OutboxItem> {
    Ok(OutboxItem {
        entry_id: row.get(0)?,
        action: row.get(1)?,
        queued_at: row.get(2)?,
        attempts: row.get(3)?,
        sent_at: row.get(4)?,
        refused: row.get(5)?,
        kept: row.get(6)?,
    })
}

fn link(row: &Row<'_>) -> rusqlite::Result<EntryPeriod> {
    Ok(EntryPeriod {
        period_id: row.get(0)?,
        entry_id: row.get(1)?,
        part: row.get(2)?,
        status: row.get(3)?,
        updated_at: row.get(4)?,
    })
}

impl Store {
    /// Records one step of a push, in a transaction that commits only while connection
    /// `generation` is current: a disconnect meanwhile (which forgets the outbox and links)
    /// is never undone by a push that was under way. Answers whether a row changed.
    pub fn record_push(&mut self, generation: i64, write: &PushWrite) -> Result<bool> {
        self.in_transaction(OUTBOX, |tx| {
            crate::settings::ensure_generation(tx, generation)?;
            push_write(tx, write)
        })
    }

    /// Applies what a sync found out about the user's periods, in one transaction that commits
    /// only while connection `generation` is current (see [`Store::replace_personio_window`]).
    pub fn apply_period_fixes(
        &mut self,
        generation: i64,
        fixes: &[PeriodFix],
        now: DateTime<Utc>,
    ) -> Result<()> {
        if fixes.is_empty() {
            return Ok(());
        }
        self.in_transaction(LINKS, |tx| {
            crate::settings::ensure_generation(tx, generation)?;
            for fix in fixes {
                apply(tx, fix, now)?;
            }
            Ok(())
        })
    }
}

fn push_write(tx: &Connection, write: &PushWrite) -> Result<bool> {
    let changed = match write {
        PushWrite::Sending { entry_id, at } => tx.execute(
            "UPDATE personio_outbox SET sent_at = ?2 WHERE entry_id = ?1",
            params![entry_id, at],
        ),
        PushWrite::ReadBack { entry_id } => tx.execute(
            "UPDATE personio_outbox SET sent_at = NULL WHERE entry_id = ?1",
            [entry_id],
        ),
        PushWrite::Link(period) => tx.execute(
            "INSERT INTO entry_periods (period_id, entry_id, part, status, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (period_id) DO UPDATE SET entry_id = excluded.entry_id,
                 part = excluded.part, status = excluded.status,
                 updated_at = excluded.updated_at",
            params![
                period.period_id,
                period.entry_id,
                period.part,
                period.status,
                period.updated_at
            ],
        ),
        PushWrite::Unlink { period_id } => {
            // Gone from Personio: not one of its periods any more either (until a sync reads).
            tx.execute(
                "DELETE FROM personio_attendances WHERE id = ?1",
                [period_id],
            )
            .map_err(sql("personio_attendances"))?;
            tx.execute(
                "DELETE FROM entry_periods WHERE period_id = ?1",
                [period_id],
            )
        }
        PushWrite::Done {
            entry_id,
            queued_at,
        } => {
            let gone = tx
                .execute(
                    "DELETE FROM personio_outbox WHERE entry_id = ?1 AND queued_at = ?2",
                    params![entry_id, queued_at],
                )
                .map_err(sql(OUTBOX))?;
            if gone == 0 {
                // A newer change was queued meanwhile: it goes out next.
                tx.execute(
                    "UPDATE personio_outbox SET sent_at = NULL WHERE entry_id = ?1",
                    [entry_id],
                )
                .map_err(sql(OUTBOX))?;
            }
            Ok(gone)
        }
        PushWrite::Refused { entry_id, reason } => tx.execute(
            "UPDATE personio_outbox SET refused = ?2, sent_at = NULL WHERE entry_id = ?1",
            params![entry_id, reason],
        ),
        PushWrite::Failed { entry_id } => tx.execute(
            "UPDATE personio_outbox SET attempts = attempts + 1 WHERE entry_id = ?1",
            [entry_id],
        ),
    };
    Ok(changed.map_err(sql(OUTBOX))? > 0)
}

fn apply(tx: &Connection, fix: &PeriodFix, now: DateTime<Utc>) -> Result<()> {
    match fix {
        PeriodFix::Refresh {
            period_id,
            status,
            updated_at,
        } => {
            tx.execute(
                "UPDATE entry_periods SET status = ?2, updated_at = ?3 WHERE period_id = ?1",
                params![period_id, status, updated_at],
            )
            .map_err(sql(LINKS))?;
        }
        PeriodFix::Unlink { period_id } => {
            tx.execute(
                "DELETE FROM entry_periods WHERE period_id = ?1",
                [period_id],
            )
            .map_err(sql(LINKS))?;
        }
        PeriodFix::DeleteEntry { entry_id } => {
            tx.execute("DELETE FROM entry_periods WHERE entry_id = ?1", [entry_id])
                .map_err(sql(LINKS))?;
            tx.execute(
                "DELETE FROM personio_outbox WHERE entry_id = ?1",
                [entry_id],
            )
            .map_err(sql(OUTBOX))?;
            tx.execute("DELETE FROM time_entries WHERE id = ?1", [entry_id])
                .map_err(sql("time_entries"))?;
        }
        PeriodFix::TakePersonio {
            entry_id,
            entry,
            kept,
        } => {
            crate::time_entries::overwrite(tx, *entry_id, entry, now)?;
            if kept.is_some() {
                tx.execute(
                    "UPDATE personio_outbox SET kept = ?2 WHERE entry_id = ?1",
                    params![entry_id, kept],
                )
                .map_err(sql(OUTBOX))?;
            }
        }
    }
    Ok(())
}
