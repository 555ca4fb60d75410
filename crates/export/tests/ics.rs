//! The absence calendar read back with a standard iCalendar parser (the `ical` crate): one
//! event per absence period, UIDs from the absence's identity that stay the same on the next
//! export, titles that mark half days and hours, hour-based absences with clock times as timed
//! events in floating local time, and lines folded and ended as RFC 5545 asks.

mod common;
#[path = "support/readers.rs"]
mod readers;

use chrono::{TimeZone, Utc};
use common::*;
use ical::parser::ical::component::IcalEvent;
use readers::{calendar_events as events, property};
use stint_export::{absences_ics, calendar_uid};
use stint_model::{AbsencePeriod, Language};

/// The parameters of the event's property `name` (empty when it has none).
fn params(event: &IcalEvent, name: &str) -> Vec<(String, Vec<String>)> {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("the event has {name}: {event:?}"))
        .params
        .clone()
        .unwrap_or_default()
}

fn export(stamp_hour: u32) -> Vec<u8> {
    let stamp = Utc
        .with_ymd_and_hms(2026, 7, 1, stamp_hour, 0, 0)
        .single()
        .expect("a time");
    absences_ics(&periods(), Language::En, stamp)
}

#[test]
fn one_event_per_absence_with_the_same_uids_on_a_second_export() {
    let first = events(&export(8));
    assert_eq!(first.len(), periods().len(), "one event per absence period");
    let uids = |events: &[IcalEvent]| {
        let mut uids: Vec<String> = events.iter().map(|e| property(e, "UID")).collect();
        uids.sort();
        uids
    };
    let mut distinct = uids(&first);
    distinct.dedup();
    assert_eq!(distinct.len(), first.len(), "no two events share a UID");
    assert_eq!(
        uids(&first),
        uids(&events(&export(17))),
        "a later export names the same events, so a re-import updates them"
    );
    for id in ["51000001", "0b7e-4c1d-9a2f"] {
        assert!(
            distinct.iter().any(|u| u.contains(id)),
            "the UID comes from Personio's id {id}: {distinct:?}"
        );
    }
    assert!(
        distinct.iter().any(|u| u.starts_with("manual-7@")),
        "the user's own absence by its id: {distinct:?}"
    );
}

#[test]
fn all_day_events_end_the_day_after_and_titles_mark_half_days_and_hours() {
    let events = events(&export(8));
    let by_start = |day: &str| {
        events
            .iter()
            .find(|e| property(e, "DTSTART") == day)
            .unwrap_or_else(|| panic!("an event starts {day}"))
    };
    let week = by_start("20260608");
    assert_eq!(property(week, "DTEND"), "20260613", "DTEND is exclusive");
    assert_eq!(property(week, "SUMMARY"), "Urlaub (last day half)");
    assert_eq!(property(week, "STATUS"), "CONFIRMED");
    let start_param = week
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .and_then(|p| p.params.clone())
        .expect("DTSTART has parameters");
    assert!(
        start_param
            .iter()
            .any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_owned()]),
        "an all-day event: {start_param:?}"
    );
    assert_eq!(
        property(by_start("20260619"), "SUMMARY"),
        "Urlaub (half day)"
    );
    let doctor = by_start("20260617");
    assert_eq!(property(doctor, "SUMMARY"), "Arzttermin (2:30 h)");
    assert!(
        property(doctor, "DESCRIPTION").contains("2026-06-17: 1:30 h"),
        "hours per day"
    );
    let requested = by_start("20260624");
    assert_eq!(
        property(requested, "SUMMARY"),
        "Überstundenabbau (requested)"
    );
    assert_eq!(property(requested, "STATUS"), "TENTATIVE");
    assert_eq!(
        property(by_start("20260615"), "CATEGORIES"),
        "Krankheit,Sick",
        "the type and its group"
    );
}

#[test]
fn long_lines_are_folded_at_75_octets_and_text_is_escaped() {
    let bytes = export(8);
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    assert!(
        text.contains("\r\n "),
        "the long title is folded onto a continuation line"
    );
    let events = events(&bytes);
    let long = events
        .iter()
        .find(|e| property(e, "DTSTART") == "20260629")
        .expect("the long one");
    assert_eq!(
        property(long, "SUMMARY"),
        "Sonderurlaub\\, Umzug in die neue Wohnung\\; mit Übergabe der alten Wohnung",
        "unfolded whole; comma and semicolon escaped"
    );
}

#[test]
fn german_titles_mark_half_days_in_german() {
    let stamp = Utc
        .with_ymd_and_hms(2026, 7, 1, 8, 0, 0)
        .single()
        .expect("a time");
    let events = events(&absences_ics(&periods(), Language::De, stamp));
    let summaries: Vec<String> = events.iter().map(|e| property(e, "SUMMARY")).collect();
    assert!(
        summaries.contains(&"Urlaub (halber Tag)".to_owned()),
        "{summaries:?}"
    );
    assert!(
        summaries.contains(&"Überstundenabbau (beantragt)".to_owned()),
        "{summaries:?}"
    );
}

#[test]
fn hour_based_absences_with_clock_times_are_timed_events_in_floating_local_time() {
    let events = events(&export(8));
    let by_start = |start: &str| {
        events
            .iter()
            .find(|e| property(e, "DTSTART") == start)
            .unwrap_or_else(|| panic!("an event starts {start}"))
    };
    let doctor = by_start("20260610T100000");
    assert_eq!(
        property(doctor, "DTEND"),
        "20260610T113000",
        "it ends at its end time, 90 minutes later"
    );
    for name in ["DTSTART", "DTEND"] {
        assert_eq!(
            params(doctor, name),
            Vec::<(String, Vec<String>)>::new(),
            "{name} is floating local time (RFC 5545 §3.3.5 form 1): no VALUE=DATE, no TZID"
        );
        assert!(
            !property(doctor, name).ends_with('Z'),
            "{name} is not UTC: Personio's times are wall-clock times without a zone"
        );
    }
    assert_eq!(
        property(doctor, "SUMMARY"),
        "Arzttermin (1:30 h)",
        "the title still names the hours"
    );
    assert_eq!(
        property(doctor, "UID"),
        "personio-hour:5d2a-timed@stint.app",
        "the UID is made from the id alone, as for an all-day event"
    );

    let course = by_start("20260622T130000");
    assert_eq!(
        property(course, "DTEND"),
        "20260623T120000",
        "a period over two days is one event from its start to its end"
    );
    assert_eq!(property(course, "SUMMARY"), "Fortbildung (7:00 h)");
    let description = property(course, "DESCRIPTION");
    assert!(
        description.contains("2026-06-22: 4:00 h") && description.contains("2026-06-23: 3:00 h"),
        "the hours per day are in the description: {description}"
    );

    let untimed = by_start("20260617");
    assert!(
        params(untimed, "DTSTART")
            .iter()
            .any(|(k, v)| k == "VALUE" && v == &vec!["DATE".to_owned()]),
        "an hour-based absence without clock times stays an all-day event"
    );
    assert_eq!(property(untimed, "DTEND"), "20260619", "DTEND is exclusive");
}

#[test]
fn an_absence_keeps_its_uid_when_its_clock_times_become_known() {
    // Synced before Stint kept times: all-day. Synced after: timed. A re-import must update
    // the one event, not add a second.
    let stamp = Utc
        .with_ymd_and_hms(2026, 7, 1, 8, 0, 0)
        .single()
        .expect("a time");
    let timed: Vec<AbsencePeriod> = periods()
        .into_iter()
        .filter(|p| p.times.is_some())
        .collect();
    let untimed: Vec<AbsencePeriod> = timed
        .iter()
        .cloned()
        .map(|p| AbsencePeriod { times: None, ..p })
        .collect();
    let before = events(&absences_ics(&untimed, Language::En, stamp));
    let after = events(&absences_ics(&timed, Language::En, stamp));
    let uids = |events: &[IcalEvent]| -> Vec<String> {
        events.iter().map(|e| property(e, "UID")).collect()
    };
    assert_eq!(
        uids(&before),
        uids(&after),
        "the same UIDs with or without times"
    );
    assert_eq!(
        uids(&after),
        timed
            .iter()
            .map(|p| calendar_uid(&p.id))
            .collect::<Vec<_>>(),
        "each made from the absence's id"
    );
    assert!(
        before.iter().all(|e| property(e, "DTSTART").len() == 8)
            && after.iter().all(|e| property(e, "DTSTART").contains('T')),
        "all-day before, timed after"
    );
}
