//! The timeline use case: the day plans of a date range from what is stored — the weekly hours
//! in force, the holiday region, Personio's or the user's absences, and the time entries — with
//! what is due so far by the core's clock.

use crate::absences;
use crate::attendance_entries;
use crate::day_checks::TrackedSpans;
use crate::day_plan::{self, AbsenceSpan, EntrySpan, PlanInputs};
use crate::lock::connected;
use crate::{holidays, weekly_hours, CoreError, Settings, Stint};
use chrono::{Duration, NaiveDate};
use std::collections::BTreeMap;
use stint_model::{HolidayRegion, Language, Timeline, WorkingTimeChecks};

/// The longest range one timeline request may cover (three years).
pub const MAX_TIMELINE_DAYS: i64 = 3 * 366;

/// The inputs of day plans, owned, so callers can borrow them as [`PlanInputs`].
pub(crate) struct PlanData {
    region: HolidayRegion,
    weekly: [u32; 7],
    absences: Vec<AbsenceSpan>,
    tracked: BTreeMap<NaiveDate, u32>,
    /// The tracked spans with their times (the working-time checks and "leave at" read them).
    spans: TrackedSpans,
    /// Whether the days are checked against the working-time rules.
    checks_on: bool,
    today: NaiveDate,
}

impl PlanData {
    /// The spans with times that start on `date` (entries and counted attendances).
    pub(crate) fn spans_on(&self, date: NaiveDate) -> Vec<crate::working_time::WorkSpan> {
        self.spans
            .spans
            .iter()
            .filter(|s| s.start.date() == date)
            .copied()
            .collect()
    }

    /// The holiday lookup of the region in force.
    pub(crate) fn holiday(&self) -> impl Fn(NaiveDate) -> Option<String> {
        let region = self.region;
        move |date| holidays::holiday_on(region, date)
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
            today: self.today,
        }
    }
}

impl Stint {
    /// [`Stint::timeline`] with the holidays named in `lang`, for a UI in that language (the
    /// calendar's names are German; the CLI and the CSV keep them so).
    pub fn timeline_in(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        lang: Language,
    ) -> Result<Timeline, CoreError> {
        let mut timeline = self.timeline(from, to)?;
        holidays::name_in(lang, &mut timeline.days);
        Ok(timeline)
    }

    /// The day plans of `from..=to` and their totals (also of the days due so far).
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
        let mut days = day_plan::plan_range(from, to, &inputs);
        if data.checks_on {
            for day in &mut days {
                day.warnings = data.spans.warnings_on(day.date);
            }
        }
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
        let store = self.reader();
        let weekly = weekly_hours::in_force(&store, settings)?;
        let absences: Vec<AbsenceSpan> =
            absences::periods_between(&store, connected(settings), from, to)?
                .into_iter()
                .map(AbsenceSpan::from)
                .collect();
        // Entries that start the day before may reach into the range across midnight.
        let mut entries: Vec<EntrySpan> = store
            .time_entries_between(from - Duration::days(1), to)?
            .into_iter()
            .map(|e| EntrySpan {
                start: e.start,
                end: e.end,
                minutes: e.minutes,
            })
            .collect();
        // Personio's periods do not cross midnight; the user's own are counted as entries. The
        // day before the range is read too: the checks measure the rest since its last end.
        let periods = store.personio_attendances_between(from - Duration::days(1), to)?;
        let linked = store.linked_period_ids()?;
        let (before, within): (Vec<EntrySpan>, Vec<EntrySpan>) =
            attendance_entries::own_work(&periods, &linked)
                .filter_map(attendance_entries::span)
                .partition(|s| s.start.date() < from);
        entries.extend(within);
        let mut spans = TrackedSpans::default();
        for e in entries.iter().chain(&before) {
            spans.add(e.start, e.end, e.minutes);
        }
        drop(store);
        Ok(PlanData {
            region: settings.holiday_region,
            weekly,
            absences,
            tracked: day_plan::minutes_per_day(&entries),
            spans,
            checks_on: settings.working_time_checks == WorkingTimeChecks::GermanLaw,
            today: self.clock.today(),
        })
    }
}
