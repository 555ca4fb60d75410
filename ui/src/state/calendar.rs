//! Calendar arithmetic for the Timeline: which dates a view shows, where "previous" and "next"
//! go, and the heading of a range.
//!
//! Kept apart from the reducer because it is pure date math with its own table tests. Weeks
//! start on the user's first weekday (Monday by default, ISO 8601, as in Germany where
//! Personio's users mostly are; Sunday can be chosen in Settings).

use crate::i18n::{dates, t, Key, Lang};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// How much of the calendar is shown at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    Day,
    Week,
    #[default]
    Month,
}

impl View {
    pub const ALL: [View; 3] = [View::Day, View::Week, View::Month];

    /// Stable id used in the DOM (`#timeline-view-<id>`): the e2e suite selects by it.
    pub fn id(self) -> &'static str {
        match self {
            View::Day => "day",
            View::Week => "week",
            View::Month => "month",
        }
    }

    pub fn label(self) -> Key {
        match self {
            View::Day => Key::Day,
            View::Week => Key::Week,
            View::Month => Key::Month,
        }
    }

    /// The titles of the previous and next buttons.
    pub fn step_labels(self) -> (Key, Key) {
        match self {
            View::Day => (Key::PrevDay, Key::NextDay),
            View::Week => (Key::PrevWeek, Key::NextWeek),
            View::Month => (Key::PrevMonth, Key::NextMonth),
        }
    }
}

/// The `first` weekday on or before `date`.
pub fn week_start(date: NaiveDate, first: Weekday) -> NaiveDate {
    date - Days::new(u64::from(date.weekday().days_since(first)))
}

/// The seven weekdays in display order, from `first`.
pub fn weekdays(first: Weekday) -> [Weekday; 7] {
    let mut day = first;
    std::array::from_fn(|_| {
        let this = day;
        day = day.succ();
        this
    })
}

/// The first day of `date`'s month.
pub fn month_start(date: NaiveDate) -> NaiveDate {
    date.with_day(1).unwrap_or(date)
}

/// The days `view` shows around `anchor`, both ends inclusive: the day, its week from
/// `first`, or its calendar month (the padding of the month grid is not part of the range, so
/// totals are the month's).
pub fn range(view: View, anchor: NaiveDate, first: Weekday) -> (NaiveDate, NaiveDate) {
    match view {
        View::Day => (anchor, anchor),
        View::Week => {
            let start = week_start(anchor, first);
            (start, start + Days::new(6))
        }
        View::Month => {
            let start = month_start(anchor);
            let end = start + Months::new(1) - Days::new(1);
            (start, end)
        }
    }
}

/// The anchor one view-length before (`forward == false`) or after `anchor`. Months keep the
/// day where they can and clamp it otherwise (31 March → 28/29 February).
pub fn step(view: View, anchor: NaiveDate, forward: bool) -> NaiveDate {
    let moved = match (view, forward) {
        (View::Day, true) => anchor.checked_add_days(Days::new(1)),
        (View::Day, false) => anchor.checked_sub_days(Days::new(1)),
        (View::Week, true) => anchor.checked_add_days(Days::new(7)),
        (View::Week, false) => anchor.checked_sub_days(Days::new(7)),
        (View::Month, true) => anchor.checked_add_months(Months::new(1)),
        (View::Month, false) => anchor.checked_sub_months(Months::new(1)),
    };
    moved.unwrap_or(anchor)
}

/// The month grid of `anchor`'s month: whole weeks from `first`, so it starts on the week's
/// first day on or before the 1st and ends on its last day on or after the month's last.
pub fn month_grid(anchor: NaiveDate, first: Weekday) -> Vec<NaiveDate> {
    let (first_day, last_day) = range(View::Month, anchor, first);
    let start = week_start(first_day, first);
    let end = week_start(last_day, first) + Days::new(6);
    start.iter_days().take_while(|d| *d <= end).collect()
}

/// The heading of what `view` shows, in `lang`: "June 2026", "Week 23 · 1 – 7 Jun 2026",
/// "Monday, 1 June 2026" (German: "Juni 2026", "KW 23 · 1.–7. Juni 2026", "Montag, 1. Juni 2026").
/// The week number is the ISO week of the week's Monday.
pub fn range_label(lang: Lang, view: View, anchor: NaiveDate, first: Weekday) -> String {
    match view {
        View::Day => dates::long_date(lang, anchor),
        View::Month => dates::month_year(lang, anchor),
        View::Week => {
            let (start, end) = range(View::Week, anchor, first);
            let span = dates::week_span(lang, start, end);
            let monday = start + Days::new(u64::from(Weekday::Mon.days_since(first)));
            let week = monday.iso_week().week();
            format!("{} {week} · {span}", t(lang, Key::WeekNumber))
        }
    }
}

/// Saturday or Sunday: muted in the views.
pub fn is_weekend(date: NaiveDate) -> bool {
    date.weekday().num_days_from_monday() >= 5
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn d(text: &str) -> NaiveDate {
        text.parse().expect("test dates are ISO")
    }

    #[test]
    fn prev_and_next_move_by_the_views_length() {
        let cases = [
            (View::Day, "2026-06-10", false, "2026-06-09"),
            (View::Day, "2026-06-30", true, "2026-07-01"),
            (View::Week, "2026-06-10", false, "2026-06-03"),
            (View::Week, "2026-12-30", true, "2027-01-06"),
            (View::Month, "2026-06-10", true, "2026-07-10"),
            (View::Month, "2026-01-15", false, "2025-12-15"),
            (View::Month, "2026-03-31", false, "2026-02-28"),
            (View::Month, "2028-01-31", true, "2028-02-29"),
        ];
        for (view, from, forward, want) in cases {
            assert_eq!(
                step(view, d(from), forward),
                d(want),
                "{view:?} from {from}, forward={forward}: one view-length, months clamp the day"
            );
        }
    }

    #[test]
    fn ranges_are_the_day_the_week_from_its_first_day_or_the_month() {
        let cases = [
            (View::Day, "2026-06-10", "2026-06-10", "2026-06-10"),
            (View::Week, "2026-06-10", "2026-06-08", "2026-06-14"),
            (View::Week, "2026-06-08", "2026-06-08", "2026-06-14"),
            (View::Week, "2026-06-14", "2026-06-08", "2026-06-14"),
            (View::Month, "2026-06-10", "2026-06-01", "2026-06-30"),
            (View::Month, "2028-02-10", "2028-02-01", "2028-02-29"),
            (View::Month, "2026-12-31", "2026-12-01", "2026-12-31"),
        ];
        for (view, anchor, from, to) in cases {
            assert_eq!(
                range(view, d(anchor), Weekday::Mon),
                (d(from), d(to)),
                "{view:?} around {anchor}: weeks run Monday to Sunday"
            );
        }
        let sunday_weeks = [
            ("2026-06-10", "2026-06-07", "2026-06-13"),
            ("2026-06-07", "2026-06-07", "2026-06-13"),
            ("2026-06-13", "2026-06-07", "2026-06-13"),
            ("2026-06-14", "2026-06-14", "2026-06-20"),
        ];
        for (anchor, from, to) in sunday_weeks {
            assert_eq!(
                range(View::Week, d(anchor), Weekday::Sun),
                (d(from), d(to)),
                "around {anchor}: Sunday-first weeks run Sunday to Saturday"
            );
        }
    }

    #[test]
    fn the_month_grid_is_padded_to_whole_monday_to_sunday_weeks() {
        let cases = [
            // June 2026 starts on a Monday and ends on a Tuesday.
            ("2026-06-17", "2026-06-01", "2026-07-05", 35),
            // February 2027 starts on Monday and ends on Sunday: exactly four weeks.
            ("2027-02-03", "2027-02-01", "2027-02-28", 28),
            // August 2026 starts on a Saturday: six rows.
            ("2026-08-01", "2026-07-27", "2026-09-06", 42),
        ];
        for (anchor, first, last, len) in cases {
            let grid = month_grid(d(anchor), Weekday::Mon);
            assert_eq!(grid.len(), len, "{anchor}: whole weeks only");
            assert_eq!(grid[0], d(first), "{anchor}: starts on the Monday");
            assert_eq!(grid[len - 1], d(last), "{anchor}: ends on the Sunday");
            assert_eq!(grid[0].weekday(), Weekday::Mon, "{anchor}: Monday first");
            assert!(
                grid.windows(2).all(|w| w[1] == w[0] + Days::new(1)),
                "{anchor}: consecutive days without gaps"
            );
        }
    }

    #[test]
    fn headings_name_the_range_as_people_say_it() {
        let cases = [
            (View::Month, "2026-06-17", "June 2026"),
            (View::Day, "2026-06-01", "Monday, 1 June 2026"),
            (View::Week, "2026-06-10", "Week 24 · 8 – 14 Jun 2026"),
            (View::Week, "2026-07-01", "Week 27 · 29 Jun – 5 Jul 2026"),
            (
                View::Week,
                "2026-12-31",
                "Week 53 · 28 Dec 2026 – 3 Jan 2027",
            ),
        ];
        for (view, anchor, want) in cases {
            assert_eq!(
                range_label(Lang::En, view, d(anchor), Weekday::Mon),
                want,
                "{view:?} of {anchor}"
            );
        }
    }

    #[test]
    fn german_headings_use_german_names_and_calendar_weeks() {
        let cases = [
            (View::Month, "2026-06-17", "Juni 2026"),
            (View::Month, "2026-11-22", "November 2026"),
            (View::Day, "2026-06-01", "Montag, 1. Juni 2026"),
            (View::Week, "2026-06-10", "KW 24 · 8.–14. Juni 2026"),
        ];
        for (view, anchor, want) in cases {
            assert_eq!(
                range_label(Lang::De, view, d(anchor), Weekday::Mon),
                want,
                "German {view:?} of {anchor}"
            );
        }
    }

    #[test]
    fn a_sunday_first_month_grid_starts_on_sunday_and_keeps_iso_week_numbers() {
        // June 2026: 1st is a Monday, so the Sunday-first grid starts on 31 May.
        let grid = month_grid(d("2026-06-17"), Weekday::Sun);
        assert_eq!(grid[0], d("2026-05-31"), "the Sunday before the 1st");
        assert_eq!(grid.len(), 35, "whole Sunday–Saturday weeks");
        assert_eq!(grid[34].weekday(), Weekday::Sat, "ends on a Saturday");
        assert_eq!(
            weekdays(Weekday::Sun).map(|w| w.num_days_from_monday()),
            [6, 0, 1, 2, 3, 4, 5],
            "column heads follow the grid"
        );
        assert_eq!(
            range_label(Lang::En, View::Week, d("2026-06-10"), Weekday::Sun),
            "Week 24 · 7 – 13 Jun 2026",
            "the number is the ISO week of the Monday inside"
        );
    }

    #[test]
    fn only_saturday_and_sunday_are_weekend() {
        let week: Vec<bool> = d("2026-06-08")
            .iter_days()
            .take(7)
            .map(is_weekend)
            .collect();
        assert_eq!(
            week,
            [false, false, false, false, false, true, true],
            "Mon–Fri are working days, Sat and Sun muted"
        );
    }
}
