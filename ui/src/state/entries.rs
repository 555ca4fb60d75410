//! The day view's entries and their form, as UI state. Form errors are kept per field so each
//! shows next to its input; the backend names the field (`start`, `end`, `minutes`).
//!
//! A row of the day view is edited by its [`EntryKey`]: one of the user's own entries, or an
//! attendance period that is only in Personio. The latter can be changed only while "Record my
//! time in Personio" is on (otherwise the next sync would take Personio's version back).

use super::Remote;
use crate::i18n::{duration_text, Lang};
use chrono::NaiveDate;
use std::rc::Rc;
use stint_model::duration;
use stint_model::{iso, EntrySource, IpcError, TimeEntryInput, TimeEntryView};
use yew::Reducible;

/// The add / edit form as typed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntryDraft {
    pub start: String,
    pub end: String,
    pub minutes: String,
    pub note: String,
}

impl EntryDraft {
    pub fn of(entry: &TimeEntryView) -> Self {
        let has_span = entry.start.is_some();
        EntryDraft {
            start: entry.start.map(iso::time_of_day).unwrap_or_default(),
            end: entry.end.map(iso::time_of_day).unwrap_or_default(),
            // A span books its own length unless a break was taken; show the duration only then.
            minutes: if has_span {
                String::new()
            } else {
                duration::hm(i64::from(entry.minutes))
            },
            note: entry.note.clone(),
        }
    }

    /// What the backend gets; a duration that does not read (by `stint_model::duration`, as
    /// everywhere: `1:30`, `1.5`, `90m`; a bare number is hours) is caught here, the message in
    /// `lang`. What an entry may be is the core's rule.
    pub fn to_input(&self, date: NaiveDate, lang: Lang) -> Result<TimeEntryInput, IpcError> {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        let minutes = match text(&self.minutes) {
            None => None,
            Some(m) => Some(
                duration::parse_unsigned(&m)
                    .map_err(|err| IpcError::invalid("minutes", duration_text(lang, &m, err)))?,
            ),
        };
        Ok(TimeEntryInput {
            date,
            start: text(&self.start),
            end: text(&self.end),
            minutes,
            note: self.note.trim().to_owned(),
        })
    }
}

/// Errors shown next to the form's fields; `other` above the form.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FieldErrors {
    pub start: Option<IpcError>,
    pub end: Option<IpcError>,
    pub minutes: Option<IpcError>,
    pub other: Option<IpcError>,
}

impl FieldErrors {
    pub fn of(err: IpcError) -> Self {
        let mut errors = FieldErrors::default();
        let slot = match err.field.as_deref() {
            Some("start") => &mut errors.start,
            Some("end") => &mut errors.end,
            Some("minutes") => &mut errors.minutes,
            _ => &mut errors.other,
        };
        *slot = Some(err);
        errors
    }
}

/// Which row of the day view an edit or a delete is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKey {
    /// One of the user's own entries, by Stint's id.
    Local(i64),
    /// An attendance period that is only in Personio, by Personio's id.
    Personio(String),
}

impl EntryKey {
    /// The key of `entry`'s row; `None` for a row that is neither of the above.
    pub fn of(entry: &TimeEntryView) -> Option<EntryKey> {
        match (entry.id, &entry.personio_id) {
            (Some(id), _) => Some(EntryKey::Local(id)),
            (None, Some(period)) if entry.source == EntrySource::Personio => {
                Some(EntryKey::Personio(period.clone()))
            }
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct EntriesState {
    pub entries: Remote<Vec<TimeEntryView>>,
    pub draft: EntryDraft,
    /// The row that shows the form instead of the add form.
    pub editing: Option<EntryKey>,
    /// "Record my time in Personio" is on: periods only in Personio can be changed too.
    pub recording: bool,
    pub errors: FieldErrors,
}

impl EntriesState {
    /// The key to edit and delete `entry` by: the user's own entries always, a period only in
    /// Personio while recording. `None`: the row is read-only.
    pub fn changeable(&self, entry: &TimeEntryView) -> Option<EntryKey> {
        EntryKey::of(entry).filter(|key| self.recording || matches!(key, EntryKey::Local(_)))
    }

    /// The loaded entry that can be changed by `key`.
    fn find(&self, key: &EntryKey) -> Option<&TimeEntryView> {
        let Remote::Ready(entries) = &self.entries else {
            return None;
        };
        entries
            .iter()
            .find(|e| self.changeable(e).as_ref() == Some(key))
    }

    /// Back to the empty add form.
    fn close_form(&mut self) {
        self.draft = EntryDraft::default();
        self.editing = None;
        self.errors = FieldErrors::default();
    }

    /// Closes the edit of a row that can no longer be changed (deleted, or recording went off).
    fn close_if_gone(&mut self) {
        if let Some(key) = &self.editing {
            if self.find(key).is_none() {
                self.close_form();
            }
        }
    }
}

#[derive(Debug)]
pub enum EntriesAction {
    Loaded(Result<Vec<TimeEntryView>, IpcError>),
    /// Whether "Record my time in Personio" is on, as the page knows it.
    Recording(bool),
    Edit(EntryDraft),
    /// Edit the row of this key (ignored for a row that cannot be changed).
    StartEdit(EntryKey),
    CancelEdit,
    /// An add, update or delete answered; on success the reload follows from the page. A
    /// failure keeps the form as typed.
    Saved(Result<(), IpcError>),
    /// A conflict was settled ("Use mine" / "Keep Personio's"): a failure shows above the add
    /// form, and what was typed there stays.
    Resolved(Result<(), IpcError>),
}

impl Reducible for EntriesState {
    type Action = EntriesAction;

    fn reduce(self: Rc<Self>, action: EntriesAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            EntriesAction::Loaded(Ok(entries)) => {
                next.entries = Remote::Ready(entries);
                next.close_if_gone();
            }
            EntriesAction::Loaded(Err(err)) => next.entries = Remote::Failed(err),
            EntriesAction::Recording(on) => {
                next.recording = on;
                next.close_if_gone();
            }
            EntriesAction::Edit(draft) => next.draft = draft,
            EntriesAction::StartEdit(key) => {
                let Some(entry) = self.find(&key) else {
                    return self;
                };
                next.draft = EntryDraft::of(entry);
                next.editing = Some(key);
                next.errors = FieldErrors::default();
            }
            EntriesAction::CancelEdit | EntriesAction::Saved(Ok(())) => next.close_form(),
            EntriesAction::Saved(Err(err)) => next.errors = FieldErrors::of(err),
            EntriesAction::Resolved(result) => next.errors.other = result.err(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::ErrorCode;

    fn draft(start: &str, end: &str, minutes: &str) -> EntryDraft {
        EntryDraft {
            start: start.into(),
            end: end.into(),
            minutes: minutes.into(),
            note: " x ".into(),
        }
    }

    #[test]
    fn drafts_become_inputs_and_bad_minutes_are_caught_at_the_field() {
        let date: NaiveDate = "2026-06-02".parse().expect("ISO date");
        let cases = [
            (draft("09:00", "10:30", ""), Ok((Some("09:00"), None))),
            (draft(" ", "", "45m"), Ok((None, Some(45)))),
            (draft(" ", "", "1:30"), Ok((None, Some(90)))),
            (draft("", "", "1.5"), Ok((None, Some(90)))),
            (draft("", "", "2"), Ok((None, Some(120)))),
            (draft("", "", "1h"), Ok((None, Some(60)))),
            (draft("", "", "-1h"), Err("minutes")),
            (draft("", "", "lots"), Err("minutes")),
        ];
        for (d, want) in cases {
            let got = d.to_input(date, Lang::En);
            match (&got, want) {
                (Ok(input), Ok((start, minutes))) => {
                    assert_eq!(
                        (input.start.as_deref(), input.minutes),
                        (start, minutes),
                        "{d:?}"
                    );
                    assert_eq!(input.note, "x", "{d:?}: the note is trimmed");
                }
                (Err(err), Err(field)) => assert_eq!(err.field.as_deref(), Some(field), "{d:?}"),
                _ => panic!("{d:?}: got {got:?}"),
            }
        }
    }

    fn entry(id: i64) -> TimeEntryView {
        TimeEntryView {
            id: Some(id),
            date: "2026-06-02".parse().expect("ISO date"),
            start: iso::parse_time_of_day("09:00"),
            end: iso::parse_time_of_day("10:30"),
            minutes: 90,
            note: "review".into(),
            source: EntrySource::Local,
            personio_id: None,
            personio_status: None,
            personio_message: None,
        }
    }

    #[test]
    fn errors_land_at_their_field_and_a_save_resets_the_form() {
        let cases = [
            (Some("end"), "end"),
            (Some("start"), "start"),
            (Some("minutes"), "minutes"),
            (Some("id"), "other"),
            (Some("record_in_personio"), "other"),
            (None, "other"),
        ];
        for (field, slot) in cases {
            let mut err = IpcError::new(ErrorCode::InvalidInput, "bad");
            err.field = field.map(str::to_owned);
            let s = Rc::new(EntriesState::default()).reduce(EntriesAction::Saved(Err(err)));
            let e = &s.errors;
            let got = [
                ("start", &e.start),
                ("end", &e.end),
                ("minutes", &e.minutes),
                ("other", &e.other),
            ]
            .into_iter()
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| k)
            .collect::<Vec<_>>();
            assert_eq!(got, vec![slot], "an error for {field:?} shows at {slot}");
        }
        let s = Rc::new(EntriesState::default())
            .reduce(EntriesAction::Loaded(Ok(vec![entry(7)])))
            .reduce(EntriesAction::StartEdit(EntryKey::Local(7)));
        assert_eq!(
            (s.editing.clone(), s.draft.start.as_str()),
            (Some(EntryKey::Local(7)), "09:00"),
            "edit fills the form"
        );
        let s = s.reduce(EntriesAction::Saved(Ok(())));
        assert_eq!(
            (s.editing.clone(), s.draft.clone()),
            (None, EntryDraft::default()),
            "saved: form empty"
        );
    }

    #[test]
    fn an_entry_deleted_while_edited_closes_its_form() {
        let s = Rc::new(EntriesState::default())
            .reduce(EntriesAction::Loaded(Ok(vec![entry(7)])))
            .reduce(EntriesAction::StartEdit(EntryKey::Local(7)))
            .reduce(EntriesAction::Loaded(Ok(vec![])));
        assert_eq!(s.editing, None, "no form for an entry that is gone");
    }

    #[test]
    fn a_failed_conflict_choice_is_shown_and_keeps_the_add_form_as_typed() {
        let typed = draft("09:00", "", "");
        let s = Rc::new(EntriesState::default())
            .reduce(EntriesAction::Edit(typed.clone()))
            .reduce(EntriesAction::Resolved(Err(IpcError::new(
                ErrorCode::Offline,
                "Personio could not be reached",
            ))));
        assert!(s.errors.other.is_some(), "the failure is shown");
        assert_eq!(s.draft, typed, "the add form keeps what was typed");
        let s = s.reduce(EntriesAction::Resolved(Ok(())));
        assert_eq!(s.errors.other, None, "settled: the message goes");
    }

    /// A period booked in Personio directly: no Stint id, Personio's id `p-1`.
    fn period() -> TimeEntryView {
        TimeEntryView {
            id: None,
            start: iso::parse_time_of_day("13:00"),
            end: iso::parse_time_of_day("15:00"),
            minutes: 120,
            note: "client call".into(),
            source: EntrySource::Personio,
            personio_id: Some("p-1".into()),
            ..entry(0)
        }
    }

    fn recording(on: bool) -> Rc<EntriesState> {
        Rc::new(EntriesState::default())
            .reduce(EntriesAction::Loaded(Ok(vec![entry(7), period()])))
            .reduce(EntriesAction::Recording(on))
    }

    #[test]
    fn own_entries_can_always_be_changed_and_personio_periods_only_while_recording() {
        let p1 = || Some(EntryKey::Personio("p-1".into()));
        let no_id = TimeEntryView {
            personio_id: None,
            ..period()
        };
        let cases = [
            (
                "own entry, recording off",
                entry(7),
                false,
                Some(EntryKey::Local(7)),
            ),
            (
                "own entry, recording on",
                entry(7),
                true,
                Some(EntryKey::Local(7)),
            ),
            ("Personio period, recording off", period(), false, None),
            ("Personio period, recording on", period(), true, p1()),
            ("no id on either side", no_id, true, None),
        ];
        for (why, e, on, want) in cases {
            let state = EntriesState {
                recording: on,
                ..EntriesState::default()
            };
            assert_eq!(state.changeable(&e), want, "{why}");
        }
    }

    #[test]
    fn a_personio_period_is_edited_in_the_same_form_while_recording() {
        let key = EntryKey::Personio("p-1".into());
        let s = recording(true).reduce(EntriesAction::StartEdit(key.clone()));
        assert_eq!(s.editing, Some(key.clone()), "its row shows the form");
        assert_eq!(
            (
                s.draft.start.as_str(),
                s.draft.end.as_str(),
                s.draft.note.as_str()
            ),
            ("13:00", "15:00", "client call"),
            "the form is filled with the period's start, end and note"
        );
        assert_eq!(s.draft.minutes, "", "a span books its own length");
        let s = s.reduce(EntriesAction::Saved(Ok(())));
        assert_eq!(
            (s.editing.clone(), s.draft.clone()),
            (None, EntryDraft::default()),
            "saved: the edit closes and the add form is empty"
        );
    }

    #[test]
    fn a_failed_personio_period_save_keeps_the_form_as_typed() {
        let key = EntryKey::Personio("p-1".into());
        let typed = EntryDraft {
            end: "16:00".into(),
            ..EntryDraft::of(&period())
        };
        let mut refused = IpcError::new(
            ErrorCode::InvalidInput,
            "Turn on “Record my time in Personio” first",
        );
        refused.field = Some("record_in_personio".into());
        let s = recording(true)
            .reduce(EntriesAction::StartEdit(key.clone()))
            .reduce(EntriesAction::Edit(typed.clone()))
            .reduce(EntriesAction::Saved(Err(refused.clone())));
        assert_eq!(s.editing, Some(key), "the period's form stays open");
        assert_eq!(s.draft, typed, "what was typed is kept");
        assert_eq!(
            s.errors.other,
            Some(refused),
            "the refusal shows in the form"
        );
    }

    #[test]
    fn a_personio_period_is_read_only_while_recording_is_off() {
        let key = EntryKey::Personio("p-1".into());
        let s = recording(false).reduce(EntriesAction::StartEdit(key.clone()));
        assert_eq!(s.editing, None, "no form for a period Stint may not change");
        let s = recording(true)
            .reduce(EntriesAction::StartEdit(key))
            .reduce(EntriesAction::Recording(false));
        assert_eq!(
            (s.editing.clone(), s.draft.clone()),
            (None, EntryDraft::default()),
            "recording turned off: the period's form closes"
        );
        let s = recording(true)
            .reduce(EntriesAction::StartEdit(EntryKey::Local(7)))
            .reduce(EntriesAction::Recording(false));
        assert_eq!(
            s.editing,
            Some(EntryKey::Local(7)),
            "the user's own entry stays in its form"
        );
    }
}
