//! Table `timer_periods`: the running timer's periods in Personio while recording is on (see
//! migration 0005). Each timer action changes them in the timer's own transaction; the push
//! records what reached Personio; stopping the timer turns its WORK periods into entries.

use chrono::{DateTime, Duration, NaiveDateTime, NaiveTime, Utc};
use rusqlite::{params, Connection, Row};

use crate::error::{sql, Result};
use crate::types::outbox::{OutboxAction, TimerPeriod, TimerPeriodChange, TimerPush};
use crate::types::user::RunningTimer;
use crate::Store;

const TABLE: &str = "timer_periods";
const COLUMNS: &str = "seq, kind, start, end_at, period_id, end_sent, sending_at, discard";

impl Store {
    /// The timer's periods (and those still to finish in Personio), in order.
    pub fn timer_periods(&self) -> Result<Vec<TimerPeriod>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {COLUMNS} FROM timer_periods ORDER BY seq"))
            .map_err(sql(TABLE))?;
        let rows = stmt.query_map([], row).map_err(sql(TABLE))?;
        rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
    }

    /// Stores `timer` and applies `change` to its periods, in one transaction.
    pub fn set_running_timer_with(
        &mut self,
        timer: &RunningTimer,
        change: Option<TimerPeriodChange>,
    ) -> Result<()> {
        self.set_running_timer_with_all(timer, change.as_slice())
    }

    /// Stores `timer` and applies `changes` in order, in one transaction.
    pub fn set_running_timer_with_all(
        &mut self,
        timer: &RunningTimer,
        changes: &[TimerPeriodChange],
    ) -> Result<()> {
        self.in_transaction(TABLE, |tx| {
            crate::timer::write(tx, timer)?;
            changes.iter().try_for_each(|c| apply(tx, *c))
        })
    }

    /// Removes the timer and applies `change` (a discard), in one transaction.
    pub fn clear_running_timer_with(&mut self, change: Option<TimerPeriodChange>) -> Result<()> {
        self.in_transaction(TABLE, |tx| {
            crate::timer::clear(tx)?;
            change.map_or(Ok(()), |c| apply(tx, c))
        })
    }

    /// Stops the timer recorded in Personio: applies `change` (closing the open WORK period, or
    /// discarding the break it was stopped in), then turns each WORK period since `since` into
    /// an entry with `note`, linked to its period and queued for Personio (which then closes
    /// or creates it). A period under half a minute is dropped — unless none reached half a
    /// minute: the first then books a minute, as a stopped timer always does, over its real
    /// span. One transaction; answers the new entries' ids.
    pub fn book_recorded_timer(
        &mut self,
        since: NaiveDateTime,
        change: Option<TimerPeriodChange>,
        note: &str,
        now: DateTime<Utc>,
    ) -> Result<Vec<i64>> {
        self.in_transaction(TABLE, |tx| {
            crate::timer::clear(tx)?;
            if let Some(change) = change {
                apply(tx, change)?;
            }
            let work: Vec<TimerPeriod> = all(tx)?
                .into_iter()
                .filter(|p| p.kind == "WORK" && !p.discard && p.start >= since)
                .collect();
            let rounded = |p: &TimerPeriod| (p.end.unwrap_or(p.start) - p.start).num_seconds() + 30;
            // As every stopped timer: at least one minute is booked, on the first stretch when
            // none reached half a minute.
            let none_counts = work.iter().all(|p| rounded(p) < 60);
            if work.is_empty() {
                let entry = crate::types::user::NewTimeEntry {
                    start: since,
                    end: Some(since + Duration::minutes(1)),
                    minutes: 1,
                    note: note.to_owned(),
                };
                let id = crate::time_entries::insert(tx, &entry, now)?;
                crate::outbox::queue(tx, id, OutboxAction::Put, now)?;
                return Ok(vec![id]);
            }
            let mut first = true;
            let mut ids = Vec::new();
            for period in work {
                let end = period.end.unwrap_or(period.start);
                let seconds = (end - period.start).num_seconds();
                let only = std::mem::take(&mut first) && none_counts;
                let (end, minutes) = match (seconds + 30) / 60 {
                    // Its real span stays (Personio gets no invented time); the entry books the
                    // minute every stopped timer books.
                    0 if only => (end, 1),
                    0 => {
                        discard(tx, &period)?;
                        continue;
                    }
                    m => (end, u32::try_from(m).unwrap_or(u32::MAX)),
                };
                tx.execute(
                    "INSERT INTO time_entries (starts_at, ends_at, minutes, note, created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                    params![period.start, end, minutes, note, now],
                )
                .map_err(sql("time_entries"))?;
                let entry_id = tx.last_insert_rowid();
                if let Some(period_id) = &period.period_id {
                    tx.execute(
                        "INSERT INTO entry_periods (period_id, entry_id, part, status)
                         VALUES (?1, ?2, 0, 'PENDING')",
                        params![period_id, entry_id],
                    )
                    .map_err(sql("entry_periods"))?;
                }
                crate::outbox::queue(tx, entry_id, OutboxAction::Put, now)?;
                if let Some(at) = period.sending_at {
                    // Its create may have arrived: the push reads back before sending again.
                    tx.execute(
                        "UPDATE personio_outbox SET sent_at = ?2 WHERE entry_id = ?1",
                        params![entry_id, at],
                    )
                    .map_err(sql("personio_outbox"))?;
                }
                tx.execute("DELETE FROM timer_periods WHERE seq = ?1", [period.seq])
                    .map_err(sql(TABLE))?;
                ids.push(entry_id);
            }
            Ok(ids)
        })
    }

    /// Records one step of a push of the timer's periods; commits only while connection
    /// `generation` is current.
    pub fn record_timer_push(&mut self, generation: i64, step: &TimerPush) -> Result<()> {
        self.in_transaction(TABLE, |tx| {
            crate::settings::ensure_generation(tx, generation)?;
            let done = match step {
                TimerPush::Sending { seq, at } => tx.execute(
                    "UPDATE timer_periods SET sending_at = ?2 WHERE seq = ?1",
                    params![seq, at],
                ),
                TimerPush::Created {
                    seq,
                    period_id,
                    end_sent,
                } => tx.execute(
                    "UPDATE timer_periods SET period_id = ?2, end_sent = ?3, sending_at = NULL
                     WHERE seq = ?1",
                    params![seq, period_id, end_sent],
                ),
                TimerPush::NotArrived { seq } => tx.execute(
                    "UPDATE timer_periods SET sending_at = NULL WHERE seq = ?1",
                    [seq],
                ),
                TimerPush::EndSent { seq } => tx.execute(
                    "UPDATE timer_periods SET end_sent = 1 WHERE seq = ?1",
                    [seq],
                ),
                TimerPush::Lost { seq } => tx.execute(
                    "UPDATE timer_periods SET period_id = NULL, end_sent = 0, sending_at = NULL
                     WHERE seq = ?1",
                    [seq],
                ),
                TimerPush::Remove { seq } => {
                    // A discarded period is gone from Personio: from the stored copy too.
                    tx.execute(
                        "DELETE FROM personio_attendances WHERE id =
                             (SELECT period_id FROM timer_periods WHERE seq = ?1 AND discard = 1)",
                        [seq],
                    )
                    .map_err(sql("personio_attendances"))?;
                    tx.execute("DELETE FROM timer_periods WHERE seq = ?1", [seq])
                }
            };
            done.map_err(sql(TABLE))?;
            Ok(())
        })
    }
}

/// Applies a timer action's change inside the caller's transaction.
fn apply(tx: &Connection, change: TimerPeriodChange) -> Result<()> {
    match change {
        TimerPeriodChange::Open { kind, at } => open(tx, kind, at),
        TimerPeriodChange::Switch { at, open: next } => {
            close(tx, at)?;
            next.map_or(Ok(()), |kind| open(tx, kind, at))
        }
        TimerPeriodChange::DiscardOpen => {
            for period in all(tx)?.iter().filter(|p| p.end.is_none()) {
                discard(tx, period)?;
            }
            Ok(())
        }
        TimerPeriodChange::DiscardSince { since } => {
            for period in all(tx)?.iter().filter(|p| p.start >= since) {
                discard(tx, period)?;
            }
            Ok(())
        }
    }
}

fn open(tx: &Connection, kind: &str, at: NaiveDateTime) -> Result<()> {
    tx.execute(
        "INSERT INTO timer_periods (kind, start) VALUES (?1, ?2)",
        params![kind, at],
    )
    .map_err(sql(TABLE))?;
    Ok(())
}

/// Closes the open period at `at`; one that ran past midnight ends there and a period of its
/// kind continues from 00:00 (Personio's periods may not cross midnight).
fn close(tx: &Connection, at: NaiveDateTime) -> Result<()> {
    let Some(period) = all(tx)?.into_iter().find(|p| p.end.is_none() && !p.discard) else {
        return Ok(());
    };
    if at <= period.start {
        // Closed the second it opened: no time, so no period (Personio refuses an empty one).
        return discard(tx, &period);
    }
    let mut start = period.start;
    let mut seq = period.seq;
    loop {
        let midnight = (start.date() + Duration::days(1)).and_time(NaiveTime::MIN);
        let end = at.min(midnight);
        tx.execute(
            "UPDATE timer_periods SET end_at = ?2 WHERE seq = ?1",
            params![seq, end],
        )
        .map_err(sql(TABLE))?;
        if at <= midnight {
            return Ok(());
        }
        tx.execute(
            "INSERT INTO timer_periods (kind, start) VALUES (?1, ?2)",
            params![period.kind, midnight],
        )
        .map_err(sql(TABLE))?;
        seq = tx.last_insert_rowid();
        start = midnight;
    }
}

/// Marks a period for deletion in Personio, or forgets it when Personio never had it.
fn discard(tx: &Connection, period: &TimerPeriod) -> Result<()> {
    let sql_text = if period.period_id.is_some() || period.sending_at.is_some() {
        "UPDATE timer_periods SET discard = 1 WHERE seq = ?1"
    } else {
        "DELETE FROM timer_periods WHERE seq = ?1"
    };
    tx.execute(sql_text, [period.seq]).map_err(sql(TABLE))?;
    Ok(())
}

fn all(conn: &Connection) -> Result<Vec<TimerPeriod>> {
    let mut stmt = conn
        .prepare(&format!("SELECT {COLUMNS} FROM timer_periods ORDER BY seq"))
        .map_err(sql(TABLE))?;
    let rows = stmt.query_map([], row).map_err(sql(TABLE))?;
    rows.collect::<rusqlite::Result<_>>().map_err(sql(TABLE))
}

fn row(row: &Row<'_>) -> rusqlite::Result<TimerPeriod> {
    Ok(TimerPeriod {
        seq: row.get(0)?,
        kind: row.get(1)?,
        start: row.get(2)?,
        end: row.get(3)?,
        period_id: row.get(4)?,
        end_sent: row.get(5)?,
        sending_at: row.get(6)?,
        discard: row.get(7)?,
    })
}
