//! The week view: Monday to Sunday as rows, so each day has room for its absences.

use super::day_cell::DayCell;
use chrono::NaiveDate;
use stint_model::{iso, DayPlan};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WeekListProps {
    pub days: Vec<DayPlan>,
    pub today: NaiveDate,
    pub on_open: Callback<NaiveDate>,
}

#[component]
pub fn WeekList(props: &WeekListProps) -> Html {
    html! {
        <div class="week-list" id="timeline-week">
            { for props.days.iter().map(|plan| html! {
                <DayCell key={iso::date(plan.date)} plan={plan.clone()} today={plan.date == props.today} future={!plan.due}
                    on_open={props.on_open.clone()} />
            }) }
        </div>
    }
}
