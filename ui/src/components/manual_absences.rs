//! The user's own absences: list with delete, and a form to add one. Disabled while connected.

use super::date_picker::DatePicker;
use crate::i18n::{dates, t, use_lang, Key};
use crate::state::settings::AbsenceDraft;
use stint_model::ManualAbsenceView;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ManualAbsencesProps {
    pub absences: Vec<ManualAbsenceView>,
    pub draft: AbsenceDraft,
    pub locked: bool,
    pub error: Option<String>,
    pub on_edit: Callback<AbsenceDraft>,
    pub on_add: Callback<()>,
    pub on_delete: Callback<i64>,
}

#[component]
pub fn ManualAbsences(props: &ManualAbsencesProps) -> Html {
    let lang = use_lang();
    let rows = props.absences.iter().map(|a| {
        let id = a.id;
        let onclick = props.on_delete.reform(move |_: MouseEvent| id);
        let half = match (a.half_day_start, a.half_day_end) {
            (true, true) => Some(Key::HalfBoth),
            (true, false) => Some(Key::HalfFirst),
            (false, true) => Some(Key::HalfLast),
            (false, false) => None,
        };
        let half = half.map(|k| format!(" ({})", t(lang, k))).unwrap_or_default();
        let (from, to) = (dates::short_date(lang, a.from), dates::short_date(lang, a.to));
        html! {
            <li class="manual-absence">
                <span>{ format!("{} · {from} … {to}{half}", a.type_name) }</span>
                <button class="danger" onclick={onclick} disabled={props.locked}>{ t(lang, Key::Delete) }</button>
            </li>
        }
    });
    let edit = |apply: fn(&mut AbsenceDraft, &HtmlInputElement)| {
        let on_edit = props.on_edit.clone();
        let draft = props.draft.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = draft.clone();
            apply(&mut next, &input);
            on_edit.emit(next);
        })
    };
    let pick = |apply: fn(&mut AbsenceDraft, String)| {
        let (on_edit, draft) = (props.on_edit.clone(), props.draft.clone());
        Callback::from(move |value: String| {
            let mut next = draft.clone();
            apply(&mut next, value);
            on_edit.emit(next);
        })
    };
    let onsubmit = {
        let on_add = props.on_add.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_add.emit(());
        })
    };
    let d = &props.draft;
    html! {
        <section class="card" id="manual-absences">
            <h2>{ t(lang, Key::Absences) }</h2>
            if props.locked {
                <p class="locked-note">{ t(lang, Key::LockedNote) }</p>
            }
            if props.absences.is_empty() {
                <p class="muted">{ t(lang, Key::NoOwnAbsences) }</p>
            } else {
                <ul class="absence-list">{ for rows }</ul>
            }
            <form class="absence-form" {onsubmit}>
                <input id="absence-type" placeholder={t(lang, Key::AbsenceTypePlaceholder)} value={d.type_name.clone()}
                    disabled={props.locked} onchange={edit(|d, i| d.type_name = i.value())} />
                <DatePicker id="absence-from" value={d.from.clone()} disabled={props.locked}
                    placeholder={t(lang, Key::ChooseDate)} on_change={pick(|d, v| d.from = v)} />
                <DatePicker id="absence-to" value={d.to.clone()} disabled={props.locked}
                    placeholder={t(lang, Key::ChooseDate)} on_change={pick(|d, v| d.to = v)} />
                <label><input type="checkbox" checked={d.half_day_start} disabled={props.locked}
                    onchange={edit(|d, i| d.half_day_start = i.checked())} />{ format!(" {}", t(lang, Key::HalfFirst)) }</label>
                <label><input type="checkbox" checked={d.half_day_end} disabled={props.locked}
                    onchange={edit(|d, i| d.half_day_end = i.checked())} />{ format!(" {}", t(lang, Key::HalfLast)) }</label>
                <button type="submit" class="primary" id="add-absence" disabled={props.locked}>{ t(lang, Key::Add) }</button>
            </form>
            if let Some(err) = &props.error { <p class="field-error" id="absence-error">{ err }</p> }
        </section>
    }
}
