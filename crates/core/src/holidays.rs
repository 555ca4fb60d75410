//! Public holidays: Personio does not provide them, so Stint computes them offline.
//!
//! Germany (nationwide `DE` and the 16 states `DE-BW` … `DE-TH`) comes from the maintained
//! `holiday_de` crate; `none` switches holidays off. Other countries are not supported yet: the
//! error says so instead of silently showing none.

use chrono::{Datelike, NaiveDate};
use holiday_de::GermanRegion;
use serde::{Deserialize, Serialize};

/// A configured holiday region such as `DE-BY`; stored as that string.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct HolidayRegion(Region);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Region {
    None,
    /// Holidays every German state has.
    Germany,
    GermanState(GermanRegion),
}

const STATES: [(&str, GermanRegion); 16] = [
    ("BW", GermanRegion::BadenWuerttemberg),
    ("BY", GermanRegion::Bayern),
    ("BE", GermanRegion::Berlin),
    ("BB", GermanRegion::Brandenburg),
    ("HB", GermanRegion::Bremen),
    ("HH", GermanRegion::Hamburg),
    ("HE", GermanRegion::Hessen),
    ("MV", GermanRegion::MechlenburgVorpommern),
    ("NI", GermanRegion::Niedersachsen),
    ("NW", GermanRegion::NordrheinWestfalen),
    ("RP", GermanRegion::RheinlandPfalz),
    ("SL", GermanRegion::Saarland),
    ("SN", GermanRegion::Sachsen),
    ("ST", GermanRegion::SachsenAnhalt),
    ("SH", GermanRegion::SchleswigHolstein),
    ("TH", GermanRegion::Thueringen),
];

impl HolidayRegion {
    pub const NONE: HolidayRegion = HolidayRegion(Region::None);

    /// Parses `none`, `DE` or `DE-XX` (ISO 3166-2), case-insensitive.
    pub fn parse(raw: &str) -> Result<HolidayRegion, String> {
        let code = raw.trim().to_ascii_uppercase();
        let region = match code.as_str() {
            "NONE" | "" => Region::None,
            "DE" => Region::Germany,
            other => match other.strip_prefix("DE-") {
                Some(state) => STATES
                    .iter()
                    .find(|(abbr, _)| *abbr == state)
                    .map(|(_, region)| Region::GermanState(*region))
                    .ok_or_else(|| {
                        format!(
                            "Unknown German state `{state}` in holiday region `{}`: use one of {}",
                            raw.trim(),
                            STATES.map(|(abbr, _)| format!("DE-{abbr}")).join(", ")
                        )
                    })?,
                None => {
                    return Err(format!(
                        "Holiday region `{}` is not supported: use `DE`, `DE-XX` for a German \
                         state (e.g. `DE-BY`), or `none`",
                        raw.trim()
                    ))
                }
            },
        };
        Ok(HolidayRegion(region))
    }

    /// `DE` when the OS language is set to a German locale (`de_DE…`), otherwise `none`:
    /// the user picks the state in Settings.
    pub fn from_os_locale() -> HolidayRegion {
        let locale = ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
            .unwrap_or_default();
        if locale.to_ascii_lowercase().starts_with("de_de") {
            HolidayRegion(Region::Germany)
        } else {
            HolidayRegion::NONE
        }
    }

    pub fn code(&self) -> String {
        match self.0 {
            Region::None => "none".into(),
            Region::Germany => "DE".into(),
            Region::GermanState(state) => {
                let abbr = STATES.iter().find(|(_, r)| *r == state).map(|(a, _)| *a);
                format!("DE-{}", abbr.unwrap_or("?"))
            }
        }
    }

    /// The holiday's German name on `date`, if it is a public holiday in this region.
    pub fn holiday_on(&self, date: NaiveDate) -> Option<String> {
        let state = match self.0 {
            Region::None => return None,
            Region::GermanState(state) => state,
            // Every state has the nationwide holidays; Hamburg has nothing more before 2018 and
            // only Reformationstag after, so nationwide = Hamburg minus Reformationstag.
            Region::Germany => GermanRegion::Hamburg,
        };
        let holiday = state.holiday_from_date(date)?;
        if self.0 == Region::Germany && date.month() == 10 && date.day() == 31 {
            return None;
        }
        Some(holiday.description().to_owned())
    }
}

impl Default for HolidayRegion {
    fn default() -> Self {
        HolidayRegion::NONE
    }
}

impl TryFrom<String> for HolidayRegion {
    type Error = String;
    fn try_from(value: String) -> Result<Self, String> {
        HolidayRegion::parse(&value)
    }
}

impl From<HolidayRegion> for String {
    fn from(value: HolidayRegion) -> String {
        value.code()
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
        let by = HolidayRegion::parse("de-by").unwrap();
        let be = HolidayRegion::parse("DE-BE").unwrap();
        let de = HolidayRegion::parse("DE").unwrap();
        let epiphany = day(2026, 1, 6);
        assert!(
            by.holiday_on(epiphany).is_some(),
            "Heilige Drei Könige is a holiday in Bavaria"
        );
        assert!(be.holiday_on(epiphany).is_none(), "but not in Berlin");
        assert!(de.holiday_on(epiphany).is_none(), "nor nationwide");
        assert!(
            de.holiday_on(day(2026, 10, 3)).is_some(),
            "German Unity Day is nationwide"
        );
        assert!(
            de.holiday_on(day(2026, 10, 31)).is_none(),
            "Reformationstag is regional only"
        );
        assert!(
            HolidayRegion::NONE.holiday_on(day(2026, 12, 25)).is_none(),
            "none means none"
        );
    }

    #[test]
    fn easter_dependent_holidays_move_with_easter() {
        let de = HolidayRegion::parse("DE").unwrap();
        assert!(
            de.holiday_on(day(2026, 4, 3)).is_some(),
            "Good Friday 2026 is April 3"
        );
        assert!(
            de.holiday_on(day(2026, 4, 6)).is_some(),
            "Easter Monday 2026 is April 6"
        );
        assert!(
            de.holiday_on(day(2027, 3, 26)).is_some(),
            "Good Friday 2027 is March 26"
        );
    }

    #[test]
    fn bad_codes_explain_what_is_accepted() {
        let err = HolidayRegion::parse("DE-XX").unwrap_err();
        assert!(err.contains("DE-BY"), "the error lists valid states: {err}");
        let err = HolidayRegion::parse("FR").unwrap_err();
        assert!(
            err.contains("none"),
            "the error says what is supported: {err}"
        );
        assert_eq!(
            HolidayRegion::parse(" de-nw ").unwrap().code(),
            "DE-NW",
            "input is trimmed"
        );
    }
}
