//! Every reader of user input in the model answers a value or a refusal for any text — never a
//! panic, never an overflow — and reads back what Stint writes (issue 12: `71582789h` and
//! `200000000000000000:00` crashed the CLI through `duration::parse`).
//!
//! Inputs mix arbitrary Unicode with near misses shaped like the real thing (huge digit runs,
//! signs, multi-byte characters where ASCII is expected), because purely random text rarely
//! gets past a parser's first check.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use proptest::prelude::*;
use stint_model::duration::{self, DurationError, MAX_MINUTES};
use stint_model::{iso, HolidayRegion, SyncInterval};

/// Cases per property: the parsers are cheap, so many more than proptest's default 256.
const CASES: u32 = 4096;

fn config() -> ProptestConfig {
    ProptestConfig::with_cases(CASES)
}

/// Arbitrary text, or text shaped like a duration with digit runs far past any `i64`.
fn duration_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ +−-]{0,2}[0-9]{0,30}([:.,][0-9]{0,30})?[hHmM ]{0,2}([0-9]{0,30}[mM]?)?",
        "[-+]?[0-9]{15,400}(h|m|:00|\\.5)?",
        "[0-9é:.,hm−+ -]{0,12}",
    ]
}

/// Arbitrary text, or text shaped like a date (signs, short and long years, `é` in the year).
fn date_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[+-]?[0-9é]{0,8}-[0-9é]{0,3}-[0-9é]{0,3}",
        "[+-]?[0-9]{4,30}-[0-9]{2}-[0-9]{2}",
        "[+-]?[0-9]{1,6}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])",
    ]
}

/// Arbitrary text, or text shaped like a local date-time, with or without an offset.
fn date_time_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[T t][0-9é:.]{0,22}([Zz]|[+-][0-9]{2}:[0-9]{2})?",
        concat!(
            "[0-9]{4}-0[1-9]-[0-2][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]",
            "(\\.[0-9]{0,11})?([Zz]|[+-][0-9é]{2}:[0-9]{2})?",
        ),
    ]
}

/// Every day chrono can hold, as a day number.
fn any_day() -> impl Strategy<Value = NaiveDate> {
    let (min, max) = (NaiveDate::MIN, NaiveDate::MAX);
    (chrono::Datelike::num_days_from_ce(&min)..=chrono::Datelike::num_days_from_ce(&max))
        .prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).expect("within chrono's range"))
}

/// Every moment of such a day, leap seconds (nanos past 1e9 at second 59) included.
fn any_date_time() -> impl Strategy<Value = NaiveDateTime> {
    (any_day(), 0u32..86_400, 0u32..2_000_000_000).prop_filter_map(
        "chrono has a leap second only at second 59",
        |(day, secs, nanos)| {
            NaiveTime::from_num_seconds_from_midnight_opt(secs, nanos).map(|t| day.and_time(t))
        },
    )
}

// The properties are plain functions below (so rustfmt keeps them readable); the macro only
// draws the inputs.
proptest! {
    #![proptest_config(config())]

    #[test]
    fn a_duration_is_read_or_refused_never_a_panic(text in duration_text()) {
        duration_read_or_refused(&text)?;
    }

    #[test]
    fn every_duration_in_range_reads_back_as_written(minutes in -MAX_MINUTES..=MAX_MINUTES) {
        duration_round_trip(minutes)?;
    }

    #[test]
    fn a_duration_past_the_limit_is_too_long(minutes in MAX_MINUTES + 1..i64::MAX / 2) {
        duration_too_long(minutes)?;
    }

    #[test]
    fn a_date_is_read_or_refused_never_a_panic(text in date_text()) {
        date_read_or_refused(&text)?;
    }

    #[test]
    fn every_date_reads_back_as_written(day in any_day()) {
        prop_assert_eq!(iso::date(day), day.to_string(), "chrono's text");
        prop_assert_eq!(iso::parse_date(&iso::date(day)), Some(day), "round trip");
    }

    #[test]
    fn a_date_time_is_read_or_refused_never_a_panic(text in date_time_text()) {
        date_time_read_or_refused(&text)?;
    }

    #[test]
    fn every_moment_reads_back_as_written(
        at in any_date_time(),
        offset_minutes in -(23 * 60 + 59)..=(23 * 60 + 59),
    ) {
        moment_round_trip(at, offset_minutes)?;
    }

    #[test]
    fn every_time_of_day_reads_back_as_written(hour in 0u32..24, minute in 0u32..60) {
        let at = NaiveTime::from_hms_opt(hour, minute, 0).expect("a real time");
        prop_assert_eq!(iso::parse_time_of_day(&iso::time_of_day(at)), Some(at), "HH:MM");
        let short = format!("{hour}:{minute:02}");
        prop_assert_eq!(iso::parse_time_of_day(&short), Some(at), "H:MM");
    }

    #[test]
    fn a_time_of_day_is_read_or_refused_never_a_panic(
        text in prop_oneof![any::<String>(), "[ 0-9é:+-]{0,8}"],
    ) {
        if let Some(at) = iso::parse_time_of_day(&text) {
            let back = iso::parse_time_of_day(&iso::time_of_day(at));
            prop_assert_eq!(back, Some(at), "written back");
        }
    }

    #[test]
    fn settings_values_are_read_or_refused_never_a_panic(
        text in prop_oneof![
            any::<String>(),
            "(?i)[ ]?(none|de|de-[a-zé]{0,3}|off|15m|1h|4h|daily|[a-z0-9é-]{0,6})[ ]?",
        ],
    ) {
        settings_value_read_or_refused(&text)?;
    }
}

fn duration_read_or_refused(text: &str) -> Result<(), TestCaseError> {
    match duration::parse(text) {
        Ok(minutes) => {
            prop_assert!(
                minutes.abs() <= MAX_MINUTES,
                "`{text}` read beyond the limit: {minutes}"
            );
            let back = duration::parse(&duration::hm(minutes));
            prop_assert_eq!(back, Ok(minutes), "`{}` written back", text);
        }
        Err(err) => prop_assert!(
            !err.to_string().is_empty(),
            "`{text}` refused without words"
        ),
    }
    let signed = duration::parse(text);
    match duration::parse_unsigned(text) {
        Ok(minutes) => prop_assert_eq!(signed, Ok(i64::from(minutes)), "unsigned agrees"),
        Err(DurationError::Negative) => {
            prop_assert!(signed.is_ok_and(|m| m < 0), "`{text}` is negative")
        }
        Err(err) => prop_assert_eq!(signed, Err(err), "same refusal for `{}`", text),
    }
    Ok(())
}

fn duration_round_trip(minutes: i64) -> Result<(), TestCaseError> {
    let read = |text: String| duration::parse(&text);
    prop_assert_eq!(read(duration::hm(minutes)), Ok(minutes), "h:mm");
    prop_assert_eq!(read(duration::signed_hm(minutes)), Ok(minutes), "+h:mm");
    let (hours, rest) = (minutes.abs() / 60, minutes.abs() % 60);
    let sign = if minutes < 0 { "-" } else { "" };
    prop_assert_eq!(read(format!("{sign}{hours}h{rest}m")), Ok(minutes), "XhYm");
    prop_assert_eq!(read(format!("{sign}{}m", minutes.abs())), Ok(minutes), "Ym");
    if rest % 6 == 0 {
        let tenths = format!("{sign}{hours}.{}", rest / 6);
        prop_assert_eq!(read(tenths), Ok(minutes), "tenths of hours");
    }
    let unsigned = duration::parse_unsigned(&duration::hm(minutes));
    if minutes < 0 {
        prop_assert_eq!(
            unsigned,
            Err(DurationError::Negative),
            "negative weekly hours"
        );
    } else {
        prop_assert_eq!(unsigned.map(i64::from), Ok(minutes), "unsigned round trip");
    }
    Ok(())
}

fn duration_too_long(minutes: i64) -> Result<(), TestCaseError> {
    for text in [
        duration::hm(minutes),
        duration::hm(-minutes),
        format!("{minutes}m"),
        format!("{}h", minutes / 60 + 1),
    ] {
        prop_assert_eq!(
            duration::parse(&text),
            Err(DurationError::TooLong),
            "`{}`",
            text
        );
    }
    Ok(())
}

fn date_read_or_refused(text: &str) -> Result<(), TestCaseError> {
    let Some(day) = iso::parse_date(text) else {
        return Ok(());
    };
    prop_assert_eq!(iso::parse_date(&iso::date(day)), Some(day), "written back");
    if let Some(signed) = text.strip_prefix(['+', '-']) {
        let year = signed.split('-').next().unwrap_or_default();
        prop_assert!(year.len() >= 4, "`{text}`: a signed year has 4+ digits");
    } else {
        // Unsigned, only the one form is read: four-digit year, two-digit month and day.
        prop_assert_eq!(iso::date(day), text, "nothing but YYYY-MM-DD");
    }
    Ok(())
}

fn date_time_read_or_refused(text: &str) -> Result<(), TestCaseError> {
    if let Some(at) = iso::parse_date_time(text) {
        let back = iso::parse_date_time(&iso::date_time(at));
        prop_assert_eq!(back, Some(at), "written back");
    }
    if let Some(at) = iso::parse_offset_date_time(text) {
        let written = iso::offset_date_time(at);
        let back = iso::parse_offset_date_time(&written);
        prop_assert_eq!(
            back.map(|b| (b, *b.offset())),
            Some((at, *at.offset())),
            "written back"
        );
        if !text.ends_with(['Z', 'z']) {
            // `+02:99` must not be read as +03:39: the offset is kept as typed or refused.
            let (offset, typed) = (written.get(written.len() - 6..), text.get(text.len() - 6..));
            prop_assert_eq!(offset, typed, "offset of `{}`", text);
        }
    }
    if let Some(at) = iso::parse_time_of_day(text) {
        prop_assert_eq!(at.second(), 0, "a time of day has no seconds");
    }
    Ok(())
}

fn moment_round_trip(at: NaiveDateTime, offset_minutes: i32) -> Result<(), TestCaseError> {
    prop_assert_eq!(iso::date_time(at), format!("{at:?}"), "chrono's text");
    let back = iso::parse_date_time(&iso::date_time(at));
    prop_assert_eq!(back, Some(at), "local round trip");
    let offset = FixedOffset::east_opt(offset_minutes * 60).expect("within a day");
    let moment: Option<DateTime<FixedOffset>> = at.and_local_timezone(offset).single();
    let Some(moment) = moment else {
        return Ok(()); // Beyond chrono's range once the offset is applied.
    };
    let back = iso::parse_offset_date_time(&iso::offset_date_time(moment));
    prop_assert_eq!(
        back.map(|b| (b, *b.offset())),
        Some((moment, offset)),
        "offset round trip"
    );
    Ok(())
}

fn settings_value_read_or_refused(text: &str) -> Result<(), TestCaseError> {
    match HolidayRegion::parse(text) {
        Ok(region) => {
            let back = HolidayRegion::parse(&region.code());
            prop_assert_eq!(back, Ok(region), "code read back");
        }
        Err(message) => prop_assert!(
            message.contains("DE-"),
            "the refusal names the accepted forms: {message}"
        ),
    }
    if let Some(interval) = SyncInterval::parse(text) {
        let back = SyncInterval::parse(interval.as_str());
        prop_assert_eq!(back, Some(interval), "written form read back");
    }
    Ok(())
}

#[test]
fn every_sync_interval_reads_back_as_written() {
    for interval in SyncInterval::ALL {
        assert_eq!(
            SyncInterval::parse(interval.as_str()),
            Some(interval),
            "the CLI prints what it reads"
        );
    }
}

/// Byte-index slicing such as `text[1..]` panics inside a multi-byte character; these put one
/// right where the date reader cuts.
#[test]
fn multi_byte_text_where_a_date_is_cut_is_refused_not_a_panic() {
    for text in [
        "+é-01-01",
        "-é-01-01",
        "é",
        "+é",
        "2026-é-01",
        "2026-01-é",
        "2026-01-0é",
        "+€€€€-01-01",
        "2026-01-01Té",
        "2026-01-01 08:30:0é",
        "2026-01-01T08:30:00+0é:00",
        "é2026-01-01T08:30:00Z",
    ] {
        assert_eq!(iso::parse_date(text), None, "`{text}` is no date");
        assert_eq!(iso::parse_date_time(text), None, "`{text}` is no date-time");
        assert_eq!(
            iso::parse_offset_date_time(text),
            None,
            "`{text}` is no moment"
        );
        assert_eq!(iso::parse_time_of_day(text), None, "`{text}` is no time");
    }
}
