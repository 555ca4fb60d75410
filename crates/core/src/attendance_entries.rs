//! Personio's attendance periods as the user's tracked time, beside the entries kept in Stint.
//!
//! A sync stores the user's periods as Personio has them (see [`crate::attendances`]); here they
//! become what the day view lists and what the day plan counts:
//! - only `WORK` periods are entries — a `BREAK` period is the gap between two of them, and
//!   Personio does not let periods overlap, so WORK time is already net of breaks;
//! - a rejected or expired period is listed (struck out) but does not count;
//! - an open-ended period (clocked in, not yet out) is listed with its start and counts nothing
//!   until it is closed: Stint never counts time no one has recorded yet;
//! - a period made by this Stint is the entry it came from, listed and counted once, as that
//!   entry (`linked`).

use std::collections::HashSet;

use chrono::NaiveDateTime;
use stint_model::{EntrySource, PersonioState, TimeEntryView};
use stint_store::StoredAttendance;

use crate::day_plan::EntrySpan;
use crate::entries::MAX_ENTRY_MINUTES;

/// The WORK periods among `periods` that are not one of the user's own entries (`linked` holds
/// the period ids Stint's entries carry).
pub(crate) fn own_work<'a>(
    periods: &'a [StoredAttendance],
    linked: &'a HashSet<String>,
) -> impl Iterator<Item = &'a StoredAttendance> {
    periods
        .iter()
        .filter(|p| p.kind.eq_ignore_ascii_case("WORK"))
        .filter(|p| !linked.contains(&p.id))
}

/// The worked minutes of a closed period (at most a day, as Personio allows).
fn minutes(start: NaiveDateTime, end: NaiveDateTime) -> u32 {
    let minutes = (end - start)
        .num_minutes()
        .clamp(0, i64::from(MAX_ENTRY_MINUTES));
    u32::try_from(minutes).unwrap_or(0)
}

/// A period as the day view lists it.
pub(crate) fn view(period: &StoredAttendance) -> TimeEntryView {
    TimeEntryView {
        id: None,
        date: period.start.date(),
        start: Some(period.start.time()),
        end: period.end.map(|end| end.time()),
        minutes: period.end.map_or(0, |end| minutes(period.start, end)),
        note: period.comment.clone(),
        source: EntrySource::Personio,
        personio_id: Some(period.id.clone()),
        personio_status: Some(PersonioState::from_personio(&period.status)),
        personio_message: None,
    }
}

/// A period as the day plan counts it: `None` when it does not count (open-ended, rejected,
/// expired, or empty).
pub(crate) fn span(period: &StoredAttendance) -> Option<EntrySpan> {
    let end = period.end?;
    let counts = PersonioState::from_personio(&period.status).counts();
    let minutes = minutes(period.start, end);
    (counts && minutes > 0).then_some(EntrySpan {
        start: period.start,
        end: Some(end),
        minutes,
    })
}

/// Sorts a day view's list by when entries start: duration-only entries (no start) first on
/// their day, then by start time, Stint's entries before Personio's at the same minute.
pub(crate) fn sort(entries: &mut [TimeEntryView]) {
    entries.sort_by_key(|e| (e.date, e.start, e.source == EntrySource::Personio, e.id));
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::iso;

    fn period(
        id: &str,
        kind: &str,
        start: &str,
        end: Option<&str>,
        status: &str,
    ) -> StoredAttendance {
        let at = |t: &str| iso::parse_date_time(&format!("2026-06-01T{t}:00")).expect("a time");
        StoredAttendance {
            id: id.into(),
            kind: kind.into(),
            start: at(start),
            end: end.map(at),
            status: status.into(),
            comment: String::new(),
            updated_at: None,
        }
    }

    #[test]
    fn what_counts_as_tracked() {
        let cases = [
            (
                period("a", "WORK", "09:00", Some("12:30"), "CONFIRMED"),
                Some(210),
                "a confirmed period counts its span",
            ),
            (
                period("b", "WORK", "13:00", Some("17:00"), "PENDING"),
                Some(240),
                "a pending period is the user's time and counts",
            ),
            (
                period("c", "WORK", "09:00", Some("10:00"), "REJECTED"),
                None,
                "a rejected period does not count",
            ),
            (
                period("d", "WORK", "09:00", Some("10:00"), "expired"),
                None,
                "an expired period does not count, in any case",
            ),
            (
                period("e", "WORK", "09:00", None, "PENDING"),
                None,
                "an open-ended period counts nothing yet",
            ),
            (
                period("f", "WORK", "09:00", Some("09:00"), "CONFIRMED"),
                None,
                "an empty period adds nothing",
            ),
        ];
        for (p, want, why) in cases {
            assert_eq!(span(&p).map(|s| s.minutes), want, "{why}");
        }
    }

    #[test]
    fn breaks_and_linked_periods_are_not_entries() {
        let periods = [
            period("w1", "WORK", "09:00", Some("12:00"), "CONFIRMED"),
            period("b1", "BREAK", "12:00", Some("12:30"), "CONFIRMED"),
            period("w2", "work", "12:30", Some("17:00"), "PENDING"),
            period("mine", "WORK", "18:00", Some("19:00"), "PENDING"),
        ];
        let linked = HashSet::from(["mine".to_owned()]);
        let ids: Vec<&str> = own_work(&periods, &linked).map(|p| p.id.as_str()).collect();
        assert_eq!(
            ids,
            ["w1", "w2"],
            "a BREAK is a gap, and a period made from a Stint entry is that entry"
        );
    }

    #[test]
    fn an_open_period_is_listed_from_its_start() {
        let view = view(&period("open", "WORK", "08:15", None, "PENDING"));
        assert_eq!(view.start.map(iso::time_of_day).as_deref(), Some("08:15"));
        assert_eq!(
            (view.end, view.minutes),
            (None, 0),
            "no end, nothing counted yet"
        );
        assert_eq!(view.personio_status, Some(PersonioState::Pending));
        assert_eq!(view.source, EntrySource::Personio);
    }
}
