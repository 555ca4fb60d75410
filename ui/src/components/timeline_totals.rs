//! The sums of the shown range: target, tracked and the balance between them.

use super::day_cell::balance_class;
use super::{hm, signed_hm};
use stint_model::Totals;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineTotalsProps {
    pub totals: Totals,
}

#[component]
pub fn TimelineTotals(props: &TimelineTotalsProps) -> Html {
    let t = props.totals;
    html! {
        <dl class="totals" id="timeline-totals" aria-label="Totals of the shown range">
            <div><dt>{ "Target" }</dt><dd class="target">{ hm(t.target_minutes) }</dd></div>
            <div><dt>{ "Tracked" }</dt><dd class="tracked">{ hm(t.tracked_minutes) }</dd></div>
            <div>
                <dt>{ "Balance" }</dt>
                <dd class={classes!("balance", balance_class(t.balance_minutes))}>{ signed_hm(t.balance_minutes) }</dd>
            </div>
        </dl>
    }
}
