//! "Record my time in Personio" in the Connection Manager: what it does in one sentence, the
//! switch (offered only when the credential may write attendances; otherwise why not), "skip
//! approval" while it is on, what waits or was refused or conflicts, and "Send now" with what
//! the push did in one line.
//!
//! The switches go through `set_setting`, which emits no event, so after one the page reloads
//! the status (`on_changed`); a push makes the backend emit `connection-changed` itself.

use crate::i18n::{error_text, push_text, t, use_lang, Key};
use crate::ipc;
use crate::ipc::recording::{RECORD_IN_PERSONIO, SKIP_APPROVAL};
use crate::state::recording::{PushAction, PushState};
use stint_model::RecordingView;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RecordingProps {
    pub recording: RecordingView,
    /// A switch changed in the backend: show the status as it is now.
    pub on_changed: Callback<()>,
}

#[component]
pub fn Recording(props: &RecordingProps) -> Html {
    let lang = use_lang();
    let state = use_reducer(PushState::default);
    let rec = &props.recording;

    // A checkbox shows what the backend has, not the click: the click is undone at once and the
    // reloaded status sets the box (so a refused switch does not look turned).
    let switch = |key: &'static str, was: bool| {
        let (dispatcher, on_changed) = (state.dispatcher(), props.on_changed.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let on = input.checked();
            input.set_checked(was);
            dispatcher.dispatch(PushAction::Start);
            let (dispatcher, on_changed) = (dispatcher.clone(), on_changed.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::recording::set_switch(key, on).await;
                let ok = result.is_ok();
                dispatcher.dispatch(PushAction::Switched(result));
                if ok {
                    on_changed.emit(());
                }
            });
        })
    };
    let on_push = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(PushAction::Start);
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::recording::push_to_personio(false).await;
                dispatcher.dispatch(PushAction::Pushed(result));
            });
        })
    };

    let result = match (&state.error, &state.report) {
        (Some(err), _) => Some(html! {
            <p class="error" id="push-result" role="alert">{ error_text(lang, err) }</p>
        }),
        (None, Some(report)) => Some(html! {
            <p id="push-result" role="status">{ push_text(lang, report) }</p>
        }),
        (None, None) => None,
    };
    let count = |id: &'static str, key: Key, n: u32| {
        html! { <><dt>{ t(lang, key) }</dt><dd {id} class="num">{ n }</dd></> }
    };
    html! {
        <section class="card recording" id="recording">
            <h2>{ t(lang, Key::RecordInPersonio) }</h2>
            <p class="muted">{ t(lang, Key::RecordingExplained) }</p>
            <label class="switch-row">
                <input type="checkbox" id="record-in-personio" checked={rec.on}
                    disabled={state.busy || (!rec.available && !rec.on)}
                    onchange={switch(RECORD_IN_PERSONIO, rec.on)} />
                <span>{ t(lang, Key::SendMyEntries) }</span>
            </label>
            if !rec.available {
                if let Some(detail) = &rec.detail {
                    <p class="muted" id="recording-detail">{ detail }</p>
                }
            }
            if rec.on {
                <label class="switch-row">
                    <input type="checkbox" id="skip-approval" checked={rec.skip_approval}
                        disabled={state.busy} onchange={switch(SKIP_APPROVAL, rec.skip_approval)} />
                    <span>{ t(lang, Key::SkipApproval) }</span>
                </label>
            }
            <dl class="facts recording-counts">
                { count("recording-unsent", Key::NotYetSent, rec.unsent) }
                { count("recording-refused", Key::RefusedByPersonio, rec.refused) }
                { count("recording-conflicts", Key::ChangedInPersonio, rec.conflicts) }
            </dl>
            if rec.on {
                <div class="actions">
                    <button class="primary" id="push-now" onclick={on_push} disabled={state.busy}>
                        { t(lang, if state.busy { Key::Sending } else { Key::SendNow }) }
                    </button>
                </div>
            }
            { for result }
        </section>
    }
}
