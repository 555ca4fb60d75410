//! The running balance in the Timeline header, as a card: the carry-over plus tracked minus target since
//! the start date (Settings; 1 January unless set), up to and including today.

use super::day_cell::balance_class;
use super::signed_hm;
use crate::i18n::dates::day_month;
use crate::i18n::{t, use_lang, Key};
use chrono::NaiveDate;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RunningBalanceProps {
    pub since: NaiveDate,
    pub minutes: i64,
    /// Included in `minutes`; named when not zero so the figure can be checked.
    pub carry_over: i64,
}

#[component]
pub fn RunningBalance(props: &RunningBalanceProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="balance-card running-balance" id="running-balance">
            <span class="card-label">
                { format!("{} {}", t(lang, Key::BalanceSince), day_month(lang, props.since)) }
                if props.carry_over != 0 {
                    <span id="carry-over-note">{ format!(" ({} {})", t(lang, Key::InclCarryOver), signed_hm(props.carry_over)) }</span>
                }
                <span class="visually-hidden">{ ": " }</span>
            </span>
            <strong class={classes!("balance", balance_class(props.minutes))}>{ signed_hm(props.minutes) }</strong>
        </div>
    }
}
