//! `GET /v1/company/absence-periods`: hour-based absences with minutes per day.
//!
//! Time-off types measured in hours exist only here. The `breakdowns` say how many minutes fall
//! on each day, so they are used as-is (clipped to the window day by day) instead of recomputing
//! from `start`/`end` and a time zone. Paging is page-numbered like time-offs.
//!
//! `start` and `end` are still read, to place the absence on the clock (the calendar export
//! shows it at its hours): as the wall time written, with or without an offset (`+02:00`,
//! `+0200`, `Z`), which is dropped rather than applied — Personio's dates are the employee's
//! local ones, and `timezone` names the zone they are already in. A missing, `null`, date-only
//! or unreadable value gives no times (an unreadable one is logged): the minutes, which set the
//! day's target, stand either way, so a calendar nicety never fails a sync.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Deserializer};

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::{AbsenceStatus, AbsenceTimes, HourAbsence};
use crate::v1::envelope::{decode, Page, Typed};
use crate::v1::paging::{employee_periods, EmployeePeriods};
use crate::v1::time_offs::TypeRef;
use crate::v1::window::Window;
use crate::v1::{dates, lenient};
use crate::v2::times;

pub(crate) const PATH: &str = "v1/company/absence-periods";
pub(crate) const LABEL: &str = "absence periods (GET /v1/company/absence-periods)";
pub(crate) const LIMIT: usize = 200;

#[derive(Debug, Deserialize)]
struct Period {
    #[serde(deserialize_with = "lenient::text")]
    id: String,
    #[serde(deserialize_with = "lenient::text")]
    status: String,
    absence_type: Typed<TypeRef>,
    #[serde(default, deserialize_with = "wall_time")]
    start: Option<NaiveDateTime>,
    #[serde(default, deserialize_with = "wall_time")]
    end: Option<NaiveDateTime>,
    #[serde(default)]
    breakdowns: Vec<Breakdown>,
}

/// `start` / `end`: the wall time as written (`2022-06-01T09:00:00`, with `+02:00`, `+0200`,
/// `Z` or nothing after it), or `None` when missing, `null`, empty, a bare date (no clock time
/// to show) or not a date-time at all (logged, see the module doc).
fn wall_time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDateTime>, D::Error> {
    let Some(value) = Option::<serde_json::Value>::deserialize(d)? else {
        return Ok(None);
    };
    let Some(text) = value.as_str().map(str::trim) else {
        tracing::warn!(%value, "an absence period's start or end is no text: placed without times");
        return Ok(None);
    };
    if text.is_empty() || (text.len() == 10 && dates::calendar_date(text).is_some()) {
        return Ok(None);
    }
    let at = times::local(text);
    if at.is_none() {
        tracing::warn!(
            value = text,
            "an absence period's start or end is no date-time: placed without times"
        );
    }
    Ok(at)
}

#[derive(Debug, Deserialize)]
struct Breakdown {
    #[serde(deserialize_with = "dates::as_written")]
    date: NaiveDate,
    #[serde(deserialize_with = "lenient::u32")]
    effective_duration: u32,
}

pub(crate) async fn list(
    exec: &Executor,
    employee_id: u64,
    window: Window,
) -> Result<Vec<HourAbsence>, PersonioError> {
    let ask = EmployeePeriods {
        label: LABEL,
        path: PATH,
        limit: LIMIT,
        employee_id,
        window,
    };
    let periods = employee_periods(exec, ask, decode_page).await?;
    Ok(clip(periods, window))
}

/// One page's body as hour-based absences, unclipped.
pub(crate) fn decode_page(body: &[u8]) -> Result<Page<Vec<HourAbsence>>, PersonioError> {
    Ok(decode::<Vec<Typed<Period>>>(LABEL, body)?.map(|p| absence(p.0)))
}

fn absence(period: Period) -> HourAbsence {
    let mut breakdowns: Vec<(NaiveDate, u32)> = period
        .breakdowns
        .into_iter()
        .map(|b| (b.date, b.effective_duration))
        .collect();
    breakdowns.sort_unstable();
    let times = period
        .start
        .zip(period.end)
        .and_then(|(start, end)| AbsenceTimes::new(start, end));
    HourAbsence {
        id: period.id,
        type_name: period.absence_type.0.name,
        status: AbsenceStatus::from(period.status),
        breakdowns,
        times,
    }
}

/// Keeps the days inside the window; drops periods left without days; one entry per id.
pub(crate) fn clip(mut all: Vec<HourAbsence>, window: Window) -> Vec<HourAbsence> {
    for absence in &mut all {
        absence
            .breakdowns
            .retain(|(date, _)| window.contains(*date));
    }
    all.retain(|a| !a.breakdowns.is_empty());
    all.sort_by(|a, b| (a.breakdowns[0].0, &a.id).cmp(&(b.breakdowns[0].0, &b.id)));
    all.dedup_by(|a, b| a.id == b.id);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
    }

    fn at(m: u32, day: u32, hour: u32, minute: u32) -> NaiveDateTime {
        d(m, day).and_hms_opt(hour, minute, 0).unwrap()
    }

    /// A page with one period whose `start` and `end` are the given JSON values (left out
    /// when `None`).
    fn one_period(start: Option<Value>, end: Option<Value>) -> Result<HourAbsence, PersonioError> {
        let mut attributes = json!({
            "id": "p", "status": "approved",
            "absence_type": {"type": "AbsenceType", "attributes": {"id": 21, "name": "Arzt"}},
            "timezone": "Europe/Berlin",
            "breakdowns": [{"date": "2022-06-10", "effective_duration": 90}],
        });
        for (key, value) in [("start", start), ("end", end)] {
            if let Some(value) = value {
                attributes[key] = value;
            }
        }
        let body = json!({
            "success": true, "metadata": {"current_page": 1, "total_pages": 1},
            "data": [{"type": "AbsencePeriod", "attributes": attributes}],
        });
        let mut items = decode_page(body.to_string().as_bytes())?.items;
        Ok(items.remove(0))
    }

    fn parse() -> Vec<HourAbsence> {
        decode_page(include_bytes!("../../tests/fixtures/absence_periods.json"))
            .unwrap()
            .items
    }

    #[test]
    fn breakdowns_give_minutes_per_day() {
        let all = parse();
        assert_eq!(
            all[0].breakdowns,
            vec![(d(6, 1), 240)],
            "one morning off is 240 minutes on that day"
        );
        assert_eq!(
            all[0].type_name, "Überstundenabbau",
            "the type name comes from absence_type"
        );
        assert_eq!(all[1].status, AbsenceStatus::Pending, "status is read");
        assert_eq!(
            all[1].breakdowns.len(),
            3,
            "every day of a multi-day period has its own minutes"
        );
    }

    #[test]
    fn clipping_cuts_days_outside_the_window() {
        let window = Window::new((d(6, 2), d(6, 30)));
        let kept = clip(parse(), window);
        assert_eq!(
            kept.len(),
            1,
            "the June 1st absence lies outside and is dropped"
        );
        assert_eq!(
            kept[0].breakdowns,
            vec![(d(6, 30), 120)],
            "only the day inside the window remains of the straddling period"
        );
    }

    #[test]
    fn start_and_end_give_the_clock_times_as_written() {
        let all = parse();
        assert_eq!(
            all[0].times,
            Some(AbsenceTimes {
                start: at(6, 1, 9, 0),
                end: at(6, 1, 13, 0),
            }),
            "09:00+02:00 is 09:00 on the employee's clock; the offset is not applied"
        );
        let kept = clip(parse(), Window::new((d(6, 2), d(6, 30))));
        assert_eq!(
            kept[0].times,
            Some(AbsenceTimes {
                start: at(6, 30, 9, 0),
                end: at(7, 2, 13, 0),
            }),
            "clipping cuts the minutes per day, not the period's own start and end"
        );
    }

    #[test]
    fn every_offset_variant_reads_as_the_same_wall_time() {
        let ten = at(6, 10, 10, 0);
        let half_past_eleven = at(6, 10, 11, 30);
        for (start, end) in [
            ("2022-06-10T10:00:00+02:00", "2022-06-10T11:30:00+02:00"),
            ("2022-06-10T10:00:00+0200", "2022-06-10T11:30:00+0200"),
            ("2022-06-10T10:00:00Z", "2022-06-10T11:30:00Z"),
            ("2022-06-10T10:00:00", "2022-06-10T11:30:00"),
            (
                "2022-06-10T10:00:00.000+02:00",
                "2022-06-10T11:30:00.000+02:00",
            ),
            ("2022-06-10T10:00+02:00", "2022-06-10T11:30+02:00"),
            ("2022-06-10 10:00:00", "2022-06-10 11:30:00"),
        ] {
            let absence = one_period(Some(json!(start)), Some(json!(end)))
                .unwrap_or_else(|e| panic!("{start} .. {end} must be read: {e}"));
            assert_eq!(
                absence.times,
                Some(AbsenceTimes {
                    start: ten,
                    end: half_past_eleven,
                }),
                "{start} .. {end} is 10:00 to 11:30 as written"
            );
        }
    }

    #[test]
    fn no_usable_times_leave_the_minutes_without_times() {
        for (start, end, why) in [
            (None, None, "start and end left out"),
            (Some(json!(null)), Some(json!(null)), "null"),
            (Some(json!("")), Some(json!("")), "empty text"),
            (
                Some(json!("2022-06-10")),
                Some(json!("2022-06-10")),
                "bare dates: no clock time",
            ),
            (
                Some(json!("2022-06-10T10:00:00+02:00")),
                None,
                "a start without an end",
            ),
            (
                Some(json!("2022-06-10T11:30:00")),
                Some(json!("2022-06-10T10:00:00")),
                "an end before the start",
            ),
            (
                Some(json!("2022-06-10T10:00:00")),
                Some(json!("2022-06-10T10:00:00")),
                "an end equal to the start",
            ),
        ] {
            let absence = one_period(start, end).unwrap_or_else(|e| panic!("{why}: {e}"));
            assert_eq!(absence.times, None, "{why}: no times");
            assert_eq!(
                absence.breakdowns,
                vec![(d(6, 10), 90)],
                "{why}: the minutes stand"
            );
        }
    }

    #[test]
    fn a_start_that_is_no_date_time_gives_no_times_and_keeps_the_minutes() {
        for value in [json!("half past ten"), json!(1_654_848_000)] {
            let absence = one_period(Some(value.clone()), Some(json!("2022-06-10T11:30:00")))
                .expect("an unreadable time does not fail the page");
            assert_eq!(absence.times, None, "never a guessed time from {value}");
            assert_eq!(absence.breakdowns, vec![(d(6, 10), 90)], "{value}");
        }
    }
}
