//! Absences as an iCalendar file (RFC 5545) a calendar app imports: one event per absence
//! period — all-day, or at its hours for an hour-based absence whose clock times are known.
//!
//! - An hour-based absence with clock times is a timed event, `DTSTART:20260610T100000` to
//!   `DTEND:20260610T113000`, in *floating* local time (RFC 5545 §3.3.5, form 1: no `Z`, no
//!   `TZID`): Personio gives the employee's wall-clock times without a zone, so the event shows
//!   at those hours wherever the calendar is, rather than at hours shifted by a zone Stint
//!   would have to guess. One over several days is a single event from its start to its end
//!   (calendars draw it across the days); the hours per day are in the description.
//! - Every other absence is an all-day event (`DTSTART;VALUE=DATE`, `DTEND` the day after the
//!   last). So is an hour-based one without clock times — the user's own, or one synced before
//!   Stint kept times (until the next sync brings them): it names the hours rather than invent
//!   a time.
//! - The title is the type, with half days marked (`Urlaub (half day)`, `… (last day half)`),
//!   an hour-based absence's hours (`Arzt (1:30 h)`) and a status other than approved.
//! - `CATEGORIES` holds the type and its group (Vacation, Sick, …); `STATUS` is `CONFIRMED`
//!   for approved absences and `TENTATIVE` for requested ones.
//! - The `UID` is made from the absence's identity only — Personio's id, or the id of the
//!   user's own absence — so importing a newer export updates the event instead of adding a
//!   second one (also when an all-day event becomes a timed one once its times are known).
//! - Lines end in CRLF and are folded at 75 octets (never inside a UTF-8 character); text is
//!   escaped (`\\`, `\;`, `\,`, `\n`).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Utc};
use stint_model::duration::hm;
use stint_model::{AbsenceCategory, AbsenceId, AbsencePeriod, AbsenceStatus, Language};

use crate::texts::{texts, Texts};

/// The longest line in octets, CRLF not counted (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// `periods` as an iCalendar file; `stamp` is the export's time (`DTSTAMP`).
pub fn absences_ics(periods: &[AbsencePeriod], lang: Language, stamp: DateTime<Utc>) -> Vec<u8> {
    let t = texts(lang);
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Stint//Stint absences//EN");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", escape(calendar_name(lang))));
    let mut sorted: Vec<&AbsencePeriod> = periods.iter().collect();
    sorted.sort_by_key(|a| (a.start, uid(&a.id)));
    for period in sorted {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", uid(&period.id)));
        line(&format!("DTSTAMP:{}", utc_stamp(stamp)));
        match period.times {
            Some(times) => {
                line(&format!("DTSTART:{}", floating(times.start)));
                line(&format!("DTEND:{}", floating(times.end)));
            }
            None => {
                line(&format!("DTSTART;VALUE=DATE:{}", day(period.start)));
                // DTEND of an all-day event is exclusive: the day after the last.
                line(&format!(
                    "DTEND;VALUE=DATE:{}",
                    day(period.end + Duration::days(1))
                ));
            }
        }
        line(&format!("SUMMARY:{}", escape(&title(period, t))));
        let mut categories = vec![escape(&period.type_name)];
        let group = category_word(period.category, lang);
        if !period.type_name.eq_ignore_ascii_case(group) {
            categories.push(escape(group));
        }
        line(&format!("CATEGORIES:{}", categories.join(",")));
        if let Some(text) = description(period) {
            line(&format!("DESCRIPTION:{}", escape(&text)));
        }
        let status = match period.status {
            AbsenceStatus::Approved => "CONFIRMED",
            _ => "TENTATIVE",
        };
        line(&format!("STATUS:{status}"));
        line("TRANSP:OPAQUE");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out.into_bytes()
}

/// The event's identity: stable across exports, as long as the absence is the same one.
pub fn uid(id: &AbsenceId) -> String {
    match id {
        AbsenceId::Personio(id) => format!("personio-{}@stint.app", safe(id)),
        AbsenceId::Manual(id) => format!("manual-{id}@stint.app"),
    }
}

/// Personio's id (as the store keeps it, e.g. `day:51000007`) with anything but letters,
/// digits, `-`, `.`, `_` and `:` written as `%XX`, so the UID needs no escaping.
fn safe(id: &str) -> String {
    id.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':') {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn calendar_name(lang: Language) -> &'static str {
    match lang {
        Language::En => "Absences (Stint)",
        Language::De => "Abwesenheiten (Stint)",
    }
}

fn category_word(category: AbsenceCategory, lang: Language) -> &'static str {
    match (category, lang) {
        (AbsenceCategory::Vacation, Language::En) => "Vacation",
        (AbsenceCategory::Vacation, Language::De) => "Urlaub",
        (AbsenceCategory::Sick, Language::En) => "Sick",
        (AbsenceCategory::Sick, Language::De) => "Krankheit",
        (AbsenceCategory::Personal, Language::En) => "Personal",
        (AbsenceCategory::Personal, Language::De) => "Persönlich",
        (AbsenceCategory::Other, Language::En) => "Other",
        (AbsenceCategory::Other, Language::De) => "Sonstiges",
    }
}

/// `Urlaub`, `Urlaub (half day)`, `Urlaub (first day half, last day half)`, `Arzt (1:30 h)`,
/// `Urlaub (requested)`.
pub(crate) fn title(period: &AbsencePeriod, t: &Texts) -> String {
    let mut marks: Vec<String> = Vec::new();
    if period.is_hour_based() {
        let minutes: u32 = period.minutes_by_day.iter().map(|(_, m)| m).sum();
        marks.push(format!("{} {}", hm(i64::from(minutes)), t.hours));
    } else if period.start == period.end && (period.half_day_start || period.half_day_end) {
        marks.push(t.half_day.to_owned());
    } else {
        if period.half_day_start {
            marks.push(t.first_day_half.to_owned());
        }
        if period.half_day_end {
            marks.push(t.last_day_half.to_owned());
        }
    }
    if let Some(status) = t.status(period.status) {
        marks.push(status.to_owned());
    }
    if marks.is_empty() {
        period.type_name.clone()
    } else {
        format!("{} ({})", period.type_name, marks.join(", "))
    }
}

/// An hour-based absence's hours per day (`2026-06-10: 1:30 h`), one a line.
fn description(period: &AbsencePeriod) -> Option<String> {
    period.is_hour_based().then(|| {
        period
            .minutes_by_day
            .iter()
            .map(|(date, minutes)| {
                format!(
                    "{}: {} h",
                    stint_model::iso::date(*date),
                    hm(i64::from(*minutes))
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    })
}

fn day(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A local wall time as a floating DATE-TIME: `20260610T100000`, no `Z`, no zone (seconds
/// only; a fraction has no place in iCalendar).
fn floating(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        day(at.date()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    format!(
        "{}T{:02}{:02}{:02}Z",
        day(at.date_naive()),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// TEXT as RFC 5545 §3.3.11 writes it.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` folded into parts of at most 75 octets, each ended by CRLF, every part after
/// the first starting with a space (RFC 5545 §3.1), never splitting a character. Where it can,
/// it folds between two non-blank characters: RFC 5545 removes exactly one space when
/// unfolding, but some readers (the `ical` crate among them) trim the parts and would glue two
/// words together.
pub(crate) fn fold_into(out: &mut String, line: &str) {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    let mut room = MAX_LINE_OCTETS;
    loop {
        let mut end = start;
        let mut used = 0;
        while end < chars.len() && used + chars[end].len_utf8() <= room {
            used += chars[end].len_utf8();
            end += 1;
        }
        let greedy = end;
        let blank_at = |i: usize| chars[i].is_whitespace() || chars[i - 1].is_whitespace();
        while end < chars.len() && end > start + 1 && blank_at(end) {
            end -= 1;
        }
        if end == start + 1 && greedy > end {
            // Nothing but spaces to fold at: fold where the line is full.
            end = greedy;
        }
        out.extend(&chars[start..end]);
        out.push_str("\r\n");
        if end >= chars.len() {
            break;
        }
        out.push(' ');
        // The leading space takes one octet of the next line.
        room = MAX_LINE_OCTETS - 1;
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "Überstundenausgleich ".repeat(10).trim_end());
        fold_into(&mut out, &text);
        for part in out.split_terminator("\r\n") {
            assert!(part.len() <= 75, "{} octets: {part:?}", part.len());
        }
        assert!(out.ends_with("\r\n"), "every line ends in CRLF");
        let unfolded = out.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, text, "unfolding gives the line back");
        assert!(
            !out.contains("\r\n  ") && !out.contains(" \r\n"),
            "no part starts or ends with a space of the text: {out:?}"
        );
    }

    #[test]
    fn text_escapes_what_rfc_5545_reserves() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn uids_need_no_escaping_whatever_the_id() {
        assert_eq!(
            uid(&AbsenceId::Personio("ab,c d".into())),
            "personio-ab%2Cc%20d@stint.app"
        );
        assert_eq!(uid(&AbsenceId::Manual(7)), "manual-7@stint.app");
        assert_eq!(
            uid(&AbsenceId::Personio("day:51000007".into())),
            "personio-day:51000007@stint.app"
        );
    }

    #[test]
    fn floating_times_carry_no_zone_and_no_fraction() {
        let at = NaiveDate::from_ymd_opt(2026, 6, 10)
            .and_then(|d| d.and_hms_milli_opt(9, 5, 7, 500))
            .expect("a time");
        assert_eq!(
            floating(at),
            "20260610T090507",
            "RFC 5545 DATE-TIME form 1: local, seconds, no Z"
        );
    }
}
