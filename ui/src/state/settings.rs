//! The Settings page's state: what the backend holds, and the drafts being typed.
//!
//! Weekly hours are typed as decimal hours ("7.5") and converted to minutes in 15-minute steps;
//! anything else is an error shown at the field, and nothing typed is lost.

use super::Remote;
use crate::i18n::{t, Key, Lang};
use std::rc::Rc;
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
}

#[derive(Debug)]
pub enum SettingsAction {
    Loaded(Result<SettingsView, IpcError>),
    EditHours(usize, String),
    EditAbsence(AbsenceDraft),
    EditCarryOver(String),
    Saved(&'static str, Result<SettingsView, IpcError>),
    Invalid(IpcError),
}

/// `7.5` or `7,5` or `7:30` hours → minutes, in 15-minute steps from 0 to 24 h; the message
/// (in `lang`) names what was typed.
pub fn parse_hours(raw: &str, lang: Lang) -> Result<u32, String> {
    let text = raw.trim().replace(',', ".");
    let says = |key| format!("`{}` {}", raw.trim(), t(lang, key));
    let fails = |key| format!("`{}`: {}", raw.trim(), t(lang, key));
    let minutes = if let Some((h, m)) = text.split_once(':') {
        let h: u32 = h.parse().map_err(|_| says(Key::HoursNotTime))?;
        let m: u32 = m.parse().map_err(|_| says(Key::HoursNotTime))?;
        if m >= 60 {
            return Err(says(Key::HoursNotTime));
        }
        h * 60 + m
    } else {
        let hours: f64 = text.parse().map_err(|_| says(Key::HoursNotNumber))?;
        if !(0.0..=24.0).contains(&hours) {
            return Err(fails(Key::HoursRange));
        }
        (hours * 60.0).round() as u32
    };
    if minutes > 24 * 60 {
        return Err(fails(Key::HoursRange));
    }
    if minutes % 15 != 0 {
        return Err(fails(Key::HoursSteps));
    }
    Ok(minutes)
}

/// Minutes as decimal hours for the form ("8", "7.5", "7.75").
pub fn format_hours(minutes: u32) -> String {
    let hours = f64::from(minutes) / 60.0;
    let text = format!("{hours:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl SettingsState {
    fn show(&mut self, view: SettingsView) {
        self.hours = view.weekly_minutes.map(format_hours);
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
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_read_as_people_type_them_in_quarter_hours() {
        for (raw, minutes) in [
            ("8", 480),
            ("7.5", 450),
            ("7,75", 465),
            ("7:45", 465),
            (" 0 ", 0),
            ("24", 1440),
        ] {
            assert_eq!(parse_hours(raw, Lang::En), Ok(minutes), "{raw}");
        }
        for raw in ["", "eight", "25", "-1", "7.1", "7:61", "7:20"] {
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
            holiday_region: "DE".into(),
            sync_interval: "1h".into(),
            balance_start: None,
            carry_over_minutes: -210,
        };
        let s = s.reduce(SettingsAction::Saved("setting", Ok(view)));
        assert_eq!(
            s.carry_over, None,
            "the saved value shows as the backend has it"
        );
        assert_eq!(s.error, None, "and the message goes");
    }

    #[test]
    fn minutes_show_as_short_decimal_hours() {
        assert_eq!(format_hours(480), "8", "whole hours without decimals");
        assert_eq!(format_hours(450), "7.5", "half hours with one decimal");
        assert_eq!(format_hours(465), "7.75", "quarter hours with two");
        assert_eq!(format_hours(0), "0", "zero stays zero");
    }
}
