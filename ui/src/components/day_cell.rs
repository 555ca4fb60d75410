//! One day's figures: target, tracked and balance as h:mm, the public holiday and absences.
//!
//! Used by the month grid, the week list and the day detail, so the e2e suite and the eye find
//! a day the same way everywhere: `.day[data-date]` with `.target`, `.tracked`, `.balance`, and
//! `.warning-mark` on a day with working-time warnings.

use super::absence_badge::AbsenceBadge;
use super::day_bar::DayBar;
use super::{hm, signed_hm};
use crate::i18n::{dates, is_info, t, use_lang, warnings_label, Key, Lang};
use crate::state::calendar::is_weekend;
use chrono::{Datelike, NaiveDate};
use stint_model::{iso, DayPlan, WorkingTimeWarning};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DayCellProps {
    pub plan: DayPlan,
    pub today: bool,
    /// After today: its target is not due yet, so an untracked day shows no deficit.
    #[prop_or_default]
    pub future: bool,
    /// Before the running balance's start: drawn quieter, it counts for nothing there.
    #[prop_or_default]
    pub before_start: bool,
    /// Opens the day in the day view; `None` where it already is.
    #[prop_or_default]
    pub on_open: Option<Callback<NaiveDate>>,
}

/// The class that colours a balance: ahead, behind or even.
pub fn balance_class(minutes: i64) -> &'static str {
    match minutes {
        m if m > 0 => "plus",
        m if m < 0 => "minus",
        _ => "zero",
    }
}

/// The small mark of a day with working-time warnings ("!", or "i" when they only inform); its
/// label and tooltip list them. Nothing on a day without.
fn warning_mark(lang: Lang, warnings: &[WorkingTimeWarning]) -> Html {
    if warnings.is_empty() {
        return Html::default();
    }
    let info = warnings.iter().all(|w| is_info(w.code));
    let label = warnings_label(lang, warnings);
    html! {
        <span class={classes!("warning-mark", info.then_some("info"))} role="img"
            aria-label={label.clone()} title={label}>{ if info { "i" } else { "!" } }</span>
    }
}

#[component]
pub fn DayCell(props: &DayCellProps) -> Html {
    let lang = use_lang();
    let plan = &props.plan;
    let date = plan.date;
    let number = date.day().to_string();
    let label = dates::long_date(lang, date);
    let head = match &props.on_open {
        Some(on_open) => {
            let onclick = on_open.reform(move |_: MouseEvent| date);
            html! {
                <button class="day-number" {onclick} title={format!("{} {label}", t(lang, Key::OpenDay))}>{ number }</button>
            }
        }
        None => html! { <span class="day-number">{ number }</span> },
    };
    let classes = classes!(
        "day",
        is_weekend(date).then_some("weekend"),
        props.today.then_some("today"),
        plan.holiday.is_some().then_some("holiday"),
        props.before_start.then_some("before-start"),
    );
    html! {
        <div class={classes} data-date={iso::date(date)} aria-label={label}>
            <div class="day-head">
                { head }
                <span class="weekday">{ dates::weekday_short(lang, date.weekday()) }</span>
                { warning_mark(lang, &plan.warnings) }
                if props.today { <span class="today-mark">{ t(lang, Key::TodayMark) }</span> }
            </div>
            <div class="day-badges">
                if let Some(name) = &plan.holiday {
                    <span class="holiday-name cat-holiday" title={format!("{}: {name}", t(lang, Key::PublicHoliday))}>{ name }</span>
                }
                { for plan.absences.iter().map(|a| html! { <AbsenceBadge absence={a.clone()} /> }) }
            </div>
            <DayBar target={plan.target_minutes} tracked={plan.tracked_minutes} />
            <dl class="figures">
                <div><dt>{ t(lang, Key::Target) }</dt><dd class="target">{ hm(i64::from(plan.target_minutes)) }</dd></div>
                <div><dt>{ t(lang, Key::Tracked) }</dt><dd class="tracked">{ hm(i64::from(plan.tracked_minutes)) }</dd></div>
                <div>
                    <dt>{ t(lang, Key::Balance) }</dt>
                    if props.future && plan.tracked_minutes == 0 {
                        <dd class="balance not-due" title={t(lang, Key::NotDueYet)}>{ "–" }</dd>
                    } else {
                        <dd class={classes!("balance", balance_class(plan.balance_minutes))}>
                            { signed_hm(plan.balance_minutes) }
                        </dd>
                    }
                </div>
            </dl>
        </div>
    }
}
