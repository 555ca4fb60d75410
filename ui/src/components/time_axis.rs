//! The week and day views' calendar timeline: one column per day over the hours, each tracked
//! span (local entries and Personio attendances alike) as a block at its hours, so breaks show
//! as gaps; approved absences as bands over the whole column; the running timer as a block that
//! grows each minute; and a line where the day's target is (or, dashed, would be) reached.
//!
//! A block is a button: a click (or Enter) opens it in the [`BlockForm`]. Dragging over an
//! empty stretch of a column proposes a new entry for those hours in the same form; the
//! keyboard way is each day's "+" button. Periods that exist only in Personio open the day
//! view, where their own rules apply (they can be changed only while recording is on).
//!
//! Entries load for the shown days (and the day before, for spans across midnight) whenever
//! the page's `generation` moves, i.e. on every `tracking-changed`.

use super::block_form::{BlockForm, Editing};
use super::data_style::{use_data_styles, Pct};
use super::day_cell::DayCell;
use crate::i18n::{t, use_lang, Key};
use crate::ipc;
use crate::js_clock::{every, now};
use crate::state::axis::{
    axis_range, clock_text, dragged, entry_span, minute_at, place, target_line,
};
use chrono::{Datelike, Duration, NaiveDate, Timelike};
use stint_model::{
    iso, AbsenceStatus, DayPlan, EntrySource, TimeEntryView, TimerStatus, TimerView,
};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimeAxisProps {
    pub days: Vec<DayPlan>,
    /// Marks today's column, when it is shown.
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    /// Moves when tracked time changed, so the entries load again.
    pub generation: u32,
    /// The week view's day heads open a day; `None` in the day view (it has its own head).
    #[prop_or_default]
    pub on_open: Option<Callback<NaiveDate>>,
    /// The day view's one tall column.
    #[prop_or_default]
    pub tall: bool,
}

/// A drag in progress over the column of `date`: from one minute to another, with the
/// column's top and height on screen to read the pointer against.
#[derive(Clone, Copy, PartialEq)]
struct Drag {
    date: NaiveDate,
    from: u32,
    to: u32,
    top: f64,
    height: f64,
}

/// The running timer's stretch on `date`: from its start (or midnight) to now.
fn timer_span(timer: &TimerView, date: NaiveDate, now: (NaiveDate, u32)) -> Option<(u32, u32)> {
    if timer.status != TimerStatus::Running || date != now.0 || timer.started_at.date() > date {
        return None;
    }
    let start = if timer.started_at.date() == date {
        timer.started_at.hour() * 60 + timer.started_at.minute()
    } else {
        0
    };
    Some((start, now.1.max(start)))
}

/// The fraction of the way down the column at the pointer.
fn fraction(event: &MouseEvent, drag: &Drag) -> f64 {
    (f64::from(event.client_y()) - drag.top) / drag.height.max(1.0)
}

#[component]
pub fn TimeAxis(props: &TimeAxisProps) -> Html {
    let lang = use_lang();
    use_data_styles();
    let entries = use_state(Vec::<TimeEntryView>::new);
    let timer = use_state(|| None::<TimerView>);
    let clock = use_state(now);
    let drag = use_state(|| None::<Drag>);
    let editing = use_state(|| None::<Editing>);
    let first = props.days.first().map(|d| d.date).unwrap_or_default();
    let last = props.days.last().map(|d| d.date).unwrap_or(first);

    {
        let (entries, timer, clock) = (entries.clone(), timer.clone(), clock.clone());
        use_effect_with((first, last, props.generation), move |&(first, last, _)| {
            wasm_bindgen_futures::spawn_local(async move {
                let from = first - Duration::days(1);
                if let Ok(list) = ipc::tracking::time_entries(from, last).await {
                    entries.set(list);
                }
                timer.set(ipc::tracking::timer_state().await.ok().flatten());
                clock.set(now());
            });
        });
    }
    {
        let clock = clock.clone();
        let running = timer
            .as_ref()
            .is_some_and(|t| t.status == TimerStatus::Running);
        use_effect_with(running, move |&running| {
            // Re-reads the minute every 60 s while the timer runs, so its block grows.
            let stop = running.then(|| every(60_000, move || clock.set(now())));
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }

    let now = *clock;
    let spans_of = |date: NaiveDate| -> Vec<(u32, u32, &TimeEntryView)> {
        entries
            .iter()
            .filter_map(|e| entry_span(e, date, Some(now)).map(|(s, end)| (s, end, e)))
            .collect()
    };
    let all_spans = props
        .days
        .iter()
        .flat_map(|d| spans_of(d.date).into_iter().map(|(s, e, _)| (s, e)))
        .chain(
            timer
                .as_ref()
                .and_then(|t| timer_span(t, now.0, now))
                .into_iter(),
        );
    let range = axis_range(all_spans);

    let on_edit = {
        let editing = editing.clone();
        Callback::from(move |e: Option<Editing>| editing.set(e))
    };
    let on_mouse_move = {
        let drag = drag.clone();
        Callback::from(move |event: MouseEvent| {
            if let Some(d) = *drag {
                let to = minute_at(fraction(&event, &d), range);
                if to != d.to {
                    drag.set(Some(Drag { to, ..d }));
                }
            }
        })
    };
    let on_mouse_up = {
        let (drag, editing) = (drag.clone(), editing.clone());
        Callback::from(move |event: MouseEvent| {
            if let Some(d) = *drag {
                let to = minute_at(fraction(&event, &d), range);
                let (start, end) = dragged(d.from, to);
                editing.set(Some(Editing::new_span(d.date, start, end)));
                drag.set(None);
            }
        })
    };

    let hours = (range.0 / 60..=range.1 / 60).map(|hour| {
        let (top, _) = place((hour * 60, hour * 60), range);
        html! { <span class="hour-label" data-style={format!("top:{}", Pct(top))}>{ format!("{hour:02}:00") }</span> }
    });

    let columns = props.days.iter().map(|plan| {
        let date = plan.date;
        let spans = spans_of(date);
        let counted: Vec<(u32, u32)> = spans
            .iter()
            .filter(|(_, _, e)| e.counts())
            .map(|(s, end, _)| (*s, *end))
            .chain(timer.as_ref().and_then(|t| timer_span(t, date, now)))
            .collect();
        let bands = plan.absences.iter().filter(|a| a.status == AbsenceStatus::Approved && !a.hour_based).map(|a| {
            html! {
                <div class={classes!("absence-band", super::absence_badge::category_class(a.category), a.half_day.then_some("half"))}
                    title={a.type_name.clone()}>
                    <span>{ &a.type_name }{ if a.half_day { " ½" } else { "" } }</span>
                </div>
            }
        });
        let holiday = plan.holiday.as_ref().map(|name| html! {
            <div class="absence-band cat-holiday" title={name.clone()}><span>{ name }</span></div>
        });
        let blocks = spans.iter().map(|(start, end, entry)| {
            let (top, height) = place((*start, *end), range);
            let span = format!("{}–{}", clock_text(*start),
                if entry.end.is_some() { clock_text(*end) } else { "…".into() });
            let struck = !entry.counts();
            let personio = entry.source == EntrySource::Personio;
            let onclick = {
                let (on_edit, entry) = (on_edit.clone(), (*entry).clone());
                let open_day = props.on_open.clone();
                Callback::from(move |event: MouseEvent| {
                    event.stop_propagation();
                    if entry.id.is_some() {
                        on_edit.emit(Some(Editing::entry(&entry)));
                    } else if let Some(open) = &open_day {
                        open.emit(entry.date);
                    }
                })
            };
            let onmousedown = Callback::from(|event: MouseEvent| event.stop_propagation());
            html! {
                <button class={classes!("block", personio.then_some("personio"), struck.then_some("struck"))}
                    data-style={format!("top:{};height:{}", Pct(top), Pct(height))}
                    title={entry.note.clone()} data-entry={entry.id.map(|id| id.to_string())} {onclick} {onmousedown}>
                    <span class="block-span">{ span }</span>
                    if !entry.note.is_empty() { <span class="block-note">{ &entry.note }</span> }
                </button>
            }
        });
        let running = timer.as_ref().and_then(|t| timer_span(t, date, now)).map(|span| {
            let (top, height) = place(span, range);
            html! {
                <div class="block running" id="axis-timer" data-style={format!("top:{};height:{}", Pct(top), Pct(height))}
                    title={t(lang, Key::TimerRunning)}>
                    <span class="block-span">{ format!("{}–…", clock_text(span.0)) }</span>
                </div>
            }
        });
        let target = target_line(&counted, plan.target_minutes).map(|(minute, reached)| {
            let (top, _) = place((minute, minute), range);
            html! { <div class={classes!("target-line", (!reached).then_some("projected"))}
                data-style={format!("top:{}", Pct(top))}></div> }
        });
        let ghost = drag.filter(|d| d.date == date).map(|d| {
            let (top, height) = place(dragged(d.from, d.to), range);
            html! { <div class="block ghost" data-style={format!("top:{};height:{}", Pct(top), Pct(height))}></div> }
        });
        let onmousedown = {
            let drag = drag.clone();
            Callback::from(move |event: MouseEvent| {
                if event.button() != 0 {
                    return;
                }
                // Yew delegates events to the app's root, so the column is found from the target.
                let Some(column) = event.target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|t| t.closest(".axis-column").ok().flatten()) else {
                    return;
                };
                event.prevent_default();
                let rect = column.get_bounding_client_rect();
                let mut d = Drag { date, from: 0, to: 0, top: rect.top(), height: rect.height() };
                d.from = minute_at(fraction(&event, &d), range);
                d.to = d.from;
                drag.set(Some(d));
            })
        };
        let add = {
            let (editing, spans) = (editing.clone(), counted.clone());
            Callback::from(move |_: MouseEvent| {
                // After the day's last span, else at the start of the working day.
                let start = spans.iter().map(|s| s.1).max().unwrap_or(9 * 60).min(23 * 60);
                editing.set(Some(Editing::new_span(date, start, start + 60)));
            })
        };
        let weekend = date.weekday().number_from_monday() > 5;
        html! {
            <div class={classes!("axis-column", weekend.then_some("weekend"), (Some(date) == props.today).then_some("today"))}
                key={iso::date(date)} data-date={iso::date(date)} {onmousedown}>
                { for bands }
                { for holiday }
                { for blocks }
                { for running }
                { for target }
                { for ghost }
                <button class="add-block" onclick={add} onmousedown={Callback::from(|e: MouseEvent| e.stop_propagation())}
                    title={t(lang, Key::AddEntry)} aria-label={format!("{} {}", t(lang, Key::AddEntry), crate::i18n::dates::long_date(lang, date))}>{ "+" }</button>
            </div>
        }
    });

    let heads = props.on_open.as_ref().map(|on_open| {
        html! {
            <div class="axis-heads">
                <div class="hours-gutter"></div>
                { for props.days.iter().map(|plan| html! {
                    <DayCell key={iso::date(plan.date)} plan={plan.clone()} today={Some(plan.date) == props.today}
                        future={!plan.due} on_open={on_open.clone()} />
                }) }
            </div>
        }
    });
    let columns_count = props.days.len().max(1);
    html! {
        <div class={classes!("time-axis", props.tall.then_some("tall"))}
            data-style={format!("--columns:{columns_count};--hours:{}", (range.1 - range.0) / 60)}>
            { for heads }
            <div class="axis-body" onmousemove={on_mouse_move} onmouseup={on_mouse_up}
                onmouseleave={ let drag = drag.clone(); Callback::from(move |_| drag.set(None)) }>
                <div class="hours-gutter">{ for hours }</div>
                { for columns }
            </div>
            if let Some(current) = (*editing).clone() {
                <BlockForm editing={current} {on_edit} />
            }
        </div>
    }
}
