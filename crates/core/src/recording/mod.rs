//! "Record my time in Personio" (opt-in, off by default): the user's entries become attendance
//! periods in Personio, through an outbox in SQLite so nothing is lost and nothing is booked
//! twice.
//!
//! - Every add, edit and delete of an entry while recording is on writes an outbox row in the
//!   entry's own transaction ([`stint_store::Store::add_time_entry_and_queue`]); a push sends
//!   the rows at once when online, and a sync sends them first, then reads.
//! - What an entry becomes and which requests make Personio match it are pure functions
//!   ([`parts`]); what a sync does with periods changed or deleted in Personio is one too
//!   ([`reconcile`]). [`push`] only executes.
//! - **Breaks.** Personio's periods may not overlap, so a WORK period is already net time and a
//!   gap between two of them is time not worked. Stint sends no BREAK periods for the gaps
//!   between entries: a gap may be a doctor's visit as well as a lunch, and a BREAK derived
//!   from two neighbours would have to follow every edit of either. An entry that books less
//!   than its span holds a break Stint cannot place; it is not sent (the reason is shown), so
//!   Personio never receives a time no one recorded.
//! - Turning recording on sends nothing old by itself: past entries go only when the user
//!   offers them ([`Stint::offer_entries`], `stint-cli attendances push --from --to`).

mod adopt;
mod parts;
mod push;
mod read_back;
mod reconcile;
mod timer_push;

pub(crate) use reconcile::fixes;

use chrono::{NaiveDate, NaiveDateTime};
use stint_model::{PersonioState, RecordingView};
use stint_store::{AreaStatus, EntryPeriod, NewTimeEntry, OutboxItem, TimeEntry};

use crate::settings::Settings;
use crate::{CoreError, Stint};

/// Whether the user's entries are sent to Personio now.
pub(crate) fn is_on(settings: &Settings) -> bool {
    settings.personio.as_ref().is_some_and(|p| p.record)
}

/// The switch as the Connection Manager shows it.
pub(crate) fn view(
    settings: &Settings,
    areas: &[AreaStatus],
    outbox: &[OutboxItem],
) -> RecordingView {
    let write_area = crate::attendances::name(stint_personio::Area::AttendancesWrite);
    let write = areas.iter().find(|a| a.area == write_area);
    let count = |keep: fn(&OutboxItem) -> bool| {
        u32::try_from(outbox.iter().filter(|i| keep(i)).count()).unwrap_or(u32::MAX)
    };
    RecordingView {
        on: is_on(settings),
        available: write.is_some_and(|a| a.available),
        detail: match write {
            None => Some(
                "Sync once: Stint learns then whether the credential may write attendances"
                    .to_owned(),
            ),
            Some(a) => a.detail.clone(),
        },
        skip_approval: settings.personio.as_ref().is_some_and(|p| p.skip_approval),
        unsent: count(|i| i.refused.is_none() && i.kept.is_none()),
        refused: count(|i| i.refused.is_some()),
        conflicts: count(|i| i.kept.is_some()),
    }
}

/// Where one of the user's entries stands in Personio: its period id, state and the message
/// to show (a refusal, a conflict, or why it is not sent).
pub(crate) fn entry_state(
    entry: &TimeEntry,
    links: &[EntryPeriod],
    pending: Option<&OutboxItem>,
    recording: bool,
) -> (Option<String>, Option<PersonioState>, Option<String>) {
    let mut own: Vec<&EntryPeriod> = links.iter().filter(|l| l.entry_id == entry.id).collect();
    own.sort_by_key(|l| l.part);
    let period_id = own.first().map(|l| l.period_id.clone());
    if let Some(item) = pending {
        if let Some(reason) = &item.refused {
            return (
                period_id,
                Some(PersonioState::Refused),
                Some(format!("Refused by Personio: {reason}")),
            );
        }
        if let Some(kept) = &item.kept {
            return (
                period_id,
                Some(PersonioState::Conflict),
                Some(format!(
                    "Changed in Personio meanwhile; your unsent version is kept: {}",
                    kept_text(kept)
                )),
            );
        }
        return (period_id, Some(PersonioState::Unsent), None);
    }
    if let Some(first) = own.first() {
        return (
            period_id,
            Some(PersonioState::from_personio(&first.status)),
            None,
        );
    }
    let why_not = recording.then(|| parts::parts_of(entry).err()).flatten();
    (None, None, why_not.map(str::to_owned))
}

/// The user's kept version in a sentence: `09:00–12:00 (3:00)`.
fn kept_text(kept: &str) -> String {
    match serde_json::from_str::<NewTimeEntry>(kept) {
        Ok(e) => {
            let time = |t: NaiveDateTime| stint_model::iso::time_of_day(t.time());
            match e.end {
                Some(end) => format!(
                    "{}–{} ({})",
                    time(e.start),
                    time(end),
                    stint_model::duration::hm(i64::from(e.minutes))
                ),
                None => stint_model::duration::hm(i64::from(e.minutes)),
            }
        }
        Err(_) => "(unreadable)".to_owned(),
    }
}

impl Stint {
    /// Turns "Record my time in Personio" on or off. On needs a connection whose credential
    /// may write attendances (as the last sync found). Turning it on sends nothing old.
    pub(crate) fn set_recording(&self, on: bool) -> Result<(), CoreError> {
        if on {
            let areas = self.reader().personio_areas()?;
            let settings = self.settings();
            if settings.personio.is_none() {
                return Err(CoreError::invalid(
                    "value",
                    "Connect to Personio first: recording sends your entries there",
                ));
            }
            let write = view(&settings, &areas, &[]);
            if !write.available {
                return Err(CoreError::invalid(
                    "value",
                    format!(
                        "This connection cannot record time in Personio: {}",
                        write.detail.unwrap_or_else(
                            || "the credential may not write attendances".to_owned()
                        )
                    ),
                ));
            }
        }
        self.change_personio(|p| p.record = on)
    }

    /// Asks Personio to skip approval for new periods (only if the user wants it; Personio
    /// refuses it when the credential may not).
    pub(crate) fn set_skip_approval(&self, on: bool) -> Result<(), CoreError> {
        self.change_personio(|p| p.skip_approval = on)
    }

    fn change_personio(
        &self,
        change: impl FnOnce(&mut crate::PersonioSettings),
    ) -> Result<(), CoreError> {
        self.change_settings(crate::settings::Change::Plain, |s| {
            match s.personio.as_mut() {
                Some(p) => {
                    change(p);
                    Ok(())
                }
                None => Err(CoreError::NotConnected),
            }
        })
        .map(|_| ())
    }

    /// Queues the entries of `from..=to` that live only in Stint, so the next push sends them:
    /// the user decides which past days go to Personio. Answers how many were queued.
    pub fn offer_entries(&self, from: NaiveDate, to: NaiveDate) -> Result<u32, CoreError> {
        self.offer(from, to, true)
    }

    /// How many entries of `from..=to` [`Stint::offer_entries`] would queue (a dry run).
    pub fn offerable_entries(&self, from: NaiveDate, to: NaiveDate) -> Result<u32, CoreError> {
        self.offer(from, to, false)
    }

    fn offer(&self, from: NaiveDate, to: NaiveDate, queue: bool) -> Result<u32, CoreError> {
        if !is_on(&self.settings()) {
            return Err(CoreError::invalid(
                "record_in_personio",
                "Recording in Personio is off: turn it on first (stint-cli config set record_in_personio on)",
            ));
        }
        let now = self.clock.now().to_utc();
        let mut store = self.store();
        let linked: std::collections::HashSet<i64> =
            store.entry_periods()?.iter().map(|l| l.entry_id).collect();
        let queued: std::collections::HashSet<i64> =
            store.outbox()?.iter().map(|i| i.entry_id).collect();
        let mut count = 0;
        for entry in store.time_entries_between(from, to)? {
            if linked.contains(&entry.id)
                || queued.contains(&entry.id)
                || parts::parts_of(&entry).is_err()
            {
                continue;
            }
            if queue {
                store.queue_entry(entry.id, now)?;
            }
            count += 1;
        }
        Ok(count)
    }

    /// Settles a conflict on entry `id`: `mine` puts the user's kept version back and sends it;
    /// otherwise Personio's version stays and the unsent change is dropped.
    pub fn resolve_conflict(&self, entry_id: i64, mine: bool) -> Result<(), CoreError> {
        let now = self.clock.now().to_utc();
        let mut store = self.store();
        let kept = store
            .outbox_item(entry_id)?
            .and_then(|item| item.kept)
            .ok_or_else(|| {
                CoreError::invalid(
                    "id",
                    format!("Entry #{entry_id} has no conflict to settle; reload"),
                )
            })?;
        if mine {
            let version: NewTimeEntry = serde_json::from_str(&kept).map_err(|err| {
                CoreError::invalid(
                    "id",
                    format!("The kept version of entry #{entry_id} cannot be read: {err}"),
                )
            })?;
            store.update_time_entry_and_queue(entry_id, &version, now)?;
            store.keep_beside(entry_id, None)?;
        } else {
            store.drop_outbox(entry_id)?;
        }
        Ok(())
    }
}
