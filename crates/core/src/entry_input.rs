//! Time entries as the day view's form sends and lists them: `HH:MM` strings on one date.
//!
//! The form may give a start and an end, a start and minutes, or minutes only. An entry given
//! as minutes only is stored from midnight with no end, and listed without times. An end at or
//! before the start is an error (for a night shift, add one entry per day).

use crate::{CoreError, Stint};
use chrono::{Duration, NaiveDate, NaiveTime};
use stint_model::{TimeEntryInput, TimeEntryView};
use stint_store::{NewTimeEntry, TimeEntry};

impl Stint {
    /// The entries starting on a day in `from..=to`, as the day view lists them.
    pub fn time_entry_views(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<TimeEntryView>, CoreError> {
        Ok(self.time_entries(from, to)?.iter().map(view).collect())
    }

    pub fn add_time_entry_input(&self, input: &TimeEntryInput) -> Result<i64, CoreError> {
        self.add_time_entry(&new_entry(input)?)
    }

    pub fn update_time_entry_input(
        &self,
        id: i64,
        input: &TimeEntryInput,
    ) -> Result<(), CoreError> {
        self.update_time_entry(id, &new_entry(input)?)
    }
}

/// The form's input as an entry to store; errors name the form field.
pub fn new_entry(input: &TimeEntryInput) -> Result<NewTimeEntry, CoreError> {
    let start = time("start", input.start.as_deref())?;
    let end = time("end", input.end.as_deref())?;
    let note = input.note.trim().to_owned();
    let at = |t: NaiveTime| input.date.and_time(t);
    let entry = match (start, end, input.minutes) {
        (Some(start), Some(end), minutes) => {
            if end <= start {
                return Err(CoreError::invalid(
                    "end",
                    format!(
                        "The end {} is not after the start {}; for work past midnight add one \
                         entry per day",
                        end.format("%H:%M"),
                        start.format("%H:%M")
                    ),
                ));
            }
            let span = u32::try_from((end - start).num_minutes()).unwrap_or(u32::MAX);
            NewTimeEntry {
                start: at(start),
                end: Some(at(end)),
                minutes: minutes.unwrap_or(span),
                note,
            }
        }
        (Some(start), None, Some(minutes)) => NewTimeEntry {
            start: at(start),
            end: Some(at(start) + Duration::minutes(i64::from(minutes))),
            minutes,
            note,
        },
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
    Ok(entry)
}

/// `9:05` or `09:05` → a time; empty → none.
fn time(field: &'static str, text: Option<&str>) -> Result<Option<NaiveTime>, CoreError> {
    let Some(text) = text.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    NaiveTime::parse_from_str(text, "%H:%M")
        .map(Some)
        .map_err(|_| {
            CoreError::invalid(
                field,
                format!("`{text}` is not a time of day: write it as HH:MM, e.g. 09:30"),
            )
        })
}

fn view(entry: &TimeEntry) -> TimeEntryView {
    let hm = |t: chrono::NaiveDateTime| t.format("%H:%M").to_string();
    TimeEntryView {
        id: entry.id,
        date: entry.start.date(),
        start: entry.end.map(|_| hm(entry.start)),
        end: entry.end.map(hm),
        minutes: entry.minutes,
        note: entry.note.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(start: &str, end: &str, minutes: Option<u32>) -> TimeEntryInput {
        let opt = |s: &str| (!s.is_empty()).then(|| s.to_owned());
        TimeEntryInput {
            date: "2026-06-01".parse().expect("ISO date"),
            start: opt(start),
            end: opt(end),
            minutes,
            note: " review ".into(),
        }
    }

    #[test]
    fn the_form_gives_a_span_a_start_and_minutes_or_minutes_only() {
        let cases = [
            ("09:00", "10:30", None, Ok((Some("09:00"), 90))),
            ("9:00", "10:30", Some(60), Ok((Some("09:00"), 60))),
            ("09:00", "", Some(45), Ok((Some("09:00"), 45))),
            ("", "", Some(30), Ok((None, 30))),
            ("10:00", "09:00", None, Err("end")),
            ("09:00", "09:00", None, Err("end")),
            ("", "10:00", None, Err("start")),
            ("", "", None, Err("minutes")),
            ("9h", "10:00", None, Err("start")),
            ("09:00", "25:00", None, Err("end")),
        ];
        for (start, end, minutes, want) in cases {
            let got = new_entry(&input(start, end, minutes)).map(|e| {
                let start = e.end.map(|_| e.start.format("%H:%M").to_string());
                (start, e.minutes)
            });
            match (got, want) {
                (Ok((s, m)), Ok((ws, wm))) => assert_eq!(
                    (s.as_deref(), m),
                    (ws, wm),
                    "{start}–{end} {minutes:?} books these minutes"
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
}
