//! `GET /v1/company/absence-periods`: hour-based absences with minutes per day.
//!
//! Time-off types measured in hours exist only here. The `breakdowns` say how many minutes fall
//! on each day, so they are used as-is (clipped to the window day by day) instead of recomputing
//! from `start`/`end` and a time zone. Paging is page-numbered like time-offs.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::{AbsenceStatus, HourAbsence};
use crate::v1::envelope::{decode, Page, Typed};
use crate::v1::paging::{employee_periods, EmployeePeriods};
use crate::v1::time_offs::TypeRef;
use crate::v1::window::Window;
use crate::v1::{dates, lenient};

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
    #[serde(default)]
    breakdowns: Vec<Breakdown>,
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
    HourAbsence {
        id: period.id,
        type_name: period.absence_type.0.name,
        status: AbsenceStatus::from(period.status),
        breakdowns,
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

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2022, m, day).unwrap()
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
}
