//! The idle question as a modal: "You were away from 12:05 to 12:40 (35 min) while the timer
//! ran" — keep the time, take it out as a break, or stop the timer where the user left.
//!
//! Mounted once by the shell, so it comes up on every page. It asks the backend's
//! `idle_pending` at mount (a question may have come while the page loaded) and on
//! `idle-returned`; each button answers with `idle_answer`, after which the backend sends
//! `tracking-changed` and the timer bar and the day follow. A refused answer is shown in the
//! dialog (see [`crate::state::idle`]).

use crate::i18n::{error_text, idle_sentence, idle_stop_label, t, use_lang, Key};
use crate::ipc;
use crate::state::idle::{IdleAction, IdleState};
use stint_model::ipc::events::IDLE_RETURNED;
use stint_model::IdleChoice;
use yew::prelude::*;

#[component]
pub fn IdleDialog() -> Html {
    let lang = use_lang();
    let state = use_reducer(IdleState::default);
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let ask = move || {
                let dispatcher = dispatcher.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    match ipc::idle::idle_pending().await {
                        Ok(span) => dispatcher.dispatch(IdleAction::Pending(span)),
                        Err(err) => web_sys::console::warn_1(
                            &format!(
                                "Stint: the idle question could not be read: {}",
                                err.message
                            )
                            .into(),
                        ),
                    }
                });
            };
            ask();
            let listener = ipc::listen(IDLE_RETURNED, ask);
            move || drop(listener)
        });
    }
    let Some(span) = state.span else {
        return html! {};
    };
    let answer = |choice: IdleChoice| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            let dispatcher = dispatcher.clone();
            dispatcher.dispatch(IdleAction::Busy);
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::idle::idle_answer(choice).await;
                dispatcher.dispatch(IdleAction::Answered(result));
            });
        })
    };
    let close = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatcher.dispatch(IdleAction::Close))
    };
    let busy = state.busy;
    html! {
        <div class="backdrop">
            <div class="dialog idle-dialog" role="dialog" aria-modal="true" id="idle-dialog"
                aria-labelledby="idle-title" aria-describedby="idle-text">
                <h2 id="idle-title">{ t(lang, Key::IdleTitle) }</h2>
                <p id="idle-text">{ idle_sentence(lang, &span) }</p>
                <div class="actions">
                    <button id="idle-keep" onclick={answer(IdleChoice::Keep)} disabled={busy}>
                        { t(lang, Key::IdleKeep) }</button>
                    <button id="idle-subtract" onclick={answer(IdleChoice::Subtract)} disabled={busy}>
                        { t(lang, Key::IdleSubtract) }</button>
                    <button id="idle-stop" onclick={answer(IdleChoice::Stop)} disabled={busy}>
                        { idle_stop_label(lang, &span) }</button>
                </div>
                if let Some(err) = &state.error {
                    <p class="field-error" id="idle-error" role="alert">{ error_text(lang, err) }</p>
                    <div class="actions">
                        <button id="idle-close" onclick={close}>{ t(lang, Key::Close) }</button>
                    </div>
                }
            </div>
        </div>
    }
}
