//! The day view's time entries: a list with edit (inline form) and delete, and a form to add one.
//! Each entry says where it lives and how it stands in Personio ([`EntryPersonio`]), and
//! rejected or expired time is struck out. A period that exists only in Personio is edited and
//! deleted like the user's own entries while "Record my time in Personio" is on (the change goes
//! to Personio); while it is off the row is read-only and says how to change that.
//!
//! Entries load for the shown date and again whenever the page's `generation` moves — the page
//! bumps it on the backend's `tracking-changed`, which every add, edit, delete and timer stop
//! emits, so the list and the day's totals refresh together.

use super::entry_form::EntryForm;
use super::entry_personio::{source_name, EntryPersonio};
use super::hm;
use crate::i18n::{error_text, t, use_lang, Key, Lang};
use crate::ipc;
use crate::state::entries::{EntriesAction, EntriesState, EntryDraft, EntryKey};
use crate::state::Remote;
use chrono::NaiveDate;
use stint_model::{iso, TimeEntryView};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayEntriesProps {
    pub date: NaiveDate,
    pub generation: u32,
    /// "Record my time in Personio" is on: periods only in Personio can be changed here.
    pub recording: bool,
}

fn span(lang: Lang, entry: &TimeEntryView) -> String {
    match (entry.start, entry.end) {
        (Some(start), Some(end)) => {
            format!("{}–{}", iso::time_of_day(start), iso::time_of_day(end))
        }
        // Open in Personio: clocked in and not out yet.
        (Some(start), None) if entry.source == stint_model::EntrySource::Personio => {
            format!("{}–…", iso::time_of_day(start))
        }
        _ => t(lang, Key::DurationOnly).into(),
    }
}

#[component]
pub fn DayEntries(props: &DayEntriesProps) -> Html {
    let lang = use_lang();
    let state = use_reducer(EntriesState::default);
    let date = props.date;

    {
        let dispatcher = state.dispatcher();
        use_effect_with(props.recording, move |&on| {
            dispatcher.dispatch(EntriesAction::Recording(on));
        });
    }
    {
        let dispatcher = state.dispatcher();
        use_effect_with((date, props.generation), move |&(date, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::tracking::time_entries(date, date).await;
                dispatcher.dispatch(EntriesAction::Loaded(result));
            });
        });
    }

    let on_edit = {
        let dispatcher = state.dispatcher();
        Callback::from(move |draft: EntryDraft| dispatcher.dispatch(EntriesAction::Edit(draft)))
    };
    let on_cancel = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(EntriesAction::CancelEdit))
    };
    let on_submit = {
        let dispatcher = state.dispatcher();
        let (draft, editing) = (state.draft.clone(), state.editing.clone());
        Callback::from(move |()| {
            let input = match draft.to_input(date, lang) {
                Ok(input) => input,
                Err(err) => return dispatcher.dispatch(EntriesAction::Saved(Err(err))),
            };
            let (dispatcher, editing) = (dispatcher.clone(), editing.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match editing {
                    Some(EntryKey::Local(id)) => ipc::tracking::update_time_entry(id, &input).await,
                    Some(EntryKey::Personio(period)) => {
                        ipc::recording::update_personio_period(&period, &input).await
                    }
                    None => ipc::tracking::add_time_entry(&input).await,
                }
                .map(|_| ());
                dispatcher.dispatch(EntriesAction::Saved(result));
            });
        })
    };
    let form = |editing: bool| {
        html! {
            <EntryForm draft={state.draft.clone()} errors={state.errors.clone()} {editing}
                on_edit={on_edit.clone()} on_submit={on_submit.clone()} on_cancel={on_cancel.clone()} />
        }
    };

    // The buttons of a row that can be changed: edit, delete, and (only the user's own
    // entries have conflicts) settling a conflict.
    let actions = |key: EntryKey| {
        let on_start_edit = {
            let (dispatcher, key) = (state.dispatcher(), key.clone());
            Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(EntriesAction::StartEdit(key.clone()))
            })
        };
        let on_delete = {
            let (dispatcher, key) = (state.dispatcher(), key.clone());
            Callback::from(move |_: MouseEvent| {
                let (dispatcher, key) = (dispatcher.clone(), key.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match key {
                        EntryKey::Local(id) => ipc::tracking::delete_time_entry(id).await,
                        EntryKey::Personio(period) => {
                            ipc::recording::delete_personio_period(&period).await
                        }
                    };
                    dispatcher.dispatch(EntriesAction::Saved(result));
                });
            })
        };
        let on_resolve = match key {
            EntryKey::Local(id) => {
                let dispatcher = state.dispatcher();
                Some(Callback::from(move |mine: bool| {
                    let dispatcher = dispatcher.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        let result = ipc::recording::resolve_conflict(id, mine).await;
                        dispatcher.dispatch(EntriesAction::Resolved(result));
                    });
                }))
            }
            EntryKey::Personio(_) => None,
        };
        let buttons = html! {
            <>
                <button class="entry-edit" onclick={on_start_edit}>{ t(lang, Key::Edit) }</button>
                <button class="entry-delete danger" onclick={on_delete}>{ t(lang, Key::Delete) }</button>
            </>
        };
        (buttons, on_resolve)
    };

    let row = |entry: &TimeEntryView| {
        let key = state.changeable(entry);
        if let Some(key) = key
            .as_ref()
            .filter(|&key| state.editing.as_ref() == Some(key))
        {
            let (id, period) = match key {
                EntryKey::Local(id) => (Some(id.to_string()), None),
                EntryKey::Personio(period) => (None, Some(period.clone())),
            };
            return html! {
                <li class="entry editing" data-id={id} data-source={source_name(entry.source)}
                    data-personio-id={period}>{ form(true) }</li>
            };
        }
        let (buttons, on_resolve) = match key {
            Some(key) => actions(key),
            None => (
                html! { <span class="muted entry-read-only">{ t(lang, Key::FromPersonioTurnOnRecording) }</span> },
                None,
            ),
        };
        html! {
            <li class={classes!("entry", (!entry.counts()).then_some("struck"))}
                data-id={entry.id.map(|id| id.to_string())} data-source={source_name(entry.source)}
                data-personio-id={entry.personio_id.clone()}>
                <span class="entry-span">{ span(lang, entry) }</span>
                <span class="entry-minutes num">{ format!("{} h", hm(i64::from(entry.minutes))) }</span>
                <span class="entry-note">{ &entry.note }</span>
                <EntryPersonio entry={entry.clone()} {on_resolve} />
                { buttons }
            </li>
        }
    };

    let list = match &state.entries {
        Remote::Loading => html! { <p class="muted">{ t(lang, Key::LoadingEntries) }</p> },
        Remote::Failed(err) => {
            html! { <p class="field-error" role="alert">{ error_text(lang, err) }</p> }
        }
        Remote::Ready(entries) if entries.is_empty() => {
            html! { <p class="muted" id="day-no-entries">{ t(lang, Key::NoTimeTracked) }</p> }
        }
        Remote::Ready(entries) => html! {
            <ul class="entry-list" id="day-entries">{ for entries.iter().map(row) }</ul>
        },
    };
    html! {
        <section class="card day-entries">
            <h2>{ t(lang, Key::TimeEntries) }</h2>
            { list }
            if state.editing.is_none() { { form(false) } }
        </section>
    }
}
