//! The sums of the shown range: target, tracked and the balance between them. For a range that
//! reaches past today the balance counts the days due so far and says so.

use super::day_cell::balance_class;
use super::{hm, signed_hm};
use crate::i18n::{t, use_lang, Key};
use stint_model::Totals;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineTotalsProps {
    pub totals: Totals,
    /// The balance up to today when the range reaches past it (see `balance_so_far`).
    pub so_far: Option<i64>,
}

#[component]
pub fn TimelineTotals(props: &TimelineTotalsProps) -> Html {
    let lang = use_lang();
    let totals = props.totals;
    let (label, balance) = match props.so_far {
        Some(balance) => (Key::BalanceSoFar, balance),
        None => (Key::Balance, totals.balance_minutes),
    };
    html! {
        <dl class="totals" id="timeline-totals" aria-label={t(lang, Key::TotalsLabel)}>
            <div><dt>{ t(lang, Key::Target) }</dt><dd class="target">{ hm(totals.target_minutes) }</dd></div>
            <div><dt>{ t(lang, Key::Tracked) }</dt><dd class="tracked">{ hm(totals.tracked_minutes) }</dd></div>
            <div>
                <dt>{ t(lang, label) }</dt>
                <dd class={classes!("balance", balance_class(balance))}>{ signed_hm(balance) }</dd>
            </div>
        </dl>
    }
}
