//! Weekly hours per weekday: editable while disconnected, read-only (Personio's) while connected.

use crate::i18n::{dates, t, use_lang, Key};
use crate::state::calendar::weekdays;
use chrono::Weekday;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeeklyHoursFormProps {
    pub hours: [String; 7],
    pub locked: bool,
    pub error: Option<String>,
    pub on_edit: Callback<(usize, String)>,
    pub on_save: Callback<()>,
}

#[component]
pub fn WeeklyHoursForm(props: &WeeklyHoursFormProps) -> Html {
    let lang = use_lang();
    // Monday first whatever the week start: the hours are stored Monday first.
    let rows = weekdays(Weekday::Mon)
        .into_iter()
        .enumerate()
        .map(|(i, day)| {
            let on_edit = props.on_edit.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                on_edit.emit((i, input.value()));
            });
            html! {
                <label class="hours-row">
                    <span>{ dates::weekday_long(lang, day) }</span>
                    <input id={format!("hours-{i}")} type="text" inputmode="decimal" size="6"
                        placeholder="7:42" value={props.hours[i].clone()} disabled={props.locked} {oninput} />
                    <span class="muted">{ "h" }</span>
                </label>
            }
        });
    let onsubmit = {
        let on_save = props.on_save.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_save.emit(());
        })
    };
    html! {
        <form class="card" id="weekly-hours" {onsubmit}>
            <h2>{ t(lang, Key::WeeklyHours) }</h2>
            if props.locked {
                <p class="locked-note" id="weekly-hours-locked">
                    { t(lang, Key::LockedNote) }
                </p>
            }
            <div class="hours-grid">{ for rows }</div>
            if let Some(err) = &props.error { <p class="field-error" id="weekly-hours-error">{ err }</p> }
            <button type="submit" class="primary" id="save-hours" disabled={props.locked}>{ t(lang, Key::SaveHours) }</button>
        </form>
    }
}
