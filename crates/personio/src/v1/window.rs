//! The date window of an absence request: ask wider, then clip on the client.
//!
//! Personio may return only periods lying fully inside the requested window [seen], which
//! would drop a vacation that started before the window. So the client asks for 31 days more on
//! each side and keeps what overlaps the window the caller asked for.

use chrono::{Days, NaiveDate};

/// Days added on each side of the requested window.
pub(crate) const MARGIN_DAYS: u64 = 31;

/// An inclusive window of calendar dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Window {
    /// A window from two dates in either order.
    pub fn new((a, b): (NaiveDate, NaiveDate)) -> Self {
        Self {
            from: a.min(b),
            to: a.max(b),
        }
    }

    /// The window sent to Personio.
    pub fn widened(self) -> Self {
        Self {
            from: self
                .from
                .checked_sub_days(Days::new(MARGIN_DAYS))
                .unwrap_or(self.from),
            to: self
                .to
                .checked_add_days(Days::new(MARGIN_DAYS))
                .unwrap_or(self.to),
        }
    }

    /// True when `[start, end]` shares at least one day with the window.
    pub fn overlaps(self, start: NaiveDate, end: NaiveDate) -> bool {
        start <= self.to && end >= self.from
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }

    pub fn query(self) -> [(&'static str, String); 2] {
        [
            ("start_date", self.from.format("%Y-%m-%d").to_string()),
            ("end_date", self.to.format("%Y-%m-%d").to_string()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, day).unwrap()
    }

    #[test]
    fn widens_by_a_month_each_side() {
        let wide = Window::new((d(3, 1), d(3, 31))).widened();
        assert_eq!(
            (wide.from, wide.to),
            (d(1, 30), d(5, 1)),
            "31 days each side catch periods that straddle the window edges"
        );
    }

    #[test]
    fn overlap_keeps_straddling_periods_only() {
        let window = Window::new((d(3, 31), d(3, 1)));
        assert!(
            window.overlaps(d(2, 26), d(3, 1)),
            "ends on the first day: overlaps"
        );
        assert!(
            window.overlaps(d(3, 31), d(4, 3)),
            "starts on the last day: overlaps"
        );
        assert!(
            !window.overlaps(d(2, 1), d(2, 29)),
            "entirely before: clipped away"
        );
        assert!(
            !window.overlaps(d(4, 1), d(4, 2)),
            "entirely after: clipped away"
        );
    }
}
