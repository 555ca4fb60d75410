//! Reading exported files back with standard tools, for the export crate's tests and the CLI's
//! (which include this file by path: `#[path = "…/export/tests/support/readers.rs"]`), so both
//! read a PDF and a calendar the same way.

#![allow(dead_code)] // each test file uses what it needs

use ical::parser::ical::component::IcalEvent;
use std::path::Path;

/// The text of the PDF file as `pdftotext -layout` extracts it; `None` (skip) only outside CI,
/// where a missing `pdftotext` fails the test instead.
pub fn pdf_text(file: &Path) -> Option<String> {
    match std::process::Command::new("pdftotext")
        .arg("-layout")
        .arg(file)
        .arg("-")
        .output()
    {
        Ok(out) => {
            assert!(out.status.success(), "pdftotext reads the file: {out:?}");
            Some(String::from_utf8(out.stdout).expect("pdftotext writes UTF-8"))
        }
        Err(err) if std::env::var("CI").is_ok_and(|v| v == "true") => {
            panic!("pdftotext is needed in CI (apt-get install poppler-utils): {err}")
        }
        Err(err) => {
            eprintln!("skipped: pdftotext is not installed ({err}); apt-get install poppler-utils");
            None
        }
    }
}

/// The events of an iCalendar file holding exactly one calendar, read with the `ical` crate.
pub fn calendar_events(bytes: &[u8]) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(bytes);
    let calendar = calendars
        .next()
        .expect("one calendar")
        .expect("the calendar parses");
    assert!(calendars.next().is_none(), "only one calendar");
    calendar.events
}

/// The value of the event's property `name`; the test fails if it has none.
pub fn property(event: &IcalEvent, name: &str) -> String {
    event
        .properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.clone())
        .unwrap_or_else(|| panic!("the event has {name}: {event:?}"))
}
