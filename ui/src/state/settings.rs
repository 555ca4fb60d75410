//! The Settings page's state: what the backend holds, and the drafts being typed.
//!
//! Weekly hours are typed like every duration in Stint (`7:42`, `7.7`, `8`) and shown as `h:mm`;
//! any whole minute from 0 to 24 h is a weekday. Anything else is an error shown at the field,
//! and nothing typed is lost. The preferences in the data folder (`set_preference`) are kept
//! apart from the core's settings (`set_setting`): each call names fields its own way, so a
//! refused preference is kept with its key and shown at the card the key belongs to.

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
            SettingsAction::PreferenceSaved(_, Ok(all)) => {
                next.saved = Some("preference");
                next.pref_error = None;
                next.preferences = Remote::Ready(all);
            }
            SettingsAction::PreferenceSaved(key, Err(err)) => {
                next.saved = None;
                next.pref_error = Some((key, err));
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
}
