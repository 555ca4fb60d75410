//! The time axis's form for one block: a new span (after a drag, a click on an empty stretch
//! or a day's "+") or an entry of the user's own — the day view's [`EntryForm`] itself (ids
//! `block-…`), with Delete for an existing entry and Cancel; Escape cancels.
//!
//! It checks and saves through the same [`EntryDraft`] and backend calls as the day view's
//! list, so an entry made here is the same as one typed there; errors land at their field.

use super::entry_form::EntryForm;
use crate::i18n::{dates, t, use_lang, Key};
use crate::ipc;
use crate::state::axis::clock_text;
use crate::state::entries::{EntryDraft, FieldErrors};
use chrono::NaiveDate;
use stint_model::TimeEntryView;
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

#[component]
pub fn BlockForm(props: &BlockFormProps) -> Html {
    let lang = use_lang();
    let errors = use_state(FieldErrors::default);
    let current = props.editing.clone();

    let on_draft = {
        let (on_edit, current) = (props.on_edit.clone(), current.clone());
        Callback::from(move |draft: EntryDraft| {
            on_edit.emit(Some(Editing {
                draft,
                ..current.clone()
            }))
        })
    };
    let on_submit = {
        let (on_edit, errors, current) = (props.on_edit.clone(), errors.clone(), current.clone());
        Callback::from(move |()| {
            let input = match current.draft.to_input(current.date, lang) {
                Ok(input) => input,
                Err(err) => return errors.set(FieldErrors::of(err)),
            };
            let (on_edit, errors, id) = (on_edit.clone(), errors.clone(), current.id);
            wasm_bindgen_futures::spawn_local(async move {
                let saved = match id {
                    Some(id) => ipc::tracking::update_time_entry(id, &input).await,
                    None => ipc::tracking::add_time_entry(&input).await,
                };
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
        <div class="block-form card" id="block-form" {onkeydown}>
            <strong>{ heading }</strong>
            // A new span is added (its button says so); an existing entry is saved or cancelled.
            <EntryForm ids="block" draft={current.draft.clone()} errors={(*errors).clone()}
                editing={current.id.is_some()} on_edit={on_draft} {on_submit}
                on_cancel={props.on_edit.reform(|()| None)} />
            if let Some(on_delete) = on_delete {
                <button type="button" id="block-delete" onclick={on_delete}>{ t(lang, Key::Delete) }</button>
            }
            if current.id.is_none() {
                <button type="button" id="block-cancel" onclick={props.on_edit.reform(|_: MouseEvent| None)}>{ t(lang, Key::Cancel) }</button>
            }
        </div>
    }
}
