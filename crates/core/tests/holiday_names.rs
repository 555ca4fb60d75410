//! Holidays are named in the reader's language: the calendar (`holiday_de`) names them in
//! German; the app's timeline in English says them in English, the CLI's keeps the German.

mod common;

use chrono::NaiveDate;
use common::*;
use stint_model::Language;

fn christmas_names(lang: Option<Language>) -> Vec<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let stint = open(dir.path());
    stint
        .config_set("holiday_region", "DE-BY")
        .expect("region set");
    let (from, to) = (
        NaiveDate::from_ymd_opt(2026, 12, 24).unwrap(),
        NaiveDate::from_ymd_opt(2026, 12, 26).unwrap(),
    );
    let timeline = match lang {
        Some(lang) => stint.timeline_in(from, to, lang),
        None => stint.timeline(from, to),
    }
    .expect("a timeline");
    timeline
        .days
        .into_iter()
        .filter_map(|d| d.holiday)
        .collect()
}

#[test]
fn the_timeline_names_holidays_in_the_language_asked_for() {
    assert_eq!(
        christmas_names(Some(Language::En)),
        ["Christmas Day", "St Stephen's Day"]
    );
    let german = ["Erster Weihnachtsfeiertag", "Zweiter Weihnachtsfeiertag"];
    assert_eq!(christmas_names(Some(Language::De)), german);
    assert_eq!(
        christmas_names(None),
        german,
        "the plain timeline is the CLI's"
    );
}
