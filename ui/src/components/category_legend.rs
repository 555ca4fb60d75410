//! What the badge colours mean: the absence categories, public holidays and pending requests.

use yew::prelude::*;

const ENTRIES: [(&str, &str); 6] = [
    ("cat-vacation", "Vacation"),
    ("cat-sick", "Sick"),
    ("cat-personal", "Personal"),
    ("cat-other", "Other"),
    ("cat-holiday", "Public holiday"),
    ("cat-other pending", "Pending (not yet off the target)"),
];

#[component]
pub fn CategoryLegend() -> Html {
    html! {
        <ul class="legend" id="timeline-legend" aria-label="Legend">
            { for ENTRIES.iter().map(|(class, label)| html! {
                <li><span class={classes!("swatch", class.split(' ').collect::<Vec<_>>())}></span>{ *label }</li>
            }) }
        </ul>
    }
}
