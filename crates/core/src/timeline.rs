//! The timeline use case: the day plans of a date range from what is stored — the weekly hours
//! in force, the holiday region, Personio's and the user's absences, and the time entries.
//!
//! Also the user's time entries (add, update, list, delete), validated by one function,
//! [`check_entry`], before they reach the store, so add and edit can never disagree.

use crate::day_plan::{self, AbsenceSpan, EntrySpan, PlanInputs, Source};
use crate::holidays::HolidayRegion;
use crate::{CoreError, Settings, Stint};
use chrono::{Duration, NaiveDate};
use std::collections::BTreeMap;
use stint_model::Timeline;
use stint_store::{NewTimeEntry, TimeEntry};

/// The longest range one timeline request may cover (three years).
pub const MAX_TIMELINE_DAYS: i64 = 3 * 366;

/// A category for colours and the legend, from Personio's category or else the type's name
/// (which is often German).
pub fn category_of(category: Option<&str>, type_name: &str) -> &'static str {
    let text = format!("{} {}", category.unwrap_or_default(), type_name).to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["vacation", "urlaub", "holiday"]) && !has(&["sonderurlaub"]) {
        "vacation"
    } else if has(&["sick", "krank"]) {
        "sick"
    } else if has(&["sonderurlaub", "parental", "eltern", "personal", "special"]) {
        "personal"
    } else {
        "other"
    }
}

/// The inputs of day plans, owned, so callers can borrow them as [`PlanInputs`].
pub(crate) struct PlanData {
    region: HolidayRegion,
    weekly: [u32; 7],
    absences: Vec<AbsenceSpan>,
    tracked: BTreeMap<NaiveDate, u32>,
}

impl PlanData {
    /// The holiday lookup of the region in force.
    pub(crate) fn holiday(&self) -> impl Fn(NaiveDate) -> Option<String> {
        let region = self.region.clone();
        move |date| region.holiday_on(date)
    }

    pub(crate) fn inputs<'a>(
        &'a self,
        holiday: &'a dyn Fn(NaiveDate) -> Option<String>,
    ) -> PlanInputs<'a> {
        PlanInputs {
            weekly: self.weekly,
            holiday,
            absences: &self.absences,
            tracked: &self.tracked,
        }
    }
}

impl Stint {
    /// The day plans of `from..=to`.
    pub fn timeline(&self, from: NaiveDate, to: NaiveDate) -> Result<Timeline, CoreError> {
        if to < from {
            return Err(CoreError::invalid(
                "to",
                format!("The range ends {to}, before it starts {from}"),
            ));
        }
        if (to - from).num_days() >= MAX_TIMELINE_DAYS {
            return Err(CoreError::invalid(
                "to",
                format!("The range {from} … {to} is longer than three years; ask for less"),
            ));
        }
        let data = self.plan_data(&self.settings(), from, to)?;
        let holiday = data.holiday();
        let inputs = data.inputs(&holiday);
        let days = day_plan::plan_range(from, to, &inputs);
        let totals = day_plan::totals(&days);
        Ok(Timeline { days, totals })
    }

    /// What the day plans of `from..=to` are computed from under `settings`, read from the
    /// store in one go. Shared by the timeline and the running balance so both count the same
    /// way.
    pub(crate) fn plan_data(
        &self,
        settings: &Settings,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<PlanData, CoreError> {
        let region = settings.holiday_region.clone();
        let connected = settings.personio.is_some();
        let store = self.store();
        let weekly = match (connected, store.personio_schedule()?) {
            (true, Some(schedule)) => schedule.minutes.0,
            _ => store.manual_weekly_minutes()?.0,
        };
        let mut absences: Vec<AbsenceSpan> = if connected {
            store
                .personio_absences_between(from, to)?
                .into_iter()
                .map(|a| AbsenceSpan {
                    category: category_of(a.category.as_deref(), &a.type_name).to_owned(),
                    type_name: a.type_name,
                    status: a.status,
                    source: Source::Personio,
                    start: a.start,
                    end: a.end,
                    half_day_start: a.half_day_start,
                    half_day_end: a.half_day_end,
                    minutes_by_day: a.minutes_by_day,
                })
                .collect()
        } else {
            Vec::new()
        };
        if !connected {
            absences.extend(
                store
                    .manual_absences()?
                    .into_iter()
                    .filter(|a| a.start <= to && a.end >= from)
                    .map(|a| AbsenceSpan {
                        category: category_of(a.category.as_deref(), &a.type_name).to_owned(),
                        type_name: a.type_name,
                        status: "approved".into(),
                        source: Source::Manual,
                        start: a.start,
                        end: a.end,
                        half_day_start: a.half_day_start,
                        half_day_end: a.half_day_end,
                        minutes_by_day: Vec::new(),
                    }),
            );
        }
        // Entries that start the day before may reach into the range across midnight.
        let entries: Vec<EntrySpan> = store
            .time_entries_between(from - Duration::days(1), to)?
            .into_iter()
            .map(|e| EntrySpan {
                start: e.start,
                end: e.end,
                minutes: e.minutes,
            })
            .collect();
        drop(store);
        Ok(PlanData {
            region,
            weekly,
            absences,
            tracked: day_plan::minutes_per_day(&entries),
        })
    }

    /// Adds a time entry after checking it (see [`check_entry`]).
    pub fn add_time_entry(&self, entry: &NewTimeEntry) -> Result<i64, CoreError> {
        check_entry(entry)?;
        let now = self.clock.now().to_utc();
        Ok(self.store().add_time_entry(entry, now)?)
    }

    /// Overwrites entry `id` after the same checks as [`Stint::add_time_entry`].
    pub fn update_time_entry(&self, id: i64, entry: &NewTimeEntry) -> Result<(), CoreError> {
        check_entry(entry)?;
        let now = self.clock.now().to_utc();
        let mut store = self.store();
        if store.time_entry(id)?.is_none() {
            return Err(CoreError::invalid(
                "id",
                format!("There is no time entry #{id}; it may have been deleted — reload"),
            ));
        }
        Ok(store.update_time_entry(id, entry, now)?)
    }

    pub fn time_entries(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<TimeEntry>, CoreError> {
        Ok(self.store().time_entries_between(from, to)?)
    }

    pub fn delete_time_entry(&self, id: i64) -> Result<(), CoreError> {
        Ok(self.store().delete_time_entry(id)?)
    }
}

/// What every stored entry satisfies, checked before the store sees it so the error names the
/// form field: end after start, at most 24 h, 1 to 1440 minutes, no more minutes than the span.
pub fn check_entry(entry: &NewTimeEntry) -> Result<(), CoreError> {
    if entry.minutes == 0 || entry.minutes > 24 * 60 {
        return Err(CoreError::invalid(
            "minutes",
            format!(
                "{} minutes is not a working time (1 to 1440)",
                entry.minutes
            ),
        ));
    }
    let Some(end) = entry.end else {
        return Ok(());
    };
    if end <= entry.start {
        return Err(CoreError::invalid(
            "end",
            format!(
                "The entry ends at {end}, not after it starts at {}",
                entry.start
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
                entry.start.format("%H:%M"),
                end.format("%H:%M")
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::category_of;

    #[test]
    fn categories_come_from_personio_or_german_and_english_names() {
        for (category, name, expected) in [
            (Some("paid_vacation"), "Urlaub", "vacation"),
            (None, "Urlaub", "vacation"),
            (Some("sick_leave"), "Krankheit", "sick"),
            (None, "Krankheit", "sick"),
            (None, "Sonderurlaub", "personal"),
            (Some("parental_leave"), "Elternzeit", "personal"),
            (None, "Überstundenabbau", "other"),
            (None, "Arzttermin", "other"),
            (Some("paid_vacation"), "Paid Vacation", "vacation"),
        ] {
            assert_eq!(
                category_of(category, name),
                expected,
                "{name} / {category:?}"
            );
        }
    }
}
