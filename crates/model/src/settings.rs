//! The Settings page: the user's own weekly hours and absences (locked while Personio is
//! connected) and the general settings, with the typed values they hold.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One of the user's own absences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManualAbsenceView {
    pub id: i64,
    pub type_name: String,
    #[serde(with = "crate::iso::serde_date")]
    pub from: NaiveDate,
    #[serde(with = "crate::iso::serde_date")]
    pub to: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

/// A new manual absence as the form (or `stint-cli absences add`) sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManualAbsenceInput {
    pub type_name: String,
    #[serde(with = "crate::iso::serde_date")]
    pub from: NaiveDate,
    #[serde(with = "crate::iso::serde_date")]
    pub to: NaiveDate,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

/// Everything the Settings page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    /// True while Personio is connected: weekly hours and absences are read-only here.
    pub locked: bool,
    /// The weekly hours in force (Personio's while connected), minutes, Monday first.
    pub weekly_minutes: [u32; 7],
    pub manual_absences: Vec<ManualAbsenceView>,
    pub holiday_region: HolidayRegion,
    pub sync_interval: SyncInterval,
    /// The first day of the running balance; `None`: 1 January of the current year.
    #[serde(default, with = "crate::iso::serde_opt_date")]
    pub balance_start: Option<NaiveDate>,
    /// Carried into the running balance, minutes (negative: a deficit).
    pub carry_over_minutes: i64,
    /// Which working-time rules the days are checked against.
    #[serde(default)]
    pub working_time_checks: WorkingTimeChecks,
}

/// The working-time rules a company wants checked: German law (ArbZG), or none. Written `de`
/// or `off` (`stint-cli config set working_time_checks de|off`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum WorkingTimeChecks {
    #[default]
    #[serde(rename = "de")]
    GermanLaw,
    #[serde(rename = "off")]
    Off,
}

impl WorkingTimeChecks {
    /// The spelling `config get` prints and `config set` reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::GermanLaw => "de",
            Self::Off => "off",
        }
    }

    /// `de` (also `arbzg`, `on`) or `off`, in any case.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim().to_ascii_lowercase().as_str() {
            "de" | "arbzg" | "on" => Some(Self::GermanLaw),
            "off" | "none" => Some(Self::Off),
            _ => None,
        }
    }
}

/// How often the app syncs on its own; written `off`, `15m`, `1h`, `4h`, `daily`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum SyncInterval {
    #[serde(rename = "off")]
    Off,
    #[serde(rename = "15m")]
    Minutes15,
    #[default]
    #[serde(rename = "1h")]
    Hour1,
    #[serde(rename = "4h")]
    Hours4,
    #[serde(rename = "daily")]
    Daily,
}

impl SyncInterval {
    pub const ALL: [SyncInterval; 5] = [
        Self::Off,
        Self::Minutes15,
        Self::Hour1,
        Self::Hours4,
        Self::Daily,
    ];
    pub const CHOICES: &'static str = "off, 15m, 1h, 4h, daily";

    pub fn minutes(self) -> Option<i64> {
        match self {
            Self::Off => None,
            Self::Minutes15 => Some(15),
            Self::Hour1 => Some(60),
            Self::Hours4 => Some(240),
            Self::Daily => Some(24 * 60),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Minutes15 => "15m",
            Self::Hour1 => "1h",
            Self::Hours4 => "4h",
            Self::Daily => "daily",
        }
    }

    /// Reads the written form and a few obvious synonyms (`never`, `hourly`, `24h`).
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "off" | "never" => Some(Self::Off),
            "15m" | "15min" => Some(Self::Minutes15),
            "1h" | "60m" | "hourly" => Some(Self::Hour1),
            "4h" => Some(Self::Hours4),
            "daily" | "1d" | "24h" => Some(Self::Daily),
            _ => None,
        }
    }
}

/// A German state, by its ISO 3166-2 code after `DE-`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GermanState {
    BadenWuerttemberg,
    Bayern,
    Berlin,
    Brandenburg,
    Bremen,
    Hamburg,
    Hessen,
    MecklenburgVorpommern,
    Niedersachsen,
    NordrheinWestfalen,
    RheinlandPfalz,
    Saarland,
    Sachsen,
    SachsenAnhalt,
    SchleswigHolstein,
    Thueringen,
}

impl GermanState {
    /// Every state with its code, in the order of their codes' usual listing.
    pub const ALL: [(&'static str, GermanState); 16] = [
        ("BW", Self::BadenWuerttemberg),
        ("BY", Self::Bayern),
        ("BE", Self::Berlin),
        ("BB", Self::Brandenburg),
        ("HB", Self::Bremen),
        ("HH", Self::Hamburg),
        ("HE", Self::Hessen),
        ("MV", Self::MecklenburgVorpommern),
        ("NI", Self::Niedersachsen),
        ("NW", Self::NordrheinWestfalen),
        ("RP", Self::RheinlandPfalz),
        ("SL", Self::Saarland),
        ("SN", Self::Sachsen),
        ("ST", Self::SachsenAnhalt),
        ("SH", Self::SchleswigHolstein),
        ("TH", Self::Thueringen),
    ];

    /// `BY` for Bayern.
    pub fn abbr(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, state)| *state == self)
            .map_or("?", |(abbr, _)| abbr)
    }
}

/// Where public holidays come from: none, Germany's nationwide ones, or a German state's.
/// Written `none`, `DE`, `DE-BY` (in the settings, on the wire and by `stint-cli config`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum HolidayRegion {
    #[default]
    None,
    Germany,
    GermanState(GermanState),
}

impl HolidayRegion {
    /// Reads `none`, `DE` or `DE-XX`, case-insensitive; the message says what is accepted.
    pub fn parse(raw: &str) -> Result<HolidayRegion, String> {
        let code = raw.trim().to_ascii_uppercase();
        match code.as_str() {
            "NONE" | "" => Ok(Self::None),
            "DE" => Ok(Self::Germany),
            other => match other.strip_prefix("DE-") {
                Some(state) => GermanState::ALL
                    .iter()
                    .find(|(abbr, _)| *abbr == state)
                    .map(|(_, state)| Self::GermanState(*state))
                    .ok_or_else(|| {
                        let all: Vec<String> = GermanState::ALL
                            .iter()
                            .map(|(abbr, _)| format!("DE-{abbr}"))
                            .collect();
                        format!(
                            "Unknown German state `{state}` in holiday region `{}`: use one of {}",
                            raw.trim(),
                            all.join(", ")
                        )
                    }),
                None => Err(format!(
                    "Holiday region `{}` is not supported: use `DE`, `DE-XX` for a German \
                     state (e.g. `DE-BY`), or `none`",
                    raw.trim()
                )),
            },
        }
    }

    /// `none`, `DE`, `DE-BY`: what [`HolidayRegion::parse`] reads back.
    pub fn code(self) -> String {
        match self {
            Self::None => "none".into(),
            Self::Germany => "DE".into(),
            Self::GermanState(state) => format!("DE-{}", state.abbr()),
        }
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

    #[test]
    fn holiday_regions_read_back_their_codes() {
        for (raw, code) in [
            ("de-by", "DE-BY"),
            (" DE-NW ", "DE-NW"),
            ("DE", "DE"),
            ("none", "none"),
            ("", "none"),
        ] {
            let region = HolidayRegion::parse(raw).expect(raw);
            assert_eq!(region.code(), code, "`{raw}`");
            assert_eq!(HolidayRegion::parse(&region.code()), Ok(region), "{code}");
        }
        let err = HolidayRegion::parse("DE-XX").unwrap_err();
        assert!(err.contains("DE-BY"), "the error lists the states: {err}");
        let err = HolidayRegion::parse("FR").unwrap_err();
        assert!(err.contains("none"), "the error says what works: {err}");
    }

    #[test]
    fn typed_settings_are_strings_on_the_wire() {
        let json = serde_json::to_value((
            HolidayRegion::GermanState(GermanState::Bayern),
            SyncInterval::Minutes15,
        ))
        .expect("serializes");
        assert_eq!(json, serde_json::json!(["DE-BY", "15m"]));
        for interval in SyncInterval::ALL {
            assert_eq!(SyncInterval::parse(interval.as_str()), Some(interval));
        }
    }
}
