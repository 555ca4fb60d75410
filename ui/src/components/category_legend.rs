//! What the badge colours mean: the absence categories, public holidays and pending requests.

use crate::i18n::{t, use_lang, Key};
use yew::prelude::*;

const ENTRIES: [(&str, Key); 6] = [
    ("cat-vacation", Key::Vacation),
    ("cat-sick", Key::Sick),
    ("cat-personal", Key::Personal),
    ("cat-other", Key::Other),
    ("cat-holiday", Key::PublicHoliday),
    ("cat-other pending", Key::PendingLegend),
];

#[component]
pub fn CategoryLegend() -> Html {
    let lang = use_lang();
    html! {
        <ul class="legend" id="timeline-legend" aria-label={t(lang, Key::Legend)}>
            { for ENTRIES.iter().map(|(class, label)| html! {
                <li><span class={classes!("swatch", class.split(' ').collect::<Vec<_>>())}></span>{ t(lang, *label) }</li>
            }) }
        </ul>
    }
}
