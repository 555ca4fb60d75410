//! The day view: the day's figures, and each absence spelled out — its status, where it comes
//! from and how much it takes off the target — so a surprising target can be explained — the
//! working-time rules the day breaks, and the day's time entries, to add, edit and delete.

use super::absence_badge::{status_key, AbsenceBadge};
use super::day_cell::DayCell;
use super::day_entries::DayEntries;
use super::hm;
use super::time_axis::TimeAxis;
use super::warning_list::WarningList;
use crate::i18n::{t, use_lang, Key};
use stint_model::{DayPlan, Source};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayDetailProps {
    pub plan: DayPlan,
    pub today: bool,
    pub future: bool,
    /// Moves when tracked time changed, so the entries load again.
    pub generation: u32,
    /// "Record my time in Personio" is on (periods only in Personio can be changed).
    pub recording: bool,
}

#[component]
pub fn DayDetail(props: &DayDetailProps) -> Html {
    let lang = use_lang();
    let plan = &props.plan;
    let rows = plan.absences.iter().map(|a| {
        let source = match a.source {
            Source::Personio => "Personio",
            Source::Manual => "Stint",
        };
        html! {
            <tr>
                <td><AbsenceBadge absence={a.clone()} /></td>
                <td>{ t(lang, status_key(a.status)) }</td>
                <td>{ source }</td>
                <td class="num">{ format!("{} h", hm(i64::from(a.minutes))) }</td>
            </tr>
        }
    });
    html! {
        <div class="day-detail" id="timeline-day">
            <DayCell plan={plan.clone()} today={props.today} future={props.future} />
            <section class="card">
                <dl class="facts">
                    <dt>{ t(lang, Key::ScheduledByWeeklyHours) }</dt>
                    <dd id="day-scheduled">{ format!("{} h", hm(i64::from(plan.scheduled_minutes))) }</dd>
                    <dt>{ t(lang, Key::PublicHoliday) }</dt>
                    <dd id="day-holiday">{ plan.holiday.clone().unwrap_or_else(|| t(lang, Key::NoHoliday).into()) }</dd>
                </dl>
                if plan.absences.is_empty() {
                    <p class="muted" id="day-no-absences">{ t(lang, Key::NoAbsencesOnDay) }</p>
                } else {
                    <table class="history day-absences" id="day-absences">
                        <thead><tr>
                            <th>{ t(lang, Key::Absence) }</th><th>{ t(lang, Key::Status) }</th><th>{ t(lang, Key::Source) }</th>
                            <th class="num">{ t(lang, Key::OffTheTarget) }</th>
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                }
            </section>
            <WarningList warnings={plan.warnings.clone()} />
            <div class="day-layout">
                <TimeAxis days={vec![plan.clone()]} today={props.today.then_some(plan.date)}
                    generation={props.generation} tall=true />
                <DayEntries date={plan.date} generation={props.generation} recording={props.recording} />
            </div>
        </div>
    }
}
