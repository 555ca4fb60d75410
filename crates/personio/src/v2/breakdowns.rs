//! `GET /v2/absence-periods/{id}/breakdowns`: minutes per day of one hour-based period.
//!
//! One request per hour-based period (and only for those): they run a few at a time
//! ([`CONCURRENCY`]) so a year of hour-based absences does not cost a round trip each in a row,
//! nor a burst that trips Personio's rate limit. The item is assumed to look like v1's
//! `{"date", "effective_duration"}` in minutes [guess]; `minutes` is read as well.

use std::collections::VecDeque;
use std::sync::Mutex;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::scope::Area;
use crate::v1::{dates, lenient};
use crate::v2::paging::{all_pages, List};

pub(crate) const LABEL: &str = "absence breakdowns (GET /v2/absence-periods/{id}/breakdowns)";
/// Personio's maximum page size for breakdowns [spec].
pub(crate) const LIMIT: usize = 28;
/// Breakdown requests in flight at once.
pub(crate) const CONCURRENCY: usize = 4;

#[derive(Debug, Deserialize)]
struct Breakdown {
    #[serde(deserialize_with = "dates::as_written")]
    date: NaiveDate,
    #[serde(alias = "minutes", deserialize_with = "lenient::u32")]
    effective_duration: u32,
}

/// Minutes per day of the period `id`, ascending by date.
pub(crate) async fn list(
    exec: &Executor,
    id: &str,
) -> Result<Vec<(NaiveDate, u32)>, PersonioError> {
    let mut first = exec.url("v2/absence-periods")?;
    first
        .path_segments_mut()
        .map_err(|()| PersonioError::unexpected(LABEL, "the base URL cannot take a path"))?
        .pop_if_empty()
        .push(id)
        .push("breakdowns");
    first
        .query_pairs_mut()
        .append_pair("limit", &LIMIT.to_string());
    let list = List {
        label: LABEL,
        area: Area::Absences,
        first,
    };
    Ok(days(all_pages::<Breakdown>(exec, &list).await?))
}

/// One page's body as minutes per day (pure, for the decoder fuzz test).
pub(crate) fn decode_page(body: &[u8]) -> Result<Vec<(NaiveDate, u32)>, PersonioError> {
    Ok(days(
        crate::v2::envelope::decode_list::<Breakdown>(LABEL, body)?.items,
    ))
}

fn days(all: Vec<Breakdown>) -> Vec<(NaiveDate, u32)> {
    let mut days: Vec<(NaiveDate, u32)> = all
        .into_iter()
        .map(|b| (b.date, b.effective_duration))
        .collect();
    days.sort_unstable();
    days.dedup_by_key(|(date, _)| *date);
    days
}

/// The breakdowns of every id, in the order of `ids`, [`CONCURRENCY`] requests at a time; the
/// first error ends the lot.
pub(crate) async fn for_each(
    exec: &Executor,
    ids: Vec<String>,
) -> Result<Vec<Vec<(NaiveDate, u32)>>, PersonioError> {
    let count = ids.len();
    let queue = Mutex::new(ids.into_iter().enumerate().collect::<VecDeque<_>>());
    let done = Mutex::new(Vec::with_capacity(count));
    let worker = || async {
        loop {
            let next = queue.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
            let Some((index, id)) = next else {
                return Ok::<(), PersonioError>(());
            };
            let days = list(exec, &id).await?;
            done.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((index, days));
        }
    };
    const _: () = assert!(CONCURRENCY == 4, "one worker per request in flight");
    tokio::try_join!(worker(), worker(), worker(), worker())?;
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(index, _)| *index);
    Ok(done.into_iter().map(|(_, days)| days).collect())
}
