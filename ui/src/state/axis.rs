//! The time axis of the week and day views, as pure arithmetic: which minutes of a day an entry
//! covers, which hours the axis shows, where a span sits on a column (in percent, so the same
//! layout serves the narrow week columns and the tall day column), a pointer position back to a
//! time of day, and where the day's target is reached.
//!
//! Minutes are minutes of the day, 0..=1440. An entry that crosses midnight is drawn on both
//! days: up to 24:00 on its own date, from 00:00 on the next.

use chrono::{Duration, NaiveDate, NaiveTime, Timelike};
use stint_model::TimeEntryView;

/// The hours the axis shows at least, so an empty week still reads as a working day.
pub const WORKDAY: (u32, u32) = (7 * 60, 19 * 60);

/// What a drag or a click on an empty column snaps to.
pub const SNAP_MINUTES: u32 = 15;

const DAY: u32 = 24 * 60;

/// Minute of the day of a clock time.
pub fn minute_of(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

/// The clock time of a minute of the day (24:00 reads as 00:00 of the next day, which is how
/// an entry form takes an end at midnight).
pub fn time_of(minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt((minute / 60) % 24, minute % 60, 0).unwrap_or_default()
}

/// A minute of the day as the entry forms take it, `HH:MM` (24:00 as 00:00).
pub fn clock_text(minute: u32) -> String {
    stint_model::iso::time_of_day(time_of(minute))
}

/// The minutes `[start, end)` of `entry` on `date`, or `None` when it has none there: a
/// duration-only entry has no place on an axis. An open period (clocked in, no end) runs to
/// `now_minute` when it is today's, else to its start (a mark, not invented time).
pub fn entry_span(
    entry: &TimeEntryView,
    date: NaiveDate,
    now: Option<(NaiveDate, u32)>,
) -> Option<(u32, u32)> {
    let start = minute_of(entry.start?);
    let Some(end) = entry.end.map(minute_of) else {
        let until = match now {
            Some((today, minute)) if today == entry.date && minute > start => minute,
            _ => start,
        };
        return (entry.date == date).then_some((start, until));
    };
    let crosses_midnight = end <= start;
    if entry.date == date {
        Some((start, if crosses_midnight { DAY } else { end }))
    } else if crosses_midnight && entry.date + Duration::days(1) == date && end > 0 {
        Some((0, end))
    } else {
        None
    }
}

/// Whole hours covering [`WORKDAY`] and every span.
pub fn axis_range(spans: impl IntoIterator<Item = (u32, u32)>) -> (u32, u32) {
    let (mut from, mut to) = WORKDAY;
    for (start, end) in spans {
        from = from.min(start);
        to = to.max(end);
    }
    (from / 60 * 60, to.div_ceil(60).min(24) * 60)
}

/// Top and height of `span` on an axis `range`, in percent of the column.
pub fn place(span: (u32, u32), range: (u32, u32)) -> (f64, f64) {
    let length = f64::from(range.1.saturating_sub(range.0).max(1));
    let top = f64::from(span.0.saturating_sub(range.0)) / length * 100.0;
    let height = f64::from(span.1.saturating_sub(span.0)) / length * 100.0;
    (top, height)
}

/// The minute of the day at `fraction` (0 at the top, 1 at the bottom) of an axis `range`,
/// snapped to [`SNAP_MINUTES`] and kept inside the range.
pub fn minute_at(fraction: f64, range: (u32, u32)) -> u32 {
    let length = f64::from(range.1 - range.0);
    let raw = f64::from(range.0) + fraction.clamp(0.0, 1.0) * length;
    let snapped = (raw / f64::from(SNAP_MINUTES)).round() as u32 * SNAP_MINUTES;
    snapped.clamp(range.0, range.1)
}

/// The span a drag from `a` to `b` (either direction) makes; at least one snap long.
pub fn dragged(a: u32, b: u32) -> (u32, u32) {
    let (start, end) = (a.min(b), a.max(b));
    (start, end.max(start + SNAP_MINUTES).min(DAY))
}

/// Where the target line goes: the minute at which the day's spans, walked in order, add up to
/// `target` minutes, and whether it was reached (`false`: the minute the rest of the target
/// would take after the last span, a projection). `None` without a target or without spans.
pub fn target_line(spans: &[(u32, u32)], target: u32) -> Option<(u32, bool)> {
    if target == 0 {
        return None;
    }
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    let mut left = target;
    for (start, end) in &sorted {
        let length = end - start;
        if length >= left {
            return Some((start + left, true));
        }
        left -= length;
    }
    let last_end = sorted.iter().map(|s| s.1).max()?;
    Some(((last_end + left).min(DAY), false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use stint_model::EntrySource;

    fn date(text: &str) -> NaiveDate {
        text.parse().expect("test dates are ISO")
    }

    fn entry(day: &str, start: Option<&str>, end: Option<&str>) -> TimeEntryView {
        let time = |t: &str| NaiveTime::parse_from_str(t, "%H:%M").expect("HH:MM");
        TimeEntryView {
            id: Some(1),
            date: date(day),
            start: start.map(time),
            end: end.map(time),
            minutes: 60,
            note: String::new(),
            source: EntrySource::Local,
            personio_id: None,
            personio_status: None,
            personio_message: None,
        }
    }

    #[test]
    fn an_entry_across_midnight_is_drawn_on_both_days_and_a_duration_nowhere() {
        let night = entry("2026-11-30", Some("22:00"), Some("01:30"));
        assert_eq!(
            entry_span(&night, date("2026-11-30"), None),
            Some((22 * 60, DAY))
        );
        assert_eq!(entry_span(&night, date("2026-12-01"), None), Some((0, 90)));
        assert_eq!(entry_span(&night, date("2026-12-02"), None), None);
        let until_midnight = entry("2026-11-30", Some("22:00"), Some("00:00"));
        assert_eq!(
            entry_span(&until_midnight, date("2026-12-01"), None),
            None,
            "ending at 00:00 leaves nothing on the next day"
        );
        let duration = entry("2026-11-30", None, None);
        assert_eq!(entry_span(&duration, date("2026-11-30"), None), None);
    }

    #[test]
    fn an_open_period_grows_to_now_only_on_its_own_day() {
        let open = entry("2026-12-01", Some("08:12"), None);
        let today = date("2026-12-01");
        assert_eq!(
            entry_span(&open, today, Some((today, 10 * 60))),
            Some((8 * 60 + 12, 600))
        );
        assert_eq!(
            entry_span(&open, today, Some((date("2026-12-02"), 600))),
            Some((492, 492)),
            "a period left open on an earlier day is a mark, not a day of work"
        );
    }

    #[test]
    fn the_axis_covers_the_workday_and_stretches_to_whole_hours_around_every_span() {
        assert_eq!(axis_range([]), WORKDAY);
        assert_eq!(
            axis_range([(6 * 60 + 40, 9 * 60), (18 * 60, 20 * 60 + 5)]),
            (6 * 60, 21 * 60)
        );
        assert_eq!(axis_range([(22 * 60, DAY)]), (7 * 60, DAY));
    }

    #[test]
    fn places_are_percent_of_the_axis() {
        assert_eq!(place((9 * 60, 12 * 60), (6 * 60, 18 * 60)), (25.0, 25.0));
        assert_eq!(place((6 * 60, 18 * 60), (6 * 60, 18 * 60)), (0.0, 100.0));
    }

    #[test]
    fn a_pointer_position_snaps_to_a_quarter_hour_inside_the_axis() {
        let range = (6 * 60, 18 * 60);
        assert_eq!(minute_at(0.25, range), 9 * 60);
        assert_eq!(minute_at(0.2507, range), 9 * 60, "a pixel off still snaps");
        assert_eq!(
            minute_at(0.27, range),
            9 * 60 + 15,
            "09:14:24 rounds to the next quarter"
        );
        assert_eq!(minute_at(-0.5, range), range.0);
        assert_eq!(minute_at(1.5, range), range.1);
        assert_eq!(dragged(600, 540), (540, 600), "dragged upwards");
        assert_eq!(
            dragged(540, 540),
            (540, 555),
            "a click makes a quarter hour"
        );
    }

    #[test]
    fn the_target_line_is_where_the_spans_add_up_to_the_target() {
        let spans = [(13 * 60, 17 * 60 + 30), (9 * 60, 12 * 60 + 30)];
        assert_eq!(
            target_line(&spans, 7 * 60 + 30),
            Some((17 * 60, true)),
            "3:30 before lunch, 4:00 of the 4:30 after"
        );
        assert_eq!(
            target_line(&spans, 9 * 60),
            Some((18 * 60 + 30, false)),
            "one hour short: projected after the last span"
        );
        assert_eq!(target_line(&spans, 0), None);
        assert_eq!(target_line(&[], 480), None);
    }
}
