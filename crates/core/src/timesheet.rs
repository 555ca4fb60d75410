//! The timesheet to hand in and the absence calendar: the one way in for the app and
//! `stint-cli export` alike. The figures are gathered from what the core already computes —
//! the timeline's day plans (target, tracked, balance, absences, holidays, warnings), the
//! tracked spans the working-time checks read (for the spans and their breaks) and the day
//! plans' running balance — so a timesheet can never disagree with the timeline; the bytes
//! are `stint-export`'s pure functions.

use chrono::{Duration, NaiveDate};
use std::collections::BTreeMap;
use stint_model::{
    AbsencePeriod, Language, MonthRunningBalance, Timesheet, TimesheetDay, TimesheetFormat,
    TrackedSpan, VacationBalance, WorkingTimeChecks,
};

use crate::balances::running_start;
use crate::day_plan;
use crate::lock::connected;
use crate::working_time::counting_breaks;
use crate::{CoreError, Stint};

/// The first and last day of `year`-`month`, or why there is no such month.
fn month_range(year: i32, month: u32) -> Result<(NaiveDate, NaiveDate), CoreError> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)
        .filter(|_| (1..=9999).contains(&year))
        .ok_or_else(|| {
            CoreError::invalid(
                "month",
                format!(
                    "{year}-{month:02} is not a month: write it as YYYY-MM with a month from 01 \
                     to 12, e.g. 2026-06"
                ),
            )
        })?;
    let next = first
        .checked_add_months(chrono::Months::new(1))
        .ok_or_else(|| CoreError::invalid("month", format!("{year}-{month:02} is too late")))?;
    Ok((first, next - Duration::days(1)))
}

/// Each day's running balance (`None` before `since` and on days not due) and the balance
/// after the last counted day, starting from `brought` at the end of the day before.
fn running_by_day(
    days: &[stint_model::DayPlan],
    since: NaiveDate,
    brought: i64,
) -> (Vec<Option<i64>>, i64) {
    let mut running = brought;
    let by_day = days
        .iter()
        .map(|day| {
            (day.date >= since && day.due).then(|| {
                running += day.balance_minutes;
                running
            })
        })
        .collect();
    (by_day, running)
}

impl Stint {
    /// The timesheet of `year`-`month` (1–12) by the core's clock.
    pub fn timesheet(&self, year: i32, month: u32) -> Result<Timesheet, CoreError> {
        let (first, last) = month_range(year, month)?;
        let settings = self.settings();
        let today = self.clock.today();
        let timeline = self.timeline(first, last)?;
        let data = self.plan_data(&settings, first, last)?;

        // Time given as a duration only has no span; it is listed beside the spans.
        let mut duration_only: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        let store = self.reader();
        for entry in store.time_entries_between(first, last)? {
            if entry.end.is_none() {
                *duration_only.entry(entry.start.date()).or_default() += entry.minutes;
            }
        }
        let employee = store.profile()?.filter(|_| connected(&settings)).map(|p| {
            format!("{} {}", p.first_name, p.last_name)
                .trim()
                .to_owned()
        });
        drop(store);

        // Like the running balance beside the timeline: from its start, never past today.
        let since = running_start(settings.balance_start, today);
        let until = last.min(today);
        let before = (first - Duration::days(1)).min(today);
        let brought = if since <= before {
            let earlier = self.plan_data(&settings, since, before)?;
            let holiday = earlier.holiday();
            day_plan::running_balance(
                since,
                settings.carry_over_minutes,
                before,
                &earlier.inputs(&holiday),
            )
        } else {
            settings.carry_over_minutes
        };
        let (running_by_day, at_end) = running_by_day(&timeline.days, since, brought);
        let running = (since <= until).then_some(MonthRunningBalance {
            since,
            carry_over_minutes: settings.carry_over_minutes,
            brought_forward_minutes: brought,
            until,
            minutes: at_end,
        });

        let days: Vec<TimesheetDay> = timeline
            .days
            .into_iter()
            .zip(running_by_day)
            .map(|(plan, running_balance_minutes)| {
                let mut spans = data.spans_on(plan.date);
                spans.sort_by_key(|s| s.start);
                TimesheetDay {
                    breaks_minutes: counting_breaks(&spans),
                    spans: spans
                        .iter()
                        .map(|s| TrackedSpan {
                            start: s.start,
                            end: s.end,
                            minutes: s.minutes,
                        })
                        .collect(),
                    duration_only_minutes: duration_only.get(&plan.date).copied().unwrap_or(0),
                    running_balance_minutes,
                    plan,
                }
            })
            .collect();
        let vacation = self
            .balances()?
            .types
            .into_iter()
            .map(|b| VacationBalance {
                type_name: b.type_name,
                balance: b.balance,
                available: b.available,
            })
            .collect();
        Ok(Timesheet {
            year,
            month,
            employee,
            breaks_minutes: days.iter().map(|d| i64::from(d.breaks_minutes)).sum(),
            days,
            totals: timeline.totals,
            running,
            vacation,
            checks_on: settings.working_time_checks == WorkingTimeChecks::GermanLaw,
        })
    }

    /// The timesheet of `year`-`month` as a file: PDF or CSV, its words in `lang`, holiday
    /// names included (the CSV's columns are language-free and keep the calendar's German
    /// names, as the timeline gives them).
    pub fn export_timesheet(
        &self,
        year: i32,
        month: u32,
        format: TimesheetFormat,
        lang: Language,
    ) -> Result<Vec<u8>, CoreError> {
        let mut sheet = self.timesheet(year, month)?;
        if format == TimesheetFormat::Pdf {
            crate::holidays::name_in(lang, sheet.days.iter_mut().map(|day| &mut day.plan));
        }
        Ok(match format {
            TimesheetFormat::Pdf => stint_export::timesheet_pdf(&sheet, lang),
            TimesheetFormat::Csv => stint_export::timesheet_csv(&sheet),
        })
    }

    /// The absence periods that touch `from..=to`, whole: Personio's while connected, the
    /// user's own otherwise (the same ones the timeline counts).
    pub fn absence_periods(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<AbsencePeriod>, CoreError> {
        if to < from {
            return Err(CoreError::invalid(
                "to",
                format!("The range ends {to}, before it starts {from}"),
            ));
        }
        // Settings first: reading them takes the reader connection too.
        let connected = connected(&self.settings());
        crate::absences::periods_between(&self.reader(), connected, from, to)
    }

    /// The absences touching `from..=to` as an iCalendar file, titles in `lang`.
    pub fn export_absences(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        lang: Language,
    ) -> Result<Vec<u8>, CoreError> {
        let periods = self.absence_periods(from, to)?;
        Ok(stint_export::absences_ics(
            &periods,
            lang,
            self.clock.now().to_utc(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;
    use stint_model::iso;

    fn date(text: &str) -> NaiveDate {
        iso::parse_date(text).expect("a date")
    }

    #[test]
    fn months_are_checked_and_end_on_their_last_day() {
        for (year, month, last) in [
            (2026, 2, "2026-02-28"),
            (2028, 2, "2028-02-29"),
            (2026, 12, "2026-12-31"),
        ] {
            let (first, end) = month_range(year, month).expect("a month");
            assert_eq!(first.day(), 1, "{year}-{month}");
            assert_eq!(end, date(last), "{year}-{month} ends on its last day");
        }
        for (year, month) in [(2026, 0), (2026, 13), (0, 6), (10000, 1)] {
            let err = month_range(year, month).expect_err("no such month");
            assert!(
                err.to_string().contains("is not a month"),
                "{year}-{month}: {err}"
            );
        }
    }

    #[test]
    fn the_running_balance_counts_due_days_from_its_start() {
        let day = |d: &str, balance: i64, due: bool| stint_model::DayPlan {
            date: date(d),
            scheduled_minutes: 480,
            target_minutes: 480,
            tracked_minutes: u32::try_from(480 + balance).expect("positive"),
            balance_minutes: balance,
            holiday: None,
            absences: Vec::new(),
            due,
            warnings: Vec::new(),
        };
        let days = [
            day("2026-06-01", 60, true),
            day("2026-06-02", -30, true),
            day("2026-06-03", 15, true),
            day("2026-06-04", -480, false),
        ];
        let (by_day, end) = running_by_day(&days, date("2026-06-02"), 100);
        assert_eq!(
            by_day,
            vec![None, Some(70), Some(85), None],
            "nothing before the start, nothing not yet due"
        );
        assert_eq!(end, 85, "the balance after the last due day");
        let (_, end) = running_by_day(&days, date("2026-01-01"), 0);
        assert_eq!(end, 45, "a start before the month counts every due day");
    }
}
