//! `GET /v2/absence-periods`: day- and hour-based absences of one person in a window.
//!
//! Day-based periods mark half days on their edges: a full-day period starts `FIRST_HALF` and
//! ends `SECOND_HALF`; one that starts `SECOND_HALF` has a half first day, one that ends
//! `FIRST_HALF` a half last day [seen] — the same two flags v1's time-offs carry. Hour-based
//! periods carry times instead; their minutes per day come from `/breakdowns`, fetched only for
//! them and only when they touch the window. Their `starts_from` / `ends_at` times are kept as
//! the absence's clock times (local wall time as written); an open-ended one (`ends_at` null)
//! has none. Which is which: the period's (or its type's) measurement unit when the answer
//! gives one, else the half-day markers on both edges mean day-based, and so do edges at
//! midnight without markers.
//!
//! The window is widened and clipped as in v1; filter values are local date-times without `Z`.

use chrono::{NaiveDateTime, NaiveTime};
use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::{AbsenceStatus, AbsenceTimes, Absences, DayAbsence, HourAbsence};
use crate::scope::Area;
use crate::v1::lenient;
use crate::v1::window::Window;
use crate::v2::paging::{all_pages, List};
use crate::v2::{breakdowns, times};

pub(crate) const PATH: &str = "v2/absence-periods";
pub(crate) const LABEL: &str = "absence periods (GET /v2/absence-periods)";
/// Personio's maximum page size for absence periods [spec].
pub(crate) const LIMIT: usize = 100;

const FIRST_HALF: &str = "FIRST_HALF";
const SECOND_HALF: &str = "SECOND_HALF";

#[derive(Debug, Deserialize)]
pub(crate) struct Period {
    #[serde(deserialize_with = "lenient::text")]
    id: String,
    #[serde(default)]
    absence_type: Option<TypeRef>,
    starts_from: Edge,
    #[serde(default)]
    ends_at: Option<Edge>,
    #[serde(deserialize_with = "lenient::text")]
    status: String,
    #[serde(default, alias = "unit", deserialize_with = "lenient::opt_text")]
    measurement_unit: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct TypeRef {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    id: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    name: Option<String>,
    #[serde(default, alias = "unit", deserialize_with = "lenient::opt_text")]
    measurement_unit: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Edge {
    #[serde(deserialize_with = "times::de_local")]
    date_time: NaiveDateTime,
    #[serde(default, rename = "type", deserialize_with = "lenient::opt_text")]
    kind: Option<String>,
}

impl Edge {
    fn is(&self, marker: &str) -> bool {
        self.kind
            .as_deref()
            .is_some_and(|k| k.trim().eq_ignore_ascii_case(marker))
    }

    fn is_half_marker(&self) -> bool {
        self.is(FIRST_HALF) || self.is(SECOND_HALF)
    }

    fn at_day_boundary(&self) -> bool {
        let time = self.date_time.time();
        self.kind.is_none()
            && (time == NaiveTime::MIN
                || time == NaiveTime::from_hms_opt(23, 59, 59).unwrap_or(time))
    }
}

impl Period {
    fn type_ref(&self) -> Option<&TypeRef> {
        self.absence_type.as_ref()
    }

    pub(crate) fn is_hour_based(&self) -> bool {
        let unit = self
            .measurement_unit
            .as_deref()
            .or_else(|| self.type_ref().and_then(|t| t.measurement_unit.as_deref()));
        if let Some(unit) = unit {
            return unit.to_ascii_lowercase().contains("hour");
        }
        let day_edge = |e: &Edge| e.is_half_marker() || e.at_day_boundary();
        !(day_edge(&self.starts_from) && self.ends_at.as_ref().is_none_or(day_edge))
    }

    fn type_id(&self) -> String {
        self.type_ref()
            .and_then(|t| t.id.clone())
            .unwrap_or_default()
    }

    fn touches(&self, window: Window) -> bool {
        let start = self.starts_from.date_time.date();
        let end = self
            .ends_at
            .as_ref()
            .map_or(window.to, |e| e.date_time.date());
        window.overlaps(start, end.max(start))
    }
}

/// Every absence of `person_id` touching `window`: day-based whole, hour-based clipped.
pub(crate) async fn list(
    exec: &Executor,
    person_id: &str,
    window: Window,
) -> Result<Absences, PersonioError> {
    let asked = window.widened();
    let list = List::new(
        exec,
        LABEL,
        Area::Absences,
        PATH,
        &[
            ("person.id", person_id.to_owned()),
            ("starts_from.gte", times::day_start(asked.from)),
            ("ends_at.lte", times::day_end(asked.to)),
            ("limit", LIMIT.to_string()),
        ],
    )?;
    let periods: Vec<Period> = all_pages(exec, &list).await?;
    let (hourly, daily): (Vec<Period>, Vec<Period>) = periods
        .into_iter()
        .filter(|p| p.touches(window))
        .partition(Period::is_hour_based);
    let ids = hourly.iter().map(|p| p.id.clone()).collect();
    let minutes = breakdowns::for_each(exec, ids).await?;
    let hours = hourly
        .into_iter()
        .zip(minutes)
        .map(|(period, breakdowns)| hour_absence(period, breakdowns))
        .collect();
    Ok(Absences {
        days: days(daily.into_iter().map(day_absence).collect()),
        hours: crate::v1::absence_periods::clip(hours, window),
    })
}

/// One page's body as absences, hour-based ones without minutes (pure, for the decoder fuzz
/// test).
pub(crate) fn decode_page(body: &[u8], window: Window) -> Result<Absences, PersonioError> {
    let page = crate::v2::envelope::decode_list::<Period>(LABEL, body)?;
    let (hourly, daily): (Vec<Period>, Vec<Period>) = page
        .items
        .into_iter()
        .filter(|p| p.touches(window))
        .partition(Period::is_hour_based);
    Ok(Absences {
        days: days(daily.into_iter().map(day_absence).collect()),
        hours: hourly
            .into_iter()
            .map(|p| hour_absence(p, Vec::new()))
            .collect(),
    })
}

pub(crate) fn day_absence(period: Period) -> DayAbsence {
    let start = period.starts_from.date_time.date();
    let end = period
        .ends_at
        .as_ref()
        .map(|e| e.date_time.date().max(start));
    let half_day_start = period.starts_from.is(SECOND_HALF);
    let half_day_end = period.ends_at.as_ref().is_some_and(|e| e.is(FIRST_HALF));
    let single_day = end == Some(start);
    DayAbsence {
        type_id: period.type_id(),
        type_name: period
            .absence_type
            .and_then(|t| t.name)
            .filter(|n| !n.trim().is_empty()),
        id: period.id,
        status: AbsenceStatus::from(period.status),
        start,
        end,
        half_day_start,
        // One day cannot be halved twice: an afternoon-only day is the half first day.
        half_day_end: half_day_end && !(single_day && half_day_start),
    }
}

fn hour_absence(period: Period, breakdowns: Vec<(chrono::NaiveDate, u32)>) -> HourAbsence {
    let type_id = period.type_id();
    let type_name = period
        .absence_type
        .and_then(|t| t.name)
        .filter(|n| !n.trim().is_empty())
        .unwrap_or(type_id);
    let times = period
        .ends_at
        .as_ref()
        .and_then(|end| AbsenceTimes::new(period.starts_from.date_time, end.date_time));
    HourAbsence {
        id: period.id,
        type_name,
        status: AbsenceStatus::from(period.status),
        breakdowns,
        times,
    }
}

/// Ordered by start, once per id.
fn days(mut all: Vec<DayAbsence>) -> Vec<DayAbsence> {
    all.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    all.dedup_by(|a, b| a.id == b.id);
    all
}

#[cfg(test)]
mod tests;
