//! The time axis's form for one block: a new span (after a drag, a click on an empty stretch
//! or a day's "+") or an entry of the user's own, with its start, end and note, and Save,
//! Delete (existing entries) and Cancel. Escape cancels.
//!
//! It checks and saves through the same [`EntryDraft`] and backend calls as the day view's
//! list, so an entry made here is the same as one typed there; errors land at their field.

use crate::i18n::{dates, error_text, t, use_lang, Key, Lang};
use crate::ipc;
use crate::state::axis::clock_text;
use crate::state::tracking::{EntryDraft, FieldErrors};
use chrono::NaiveDate;
use stint_model::{IpcError, TimeEntryView};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What the form edits: a new span on `date`, or the entry `id`.
#[derive(Debug, Clone, PartialEq)]
pub struct Editing {
    pub date: NaiveDate,
    pub id: Option<i64>,
    pub draft: EntryDraft,
}

impl Editing {
    /// A new entry from minute `start` to `end` of `date`.
    pub fn new_span(date: NaiveDate, start: u32, end: u32) -> Self {
        Editing {
            date,
            id: None,
            draft: EntryDraft {
                start: clock_text(start),
                end: clock_text(end),
                ..EntryDraft::default()
            },
        }
    }

    /// The user's own `entry`, as it is.
    pub fn entry(entry: &TimeEntryView) -> Self {
        Editing {
            date: entry.date,
            id: entry.id,
            draft: EntryDraft::of(entry),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct BlockFormProps {
    pub editing: Editing,
    /// `None` closes the form (after a save or a delete, or on cancel).
    pub on_edit: Callback<Option<Editing>>,
}

fn field_error(lang: Lang, err: &Option<IpcError>) -> Html {
    err.as_ref()
        .map(|err| html! { <span class="field-error">{ error_text(lang, err) }</span> })
        .unwrap_or_default()
}

#[component]
pub fn BlockForm(props: &BlockFormProps) -> Html {
    let lang = use_lang();
    let errors = use_state(FieldErrors::default);
    let busy = use_state(|| false);
    let current = props.editing.clone();

    let edit = |apply: fn(&mut EntryDraft, String)| {
        let (on_edit, current) = (props.on_edit.clone(), current.clone());
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let mut next = current.clone();
            apply(&mut next.draft, input.value());
            on_edit.emit(Some(next));
        })
    };
    let close = props.on_edit.reform(|_: MouseEvent| None);
    let onsubmit = {
        let (on_edit, errors, busy, current) = (
            props.on_edit.clone(),
            errors.clone(),
            busy.clone(),
            current.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = match current.draft.to_input(current.date, lang) {
                Ok(input) => input,
                Err(err) => return errors.set(FieldErrors::of(err)),
            };
            let (on_edit, errors, busy, id) =
                (on_edit.clone(), errors.clone(), busy.clone(), current.id);
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match id {
                    Some(id) => ipc::tracking::update_time_entry(id, &input).await,
                    None => ipc::tracking::add_time_entry(&input).await,
                };
                busy.set(false);
                match saved {
                    Ok(_) => on_edit.emit(None),
                    Err(err) => errors.set(FieldErrors::of(err)),
                }
            });
        })
    };
    let on_delete = current.id.map(|id| {
        let (on_edit, errors) = (props.on_edit.clone(), errors.clone());
        Callback::from(move |_: MouseEvent| {
            let (on_edit, errors) = (on_edit.clone(), errors.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::tracking::delete_time_entry(id).await {
                    Ok(()) => on_edit.emit(None),
                    Err(err) => errors.set(FieldErrors::of(err)),
                }
            });
        })
    });
    let onkeydown = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_edit.emit(None);
            }
        })
    };
    let d = &current.draft;
    let heading = format!(
        "{} · {}",
        t(
            lang,
            if current.id.is_some() {
                Key::Edit
            } else {
                Key::AddEntry
            }
        ),
        dates::long_date(lang, current.date)
    );
    html! {
        <form class="block-form card" id="block-form" {onsubmit} {onkeydown} aria-label={heading.clone()}>
            <strong>{ heading }</strong>
            <label class={classes!("entry-field", errors.start.is_some().then_some("invalid"))}>{ t(lang, Key::EntryStart) }
                <input id="block-start" inputmode="numeric" value={d.start.clone()} oninput={edit(|d, v| d.start = v)} />
                { field_error(lang, &errors.start) }
            </label>
            <label class={classes!("entry-field", errors.end.is_some().then_some("invalid"))}>{ t(lang, Key::EntryEnd) }
                <input id="block-end" inputmode="numeric" value={d.end.clone()} oninput={edit(|d, v| d.end = v)} />
                { field_error(lang, &errors.end) }
            </label>
            <label class="entry-field entry-note-field">{ t(lang, Key::Note) }
                <input id="block-note" placeholder={t(lang, Key::NotePlaceholder)} value={d.note.clone()}
                    oninput={edit(|d, v| d.note = v)} />
            </label>
            <button type="submit" class="primary" id="block-save" disabled={*busy}>{ t(lang, Key::Save) }</button>
            if let Some(on_delete) = on_delete {
                <button type="button" id="block-delete" onclick={on_delete}>{ t(lang, Key::Delete) }</button>
            }
            <button type="button" id="block-cancel" onclick={close}>{ t(lang, Key::Cancel) }</button>
            { field_error(lang, &errors.minutes) }
            { field_error(lang, &errors.other) }
        </form>
    }
}
