//! The v1 `work_schedule` attribute, read into minutes per weekday.
//!
//! Personio documents `"08:00"`; other clients met `{"duration": "PT28800S"}`; `"PT8H"` and
//! `"PT7H30M"` are ISO-8601 too; a missing weekday or `null` means no work that day. All of
//! them become integer minutes (house rule 6), Monday first.

use serde_json::Value;

use crate::model::WorkSchedule;

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Reads the attribute's value (`{"type": "WorkSchedule", "attributes": {...}}` or the bare
/// attributes). The error says which weekday held what.
pub(crate) fn parse(value: &Value) -> Result<WorkSchedule, String> {
    let days = value
        .get("attributes")
        .unwrap_or(value)
        .as_object()
        .ok_or_else(|| format!("work_schedule is not an object: {value}"))?;
    let mut minutes = [0u32; 7];
    for (slot, name) in minutes.iter_mut().zip(WEEKDAYS) {
        if let Some(day) = days.get(name) {
            *slot = day_minutes(day)
                .ok_or_else(|| format!("work_schedule.{name} is not a duration: {day}"))?;
        }
    }
    Ok(WorkSchedule { minutes })
}

/// One weekday's value in minutes, or `None` for a format we do not know.
pub(crate) fn day_minutes(value: &Value) -> Option<u32> {
    match value {
        Value::Null => Some(0),
        Value::String(text) => text_minutes(text),
        Value::Object(object) => match object.get("duration") {
            Some(inner) => day_minutes(inner),
            None => None,
        },
        _ => None,
    }
}

fn text_minutes(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Some(0);
    }
    if text.starts_with(['P', 'p']) {
        return iso_minutes(text);
    }
    hours_minutes(text)
}

/// `"08:00"`, `"7:30"`, `"08:00:00"`.
fn hours_minutes(text: &str) -> Option<u32> {
    let mut parts = text.split(':');
    let hours: u32 = parts.next()?.parse().ok()?;
    let minutes: u32 = parts.next()?.parse().ok()?;
    let seconds: u32 = parts.next().map_or(Some(0), |s| s.parse().ok())?;
    if parts.next().is_some() || minutes >= 60 || seconds >= 60 || hours > 24 {
        return None;
    }
    Some(hours * 60 + minutes + (seconds + 30) / 60)
}

/// `"PT8H"`, `"PT7H30M"`, `"PT28800S"`, `"PT7.5H"`, `"P0D"`; rounded to whole minutes.
fn iso_minutes(text: &str) -> Option<u32> {
    let upper = text.to_ascii_uppercase();
    let body = upper.strip_prefix('P')?;
    let (date_part, time_part) = match body.split_once('T') {
        Some((date, time)) => (date, time),
        None => (body, ""),
    };
    let mut seconds = 0.0;
    for (part, units) in [
        (date_part, &[('D', 86_400.0)][..]),
        (time_part, &[('H', 3_600.0), ('M', 60.0), ('S', 1.0)][..]),
    ] {
        let mut rest = part;
        while !rest.is_empty() {
            let end = rest.find(|c: char| c.is_ascii_alphabetic())?;
            let number: f64 = rest[..end].replace(',', ".").parse().ok()?;
            let unit = rest[end..].chars().next()?;
            let factor = units.iter().find(|(u, _)| *u == unit)?.1;
            seconds += number * factor;
            rest = &rest[end + 1..];
        }
    }
    if body.is_empty() || body == "T" || !(0.0..=86_400.0).contains(&seconds) {
        return None;
    }
    Some((seconds / 60.0).round() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_known_weekday_format_becomes_minutes() {
        let cases = [
            (json!("08:00"), Some(480)),
            (json!("07:30"), Some(450)),
            (json!("7:30"), Some(450)),
            (json!("00:00"), Some(0)),
            (json!("08:00:00"), Some(480)),
            (json!({"duration": "PT28800S"}), Some(480)),
            (json!({"duration": "PT27000S"}), Some(450)),
            (json!({"duration": null}), Some(0)),
            (json!("PT8H"), Some(480)),
            (json!("PT7H30M"), Some(450)),
            (json!("PT7.5H"), Some(450)),
            (json!("PT0S"), Some(0)),
            (json!("P0D"), Some(0)),
            (json!(null), Some(0)),
            (json!(""), Some(0)),
            (json!("eight"), None),
            (json!("25:00"), None),
            (json!("PT"), None),
            (json!(8), None),
            (json!({"hours": 8}), None),
        ];
        for (value, expected) in cases {
            assert_eq!(
                day_minutes(&value),
                expected,
                "weekday value {value} must read as {expected:?} minutes"
            );
        }
    }

    #[test]
    fn a_schedule_is_monday_first_and_missing_days_are_zero() {
        let value = json!({"type": "WorkSchedule", "attributes": {
            "id": 1, "name": "Teilzeit", "valid_from": null,
            "monday": "08:00", "tuesday": "PT4H", "wednesday": {"duration": "PT14400S"},
            "thursday": null, "saturday": "00:00"
        }});
        assert_eq!(
            parse(&value),
            Ok(WorkSchedule {
                minutes: [480, 240, 240, 0, 0, 0, 0]
            }),
            "formats may be mixed, a null or missing day is zero, Monday comes first"
        );
    }

    #[test]
    fn an_unknown_day_format_names_the_day() {
        let error = parse(&json!({"attributes": {"friday": "half day"}})).unwrap_err();
        assert!(
            error.contains("friday") && error.contains("half day"),
            "the error must say which weekday held what, got: {error}"
        );
    }
}
