//! "Send this week to Personio", under the Timeline's day and week views while recording is
//! on: the entries of the week (Monday to Sunday) around the shown day that live only in Stint
//! are queued and sent, and what the push did is said in one line. Entries changed while
//! recording is on are sent by themselves; this is for what was tracked before.
//!
//! The page keys it by the week, so a line about another week does not linger.

use crate::i18n::{error_text, push_text, t, use_lang, Key};
use crate::ipc;
use crate::state::recording::{offered_week, PushAction, PushState};
use chrono::NaiveDate;
use stint_model::iso;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OfferWeekProps {
    /// A day of the week to offer.
    pub date: NaiveDate,
}

#[component]
pub fn OfferWeek(props: &OfferWeekProps) -> Html {
    let lang = use_lang();
    let state = use_reducer(PushState::default);
    let (from, to) = offered_week(props.date);

    let onclick = {
        let dispatcher = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(PushAction::Start);
            let dispatcher = dispatcher.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let result = ipc::recording::offer_entries(from, to).await;
                dispatcher.dispatch(PushAction::Pushed(result));
            });
        })
    };
    let result = match (&state.error, &state.report) {
        (Some(err), _) => Some(html! {
            <span class="error" id="offer-result" role="alert">{ error_text(lang, err) }</span>
        }),
        (None, Some(report)) => Some(html! {
            <span id="offer-result" role="status">{ push_text(lang, report) }</span>
        }),
        (None, None) => None,
    };
    html! {
        <div class="offer-week">
            <button id="offer-week" {onclick} disabled={state.busy}
                title={format!("{} – {}", iso::date(from), iso::date(to))}
                data-from={iso::date(from)} data-to={iso::date(to)}>
                { t(lang, if state.busy { Key::Sending } else { Key::OfferWeek }) }
            </button>
            { for result }
        </div>
    }
}
