//! `/v2/attendance-periods`: list, create, change (PATCH) and delete worked time and breaks.
//!
//! Times are local wall-clock date-times written without offset. A create answers with the new
//! id as `{"_data": {"id"}}` or `{"id"}` [guess: both accepted]; it is never retried on a 5xx
//! (the executor's rule for POST), because there is no idempotency key. Refusals (overlap, a
//! locked month) come back as [`PersonioError::Refused`] with Personio's reason and trace id; a
//! 403 as [`PersonioError::MissingScope`] for reading or for writing.

use chrono::NaiveDateTime;
use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use url::Url;

use crate::error::PersonioError;
use crate::executor::{Call, Executor};
use crate::model::{
    AttendanceChange, AttendanceKind, AttendancePeriod, AttendanceStatus, NewAttendance,
};
use crate::scope::Area;
use crate::v1::lenient;
use crate::v1::window::Window;
use crate::v2::envelope::{checked, created_id};
use crate::v2::paging::{all_pages, List};
use crate::v2::times;

pub(crate) const PATH: &str = "v2/attendance-periods";
pub(crate) const LABEL: &str = "attendance periods (GET /v2/attendance-periods)";
pub(crate) const CREATE: &str = "creating an attendance period (POST /v2/attendance-periods)";
pub(crate) const CHANGE: &str = "changing an attendance period (PATCH /v2/attendance-periods/{id})";
pub(crate) const DELETE: &str =
    "deleting an attendance period (DELETE /v2/attendance-periods/{id})";
/// Personio's maximum page size for attendance periods [seen].
pub(crate) const LIMIT: usize = 100;

#[derive(Debug, Deserialize)]
struct Record {
    #[serde(deserialize_with = "lenient::text")]
    id: String,
    #[serde(default)]
    person: Option<Ref>,
    #[serde(rename = "type", deserialize_with = "lenient::text")]
    kind: String,
    start: Moment,
    #[serde(default)]
    end: Option<Moment>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    comment: Option<String>,
    #[serde(default)]
    project: Option<Ref>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    status: Option<String>,
    #[serde(default, deserialize_with = "times::de_opt_local")]
    updated_at: Option<NaiveDateTime>,
}

#[derive(Debug, Deserialize)]
struct Ref {
    #[serde(default, deserialize_with = "lenient::opt_text")]
    id: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Moment {
    #[serde(default, deserialize_with = "times::de_opt_local")]
    date_time: Option<NaiveDateTime>,
}

/// The periods of `person_id` that start inside `window`, ordered by start.
pub(crate) async fn list(
    exec: &Executor,
    person_id: &str,
    window: Window,
) -> Result<Vec<AttendancePeriod>, PersonioError> {
    // Cursor pages must be read one after another; a year of worked days is several pages.
    // Reading the window as two-month slices at once (each one page for a full-time worker
    // with a break a day) turns those sequential round trips into one.
    let slices = futures_util::future::try_join_all(
        slices(window)
            .into_iter()
            .map(|slice| list_slice(exec, person_id, slice)),
    )
    .await?;
    let mut all: Vec<AttendancePeriod> = slices.into_iter().flatten().collect();
    all.sort_by(|a, b| (a.start, &a.id).cmp(&(b.start, &b.id)));
    all.dedup_by(|a, b| a.id == b.id);
    Ok(all)
}

/// Days per slice of a list read (about two months).
const SLICE_DAYS: i64 = 61;

/// `window` cut into consecutive slices of at most [`SLICE_DAYS`] days, in order.
fn slices(window: Window) -> Vec<Window> {
    let mut slices = Vec::new();
    let mut from = window.from;
    loop {
        let to = (from + chrono::Duration::days(SLICE_DAYS - 1)).min(window.to);
        slices.push(Window { from, to });
        if to >= window.to {
            return slices;
        }
        from = to + chrono::Duration::days(1);
    }
}

async fn list_slice(
    exec: &Executor,
    person_id: &str,
    window: Window,
) -> Result<Vec<AttendancePeriod>, PersonioError> {
    let list = List::new(
        exec,
        LABEL,
        Area::AttendancesRead,
        PATH,
        &[
            ("person.id", person_id.to_owned()),
            ("start.date_time.gte", times::day_start(window.from)),
            ("start.date_time.lte", times::day_end(window.to)),
            ("limit", LIMIT.to_string()),
        ],
    )?;
    let records: Vec<Record> = all_pages(exec, &list).await?;
    let mut all = records
        .into_iter()
        .map(period)
        .collect::<Result<Vec<_>, _>>()?;
    all.retain(|p| window.contains(p.start.date()));
    Ok(all)
}

/// One page's body as periods (pure, for the decoder fuzz test).
pub(crate) fn decode_page(body: &[u8]) -> Result<Vec<AttendancePeriod>, PersonioError> {
    crate::v2::envelope::decode_list::<Record>(LABEL, body)?
        .items
        .into_iter()
        .map(period)
        .collect()
}

fn period(record: Record) -> Result<AttendancePeriod, PersonioError> {
    let start = record.start.date_time.ok_or_else(|| {
        PersonioError::unexpected(
            LABEL,
            format!("period {} has no `start.date_time`", record.id),
        )
    })?;
    Ok(AttendancePeriod {
        person_id: record.person.and_then(|p| p.id).unwrap_or_default(),
        kind: AttendanceKind::from(record.kind),
        start,
        end: record.end.and_then(|e| e.date_time),
        comment: record.comment.filter(|c| !c.is_empty()),
        project_id: record.project.and_then(|p| p.id),
        status: AttendanceStatus::from(record.status.unwrap_or_default()),
        updated_at: record.updated_at,
        id: record.id,
    })
}

/// The JSON Personio takes for a new period.
pub(crate) fn create_body(new: &NewAttendance) -> Value {
    json!({
        "person": {"id": new.person_id},
        "type": String::from(new.kind.clone()),
        "start": {"date_time": times::write(new.start)},
        "end": new.end.map(|end| json!({"date_time": times::write(end)})),
        "comment": new.comment,
    })
}

/// The JSON of a PATCH: only what changes.
pub(crate) fn change_body(change: &AttendanceChange) -> Value {
    let mut body = Map::new();
    if let Some(start) = change.start {
        body.insert("start".into(), json!({"date_time": times::write(start)}));
    }
    if let Some(end) = change.end {
        body.insert("end".into(), json!({"date_time": times::write(end)}));
    }
    if let Some(comment) = &change.comment {
        body.insert("comment".into(), json!(comment));
    }
    Value::Object(body)
}

pub(crate) async fn create(exec: &Executor, new: &NewAttendance) -> Result<String, PersonioError> {
    let mut url = exec.url(PATH)?;
    if new.skip_approval {
        url.query_pairs_mut().append_pair("skip_approval", "true");
    }
    let call = Call {
        label: CREATE,
        method: Method::POST,
        url,
        json: Some(create_body(new)),
    };
    let answer = exec.call(&call).await?;
    if answer.status.is_server_error() {
        return Err(PersonioError::unexpected(
            CREATE,
            format!(
                "HTTP {}; Personio may have stored the period anyway, so it is not sent again: \
                 read the day back and match by start and end before trying again",
                answer.status
            ),
        ));
    }
    let body = checked(exec, CREATE, Area::AttendancesWrite, answer)?;
    created_id(CREATE, &body)
}

pub(crate) async fn change(
    exec: &Executor,
    id: &str,
    change: &AttendanceChange,
) -> Result<(), PersonioError> {
    let call = Call {
        label: CHANGE,
        method: Method::PATCH,
        url: one(exec, CHANGE, id)?,
        json: Some(change_body(change)),
    };
    checked(
        exec,
        CHANGE,
        Area::AttendancesWrite,
        exec.call(&call).await?,
    )
    .map(drop)
}

pub(crate) async fn delete(exec: &Executor, id: &str) -> Result<(), PersonioError> {
    let call = Call {
        label: DELETE,
        method: Method::DELETE,
        url: one(exec, DELETE, id)?,
        json: None,
    };
    checked(
        exec,
        DELETE,
        Area::AttendancesWrite,
        exec.call(&call).await?,
    )
    .map(drop)
}

/// `…/v2/attendance-periods/{id}`, the id percent-encoded as one path segment.
fn one(exec: &Executor, label: &str, id: &str) -> Result<Url, PersonioError> {
    if id.trim().is_empty() {
        return Err(PersonioError::unexpected(label, "no period id was given"));
    }
    let mut url = exec.url(PATH)?;
    url.path_segments_mut()
        .map_err(|()| PersonioError::unexpected(label, "the base URL cannot take a path"))?
        .pop_if_empty()
        .push(id.trim());
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_is_read_in_two_month_slices_that_cover_it_once() {
        let day = |s: &str| s.parse::<NaiveDate>().expect("a date");
        let window = Window::new((day("2025-12-01"), day("2027-12-01")));
        let slices = slices(window);
        assert_eq!(
            slices.len(),
            12,
            "731 days are 12 slices of at most 61: {slices:?}"
        );
        assert_eq!(
            slices[0].from, window.from,
            "the first starts with the window"
        );
        assert_eq!(slices[11].to, window.to, "the last ends with it");
        for pair in slices.windows(2) {
            assert_eq!(
                pair[0].to + chrono::Duration::days(1),
                pair[1].from,
                "no gap, no overlap"
            );
        }
        let one_day = Window::new((day("2026-06-01"), day("2026-06-01")));
        assert_eq!(super::slices(one_day), vec![one_day], "a day is one slice");
    }
    use chrono::NaiveDate;

    fn at(h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, 1)
            .unwrap()
            .and_hms_opt(h, m, 0)
            .unwrap()
    }

    #[test]
    fn bodies_write_local_times_without_offset() {
        let new = NewAttendance {
            person_id: "p-1".into(),
            kind: AttendanceKind::Work,
            start: at(9, 0),
            end: None,
            comment: Some("Release".into()),
            skip_approval: false,
        };
        assert_eq!(
            create_body(&new),
            json!({"person": {"id": "p-1"}, "type": "WORK",
                   "start": {"date_time": "2026-06-01T09:00:00"}, "end": null,
                   "comment": "Release"}),
            "an open-ended WORK period: local start, end null, no `Z`"
        );
        let change = AttendanceChange {
            end: Some(at(17, 30)),
            ..AttendanceChange::default()
        };
        assert_eq!(
            change_body(&change),
            json!({"end": {"date_time": "2026-06-01T17:30:00"}}),
            "a PATCH sends only what changes, and never the type"
        );
    }
}
