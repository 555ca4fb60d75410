//! The Timeline section. Its calendar arrives with the timeline issue; until then it says so.

use yew::prelude::*;

#[component]
pub fn Timeline() -> Html {
    html! {
        <>
            <h1>{ "Timeline" }</h1>
            <p class="coming" id="timeline-empty">
                { "Day, week and month views of target, tracked and balance hours will appear here." }
            </p>
        </>
    }
}
