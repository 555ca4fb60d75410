//! One absence on a day, as a coloured badge: its type name, "½" on half days, the hours of an
//! hour-based one, and a dashed outline plus "pending" while it is not approved (pending ones
//! do not reduce the target yet, so the difference must be visible).

use super::hm;
use crate::i18n::{t, use_lang, Key};
use stint_model::{AbsenceCategory, AbsenceStatus, DayAbsence};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AbsenceBadgeProps {
    pub absence: DayAbsence,
}

/// The colour class of a category.
pub fn category_class(category: AbsenceCategory) -> &'static str {
    match category {
        AbsenceCategory::Vacation => "cat-vacation",
        AbsenceCategory::Sick => "cat-sick",
        AbsenceCategory::Personal => "cat-personal",
        AbsenceCategory::Other => "cat-other",
    }
}

/// The legend's word for a category, so the badge's tooltip and the legend agree.
fn category_key(category: AbsenceCategory) -> Key {
    match category {
        AbsenceCategory::Vacation => Key::Vacation,
        AbsenceCategory::Sick => Key::Sick,
        AbsenceCategory::Personal => Key::Personal,
        AbsenceCategory::Other => Key::Other,
    }
}

/// The word for a status in the UI language.
pub fn status_key(status: AbsenceStatus) -> Key {
    match status {
        AbsenceStatus::Approved => Key::StatusApproved,
        AbsenceStatus::Pending => Key::StatusPending,
        AbsenceStatus::Requested => Key::StatusRequested,
        AbsenceStatus::Other => Key::StatusOther,
    }
}

#[component]
pub fn AbsenceBadge(props: &AbsenceBadgeProps) -> Html {
    let lang = use_lang();
    let a = &props.absence;
    let approved = a.status == AbsenceStatus::Approved;
    let hours = (a.hour_based && a.hours_minutes > 0)
        .then(|| format!("{} h", hm(i64::from(a.hours_minutes))));
    let source = match a.source {
        stint_model::Source::Personio => t(lang, Key::FromPersonio),
        stint_model::Source::Manual => t(lang, Key::EnteredInStint),
    };
    let status = t(lang, status_key(a.status));
    let category = t(lang, category_key(a.category));
    let title = format!("{} · {category} · {status} · {source}", a.type_name);
    html! {
        <span class={classes!("absence", category_class(a.category), (!approved).then_some("pending"))}
            data-status={a.status.as_str()} {title}>
            <span class="absence-type">{ &a.type_name }</span>
            if a.half_day { <span class="half" aria-label={t(lang, Key::HalfDay)}>{ "½" }</span> }
            if let Some(hours) = hours { <span class="hours">{ hours }</span> }
            if !approved { <span class="status">{ status }</span> }
        </span>
    }
}
