//! The About panel: version and data directory, as reported by the backend over IPC.

use crate::state::Remote;
use stint_model::AppInfo;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AboutProps {
    pub info: Remote<AppInfo>,
}

#[component]
pub fn About(props: &AboutProps) -> Html {
    let body = match &props.info {
        Remote::Loading => html! { <p class="muted">{ "Loading…" }</p> },
        Remote::Failed(err) => html! { <p class="error" id="about-error">{ &err.message }</p> },
        Remote::Ready(info) => html! {
            <dl class="facts">
                <dt>{ "Version" }</dt>
                <dd id="about-version">{ &info.version }</dd>
                <dt>{ "Data folder" }</dt>
                <dd id="about-data-dir"><code>{ &info.data_dir }</code></dd>
                <dt>{ "System" }</dt>
                <dd>{ &info.os }</dd>
            </dl>
        },
    };
    html! {
        <section class="card" id="about">
            <h2>{ "About Stint" }</h2>
            <p>{ "A time-tracking companion for people whose hours live in Personio." }</p>
            { body }
        </section>
    }
}
