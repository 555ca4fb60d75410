//! The Settings page's state: what the backend holds, and the drafts being typed.
//!
//! Weekly hours are typed like every duration in Stint (`7:42`, `7.7`, `8`) and shown as `h:mm`;
//! any whole minute from 0 to 24 h is a weekday. Anything else is an error shown at the field,
//! and nothing typed is lost. The preferences in the data folder (`set_preference`) are kept
//! apart from the core's settings (`set_setting`): each call names fields its own way, so a
//! refused preference is kept with its key and shown at the card the key belongs to. The timer
//! shortcut is typed like the carry-over: a refused text stays in its field to be fixed.

use super::Remote;
use crate::i18n::{duration_text, t, Key, Lang};
use crate::prefs::Stored;
use std::rc::Rc;
use stint_model::duration;
use stint_model::{IpcError, SettingsView};
use yew::Reducible;

#[derive(Debug, Clone, PartialEq, Default)]
pub struct AbsenceDraft {
    pub type_name: String,
    pub from: String,
    pub to: String,
    pub half_day_start: bool,
    pub half_day_end: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct SettingsState {
    pub view: Remote<SettingsView>,
    /// Hours per weekday as typed, Monday first.
    pub hours: [String; 7],
    pub absence: AbsenceDraft,
    /// The carry-over as typed, until the backend took it (a refused text stays to be fixed).
    pub carry_over: Option<String>,
    pub error: Option<IpcError>,
    /// A short confirmation after a successful save.
    pub saved: Option<&'static str>,
    /// The preferences in the data folder (notification switches, close to tray, …).
    pub preferences: Remote<Stored>,
    /// A refused preference: its key and why.
    pub pref_error: Option<(&'static str, IpcError)>,
    /// The timer shortcut as typed, until the backend took it (a refused text stays to be fixed).
    pub shortcut: Option<String>,
}

#[derive(Debug)]
pub enum SettingsAction {
    Loaded(Result<SettingsView, IpcError>),
    EditHours(usize, String),
    EditAbsence(AbsenceDraft),
    EditCarryOver(String),
    Saved(&'static str, Result<SettingsView, IpcError>),
    Invalid(IpcError),
    PreferencesLoaded(Result<Stored, IpcError>),
    /// The answer to setting the preference `key`.
    PreferenceSaved(&'static str, Result<Stored, IpcError>),
    EditShortcut(String),
}

pub const START_AT_LOGIN: &str = "start_at_login";
pub const IDLE_MINUTES: &str = "idle_minutes";
pub const TIMER_SHORTCUT: &str = "timer_shortcut";

/// The preferences of the Timer card (the others are the General card's display preferences
/// and the notifications card's switches).
pub fn is_timer_pref(key: &str) -> bool {
    [START_AT_LOGIN, IDLE_MINUTES, TIMER_SHORTCUT].contains(&key)
}

/// The shortcut to send for what was typed: empty or `off` (any case) turns it off; anything
/// else goes as typed, for the backend to check.
pub fn shortcut_value(typed: &str) -> String {
    let typed = typed.trim();
    if typed.is_empty() || typed.eq_ignore_ascii_case("off") {
        "off".into()
    } else {
        typed.to_owned()
    }
}

/// The shortcut's field for the backend's value: empty while it is off.
pub fn shortcut_shown(stored: Option<&str>) -> String {
    stored
        .filter(|v| *v != "off")
        .unwrap_or_default()
        .to_owned()
}

/// Hours as typed (`7:42`, `7.7`, `8`, `7h42m`; read by `stint_model::duration`, as everywhere)
/// → minutes from 0 to 24 h; the message (in `lang`) names what was typed.
pub fn parse_hours(raw: &str, lang: Lang) -> Result<u32, String> {
    let minutes = duration::parse_unsigned(raw).map_err(|err| duration_text(lang, raw, err))?;
    if minutes > duration::MAX_DAY_MINUTES {
        return Err(format!("`{}`: {}", raw.trim(), t(lang, Key::HoursRange)));
    }
    Ok(minutes)
}

impl SettingsState {
    fn show(&mut self, view: SettingsView) {
        self.hours = view.weekly_minutes.map(|m| duration::hm(i64::from(m)));
        self.error = None;
        self.view = Remote::Ready(view);
    }
}

impl Reducible for SettingsState {
    type Action = SettingsAction;

    fn reduce(self: Rc<Self>, action: SettingsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            SettingsAction::Loaded(Ok(view)) => next.show(view),
            SettingsAction::Saved(what, Ok(view)) => {
                next.saved = Some(what);
                if what == "absence" {
                    next.absence = AbsenceDraft::default();
                }
                next.carry_over = None;
                next.show(view);
            }
            SettingsAction::Loaded(Err(err)) => next.view = Remote::Failed(err),
            SettingsAction::Saved(_, Err(err)) | SettingsAction::Invalid(err) => {
                next.saved = None;
                next.error = Some(err);
            }
            SettingsAction::EditHours(day, value) => {
                next.hours[day] = value;
                next.saved = None;
            }
            SettingsAction::EditAbsence(draft) => {
                next.absence = draft;
                next.saved = None;
            }
            SettingsAction::EditCarryOver(text) => {
                next.carry_over = Some(text);
                next.saved = None;
            }
            SettingsAction::PreferencesLoaded(result) => {
                next.preferences = match result {
                    Ok(all) => Remote::Ready(all),
                    Err(err) => Remote::Failed(err),
                };
            }
            SettingsAction::PreferenceSaved(key, Ok(all)) => {
                next.saved = Some("preference");
                next.pref_error = None;
                next.preferences = Remote::Ready(all);
                if key == TIMER_SHORTCUT {
                    next.shortcut = None;
                }
            }
            SettingsAction::PreferenceSaved(key, Err(err)) => {
                next.saved = None;
                next.pref_error = Some((key, err));
            }
            SettingsAction::EditShortcut(text) => {
                next.shortcut = Some(text);
                next.saved = None;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_with_the_one_duration_reader_to_the_minute() {
        for (raw, minutes) in [
            ("8", 480),
            ("7.5", 450),
            ("7,7", 462),
            ("7:42", 462),
            ("7h42m", 462),
            (" 0 ", 0),
            ("24", 1440),
            ("7:20", 440),
        ] {
            assert_eq!(parse_hours(raw, Lang::En), Ok(minutes), "{raw}");
        }
        for raw in ["", "eight", "25", "-1", "7.01", "7:61"] {
            for lang in [Lang::En, Lang::De] {
                let err = parse_hours(raw, lang).expect_err(raw);
                assert!(
                    err.contains(raw.trim()),
                    "{lang:?}: the message names `{raw}`: {err}"
                );
            }
        }
    }

    #[test]
    fn a_refused_carry_over_stays_as_typed_and_a_saved_one_gives_way_to_the_backends() {
        use stint_model::ErrorCode;
        let s = Rc::new(SettingsState::default())
            .reduce(SettingsAction::EditCarryOver("lots".into()))
            .reduce(SettingsAction::Saved(
                "setting",
                Err(IpcError::new(
                    ErrorCode::InvalidInput,
                    "`lots` is not a duration",
                )),
            ));
        assert_eq!(
            s.carry_over.as_deref(),
            Some("lots"),
            "nothing typed is lost"
        );
        assert!(s.error.is_some(), "the refusal is shown");
        let view = SettingsView {
            locked: false,
            weekly_minutes: [480; 7],
            manual_absences: Vec::new(),
            holiday_region: stint_model::HolidayRegion::Germany,
            sync_interval: stint_model::SyncInterval::Hour1,
            balance_start: None,
            carry_over_minutes: -210,
            working_time_checks: Default::default(),
        };
        let s = s.reduce(SettingsAction::Saved("setting", Ok(view)));
        assert_eq!(
            s.carry_over, None,
            "the saved value shows as the backend has it"
        );
        assert_eq!(s.error, None, "and the message goes");
    }

    #[test]
    fn a_refused_preference_keeps_the_switches_as_the_backend_has_them() {
        let all = Stored::of(&[("notify_10h", "on"), ("close_to_tray", "off")]);
        let s = Rc::new(SettingsState::default())
            .reduce(SettingsAction::PreferencesLoaded(Ok(all.clone())))
            .reduce(SettingsAction::PreferenceSaved(
                "notify_10h",
                Err(IpcError::invalid("value", "`maybe` is not a choice")),
            ));
        assert_eq!(
            s.preferences,
            Remote::Ready(all.clone()),
            "a refusal changes no switch"
        );
        assert_eq!(
            s.pref_error.as_ref().map(|(key, _)| *key),
            Some("notify_10h"),
            "the refusal is kept with its key, to show at its card"
        );
        assert_eq!(
            s.error, None,
            "and not as a core setting's (whose field `value` it shares)"
        );
        let mut off = all;
        off.set("notify_10h", "off");
        let s = s.reduce(SettingsAction::PreferenceSaved(
            "notify_10h",
            Ok(off.clone()),
        ));
        assert_eq!(
            s.preferences,
            Remote::Ready(off),
            "the answer sets the switches"
        );
        assert_eq!(s.pref_error, None, "and the message goes");
        assert_eq!(s.saved, Some("preference"), "with a confirmation");
    }

    #[test]
    fn a_refused_shortcut_stays_as_typed_and_a_taken_one_shows_as_the_backend_has_it() {
        let all = Stored::of(&[("timer_shortcut", "off"), ("idle_minutes", "10")]);
        let s = Rc::new(SettingsState::default())
            .reduce(SettingsAction::PreferencesLoaded(Ok(all.clone())))
            .reduce(SettingsAction::EditShortcut("Ctrl+Banana".into()))
            .reduce(SettingsAction::PreferenceSaved(
                TIMER_SHORTCUT,
                Err(IpcError::invalid(
                    "value",
                    "`Ctrl+Banana` is not a shortcut: write it like Ctrl+Alt+T",
                )),
            ));
        assert_eq!(
            s.shortcut.as_deref(),
            Some("Ctrl+Banana"),
            "nothing typed is lost"
        );
        assert_eq!(
            s.pref_error.as_ref().map(|(key, _)| *key),
            Some(TIMER_SHORTCUT),
            "the refusal is kept with its key, to show by the field"
        );
        let s = s.reduce(SettingsAction::PreferenceSaved(
            IDLE_MINUTES,
            Ok(all.clone()),
        ));
        assert_eq!(
            s.shortcut.as_deref(),
            Some("Ctrl+Banana"),
            "another preference saved leaves the typed shortcut alone"
        );
        let mut taken = all;
        taken.set(TIMER_SHORTCUT, "Ctrl+Alt+T");
        let s = s
            .reduce(SettingsAction::EditShortcut("Ctrl+Alt+T ".into()))
            .reduce(SettingsAction::PreferenceSaved(TIMER_SHORTCUT, Ok(taken)));
        assert_eq!(
            s.shortcut, None,
            "taken: the field shows the backend's value"
        );
        assert_eq!(
            shortcut_shown(match &s.preferences {
                Remote::Ready(all) => all.get(TIMER_SHORTCUT),
                _ => None,
            }),
            "Ctrl+Alt+T",
            "as the backend keeps it"
        );
        assert_eq!(s.pref_error, None, "and the message goes");
    }

    #[test]
    fn an_empty_or_off_shortcut_turns_it_off_and_anything_else_goes_to_the_backend() {
        // (typed, sent)
        let cases = [
            ("", "off"),
            ("   ", "off"),
            ("off", "off"),
            ("Off", "off"),
            (" OFF ", "off"),
            ("Ctrl+Alt+T", "Ctrl+Alt+T"),
            (" Ctrl+Alt+T ", "Ctrl+Alt+T"),
            ("Ctrl+Banana", "Ctrl+Banana"),
        ];
        for (typed, sent) in cases {
            assert_eq!(shortcut_value(typed), sent, "typed `{typed}`");
        }
        assert_eq!(
            shortcut_shown(Some("off")),
            "",
            "off shows as an empty field"
        );
        assert_eq!(shortcut_shown(None), "", "and so does an unknown one");
        assert_eq!(shortcut_shown(Some("Ctrl+Alt+T")), "Ctrl+Alt+T");
    }

    #[test]
    fn each_timer_preference_belongs_to_the_timer_card_and_no_other_does() {
        for key in [START_AT_LOGIN, IDLE_MINUTES, TIMER_SHORTCUT] {
            assert!(is_timer_pref(key), "{key} is the Timer card's");
        }
        for key in ["lang", "notify_10h", "close_to_tray"] {
            assert!(!is_timer_pref(key), "{key} belongs to another card");
        }
    }
}
