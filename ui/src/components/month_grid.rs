//! The month view: a grid of whole weeks from the user's first weekday. Days of the neighbouring months only pad
//! the grid (muted, without figures): the range and its totals are the month's.

use super::day_cell::DayCell;
use crate::i18n::dates;
use crate::prefs::use_prefs;
use crate::state::calendar::{month_grid, weekdays};
use chrono::{Datelike, NaiveDate};
use stint_model::{iso, DayPlan};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MonthGridProps {
    /// A date in the month to show.
    pub anchor: NaiveDate,
    pub days: Vec<DayPlan>,
    pub today: NaiveDate,
    /// The running balance's first day; earlier days are drawn quieter.
    #[prop_or_default]
    pub balance_start: Option<NaiveDate>,
    pub on_open: Callback<NaiveDate>,
}

#[component]
pub fn MonthGrid(props: &MonthGridProps) -> Html {
    let prefs = use_prefs();
    let lang = prefs.lang;
    let cells = month_grid(props.anchor, prefs.week_start).into_iter().map(|date| {
        match props.days.iter().find(|p| p.date == date) {
            Some(plan) => html! {
                <DayCell key={iso::date(date)} plan={plan.clone()} today={date == props.today} future={!plan.due}
                    before_start={props.balance_start.is_some_and(|start| date < start)}
                    on_open={props.on_open.clone()} />
            },
            None => html! {
                <div key={iso::date(date)} class="day pad" aria-hidden="true">
                    <div class="day-head"><span class="day-number">{ date.day().to_string() }</span></div>
                </div>
            },
        }
    });
    html! {
        <div class="month-grid" id="timeline-month" role="grid">
            { for weekdays(prefs.week_start).into_iter().map(|d| html! { <div class="weekday-head" role="columnheader">{ dates::weekday_short(lang, d) }</div> }) }
            { for cells }
        </div>
    }
}
