//! The absence calendar read back with a standard iCalendar parser (the `ical` crate): one
//! event per absence period, UIDs from the absence's identity that stay the same on the next
//! export, titles that mark half days and hours, and lines folded and ended as RFC 5545 asks.

mod common;

use chrono::{TimeZone, Utc};
use common::*;
use ical::parser::ical::component::IcalEvent;
use stint_export::absences_ics;
use stint_model::Language;

fn events(bytes: &[u8]) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(bytes);
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(calendars.next().is_none(), "only one calendar");
    calendar.events
}

fn property(event: &IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("the event has {name}: {event:?}"))
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
