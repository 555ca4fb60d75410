//! The sums of the shown range: target, tracked and the balance between them.

use super::day_cell::balance_class;
use super::{hm, signed_hm};
use crate::i18n::{t, use_lang, Key};
use stint_model::Totals;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineTotalsProps {
    pub totals: Totals,
}

#[component]
pub fn TimelineTotals(props: &TimelineTotalsProps) -> Html {
    let lang = use_lang();
    let totals = props.totals;
    html! {
        <dl class="totals" id="timeline-totals" aria-label={t(lang, Key::TotalsLabel)}>
            <div><dt>{ t(lang, Key::Target) }</dt><dd class="target">{ hm(totals.target_minutes) }</dd></div>
            <div><dt>{ t(lang, Key::Tracked) }</dt><dd class="tracked">{ hm(totals.tracked_minutes) }</dd></div>
            <div>
                <dt>{ t(lang, Key::Balance) }</dt>
                <dd class={classes!("balance", balance_class(totals.balance_minutes))}>{ signed_hm(totals.balance_minutes) }</dd>
            </div>
        </dl>
    }
}
