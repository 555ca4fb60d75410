//! `GET /v1/company/time-offs`: day-based absences of one employee.
//!
//! Page offsets are 1-based page numbers, `limit` ≤ 200. Dates are taken as written, half-day
//! flags come as bools or 0/1. Periods are kept whole (not cut at the window edge) because
//! `half_day_start` belongs to the real first day and `days_count` to the whole period; the
//! caller decides which days fall inside its window.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::{AbsenceStatus, TimeOff};
use crate::v1::envelope::{decode, Page, Typed};
use crate::v1::paging::{employee_periods, EmployeePeriods};
use crate::v1::window::Window;
use crate::v1::{dates, lenient};

pub(crate) const PATH: &str = "v1/company/time-offs";
pub(crate) const LABEL: &str = "time-offs (GET /v1/company/time-offs)";
pub(crate) const LIMIT: usize = 200;

#[derive(Debug, Deserialize)]
struct Period {
    #[serde(deserialize_with = "lenient::u64")]
    id: u64,
    #[serde(deserialize_with = "lenient::text")]
    status: String,
    #[serde(deserialize_with = "dates::as_written")]
    start_date: NaiveDate,
    #[serde(deserialize_with = "dates::as_written")]
    end_date: NaiveDate,
    #[serde(default, deserialize_with = "lenient::f64")]
    days_count: f64,
    #[serde(default, deserialize_with = "lenient::bool")]
    half_day_start: bool,
    #[serde(default, deserialize_with = "lenient::bool")]
    half_day_end: bool,
    time_off_type: Typed<TypeRef>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct TypeRef {
    #[serde(deserialize_with = "lenient::text")]
    pub name: String,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    pub category: Option<String>,
}

pub(crate) async fn list(
    exec: &Executor,
    employee_id: u64,
    window: Window,
) -> Result<Vec<TimeOff>, PersonioError> {
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

/// One page's body as time-offs, unclipped.
pub(crate) fn decode_page(body: &[u8]) -> Result<Page<Vec<TimeOff>>, PersonioError> {
    Ok(decode::<Vec<Typed<Period>>>(LABEL, body)?.map(|p| time_off(p.0)))
}

fn time_off(period: Period) -> TimeOff {
    TimeOff {
        id: period.id,
        type_name: period.time_off_type.0.name,
        category: period
            .time_off_type
            .0
            .category
            .filter(|c| !c.trim().is_empty()),
        status: AbsenceStatus::from(period.status),
        start: period.start_date,
        end: period.end_date,
        half_day_start: period.half_day_start,
        half_day_end: period.half_day_end,
        days_count: period.days_count,
    }
}

/// Keeps periods overlapping the window, once each, ordered by start.
pub(crate) fn clip(mut all: Vec<TimeOff>, window: Window) -> Vec<TimeOff> {
    all.retain(|t| window.overlaps(t.start, t.end));
    all.sort_by_key(|t| (t.start, t.id));
    all.dedup_by_key(|t| t.id);
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(fixture: &[u8]) -> Vec<TimeOff> {
        decode_page(fixture).unwrap().items
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn colon_offsets_and_bool_half_days() {
        let all = parse(include_bytes!(
            "../../tests/fixtures/time_offs_colon_bool.json"
        ));
        assert_eq!(all.len(), 3, "the fixture holds three periods");
        let first = &all[0];
        assert_eq!(
            (first.start, first.end),
            (d(2017, 12, 27), d(2017, 12, 29)),
            "+01:00 midnight is the 27th as written, not the 26th in UTC"
        );
        assert!(
            first.half_day_start && !first.half_day_end,
            "true/false flags are read"
        );
        assert_eq!(first.days_count, 2.5, "fractional day counts survive");
        assert_eq!(first.type_name, "Urlaub", "German type names are kept");
        assert_eq!(
            first.category.as_deref(),
            Some("offsite_work"),
            "the category is read when present"
        );
        assert_eq!(
            all[1].status,
            AbsenceStatus::Pending,
            "pending periods are reported as pending"
        );
        assert_eq!(
            all[2].status,
            AbsenceStatus::Requested,
            "requested is a status of its own"
        );
        assert_eq!(all[2].category, None, "a null category is None");
    }

    #[test]
    fn no_colon_offsets_and_zero_one_half_days_read_the_same() {
        let colon = parse(include_bytes!(
            "../../tests/fixtures/time_offs_colon_bool.json"
        ));
        let plain = parse(include_bytes!(
            "../../tests/fixtures/time_offs_nocolon_zeroone.json"
        ));
        assert_eq!(
            colon, plain,
            "+0100 with 0/1 flags must mean exactly what +01:00 with bools means"
        );
    }

    #[test]
    fn clipping_keeps_overlapping_periods_once() {
        let all = parse(include_bytes!(
            "../../tests/fixtures/time_offs_colon_bool.json"
        ));
        let mut twice = all.clone();
        twice.extend(all);
        let window = Window::new((d(2017, 12, 29), d(2018, 1, 31)));
        let kept: Vec<u64> = clip(twice, window).iter().map(|t| t.id).collect();
        assert_eq!(
            kept,
            vec![501, 503],
            "the period ending on the 29th overlaps, the one in November does not, duplicates go"
        );
    }
}
