//! The Timer card: start Stint at login, after how much idle time to ask whether it was work
//! (see [`super::idle_dialog`]), and the global shortcut that starts and pauses the timer —
//! preferences in the data folder that the backend acts on.
//!
//! Like the notification switches, a control shows what the backend has, not the click: the
//! switch and the select are put back at once and the answer sets them. The shortcut is typed
//! and saved with its button (or Enter); a refused one stays in the field with the backend's
//! reason below it.

use crate::i18n::{error_text, t, use_lang, Key, Lang};
use crate::prefs::Stored;
use crate::state::settings::{IDLE_MINUTES, START_AT_LOGIN, TIMER_SHORTCUT};
use crate::state::Remote;
use stint_model::IpcError;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The idle thresholds the backend takes, in minutes (`off`: never ask).
const IDLE_CHOICES: [&str; 5] = ["off", "5", "10", "15", "30"];

fn idle_label(lang: Lang, choice: &str) -> String {
    match choice {
        "off" => t(lang, Key::IdleOff).to_owned(),
        minutes => format!("{minutes} min"),
    }
}

#[derive(Properties, PartialEq)]
pub struct TimerSettingsProps {
    /// Every preference as the backend has it.
    pub preferences: Remote<Stored>,
    /// The shortcut's field: as typed, or as the backend has it.
    pub shortcut: String,
    /// A refused preference of this card: its key and why.
    pub error: Option<(&'static str, IpcError)>,
    /// (key, value) of a preference to set.
    pub on_set: Callback<(&'static str, String)>,
    pub on_shortcut_input: Callback<String>,
    pub on_shortcut_save: Callback<()>,
}

#[component]
pub fn TimerSettings(props: &TimerSettingsProps) -> Html {
    let lang = use_lang();
    let Remote::Ready(all) = &props.preferences else {
        // Loading, or failed: the notifications card says why.
        return html! {};
    };
    let refused = |key: &str| {
        props
            .error
            .as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, err)| error_text(lang, err))
    };
    let error_of = |key: &str, id: &'static str| match refused(key) {
        Some(text) => html! { <p class="field-error" {id} role="alert">{ text }</p> },
        None => html! {},
    };

    let at_login = all.get(START_AT_LOGIN) == Some("on");
    let on_login = {
        let on_set = props.on_set.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let turned = input.checked();
            input.set_checked(at_login);
            on_set.emit((START_AT_LOGIN, if turned { "on" } else { "off" }.to_owned()));
        })
    };

    let idle = all.get(IDLE_MINUTES).unwrap_or("10").to_owned();
    let on_idle = {
        let (on_set, idle) = (props.on_set.clone(), idle.clone());
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            let chosen = select.value();
            select.set_value(&idle);
            on_set.emit((IDLE_MINUTES, chosen));
        })
    };

    let on_shortcut_input = {
        let emit = props.on_shortcut_input.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            emit.emit(input.value());
        })
    };
    let on_shortcut_save = {
        let save = props.on_shortcut_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            save.emit(());
        })
    };
    let shortcut_refused = refused(TIMER_SHORTCUT).is_some();
    let shortcut_hint = match all.get(TIMER_SHORTCUT).filter(|v| *v != "off") {
        Some(keys) => {
            html! { <>{ t(lang, Key::TimerShortcutOn) }{ " " }<kbd id="timer-shortcut-on">{ keys }</kbd></> }
        }
        None => html! { t(lang, Key::TimerShortcutOff) },
    };

    html! {
        <section class="card" id="timer-settings">
            <h2>{ t(lang, Key::Timer) }</h2>
            <label class="switch-row">
                <input type="checkbox" id="start-at-login" checked={at_login} onchange={on_login} />
                <span>{ t(lang, Key::StartAtLogin) }</span>
            </label>
            { error_of(START_AT_LOGIN, "start-at-login-error") }
            <label class="setting-row">
                <span>{ t(lang, Key::IdleAfter) }</span>
                // Keyed by the backend's value: a new answer makes a fresh select showing it.
                <select id="idle-minutes" key={idle.clone()} onchange={on_idle}>
                    { for IDLE_CHOICES.iter().map(|choice| html! {
                        <option value={*choice} selected={*choice == idle}>{ idle_label(lang, choice) }</option>
                    }) }
                </select>
                <small class="muted">{ t(lang, Key::IdleHint) }</small>
            </label>
            { error_of(IDLE_MINUTES, "idle-minutes-error") }
            <form class="setting-row" onsubmit={on_shortcut_save}>
                <label for="timer-shortcut">{ t(lang, Key::TimerShortcut) }</label>
                <input type="text" id="timer-shortcut" placeholder="Ctrl+Alt+T" size="16"
                    value={props.shortcut.clone()} oninput={on_shortcut_input}
                    aria-invalid={shortcut_refused.then_some("true")}
                    aria-describedby="timer-shortcut-hint" />
                <button type="submit" id="timer-shortcut-save">{ t(lang, Key::Save) }</button>
                <small class="muted" id="timer-shortcut-hint">{ shortcut_hint }</small>
            </form>
            { error_of(TIMER_SHORTCUT, "timer-shortcut-error") }
        </section>
    }
}
