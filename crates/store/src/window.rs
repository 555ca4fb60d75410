//! Applying a sync's snapshot, and forgetting Personio on disconnect.
//!
//! Both touch every `personio_*` table and must be all-or-nothing, so each runs in one
//! transaction: an error anywhere drops the transaction and SQLite rolls back, leaving the data
//! of the previous sync exactly as it was. The user's own tables are never named here.

use std::collections::HashSet;

use chrono::NaiveDate;
use rusqlite::TransactionBehavior;

use crate::error::{invalid, sql, Result};
use crate::types::personio::PersonioSnapshot;
use crate::types::sync::SyncCounts;
use crate::{absences, attendances, balances, profile, schedule, Store};

impl Store {
    /// Makes the stored Personio data equal to `snapshot` for the window `from..=to`.
    ///
    /// Profile, schedule, balances and absence types are replaced whole. Absences are merged by
    /// `source_id`: new ones are inserted, ones that differ in any field (per-day minutes and
    /// clock times included, so the first sync after the store learnt to keep times fills them
    /// in) are updated, and stored ones overlapping the window that the snapshot lacks are
    /// deleted — Personio no longer returns them. Stored absences entirely outside the window
    /// are left alone. Returns what changed; on any error nothing has changed.
    ///
    /// `generation` is the connection generation the sync started in; when it is no longer the
    /// current one (checked inside the transaction) nothing is written and the answer is
    /// [`crate::StoreError::Superseded`].
    pub fn replace_personio_window(
        &mut self,
        generation: i64,
        from: NaiveDate,
        to: NaiveDate,
        snapshot: &PersonioSnapshot,
    ) -> Result<SyncCounts> {
        if to < from {
            return Err(invalid(
                "personio_absences",
                "window",
                format!("sync window ends {to}, before it starts {from}"),
            ));
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("personio_*"))?;
        crate::settings::ensure_generation(&tx, generation)?;
        profile::write(&tx, &snapshot.profile)?;
        let schedule_changed = schedule::write(&tx, &snapshot.schedule)?;
        balances::replace_types(&tx, &snapshot.types)?;
        balances::replace_balances(&tx, &snapshot.balances)?;
        if let Some(periods) = &snapshot.attendances {
            attendances::replace(&tx, from, to, periods)?;
        }
        attendances::replace_areas(&tx, &snapshot.areas)?;

        let mut counts = SyncCounts {
            schedule_changed,
            ..SyncCounts::default()
        };
        let mut seen = HashSet::with_capacity(snapshot.absences.len());
        for absence in &snapshot.absences {
            let absence = absences::normalized(absence)?;
            if !seen.insert(absence.source_id.clone()) {
                return Err(invalid(
                    "personio_absences",
                    "source_id",
                    format!("the snapshot lists absence {} twice", absence.source_id),
                ));
            }
            match absences::find(&tx, &absence.source_id)? {
                None => {
                    absences::insert(&tx, &absence)?;
                    counts.added += 1;
                }
                Some(stored) if stored != absence => {
                    absences::update(&tx, &absence)?;
                    counts.changed += 1;
                }
                Some(_) => {}
            }
        }
        for source_id in absences::ids_overlapping(&tx, from, to)? {
            if !seen.contains(&source_id) {
                absences::delete(&tx, &source_id)?;
                counts.removed += 1;
            }
        }
        tx.commit().map_err(sql("personio_*"))?;
        tracing::debug!(%from, %to, ?counts, "replaced Personio window");
        Ok(counts)
    }

    /// Forgets everything Personio said (profile, schedule, balances, absences, attendances,
    /// sync history) and what was still to be sent to it, in one transaction; the user's own
    /// entries are untouched (they are then only in Stint).
    pub fn clear_personio(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sql("personio_*"))?;
        clear_personio_tables(&tx)?;
        tx.commit().map_err(sql("personio_*"))
    }
}

/// Deletes every Personio table's rows inside the caller's transaction.
pub(crate) fn clear_personio_tables(tx: &rusqlite::Connection) -> Result<()> {
    const TABLES: [&str; 12] = [
        "timer_periods",
        "personio_outbox",
        "entry_periods",
        "personio_attendances",
        "personio_areas",
        "personio_absence_minutes",
        "personio_absences",
        "personio_balances",
        "personio_absence_types",
        "personio_schedule",
        "personio_profile",
        "sync_runs",
    ];
    for table in TABLES {
        tx.execute(&format!("DELETE FROM {table}"), [])
            .map_err(sql(table))?;
    }
    Ok(())
}
