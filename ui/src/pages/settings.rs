//! The Settings section: weekly hours and absences (the user's own; locked while Personio is
//! connected), general settings, the timer (start at login, the idle question, the global
//! shortcut), notifications and the tray, and About.
//!
//! Core settings go through `set_setting`, preferences (language, theme, week start, the
//! timer's, the notification and tray switches) through `set_preference`; a display preference
//! is applied by the shell at once (`on_pref`) and saved here, where a refusal can be shown.

use crate::components::about::About;
use crate::components::general_settings::GeneralSettings;
use crate::components::manual_absences::ManualAbsences;
use crate::components::notification_settings::NotificationSettings;
use crate::components::signed_hm;
use crate::components::timer_settings::TimerSettings;
use crate::components::weekly_hours_form::WeeklyHoursForm;
use crate::i18n::{error_text, t, use_lang, Key, Lang};
use crate::ipc;
use crate::prefs::{self, PrefChange};
use crate::state::settings::{
    is_timer_pref, parse_hours, shortcut_shown, shortcut_value, AbsenceDraft, SettingsAction,
    SettingsState, TIMER_SHORTCUT,
};
use crate::state::Remote;
use stint_model::ipc::events::CONNECTION_CHANGED;
use stint_model::{iso, AppInfo, ErrorCode, IpcError, ManualAbsenceInput};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SettingsProps {
    pub app_info: Remote<AppInfo>,
    /// The user changed a display preference: the shell shows it (this page saves it).
    pub on_pref: Callback<PrefChange>,
}

fn field_error(lang: Lang, state: &SettingsState, field: &str) -> Option<String> {
    state
        .error
        .as_ref()
        .filter(|e| e.field.as_deref() == Some(field) || (field == "general" && e.field.is_none()))
        .map(|e| error_text(lang, e))
}

#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let lang = use_lang();
    let state = use_reducer(SettingsState::default);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let preferences = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::preferences::preferences().await;
                preferences.dispatch(SettingsAction::PreferencesLoaded(answer));
            });
            let load = move || {
                let state = state.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    state.dispatch(SettingsAction::Loaded(ipc::settings::settings_view().await));
                });
            };
            load();
            let listener = ipc::listen(CONNECTION_CHANGED, load);
            move || drop(listener)
        });
    }
    let save_preference = {
        let state = state.clone();
        move |key: &'static str, value: String| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::preferences::set_preference(key, &value).await;
                state.dispatch(SettingsAction::PreferenceSaved(key, answer));
            });
        }
    };
    let on_pref = {
        let (shell, save) = (props.on_pref.clone(), save_preference.clone());
        Callback::from(move |change: PrefChange| {
            shell.emit(change);
            let (key, value) = prefs::stored_form(change);
            save(key, value);
        })
    };
    let on_switch = {
        let save = save_preference.clone();
        Callback::from(move |(key, on): (&'static str, bool)| {
            save(key, if on { "on" } else { "off" }.to_owned());
        })
    };
    let shortcut = state
        .shortcut
        .clone()
        .unwrap_or_else(|| match &state.preferences {
            Remote::Ready(all) => shortcut_shown(all.get(TIMER_SHORTCUT)),
            _ => String::new(),
        });
    let on_shortcut_save = {
        let (save, typed) = (save_preference.clone(), shortcut.clone());
        Callback::from(move |()| save(TIMER_SHORTCUT, shortcut_value(&typed)))
    };
    let on_set = Callback::from(move |(key, value): (&'static str, String)| {
        save_preference(key, value);
    });
    let on_shortcut_input = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(SettingsAction::EditShortcut(text)))
    };
    let on_edit_hours = {
        let state = state.clone();
        Callback::from(move |(day, value)| state.dispatch(SettingsAction::EditHours(day, value)))
    };
    let on_save_hours = {
        let state = state.clone();
        Callback::from(move |()| {
            let mut minutes = [0u32; 7];
            for (i, raw) in state.hours.iter().enumerate() {
                match parse_hours(raw, lang) {
                    Ok(m) => minutes[i] = m,
                    Err(msg) => {
                        state.dispatch(SettingsAction::Invalid(IpcError::invalid(
                            "weeklyHours",
                            msg,
                        )));
                        return;
                    }
                }
            }
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::settings::set_weekly_minutes(minutes).await;
                state.dispatch(SettingsAction::Saved("hours", answer));
            });
        })
    };
    let on_edit_absence = {
        let state = state.clone();
        Callback::from(move |draft: AbsenceDraft| {
            state.dispatch(SettingsAction::EditAbsence(draft))
        })
    };
    let on_add_absence = {
        let state = state.clone();
        Callback::from(move |()| {
            let d = state.absence.clone();
            let date = |raw: &str, missing: Key| {
                iso::parse_date(raw).ok_or_else(|| IpcError::invalid("type", t(lang, missing)))
            };
            let input = match (
                date(&d.from, Key::ChooseFirstDate),
                date(&d.to, Key::ChooseLastDate),
            ) {
                (Ok(from), Ok(to)) => ManualAbsenceInput {
                    type_name: d.type_name.clone(),
                    from,
                    to,
                    half_day_start: d.half_day_start,
                    half_day_end: d.half_day_end,
                },
                (Err(err), _) | (_, Err(err)) => {
                    state.dispatch(SettingsAction::Invalid(err));
                    return;
                }
            };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::settings::add_manual_absence(&input).await;
                state.dispatch(SettingsAction::Saved("absence", answer));
            });
        })
    };
    let on_delete_absence = {
        let state = state.clone();
        Callback::from(move |id: i64| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::settings::delete_manual_absence(id).await;
                state.dispatch(SettingsAction::Saved("deleted", answer));
            });
        })
    };
    let on_carry_over_input = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(SettingsAction::EditCarryOver(text)))
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |(key, value): (&'static str, String)| {
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = ipc::settings::set_setting(key, &value).await;
                state.dispatch(SettingsAction::Saved("setting", answer));
            });
        })
    };

    let body = match &state.view {
        Remote::Loading => html! { <p class="muted">{ t(lang, Key::Loading) }</p> },
        Remote::Failed(err) => html! { <p class="error">{ &err.message }</p> },
        Remote::Ready(view) => {
            let absence_error = field_error(lang, &state, "type")
                .or_else(|| field_error(lang, &state, "to"))
                .or_else(|| field_error(lang, &state, "halfDay"))
                .or_else(|| locked_error(lang, &state, "Absences"));
            let hours_error = field_error(lang, &state, "weeklyHours")
                .or_else(|| locked_error(lang, &state, "Weekly hours"));
            html! {
                <>
                    <WeeklyHoursForm hours={state.hours.clone()} locked={view.locked}
                        error={hours_error} on_edit={on_edit_hours} on_save={on_save_hours} />
                    <ManualAbsences absences={view.manual_absences.clone()} draft={state.absence.clone()}
                        locked={view.locked} error={absence_error} on_edit={on_edit_absence}
                        on_add={on_add_absence} on_delete={on_delete_absence} />
                    <GeneralSettings holiday_region={view.holiday_region.code()}
                        sync_interval={view.sync_interval.as_str()}
                        working_time_checks={view.working_time_checks.as_str()}
                        balance_start={view.balance_start}
                        carry_over={state.carry_over.clone().unwrap_or_else(|| signed_hm(view.carry_over_minutes))}
                        {on_carry_over_input}
                        error={field_error(lang, &state, "value")
                            .or_else(|| field_error(lang, &state, "general"))
                            .or_else(|| pref_error(&state, Card::General).map(|e| error_text(lang, e)))}
                        {on_change} {on_pref} />
                </>
            }
        }
    };
    html! {
        <>
            <h1>{ t(lang, Key::NavSettings) }</h1>
            if let Some(what) = state.saved { <p class="saved" id="settings-saved">{ format!("{} ({what}).", t(lang, Key::SavedPrefix)) }</p> }
            { body }
            <TimerSettings preferences={state.preferences.clone()} {shortcut}
                error={state.pref_error.clone().filter(|(key, _)| is_timer_pref(key))}
                {on_set} {on_shortcut_input} {on_shortcut_save} />
            <NotificationSettings preferences={state.preferences.clone()}
                error={pref_error(&state, Card::Notifications).cloned()} {on_switch} />
            <About info={props.app_info.clone()} />
        </>
    }
}

/// The cards that show a refused preference by themselves (the Timer card is given its
/// refusals with their key, to show each by its field).
#[derive(PartialEq)]
enum Card {
    General,
    Notifications,
}

/// A refused preference of `card`.
fn pref_error(state: &SettingsState, card: Card) -> Option<&IpcError> {
    let card_of = |key: &str| {
        if prefs::is_display(key) {
            Some(Card::General)
        } else if is_timer_pref(key) {
            None
        } else {
            Some(Card::Notifications)
        }
    };
    state
        .pref_error
        .as_ref()
        .filter(|(key, _)| card_of(key) == Some(card))
        .map(|(_, err)| err)
}

/// The backend's refusal while Personio is connected, shown at the section it concerns.
fn locked_error(lang: Lang, state: &SettingsState, what: &str) -> Option<String> {
    state
        .error
        .as_ref()
        .filter(|e| e.code == ErrorCode::LockedByPersonio && e.message.starts_with(what))
        .map(|e| error_text(lang, e))
}
