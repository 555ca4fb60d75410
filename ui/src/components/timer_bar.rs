//! The timer bar above the Timeline: a note (editable while the timer runs), Start / Pause /
//! Resume / Stop / Discard, the elapsed time and, while the timer runs, when to leave and the
//! latest end (from the backend's `today`).
//!
//! The backend is asked at mount, after each button and on `tracking-changed` (the tray); the
//! clock ticks locally, once a second, and `today` is asked again once a minute — both only while
//! running (intervals made in an effect and cleared on its cleanup), so a stopped or paused timer
//! costs nothing. Stop books an entry; the backend's `tracking-changed` makes the page reload its
//! totals.

use super::confirm_dialog::ConfirmDialog;
use crate::i18n::{error_text, t, use_lang, Key};
use crate::ipc;
use crate::js_clock::every;
use crate::state::tracking::{hms, TimerAction, TimerState};
use stint_model::ipc::events::TRACKING_CHANGED;
use stint_model::{iso, IpcError, TimerView};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Button {
    Start,
    Pause,
    Resume,
    Stop,
    /// Saves the note of the running timer.
    Note,
    /// Throws the timer away (after a confirmation).
    Discard,
}

/// The backend call behind a button; the timer as it is afterwards.
async fn press(button: Button, note: String) -> Result<Option<TimerView>, IpcError> {
    match button {
        Button::Start => ipc::tracking::timer_start(&note).await.map(Some),
        Button::Pause => ipc::tracking::timer_pause().await.map(Some),
        Button::Resume => ipc::tracking::timer_resume().await.map(Some),
        Button::Stop => ipc::tracking::timer_stop().await.map(|_| None),
        Button::Note => ipc::tracking::timer_set_note(&note).await.map(Some),
        Button::Discard => ipc::tracking::timer_discard().await.map(|()| None),
    }
}

/// Asks the backend for today's figures ("leave at", the latest end).
fn ask_today(dispatcher: UseReducerDispatcher<TimerState>) {
    wasm_bindgen_futures::spawn_local(async move {
        dispatcher.dispatch(TimerAction::Today(ipc::tracking::today().await));
    });
}

#[component]
pub fn TimerBar() -> Html {
    let lang = use_lang();
    let state = use_reducer(TimerState::default);

    {
        // Asked at mount, and again whenever tracked time changes elsewhere: the tray may
        // start, pause or stop the timer while the window is open.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let load = move || {
                let dispatcher = dispatcher.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let result = ipc::tracking::timer_state().await;
                    dispatcher.dispatch(TimerAction::Answer {
                        result,
                        at_ms: js_sys::Date::now(),
                    });
                    ask_today(dispatcher);
                });
            };
            load();
            let listener = ipc::listen(TRACKING_CHANGED, load);
            move || drop(listener)
        });
    }

    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.running(), move |&running| {
            let stop = running.then(|| {
                let today = dispatcher.clone();
                let tick = every(1000, move || {
                    dispatcher.dispatch(TimerAction::Tick(js_sys::Date::now()))
                });
                let refresh = every(60_000, move || ask_today(today.clone()));
                (tick, refresh)
            });
            move || {
                if let Some((tick, refresh)) = stop {
                    tick();
                    refresh();
                }
            }
        });
    }

    let run = |button: Button| {
        let dispatcher = state.dispatcher();
        let note = state.note.clone();
        Callback::from(move |()| {
            let (dispatcher, note) = (dispatcher.clone(), note.clone());
            let sends_note = matches!(button, Button::Start | Button::Note);
            dispatcher.dispatch(TimerAction::Busy { sends_note });
            wasm_bindgen_futures::spawn_local(async move {
                let result = press(button, note).await;
                dispatcher.dispatch(TimerAction::Answer {
                    result,
                    at_ms: js_sys::Date::now(),
                });
                ask_today(dispatcher);
            });
        })
    };
    let on_press = |button: Button| run(button).reform(|_: MouseEvent| ());
    let on_note_saved = run(Button::Note).reform(|_: Event| ());
    let ask_discard = |ask: bool| {
        let dispatcher = state.dispatcher();
        Callback::from(move |_| dispatcher.dispatch(TimerAction::AskDiscard(ask)))
    };
    let on_note = {
        let dispatcher = state.dispatcher();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            dispatcher.dispatch(TimerAction::EditNote(input.value()));
        })
    };

    let busy = state.busy;
    let (leave_at, latest_end) = state.leave_times();
    let controls = match &state.timer {
        None => html! {
            <>
                <input id="timer-note" placeholder={t(lang, Key::TimerPlaceholder)}
                    value={state.note.clone()} oninput={on_note} disabled={busy} />
                <button id="timer-start" class="primary" onclick={on_press(Button::Start)}
                    disabled={busy}>{ t(lang, Key::TimerStart) }</button>
            </>
        },
        Some(timer) => html! {
            <>
                <input id="timer-note" placeholder={t(lang, Key::Working)} title={t(lang, Key::TimerNoteHint)}
                    value={state.note.clone()} oninput={on_note} onchange={on_note_saved} disabled={busy} />
                <span class="timer-since" id="timer-since">
                    { format!("{} {}", t(lang, Key::Since), iso::time_of_day(timer.started_at.time())) }
                </span>
                if let Some(at) = leave_at {
                    <span class="timer-leave" id="leave-at" title={t(lang, Key::LeaveAtHint)}>
                        { format!("{} {}", t(lang, Key::LeaveAt), iso::time_of_day(at)) }
                    </span>
                }
                if let Some(at) = latest_end {
                    <span class="timer-latest" id="latest-end" title={t(lang, Key::LatestEndHint)}>
                        { format!("{} {}", t(lang, Key::LatestEnd), iso::time_of_day(at)) }
                    </span>
                }
                if state.running() {
                    <button id="timer-pause" onclick={on_press(Button::Pause)} disabled={busy}>{ t(lang, Key::TimerPause) }</button>
                } else {
                    <button id="timer-resume" onclick={on_press(Button::Resume)} disabled={busy}>{ t(lang, Key::TimerResume) }</button>
                }
                <button id="timer-stop" class="primary" onclick={on_press(Button::Stop)}
                    disabled={busy}>{ t(lang, Key::TimerStop) }</button>
                <button id="timer-discard" class="quiet" onclick={ask_discard(true).reform(|_: MouseEvent| ())}
                    disabled={busy} title={t(lang, Key::TimerDiscardHint)}>{ t(lang, Key::TimerDiscard) }</button>
            </>
        },
    };
    let class = classes!(
        "timer-bar",
        "card",
        state.running().then_some("running"),
        state.timer.is_some().then_some("active")
    );
    html! {
        <section {class} id="timer-bar">
            <span class="timer-elapsed" id="timer-elapsed">{ hms(state.elapsed_seconds()) }</span>
            { controls }
            if state.confirm_discard {
                <ConfirmDialog id="discard-dialog" title={t(lang, Key::TimerDiscardTitle)}
                    text={t(lang, Key::TimerDiscardText)} confirm_label={t(lang, Key::TimerDiscard)}
                    on_confirm={run(Button::Discard)} on_cancel={ask_discard(false)} />
            }
            if let Some(err) = &state.error {
                <p class="field-error" id="timer-error" role="alert">{ error_text(lang, err) }</p>
            }
        </section>
    }
}
