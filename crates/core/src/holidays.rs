//! Public holidays: Personio does not provide them, so Stint computes them offline.
//!
//! Germany (nationwide `DE` and the 16 states `DE-BW` … `DE-TH`) comes from the maintained
//! `holiday_de` crate; `none` switches holidays off. The region itself (its codes and how they
//! are read) is `stint_model::HolidayRegion`; other countries are refused there with a message.

use chrono::{Datelike, NaiveDate};
use holiday_de::{GermanHoliday, GermanRegion};
use stint_model::{DayPlan, GermanState, HolidayRegion, Language};

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

/// Every holiday `holiday_de` knows, to find one by its German name.
const ALL: [GermanHoliday; 27] = {
    use GermanHoliday::*;
    [
        Neujahr,
        HeiligeDreiKoenige,
        Frauentag,
        Faschingsdienstag,
        Aschermittwoch,
        Gruendonnerstag,
        Karfreitag,
        Ostersonntag,
        Ostermontag,
        ErsterMai,
        TagDerBefreiung,
        ChristiHimmelfahrt,
        Pfingstsonntag,
        Pfingstmontag,
        SiebzehnterJuni,
        Fronleichnam,
        AugsburgerFriedensfest,
        MariaeHimmelfahrt,
        Weltkindertag,
        TagDerDeutschenEinheit,
        Reformationstag,
        Allerheiligen,
        BussUndBettag,
        Heiligabend,
        ErsterWeihnachtsfeiertag,
        ZweiterWeihnachtsfeiertag,
        Silvester,
    ]
};

/// Names the holidays of `plans` in `lang`. The calendar's names are German, so German leaves
/// them as they are; a name the table does not know stays German too.
pub fn name_in<'a>(lang: Language, plans: impl IntoIterator<Item = &'a mut DayPlan>) {
    if lang != Language::En {
        return;
    }
    for plan in plans {
        if let Some(name) = plan.holiday.as_mut() {
            if let Some(english) = english_name(name) {
                *name = english.to_owned();
            }
        }
    }
}

/// The English name of the holiday [`holiday_on`] names in German, for an English timesheet
/// or timeline; `None` for a name not in the table (it then stays German).
pub fn english_name(german: &str) -> Option<&'static str> {
    use GermanHoliday::*;
    let holiday = ALL.iter().find(|h| h.description() == german)?;
    Some(match holiday {
        Neujahr => "New Year's Day",
        HeiligeDreiKoenige => "Epiphany",
        Frauentag => "International Women's Day",
        Faschingsdienstag => "Shrove Tuesday",
        Aschermittwoch => "Ash Wednesday",
        Gruendonnerstag => "Maundy Thursday",
        Karfreitag => "Good Friday",
        Ostersonntag => "Easter Sunday",
        Ostermontag => "Easter Monday",
        ErsterMai => "Labour Day",
        TagDerBefreiung => "Liberation Day",
        ChristiHimmelfahrt => "Ascension Day",
        Pfingstsonntag => "Whit Sunday",
        Pfingstmontag => "Whit Monday",
        SiebzehnterJuni => "Uprising of 17 June 1953",
        Fronleichnam => "Corpus Christi",
        AugsburgerFriedensfest => "Augsburg Peace Festival",
        MariaeHimmelfahrt => "Assumption Day",
        Weltkindertag => "World Children's Day",
        TagDerDeutschenEinheit => "German Unity Day",
        Reformationstag => "Reformation Day",
        Allerheiligen => "All Saints' Day",
        BussUndBettag => "Day of Repentance and Prayer",
        Heiligabend => "Christmas Eve",
        ErsterWeihnachtsfeiertag => "Christmas Day",
        ZweiterWeihnachtsfeiertag => "St Stephen's Day",
        Silvester => "New Year's Eve",
    })
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

    #[test]
    fn every_public_holiday_of_every_state_has_an_english_name() {
        let states = [
            GermanRegion::BadenWuerttemberg,
            GermanRegion::Bayern,
            GermanRegion::Berlin,
            GermanRegion::Brandenburg,
            GermanRegion::Bremen,
            GermanRegion::Hamburg,
            GermanRegion::Hessen,
            GermanRegion::MechlenburgVorpommern,
            GermanRegion::Niedersachsen,
            GermanRegion::NordrheinWestfalen,
            GermanRegion::RheinlandPfalz,
            GermanRegion::Saarland,
            GermanRegion::Sachsen,
            GermanRegion::SachsenAnhalt,
            GermanRegion::SchleswigHolstein,
            GermanRegion::Thueringen,
        ];
        let mut seen = 0;
        for state in states {
            for year in [2019, 2020, 2026, 2027] {
                for holiday in state.holidays_in_year(year) {
                    let german = holiday.description();
                    let english = english_name(german);
                    assert!(english.is_some(), "{german} has an English name");
                    assert_ne!(english, Some(german), "{german} is translated");
                    seen += 1;
                }
            }
        }
        assert!(
            seen > 16 * 4 * 9,
            "every state has at least nine a year: {seen}"
        );
        assert_eq!(
            english_name("Erster Weihnachtsfeiertag"),
            Some("Christmas Day")
        );
        assert_eq!(
            english_name("Betriebsausflug"),
            None,
            "not a holiday: stays as it is"
        );
    }
}
