//! Public holidays: Personio does not provide them, so Stint computes them offline.
//!
//! Germany (nationwide `DE` and the 16 states `DE-BW` … `DE-TH`) comes from the maintained
//! `holiday_de` crate; `none` switches holidays off. The region itself (its codes and how they
//! are read) is `stint_model::HolidayRegion`; other countries are refused there with a message.

use chrono::{Datelike, NaiveDate};
use holiday_de::GermanRegion;
use stint_model::{GermanState, HolidayRegion};

/// `DE` when the OS language is set to a German locale (`de_DE…`), otherwise `none`: the user
/// picks the state in Settings.
pub fn region_from_os_locale() -> HolidayRegion {
    let locale = ["LC_ALL", "LC_TIME", "LANG"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    if locale.to_ascii_lowercase().starts_with("de_de") {
        HolidayRegion::Germany
    } else {
        HolidayRegion::None
    }
}

/// The holiday's German name on `date`, if it is a public holiday in `region`.
pub fn holiday_on(region: HolidayRegion, date: NaiveDate) -> Option<String> {
    let state = match region {
        HolidayRegion::None => return None,
        HolidayRegion::GermanState(state) => german_region(state),
        // Every state has the nationwide holidays; Hamburg has nothing more before 2018 and
        // only Reformationstag after, so nationwide = Hamburg minus Reformationstag.
        HolidayRegion::Germany => GermanRegion::Hamburg,
    };
    let holiday = state.holiday_from_date(date)?;
    if region == HolidayRegion::Germany && date.month() == 10 && date.day() == 31 {
        return None;
    }
    Some(holiday.description().to_owned())
}

fn german_region(state: GermanState) -> GermanRegion {
    match state {
        GermanState::BadenWuerttemberg => GermanRegion::BadenWuerttemberg,
        GermanState::Bayern => GermanRegion::Bayern,
        GermanState::Berlin => GermanRegion::Berlin,
        GermanState::Brandenburg => GermanRegion::Brandenburg,
        GermanState::Bremen => GermanRegion::Bremen,
        GermanState::Hamburg => GermanRegion::Hamburg,
        GermanState::Hessen => GermanRegion::Hessen,
        GermanState::MecklenburgVorpommern => GermanRegion::MechlenburgVorpommern,
        GermanState::Niedersachsen => GermanRegion::Niedersachsen,
        GermanState::NordrheinWestfalen => GermanRegion::NordrheinWestfalen,
        GermanState::RheinlandPfalz => GermanRegion::RheinlandPfalz,
        GermanState::Saarland => GermanRegion::Saarland,
        GermanState::Sachsen => GermanRegion::Sachsen,
        GermanState::SachsenAnhalt => GermanRegion::SachsenAnhalt,
        GermanState::SchleswigHolstein => GermanRegion::SchleswigHolstein,
        GermanState::Thueringen => GermanRegion::Thueringen,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn regional_holidays_follow_the_state() {
        let on = |code: &str, date| holiday_on(HolidayRegion::parse(code).unwrap(), date);
        let epiphany = day(2026, 1, 6);
        assert!(
            on("DE-BY", epiphany).is_some(),
            "Heilige Drei Könige is a holiday in Bavaria"
        );
        assert!(on("DE-BE", epiphany).is_none(), "but not in Berlin");
        assert!(on("DE", epiphany).is_none(), "nor nationwide");
        assert!(
            on("DE", day(2026, 10, 3)).is_some(),
            "German Unity Day is nationwide"
        );
        assert!(
            on("DE", day(2026, 10, 31)).is_none(),
            "Reformationstag is regional only"
        );
        assert!(on("none", day(2026, 12, 25)).is_none(), "none means none");
    }

    #[test]
    fn easter_dependent_holidays_move_with_easter() {
        let on = |date| holiday_on(HolidayRegion::Germany, date);
        assert!(on(day(2026, 4, 3)).is_some(), "Good Friday 2026 is April 3");
        assert!(
            on(day(2026, 4, 6)).is_some(),
            "Easter Monday 2026 is April 6"
        );
        assert!(
            on(day(2027, 3, 26)).is_some(),
            "Good Friday 2027 is March 26"
        );
    }
}
