//! The notification switches (target reached, a break due, 10 h, a forgotten timer, a failing
//! sync) and "close to tray": preferences in the data folder that the backend acts on, each an
//! `on`/`off` checkbox.
//!
//! A checkbox shows what the backend has, not the click: the click is undone at once and the
//! answer sets the box, so a refused switch does not look turned.

use crate::i18n::{error_text, t, use_lang, Key};
use crate::prefs::Stored;
use crate::state::Remote;
use stint_model::IpcError;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The notifications by preference key, with their checkbox's id and label.
const NOTIFICATIONS: [(&str, &str, Key); 5] = [
    ("notify_target", "notify-target", Key::NotifyTarget),
    ("notify_break", "notify-break", Key::NotifyBreak),
    ("notify_10h", "notify-10h", Key::Notify10h),
    ("notify_forgotten", "notify-forgotten", Key::NotifyForgotten),
    ("notify_sync", "notify-sync", Key::NotifySync),
];

#[derive(Properties, PartialEq)]
pub struct NotificationSettingsProps {
    /// Every preference as the backend has it.
    pub preferences: Remote<Stored>,
    /// Why a switch of this card was refused.
    pub error: Option<IpcError>,
    /// (key, on) of a switch the user turned.
    pub on_switch: Callback<(&'static str, bool)>,
}

#[component]
pub fn NotificationSettings(props: &NotificationSettingsProps) -> Html {
    let lang = use_lang();
    let all = match &props.preferences {
        Remote::Loading => return html! {},
        Remote::Failed(err) => {
            return html! {
                <section class="card" id="notification-settings">
                    <h2>{ t(lang, Key::Notifications) }</h2>
                    <p class="error" id="notification-error" role="alert">{ error_text(lang, err) }</p>
                </section>
            }
        }
        Remote::Ready(all) => all,
    };
    let switch = |key: &'static str, id: &'static str, label: Key| {
        let on = all.get(key) == Some("on");
        let on_switch = props.on_switch.clone();
        let onchange = Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let turned = input.checked();
            input.set_checked(on);
            on_switch.emit((key, turned));
        });
        html! {
            <label class="switch-row">
                <input type="checkbox" {id} checked={on} {onchange} />
                <span>{ t(lang, label) }</span>
            </label>
        }
    };
    html! {
        <section class="card" id="notification-settings">
            <h2>{ t(lang, Key::Notifications) }</h2>
            <p class="muted">{ t(lang, Key::NotificationsHint) }</p>
            { for NOTIFICATIONS.iter().map(|(key, id, label)| switch(key, id, *label)) }
            <h3>{ t(lang, Key::Window) }</h3>
            { switch("close_to_tray", "close-to-tray", Key::CloseToTray) }
            <p class="muted">{ t(lang, Key::CloseToTrayHint) }</p>
            if let Some(err) = &props.error {
                <p class="error" id="notification-error" role="alert">{ error_text(lang, err) }</p>
            }
        </section>
    }
}
