//! The "Try with demo data" offer shown while nothing is connected.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DemoOfferProps {
    pub busy: bool,
    pub on_try: Callback<()>,
}

#[component]
pub fn DemoOffer(props: &DemoOfferProps) -> Html {
    let onclick = props.on_try.reform(|_: MouseEvent| ());
    html! {
        <section class="card demo-offer" id="demo-offer">
            <h2>{ "New to Stint?" }</h2>
            <p>
                { "Try it with a demo company: a full-time employee with a year of vacation, sick \
                   days, half days and an hour-based absence. Nothing leaves your computer, and \
                   disconnecting ends the demo." }
            </p>
            <button class="primary" id="try-demo" {onclick} disabled={props.busy}>
                { "Try with demo data" }
            </button>
        </section>
    }
}
