//! The demo company's public holidays: Germany's nationwide ones, on which nobody there works.
//!
//! Personio does not serve holidays, so the sandbox needs its own list only to leave those days
//! out of the demo employee's attendances. It is the list Stint's core uses for the holiday
//! region `DE` (the maintained `holiday_de` crate; nationwide = Hamburg without Reformation
//! Day), which the demo's data folder is set to; a core test pins the two lists together.

use chrono::{Datelike, NaiveDate};
use holiday_de::GermanRegion;

/// True when `date` is a public holiday in all of Germany.
pub fn nationwide_holiday(date: NaiveDate) -> bool {
    // Every state has the nationwide holidays; Hamburg has only Reformation Day beyond them.
    GermanRegion::Hamburg.is_holiday(date) && !(date.month() == 10 && date.day() == 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nationwide_holidays_of_2026() {
        let on = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("valid date");
        for (m, d) in [
            (1, 1),
            (4, 3),
            (4, 6),
            (5, 1),
            (5, 14),
            (5, 25),
            (10, 3),
            (12, 25),
        ] {
            assert!(
                nationwide_holiday(on(m, d)),
                "2026-{m:02}-{d:02} is a holiday"
            );
        }
        for (m, d) in [(1, 6), (10, 31), (11, 1), (6, 4), (12, 24)] {
            assert!(
                !nationwide_holiday(on(m, d)),
                "2026-{m:02}-{d:02} is a holiday only in some states, or none"
            );
        }
    }
}
