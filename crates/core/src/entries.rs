//! Time entries: the one rule for what an entry is, used by the app's day view, `stint-cli
//! entries` and the timer alike, so add and edit — here or there — can never disagree.
//!
//! An entry is given as a start and an end (local times of day on its date), a start and
//! minutes, or minutes only:
//! - an end **at or before** the start means the next day: 22:00–02:00 is 4 h, split at
//!   midnight for the day plan (`day_plan::minutes_per_day`);
//! - minutes with a start and an end book less than the span (a break), never more;
//! - minutes only are stored from midnight with no end, and listed without times;
//! - no entry is longer than 24 h or shorter than a minute;
//! - a note is at most 2000 characters once trimmed (the timer's note too): a sentence or a
//!   list, not a pasted document that every list and export would then carry.

use crate::{attendance_entries, recording, CoreError, Stint};
use chrono::{Duration, NaiveDate, NaiveTime};
use stint_model::{iso, EntrySource, TimeEntryInput, TimeEntryView};
use stint_store::{EntryPeriod, NewTimeEntry, OutboxItem, Store, StoreError, TimeEntry};

/// The longest entry: 24 h.
pub const MAX_ENTRY_MINUTES: u32 = 24 * 60;

/// The longest note, in characters after trimming.
pub const MAX_NOTE_CHARS: usize = 2000;

/// The note rule for entries and the timer: at most [`MAX_NOTE_CHARS`] characters once
/// trimmed (characters, not bytes: `ä` counts once).
pub(crate) fn check_note(note: &str) -> Result<(), CoreError> {
    let chars = note.trim().chars().count();
    if chars > MAX_NOTE_CHARS {
        return Err(CoreError::invalid(
            "note",
            format!("Note is longer than {MAX_NOTE_CHARS} characters (it has {chars}): shorten it"),
        ));
    }
    Ok(())
}

/// The input as an entry to store, after [`check_entry`]; errors name the form field.
pub(crate) fn new_entry(input: &TimeEntryInput) -> Result<NewTimeEntry, CoreError> {
    let start = time("start", input.start.as_deref())?;
    let end = time("end", input.end.as_deref())?;
    check_note(&input.note)?;
    let note = input.note.trim().to_owned();
    let at = |t: NaiveTime| input.date.and_time(t);
    let entry = match (start, end, input.minutes) {
        (Some(start), Some(end), minutes) => {
            let start = at(start);
            let mut end = at(end);
            if end <= start {
                end += Duration::days(1);
            }
            let span = u32::try_from((end - start).num_minutes()).unwrap_or(u32::MAX);
            NewTimeEntry {
                start,
                end: Some(end),
                minutes: minutes.unwrap_or(span),
                note,
            }
        }
        (Some(start), None, Some(minutes)) => {
            check_minutes(minutes)?;
            NewTimeEntry {
                start: at(start),
                end: Some(at(start) + Duration::minutes(i64::from(minutes))),
                minutes,
                note,
            }
        }
        (None, None, Some(minutes)) => NewTimeEntry {
            start: at(NaiveTime::MIN),
            end: None,
            minutes,
            note,
        },
        (None, Some(_), _) => {
            return Err(CoreError::invalid(
                "start",
                "An end needs a start: give both, or only the minutes worked",
            ))
        }
        (_, None, None) => {
            return Err(CoreError::invalid(
                "minutes",
                "Give a start and an end, or the minutes worked",
            ))
        }
    };
    check_entry(&entry)?;
    Ok(entry)
}

fn check_minutes(minutes: u32) -> Result<(), CoreError> {
    if minutes == 0 || minutes > MAX_ENTRY_MINUTES {
        return Err(CoreError::invalid(
            "minutes",
            format!("{minutes} minutes is not a working time (1 to 1440, at most 24 h)"),
        ));
    }
    Ok(())
}

/// What every stored entry satisfies, checked before the store sees it so the error names the
/// form field: 1 to 1440 minutes, an end after the start and at most 24 h later, and no more
/// minutes than the span.
pub(crate) fn check_entry(entry: &NewTimeEntry) -> Result<(), CoreError> {
    check_minutes(entry.minutes)?;
    let Some(end) = entry.end else {
        return Ok(());
    };
    if end <= entry.start {
        return Err(CoreError::invalid(
            "end",
            format!(
                "The entry ends at {}, not after it starts at {}",
                iso::date_time(end),
                iso::date_time(entry.start)
            ),
        ));
    }
    if end - entry.start > Duration::hours(24) {
        return Err(CoreError::invalid(
            "end",
            "An entry can be at most 24 h long",
        ));
    }
    // Rounded up like the store does: a span of 59.5 minutes may book 60.
    let span = ((end - entry.start).num_seconds() + 59) / 60;
    if i64::from(entry.minutes) > span {
        return Err(CoreError::invalid(
            "minutes",
            format!(
                "{} minutes do not fit between {} and {} ({span} minutes); book fewer or widen the span",
                entry.minutes,
                iso::time_of_day(entry.start.time()),
                iso::time_of_day(end.time())
            ),
        ));
    }
    Ok(())
}

/// `9:05` or `09:05` → a time; empty → none.
fn time(field: &'static str, text: Option<&str>) -> Result<Option<NaiveTime>, CoreError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    iso::parse_time_of_day(text).map(Some).ok_or_else(|| {
        CoreError::invalid(
            field,
            format!("`{text}` is not a time of day: write it as HH:MM, e.g. 09:30"),
        )
    })
}

/// Entry `id` as listed, read back from the store (what was really saved).
fn stored(store: &Store, id: i64, recording: bool) -> Result<TimeEntryView, CoreError> {
    let entry = store.time_entry(id)?.ok_or(StoreError::NotFound {
        table: "time_entries",
        id,
    })?;
    let links = store.entry_periods()?;
    let pending = store.outbox_item(id)?;
    Ok(view(&entry, &links, pending.as_ref(), recording))
}

/// Whether entry `id` has periods in Personio: its changes go there even while recording is
/// off, or the next sync would take Personio's older version back.
fn in_personio(store: &Store, id: i64) -> Result<bool, CoreError> {
    Ok(store.entry_periods()?.iter().any(|l| l.entry_id == id))
}

/// One of the user's entries as listed, with where it stands in Personio.
pub(crate) fn view(
    entry: &TimeEntry,
    links: &[EntryPeriod],
    pending: Option<&OutboxItem>,
    recording: bool,
) -> TimeEntryView {
    let (personio_id, personio_status, personio_message) =
        recording::entry_state(entry, links, pending, recording);
    TimeEntryView {
        id: Some(entry.id),
        date: entry.start.date(),
        start: entry.end.map(|_| entry.start.time()),
        end: entry.end.map(|end| end.time()),
        minutes: entry.minutes,
        note: entry.note.clone(),
        source: EntrySource::Local,
        personio_id,
        personio_status,
        personio_message,
    }
}

impl Stint {
    /// The entries starting on a day in `from..=to`: the user's own and the attendance periods
    /// read from Personio, by start.
    pub fn time_entries(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<TimeEntryView>, CoreError> {
        let recording = recording::is_on(&self.settings());
        let store = self.reader();
        let links = store.entry_periods()?;
        let outbox = store.outbox()?;
        let mut entries: Vec<TimeEntryView> = store
            .time_entries_between(from, to)?
            .iter()
            .map(|e| {
                let pending = outbox.iter().find(|i| i.entry_id == e.id);
                view(e, &links, pending, recording)
            })
            .collect();
        let periods = store.personio_attendances_between(from, to)?;
        // The user's entries' periods and the running timer's are not listed a second time.
        let linked = store.linked_period_ids()?;
        drop(store);
        entries
            .extend(attendance_entries::own_work(&periods, &linked).map(attendance_entries::view));
        attendance_entries::sort(&mut entries);
        Ok(entries)
    }

    /// Entry `id` as listed.
    pub(crate) fn time_entry_view(&self, id: i64) -> Result<TimeEntryView, CoreError> {
        let recording = recording::is_on(&self.settings());
        stored(&self.reader(), id, recording)
    }

    /// Adds an entry (see the module docs for what one may be).
    pub fn add_time_entry(&self, input: &TimeEntryInput) -> Result<TimeEntryView, CoreError> {
        let entry = new_entry(input)?;
        self.book(&entry)
    }

    /// Stores a checked entry and answers it as listed.
    pub(crate) fn book(&self, entry: &NewTimeEntry) -> Result<TimeEntryView, CoreError> {
        let now = self.clock.now().to_utc();
        let recording = recording::is_on(&self.settings());
        let mut store = self.store();
        let id = if recording {
            store.add_time_entry_and_queue(entry, now)?
        } else {
            store.add_time_entry(entry, now)?
        };
        stored(&store, id, recording)
    }

    /// Overwrites entry `id` after the same checks as [`Stint::add_time_entry`].
    pub fn update_time_entry(
        &self,
        id: i64,
        input: &TimeEntryInput,
    ) -> Result<TimeEntryView, CoreError> {
        let entry = new_entry(input)?;
        let now = self.clock.now().to_utc();
        let recording = recording::is_on(&self.settings());
        let mut store = self.store();
        if store.time_entry(id)?.is_none() {
            return Err(CoreError::invalid(
                "id",
                format!("There is no time entry #{id}; it may have been deleted — reload"),
            ));
        }
        if recording || in_personio(&store, id)? {
            store.update_time_entry_and_queue(id, &entry, now)?;
        } else {
            store.update_time_entry(id, &entry, now)?;
        }
        stored(&store, id, recording)
    }

    /// Deletes entry `id`; while recording, its periods in Personio go with it (queued).
    pub fn delete_time_entry(&self, id: i64) -> Result<(), CoreError> {
        let now = self.clock.now().to_utc();
        let recording = recording::is_on(&self.settings());
        let mut store = self.store();
        if recording || in_personio(&store, id)? {
            store.delete_time_entry_and_queue(id, now)?;
        } else {
            store.delete_time_entry(id)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(start: &str, end: &str, minutes: Option<u32>) -> TimeEntryInput {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        TimeEntryInput {
            date: iso::parse_date("2026-06-01").expect("ISO date"),
            start: opt(start),
            end: opt(end),
            minutes,
            note: " review ".into(),
        }
    }

    /// (start, end as `day+HH:MM`, minutes) of what is stored, or the field an error marks.
    type Want = Result<(&'static str, Option<&'static str>, u32), &'static str>;

    #[test]
    fn the_one_entry_rule_for_app_cli_and_timer() {
        let cases: [(&str, &str, Option<u32>, Want); 17] = [
            ("09:00", "10:30", None, Ok(("09:00", Some("0+10:30"), 90))),
            (
                "9:00",
                "10:30",
                Some(60),
                Ok(("09:00", Some("0+10:30"), 60)),
            ),
            ("22:00", "02:00", None, Ok(("22:00", Some("1+02:00"), 240))),
            (
                "22:00",
                "02:00",
                Some(210),
                Ok(("22:00", Some("1+02:00"), 210)),
            ),
            ("09:00", "09:00", None, Ok(("09:00", Some("1+09:00"), 1440))),
            ("10:00", "09:00", None, Ok(("10:00", Some("1+09:00"), 1380))),
            ("09:00", "", Some(45), Ok(("09:00", Some("0+09:45"), 45))),
            ("23:30", "", Some(60), Ok(("23:30", Some("1+00:30"), 60))),
            ("", "", Some(30), Ok(("00:00", None, 30))),
            ("09:00", "10:00", Some(61), Err("minutes")),
            ("", "", Some(0), Err("minutes")),
            ("", "", Some(1441), Err("minutes")),
            ("09:00", "", Some(1441), Err("minutes")),
            ("", "10:00", None, Err("start")),
            ("", "", None, Err("minutes")),
            ("9h", "10:00", None, Err("start")),
            ("09:00", "25:00", None, Err("end")),
        ];
        for (start, end, minutes, want) in cases {
            let got = new_entry(&input(start, end, minutes)).map(|e| {
                let end = e.end.map(|t| {
                    let day = (t.date() - e.start.date()).num_days();
                    format!("{day}+{}", iso::time_of_day(t.time()))
                });
                (iso::time_of_day(e.start.time()), end, e.minutes)
            });
            match (got, want) {
                (Ok((s, e, m)), Ok((ws, we, wm))) => assert_eq!(
                    (s.as_str(), e.as_deref(), m),
                    (ws, we, wm),
                    "{start}–{end} {minutes:?} is stored like this"
                ),
                (Err(CoreError::Invalid { field, .. }), Err(wf)) => {
                    assert_eq!(field, wf, "{start}–{end} {minutes:?} marks this field")
                }
                (got, want) => panic!("{start}–{end} {minutes:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn the_note_is_trimmed() {
        let entry = new_entry(&input("09:00", "10:00", None)).expect("a valid span");
        assert_eq!(entry.note, "review", "blanks around a note are not kept");
    }

    #[test]
    fn a_note_is_at_most_2000_characters() {
        let with_note = |note: String| TimeEntryInput {
            note,
            ..input("09:00", "10:00", None)
        };
        for (note, ok, why) in [
            ("x".repeat(2000), true, "2000 characters are allowed"),
            (
                format!("  {}\n", "x".repeat(2000)),
                true,
                "blanks around are not counted",
            ),
            ("ä".repeat(2000), true, "characters are counted, not bytes"),
            ("x".repeat(2001), false, "2001 characters are one too many"),
            ("€".repeat(100_000), false, "a pasted document is refused"),
        ] {
            match new_entry(&with_note(note)) {
                Ok(_) => assert!(ok, "{why}"),
                Err(CoreError::Invalid { field, message }) => {
                    assert!(!ok, "{why}: {message}");
                    assert_eq!(field, "note", "the note field is marked");
                    assert!(
                        message.starts_with("Note is longer than 2000 characters"),
                        "names the field and its limit: {message}"
                    );
                }
                Err(other) => panic!("{why}: not an input error: {other:?}"),
            }
        }
    }

    #[test]
    fn a_stored_entry_over_24_hours_is_refused() {
        let start = iso::parse_date_time("2026-06-01T09:00:00").expect("a time");
        let entry = NewTimeEntry {
            start,
            end: Some(start + Duration::minutes(24 * 60 + 1)),
            minutes: 60,
            note: String::new(),
        };
        assert!(
            matches!(
                check_entry(&entry),
                Err(CoreError::Invalid { field: "end", .. })
            ),
            "24:01 is too long for one entry"
        );
    }
}
