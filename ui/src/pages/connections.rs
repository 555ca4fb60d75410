//! The Connections section. The Personio connection manager arrives with the connect issue.

use yew::prelude::*;

#[component]
pub fn Connections() -> Html {
    html! {
        <>
            <h1>{ "Connections" }</h1>
            <p class="coming" id="connections-empty">
                { "Connecting Personio (client id, secret and your email) will be set up here." }
            </p>
        </>
    }
}
