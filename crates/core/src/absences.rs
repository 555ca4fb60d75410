//! Absences: the user's own (typed in Settings or with `stint-cli absences`, refused while
//! Personio is connected) and how any absence type is grouped for the legend.
//!
//! A new absence is checked here, once for the app and the CLI: a type name of 1 to 100
//! characters, an end not before the start, and a one-day absence half on at most one end
//! (half on both would be no day at all, or the whole day said twice).

use crate::{CoreError, Stint};
use chrono::NaiveDate;
use stint_model::{
    AbsenceCategory, AbsenceId, AbsencePeriod, AbsenceStatus, AbsenceTimes, ManualAbsenceInput,
    ManualAbsenceView, Source,
};
use stint_store::{ManualAbsence, NewManualAbsence, Store};

/// The legend's group of an absence type, from Personio's category or else the type's name
/// (which is often German).
pub fn category_of(category: Option<&str>, type_name: &str) -> AbsenceCategory {
    let text = format!("{} {}", category.unwrap_or_default(), type_name).to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["vacation", "urlaub", "holiday"]) && !has(&["sonderurlaub"]) {
        AbsenceCategory::Vacation
    } else if has(&["sick", "krank"]) {
        AbsenceCategory::Sick
    } else if has(&["sonderurlaub", "parental", "eltern", "personal", "special"]) {
        AbsenceCategory::Personal
    } else {
        AbsenceCategory::Other
    }
}

/// The absence periods that touch `from..=to`, whole: Personio's while `connected`, the user's
/// own otherwise. What the timeline counts and what the exports list, read one way.
pub(crate) fn periods_between(
    store: &Store,
    connected: bool,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<AbsencePeriod>, CoreError> {
    Ok(if connected {
        store
            .personio_absences_between(from, to)?
            .into_iter()
            .map(|a| AbsencePeriod {
                id: AbsenceId::Personio(a.source_id),
                category: category_of(a.category.as_deref(), &a.type_name),
                type_name: a.type_name,
                status: AbsenceStatus::from_personio(&a.status),
                source: Source::Personio,
                start: a.start,
                end: a.end,
                half_day_start: a.half_day_start,
                half_day_end: a.half_day_end,
                minutes_by_day: a.minutes_by_day,
                times: a.times.map(|t| AbsenceTimes {
                    start: t.start,
                    end: t.end,
                }),
            })
            .collect()
    } else {
        store
            .manual_absences()?
            .into_iter()
            .filter(|a| a.start <= to && a.end >= from)
            .map(|a| AbsencePeriod {
                id: AbsenceId::Manual(a.id),
                category: category_of(a.category.as_deref(), &a.type_name),
                type_name: a.type_name,
                status: AbsenceStatus::Approved,
                source: Source::Manual,
                start: a.start,
                end: a.end,
                half_day_start: a.half_day_start,
                half_day_end: a.half_day_end,
                minutes_by_day: Vec::new(),
                // The user's own absences are whole or half days, never hours.
                times: None,
            })
            .collect()
    })
}

/// The longest absence type name, in characters after trimming.
pub const MAX_TYPE_NAME_CHARS: usize = 100;

/// Checks and trims a new absence; errors name the form field.
fn new_absence(input: &ManualAbsenceInput) -> Result<NewManualAbsence, CoreError> {
    let type_name = input.type_name.trim();
    if type_name.is_empty() {
        return Err(CoreError::invalid(
            "type",
            "Absence type is empty: name it, e.g. Urlaub",
        ));
    }
    if type_name.chars().count() > MAX_TYPE_NAME_CHARS {
        return Err(CoreError::invalid(
            "type",
            format!(
                "Absence type is longer than {MAX_TYPE_NAME_CHARS} characters: name it \
                 briefly, e.g. Urlaub"
            ),
        ));
    }
    if input.to < input.from {
        return Err(CoreError::invalid(
            "to",
            format!(
                "The absence ends {} before it starts {}",
                input.to, input.from
            ),
        ));
    }
    if input.from == input.to && input.half_day_start && input.half_day_end {
        return Err(CoreError::invalid(
            "halfDay",
            "A one-day absence cannot be half on both ends: mark one half day, or neither for \
             the whole day",
        ));
    }
    Ok(NewManualAbsence {
        type_name: type_name.to_owned(),
        category: None,
        start: input.from,
        end: input.to,
        half_day_start: input.half_day_start,
        half_day_end: input.half_day_end,
    })
}

pub(crate) fn view(absence: ManualAbsence) -> ManualAbsenceView {
    ManualAbsenceView {
        id: absence.id,
        type_name: absence.type_name,
        from: absence.start,
        to: absence.end,
        half_day_start: absence.half_day_start,
        half_day_end: absence.half_day_end,
    }
}

impl Stint {
    /// The user's own absences.
    pub fn manual_absences(&self) -> Result<Vec<ManualAbsenceView>, CoreError> {
        Ok(self
            .reader()
            .manual_absences()?
            .into_iter()
            .map(view)
            .collect())
    }

    /// Adds one of the user's own absences (refused while Personio is connected).
    pub fn add_manual_absence(
        &self,
        input: &ManualAbsenceInput,
    ) -> Result<ManualAbsenceView, CoreError> {
        self.ensure_unlocked("Absences")?;
        let absence = new_absence(input)?;
        let now = self.clock.now().to_utc();
        let id = self.store().add_manual_absence(&absence, now)?;
        Ok(ManualAbsenceView {
            id,
            type_name: absence.type_name,
            from: absence.start,
            to: absence.end,
            half_day_start: absence.half_day_start,
            half_day_end: absence.half_day_end,
        })
    }

    /// Deletes one of the user's own absences (refused while Personio is connected).
    pub fn delete_manual_absence(&self, id: i64) -> Result<(), CoreError> {
        self.ensure_unlocked("Absences")?;
        Ok(self.store().delete_manual_absence(id)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn categories_come_from_personio_or_german_and_english_names() {
        use AbsenceCategory::*;
        for (category, name, expected) in [
            (Some("paid_vacation"), "Urlaub", Vacation),
            (None, "Urlaub", Vacation),
            (Some("sick_leave"), "Krankheit", Sick),
            (None, "Krankheit", Sick),
            (None, "Sonderurlaub", Personal),
            (Some("parental_leave"), "Elternzeit", Personal),
            (None, "Überstundenabbau", Other),
            (None, "Arzttermin", Other),
            (Some("paid_vacation"), "Paid Vacation", Vacation),
        ] {
            assert_eq!(
                category_of(category, name),
                expected,
                "{name} / {category:?}"
            );
        }
    }

    #[test]
    fn a_new_absence_is_trimmed_and_checked_field_by_field() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 8, d).expect("a real date");
        let input = |name: &str, from, to| ManualAbsenceInput {
            type_name: name.into(),
            from: day(from),
            to: day(to),
            half_day_start: false,
            half_day_end: true,
        };
        let ok = new_absence(&input(" Urlaub ", 3, 7)).expect("a plain week off");
        assert_eq!(
            ok.type_name, "Urlaub",
            "blanks around the type are not kept"
        );
        assert!(ok.half_day_end, "the half day is kept");
        for (bad, field) in [(input("  ", 3, 7), "type"), (input("Urlaub", 7, 3), "to")] {
            match new_absence(&bad) {
                Err(CoreError::Invalid { field: got, .. }) => assert_eq!(got, field),
                other => panic!("{bad:?} must be refused on {field}, got {other:?}"),
            }
        }
    }

    #[test]
    fn bad_absences_are_refused_in_clear_words() {
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 8, d).expect("a real date");
        let absence = |name: &str, from, to, start, end| ManualAbsenceInput {
            type_name: name.into(),
            from: day(from),
            to: day(to),
            half_day_start: start,
            half_day_end: end,
        };
        let long = "Ü".repeat(101);
        let both_halves = "A one-day absence cannot be half on both ends: mark one half day, \
                           or neither for the whole day";
        for (input, want) in [
            (
                absence("Urlaub", 3, 3, true, true),
                Err(("halfDay", both_halves)),
            ),
            (absence("Urlaub", 3, 3, true, false), Ok("a morning off")),
            (absence("Urlaub", 3, 3, false, true), Ok("an afternoon off")),
            (absence("Urlaub", 3, 3, false, false), Ok("a whole day off")),
            (
                absence("Urlaub", 3, 4, true, true),
                Ok("two half days over two days"),
            ),
            (
                absence(&long, 3, 3, false, false),
                Err(("type", "Absence type is longer than 100 characters")),
            ),
            (
                absence(&"Ü".repeat(100), 3, 3, false, false),
                Ok("100 characters, not bytes"),
            ),
            (
                absence(&format!(" {} ", "x".repeat(100)), 3, 3, false, false),
                Ok("blanks not counted"),
            ),
        ] {
            match (new_absence(&input), want) {
                (Ok(_), Ok(_)) => {}
                (Err(CoreError::Invalid { field, message }), Err((want_field, words))) => {
                    assert_eq!(field, want_field, "the form marks this field: {message}");
                    assert!(
                        message.starts_with(words),
                        "names the rule and its limit: {message}"
                    );
                }
                (got, want) => panic!("{input:?}: got {got:?}, want {want:?}"),
            }
        }
    }
}
