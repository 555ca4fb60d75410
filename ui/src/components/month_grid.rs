//! The month view: a Monday-first grid of whole weeks. Days of the neighbouring months only pad
//! the grid (muted, without figures): the range and its totals are the month's.

use super::day_cell::DayCell;
use crate::i18n::{dates, use_lang};
use crate::state::calendar::month_grid;
use chrono::{NaiveDate, Weekday};
use stint_model::DayPlan;
use yew::prelude::*;

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

#[derive(Properties, PartialEq)]
pub struct MonthGridProps {
    /// A date in the month to show.
    pub anchor: NaiveDate,
    pub days: Vec<DayPlan>,
    pub today: NaiveDate,
    pub on_open: Callback<NaiveDate>,
}

#[component]
pub fn MonthGrid(props: &MonthGridProps) -> Html {
    let lang = use_lang();
    let cells = month_grid(props.anchor).into_iter().map(|date| {
        match props.days.iter().find(|p| p.date == date) {
            Some(plan) => html! {
                <DayCell key={date.to_string()} plan={plan.clone()} today={date == props.today}
                    on_open={props.on_open.clone()} />
            },
            None => html! {
                <div key={date.to_string()} class="day pad" aria-hidden="true">
                    <div class="day-head"><span class="day-number">{ date.format("%-d").to_string() }</span></div>
                </div>
            },
        }
    });
    html! {
        <div class="month-grid" id="timeline-month" role="grid">
            { for WEEKDAYS.iter().map(|d| html! { <div class="weekday-head" role="columnheader">{ dates::weekday_short(lang, *d) }</div> }) }
            { for cells }
        </div>
    }
}
