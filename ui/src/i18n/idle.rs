//! The idle question's sentences: "You were away from 12:05 to 12:40 (35 min) while the timer
//! ran" and the stop button that names the time the timer stops at.
//!
//! Times sit in different places in the two languages, so like the warnings these sentences are
//! written here, English and German side by side. The minutes are those between the two times
//! shown (whole minutes of the clock), so the sentence adds up for the reader; a long absence
//! reads as `h:mm h` like every duration in the day view.

use super::Lang;
use chrono::{NaiveDateTime, Timelike};
use stint_model::duration::hm;
use stint_model::{iso, IdleSpan};

/// Minutes from the shown `from` to the shown `to` (each cut to its minute, as `HH:MM` shows
/// it); across midnight too.
fn away_minutes(span: &IdleSpan) -> i64 {
    let minute = |at: NaiveDateTime| at.with_second(0).unwrap_or(at);
    (minute(span.to) - minute(span.from)).num_minutes().max(0)
}

/// How long: `< 1 min`, `35 min`, or from an hour on `1:35 h`.
fn length(minutes: i64) -> String {
    match minutes {
        0 => "< 1 min".into(),
        1..=59 => format!("{minutes} min"),
        _ => format!("{} h", hm(minutes)),
    }
}

fn time(at: NaiveDateTime) -> String {
    iso::time_of_day(at.time())
}

/// The question's sentence in `lang`.
pub fn idle_sentence(lang: Lang, span: &IdleSpan) -> String {
    let (from, to, away) = (time(span.from), time(span.to), length(away_minutes(span)));
    match lang {
        Lang::En => format!("You were away from {from} to {to} ({away}) while the timer ran."),
        Lang::De => format!("Du warst von {from} bis {to} weg ({away}), während der Timer lief."),
    }
}

/// The stop button's label: the timer stops where the time away began.
pub fn idle_stop_label(lang: Lang, span: &IdleSpan) -> String {
    let from = time(span.from);
    match lang {
        Lang::En => format!("I left then — stop the timer at {from}"),
        Lang::De => format!("Ich bin da gegangen — Timer um {from} stoppen"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(from: &str, to: &str) -> IdleSpan {
        let at = |text| iso::parse_date_time(text).expect("a date-time");
        IdleSpan {
            from: at(from),
            to: at(to),
        }
    }

    #[test]
    fn the_minutes_are_those_between_the_times_shown() {
        // (why, from, to, minutes)
        let cases = [
            (
                "whole minutes",
                "2025-03-10T12:05:00",
                "2025-03-10T12:40:00",
                35,
            ),
            (
                "seconds are cut as HH:MM cuts them: 12:05 to 12:40",
                "2025-03-10T12:05:50",
                "2025-03-10T12:40:10",
                35,
            ),
            (
                "within one minute",
                "2025-03-10T12:05:01",
                "2025-03-10T12:05:59",
                0,
            ),
            (
                "across a minute's edge",
                "2025-03-10T12:05:59",
                "2025-03-10T12:06:01",
                1,
            ),
            (
                "across midnight",
                "2025-03-10T23:50:00",
                "2025-03-11T00:20:00",
                30,
            ),
            (
                "a night away",
                "2025-03-10T18:00:00",
                "2025-03-11T08:30:00",
                870,
            ),
        ];
        for (why, from, to, want) in cases {
            assert_eq!(away_minutes(&span(from, to)), want, "{why}: {from} to {to}");
        }
    }

    #[test]
    fn the_sentence_names_both_times_and_how_long_in_both_languages() {
        // (span, English, German)
        let cases = [
            (
                span("2025-03-10T12:05:20", "2025-03-10T12:40:05"),
                "You were away from 12:05 to 12:40 (35 min) while the timer ran.",
                "Du warst von 12:05 bis 12:40 weg (35 min), während der Timer lief.",
            ),
            (
                span("2025-03-10T16:55:00", "2025-03-10T18:30:00"),
                "You were away from 16:55 to 18:30 (1:35 h) while the timer ran.",
                "Du warst von 16:55 bis 18:30 weg (1:35 h), während der Timer lief.",
            ),
            (
                span("2025-03-10T09:00:01", "2025-03-10T09:00:07"),
                "You were away from 09:00 to 09:00 (< 1 min) while the timer ran.",
                "Du warst von 09:00 bis 09:00 weg (< 1 min), während der Timer lief.",
            ),
        ];
        for (span, en, de) in cases {
            assert_eq!(idle_sentence(Lang::En, &span), en, "English for {span:?}");
            assert_eq!(idle_sentence(Lang::De, &span), de, "German for {span:?}");
        }
    }

    #[test]
    fn the_stop_button_names_the_time_the_timer_stops_at() {
        let span = span("2025-03-10T17:02:45", "2025-03-10T19:10:00");
        assert_eq!(
            idle_stop_label(Lang::En, &span),
            "I left then — stop the timer at 17:02",
            "the timer stops where the time away began, shown to the minute"
        );
        assert_eq!(
            idle_stop_label(Lang::De, &span),
            "Ich bin da gegangen — Timer um 17:02 stoppen",
            "and so in German"
        );
    }
}
