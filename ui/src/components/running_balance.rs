//! The running balance in the Timeline header: tracked minus target since the start date
//! (1 January for now; a setting comes later), up to and including today.

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
}

#[component]
pub fn RunningBalance(props: &RunningBalanceProps) -> Html {
    let lang = use_lang();
    html! {
        <p class="running-balance" id="running-balance">
            { format!("{} {}: ", t(lang, Key::BalanceSince), day_month(lang, props.since)) }
            <strong class={classes!("balance", balance_class(props.minutes))}>{ signed_hm(props.minutes) }</strong>
        </p>
    }
}
