//! German working-time law (ArbZG) on one day's tracked time: pure functions with table tests,
//! so the rules can be read and checked without a database, a clock or a UI.
//!
//! The rules, on **net** working time (what was worked, breaks not counted):
//! - §4: more than 6 h worked needs at least 30 min of breaks, more than 9 h at least 45 min;
//!   only breaks of at least 15 min count;
//! - §4: no stretch of more than 6 h without such a break;
//! - §3: more than 10 h worked in a day;
//! - §5: less than 11 h between the last end of one day and the first start of the next.
//!
//! A break is a gap of 15 min or more between two tracked spans, or the unbooked part of a span
//! (an entry 09:00–17:30 that books 7:30 had a break of 1 h somewhere in it). Where the figures
//! cannot say when a break was taken, the stretch rule is not checked rather than guessed, and
//! time given as a duration only (no start, no end) makes the break rules uncheckable: the
//! answer says so instead of warning or staying silent. Stint never invents time.
//!
//! The timeline carries them per day (see `day_checks`), unless the settings switch them off.

use chrono::NaiveDateTime;

/// Breaks shorter than this do not count (§4).
pub const MIN_BREAK_MINUTES: u32 = 15;
/// Longest stretch of work without a counting break (§4), and the first threshold of breaks.
pub const MAX_STRETCH_MINUTES: u32 = 6 * 60;
/// Above this, 45 min of breaks are needed instead of 30 (§4).
pub const LONG_DAY_MINUTES: u32 = 9 * 60;
/// The most a day may hold (§3).
pub const MAX_DAY_MINUTES: u32 = 10 * 60;
/// The least rest between two working days (§5).
pub const MIN_REST_MINUTES: u32 = 11 * 60;

/// One tracked span of a day: local entries and Personio attendances alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkSpan {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    /// Worked minutes; less than the span when a break was taken inside it.
    pub minutes: u32,
}

impl WorkSpan {
    fn length(&self) -> u32 {
        u32::try_from((self.end - self.start).num_minutes().max(0)).unwrap_or(u32::MAX)
    }

    /// The unbooked part of the span: a break of unknown placement.
    fn inner_break(&self) -> u32 {
        self.length().saturating_sub(self.minutes)
    }
}

/// What one day's check is made from.
#[derive(Clone, Copy)]
pub struct DayWork<'a> {
    /// The day's spans, in any order.
    pub spans: &'a [WorkSpan],
    /// Minutes tracked as a duration only (no start and end).
    pub duration_only_minutes: u32,
    /// When the work of the day before ended, if any was tracked with times.
    pub previous_end: Option<NaiveDateTime>,
    /// The zone's offset from UTC (seconds) at a wall time: rest is measured in real time, so
    /// the night the clocks change counts the hour it really has (see [`local_offset`]).
    pub utc_offset: &'a dyn Fn(NaiveDateTime) -> i32,
}

impl std::fmt::Debug for DayWork<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DayWork")
            .field("spans", &self.spans)
            .field("duration_only_minutes", &self.duration_only_minutes)
            .field("previous_end", &self.previous_end)
            .finish_non_exhaustive()
    }
}

/// The machine's zone offset at a local wall time (the earlier one in the repeated autumn hour;
/// none for the skipped spring hour, taken as the hour before).
pub fn local_offset(at: NaiveDateTime) -> i32 {
    use chrono::{Offset, TimeZone};
    chrono::Local
        .offset_from_local_datetime(&at)
        .earliest()
        .or_else(|| {
            chrono::Local
                .offset_from_local_datetime(&(at - chrono::Duration::hours(1)))
                .earliest()
        })
        .map_or(0, |offset| offset.fix().local_minus_utc())
}

/// No zone: wall time is real time.
pub fn no_offset(_: NaiveDateTime) -> i32 {
    0
}

/// A rule the day breaks, with the figures to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    /// `break_short`: fewer counting break minutes than the worked time needs.
    BreakShort {
        required_minutes: u32,
        taken_minutes: u32,
    },
    /// `over_6h_without_break`: a stretch longer than 6 h without a break of 15 min.
    Over6hWithoutBreak { stretch_minutes: u32 },
    /// `over_10h`: more than 10 h worked.
    Over10h { worked_minutes: u32 },
    /// `rest_short`: less than 11 h since the previous day's work ended.
    RestShort { rest_minutes: u32 },
    /// `breaks_unchecked`: time tracked as a duration only cannot be checked for breaks.
    BreaksUnchecked { duration_only_minutes: u32 },
}

impl Warning {
    /// The code the IPC and the CLI will carry.
    pub fn code(&self) -> &'static str {
        match self {
            Warning::BreakShort { .. } => "break_short",
            Warning::Over6hWithoutBreak { .. } => "over_6h_without_break",
            Warning::Over10h { .. } => "over_10h",
            Warning::RestShort { .. } => "rest_short",
            Warning::BreaksUnchecked { .. } => "breaks_unchecked",
        }
    }
}

/// The break minutes §4 asks for after `worked` minutes.
pub fn required_break(worked: u32) -> u32 {
    if worked > LONG_DAY_MINUTES {
        45
    } else if worked > MAX_STRETCH_MINUTES {
        30
    } else {
        0
    }
}

/// Every rule the day breaks, in the order of the module docs.
pub fn check_day(day: &DayWork<'_>) -> Vec<Warning> {
    let mut spans = day.spans.to_vec();
    spans.sort_by_key(|s| s.start);
    let worked = spans
        .iter()
        .map(|s| s.minutes)
        .fold(day.duration_only_minutes, u32::saturating_add);
    let mut warnings = Vec::new();

    if day.duration_only_minutes > 0 {
        warnings.push(Warning::BreaksUnchecked {
            duration_only_minutes: day.duration_only_minutes,
        });
    } else {
        let taken = counting_breaks(&spans);
        let required = required_break(worked);
        if taken < required {
            warnings.push(Warning::BreakShort {
                required_minutes: required,
                taken_minutes: taken,
            });
        }
        if let Some(stretch) = longest_stretch(&spans).filter(|m| *m > MAX_STRETCH_MINUTES) {
            warnings.push(Warning::Over6hWithoutBreak {
                stretch_minutes: stretch,
            });
        }
    }
    if worked > MAX_DAY_MINUTES {
        warnings.push(Warning::Over10h {
            worked_minutes: worked,
        });
    }
    if let (Some(previous), Some(first)) = (day.previous_end, spans.first()) {
        let real = |t: NaiveDateTime| t - chrono::Duration::seconds(i64::from((day.utc_offset)(t)));
        let rest = (real(first.start) - real(previous)).num_minutes();
        if (0..i64::from(MIN_REST_MINUTES)).contains(&rest) {
            warnings.push(Warning::RestShort {
                rest_minutes: u32::try_from(rest).unwrap_or(0),
            });
        }
    }
    warnings
}

/// Break minutes that count: gaps between spans and unbooked parts of spans, each ≥ 15 min.
pub fn counting_breaks(spans: &[WorkSpan]) -> u32 {
    let counts = |minutes: u32| {
        if minutes >= MIN_BREAK_MINUTES {
            minutes
        } else {
            0
        }
    };
    let inner: u32 = spans.iter().map(|s| counts(s.inner_break())).sum();
    let gaps: u32 = spans.windows(2).map(|w| counts(gap(&w[0], &w[1]))).sum();
    inner + gaps
}

/// Minutes between the end of `a` and the start of `b` (0 when they touch or overlap).
fn gap(a: &WorkSpan, b: &WorkSpan) -> u32 {
    u32::try_from((b.start - a.end).num_minutes().max(0)).unwrap_or(u32::MAX)
}

/// The longest run of worked minutes without a counting break between spans; `None` when a
/// span holds an unbooked break of its own, whose placement nobody knows.
fn longest_stretch(spans: &[WorkSpan]) -> Option<u32> {
    if spans.iter().any(|s| s.inner_break() >= MIN_BREAK_MINUTES) {
        return None;
    }
    let mut longest = 0;
    let mut current = 0;
    for (i, span) in spans.iter().enumerate() {
        if i > 0 && gap(&spans[i - 1], span) >= MIN_BREAK_MINUTES {
            current = 0;
        }
        current += span.minutes;
        longest = longest.max(current);
    }
    Some(longest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(day: u32, hh: u32, mm: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 6, day)
            .and_then(|d| d.and_hms_opt(hh, mm, 0))
            .expect("a real time")
    }

    /// A span on 2 June worked through: `(start h, start m, end h, end m)`.
    fn span(sh: u32, sm: u32, eh: u32, em: u32) -> WorkSpan {
        let (start, end) = (at(2, sh, sm), at(2, eh, em));
        WorkSpan {
            start,
            end,
            minutes: u32::try_from((end - start).num_minutes()).expect("forward"),
        }
    }

    fn check(spans: &[WorkSpan]) -> Vec<Warning> {
        check_day(&DayWork {
            spans,
            duration_only_minutes: 0,
            previous_end: None,
            utc_offset: &no_offset,
        })
    }

    #[test]
    fn the_break_rules_follow_section_4() {
        use Warning::*;
        let cases: Vec<(&str, Vec<WorkSpan>, Vec<Warning>)> = vec![
            ("6 h straight is allowed", vec![span(9, 0, 15, 0)], vec![]),
            (
                "6:01 straight needs 30 min of breaks and breaks the stretch rule",
                vec![span(9, 0, 15, 1)],
                vec![
                    BreakShort {
                        required_minutes: 30,
                        taken_minutes: 0,
                    },
                    Over6hWithoutBreak {
                        stretch_minutes: 361,
                    },
                ],
            ),
            (
                "8 h with a 30 min lunch is fine",
                vec![span(9, 0, 13, 0), span(13, 30, 17, 30)],
                vec![],
            ),
            (
                "two 15 min breaks count, together 30",
                vec![span(8, 0, 11, 0), span(11, 15, 14, 0), span(14, 15, 17, 0)],
                vec![],
            ),
            (
                "breaks under 15 min do not count",
                vec![span(8, 0, 11, 0), span(11, 10, 14, 0), span(14, 10, 16, 30)],
                vec![
                    BreakShort {
                        required_minutes: 30,
                        taken_minutes: 0,
                    },
                    Over6hWithoutBreak {
                        stretch_minutes: 490,
                    },
                ],
            ),
            (
                "9:30 needs 45 min; 30 taken is short",
                vec![span(7, 0, 12, 0), span(12, 30, 17, 0)],
                vec![BreakShort {
                    required_minutes: 45,
                    taken_minutes: 30,
                }],
            ),
            (
                "a 20 min break counts, but comes after a 6:30 stretch",
                vec![span(7, 0, 13, 30), span(13, 50, 15, 0)],
                vec![
                    BreakShort {
                        required_minutes: 30,
                        taken_minutes: 20,
                    },
                    Over6hWithoutBreak {
                        stretch_minutes: 390,
                    },
                ],
            ),
        ];
        for (rule, spans, mut want) in cases {
            let mut got = check(&spans);
            got.sort_by_key(|w| w.code());
            want.sort_by_key(|w| w.code());
            assert_eq!(got, want, "{rule}");
        }
    }

    #[test]
    fn an_unbooked_part_of_an_entry_counts_as_its_break_but_its_place_is_not_guessed() {
        // 08:00–17:00 booking 8 h: one hour off somewhere inside.
        let mut day = span(8, 0, 17, 0);
        day.minutes = 480;
        assert_eq!(check(&[day]), vec![], "the hour counts as the break");
        day.minutes = 530;
        assert_eq!(
            check(&[day]),
            vec![
                Warning::BreakShort {
                    required_minutes: 30,
                    taken_minutes: 0
                },
                Warning::Over6hWithoutBreak {
                    stretch_minutes: 530
                }
            ],
            "10 unbooked minutes are no break wherever they were: 8:50 without one"
        );
        // 08:00–17:00 booking 7:30 with the 1:30 off unplaced: enough break, stretch unknown.
        day.minutes = 450;
        assert_eq!(check(&[day]), vec![], "no warning that would be a guess");
    }

    #[test]
    fn more_than_ten_hours_and_short_rests_are_named() {
        let long = [span(6, 0, 12, 0), span(12, 45, 17, 16)];
        assert!(
            check(&long).contains(&Warning::Over10h {
                worked_minutes: 631
            }),
            "10:31 worked is over 10 h: {:?}",
            check(&long)
        );
        let rest = check_day(&DayWork {
            spans: &[span(7, 0, 12, 0)],
            duration_only_minutes: 0,
            previous_end: Some(at(1, 22, 0)),
            utc_offset: &no_offset,
        });
        assert_eq!(
            rest,
            vec![Warning::RestShort { rest_minutes: 540 }],
            "22:00 to 07:00 is 9 h of rest"
        );
        let enough = check_day(&DayWork {
            spans: &[span(9, 0, 12, 0)],
            duration_only_minutes: 0,
            previous_end: Some(at(1, 22, 0)),
            utc_offset: &no_offset,
        });
        assert_eq!(enough, vec![], "22:00 to 09:00 is 11 h: enough");
    }

    #[test]
    fn duration_only_time_is_said_to_be_uncheckable_not_guessed() {
        let day = check_day(&DayWork {
            spans: &[span(9, 0, 12, 0)],
            duration_only_minutes: 240,
            previous_end: None,
            utc_offset: &no_offset,
        });
        assert_eq!(
            day,
            vec![Warning::BreaksUnchecked {
                duration_only_minutes: 240
            }],
            "7 h in all, 4 of them without times: the break rules cannot be checked"
        );
        let long = check_day(&DayWork {
            spans: &[],
            duration_only_minutes: 11 * 60,
            previous_end: None,
            utc_offset: &no_offset,
        });
        assert!(
            long.contains(&Warning::Over10h {
                worked_minutes: 660
            }),
            "over 10 h is over 10 h however it was tracked: {long:?}"
        );
    }

    /// A span between two local wall times (any dates).
    fn between(start: NaiveDateTime, end: NaiveDateTime) -> WorkSpan {
        let minutes = u32::try_from((end - start).num_minutes()).expect("a forward span");
        WorkSpan {
            start,
            end,
            minutes,
        }
    }

    fn local(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("YYYY-MM-DD HH:MM")
    }

    #[test]
    fn the_rules_at_their_edges() {
        let codes = |spans: &[WorkSpan], previous_end: Option<&str>| -> Vec<&'static str> {
            check_day(&DayWork {
                spans,
                duration_only_minutes: 0,
                previous_end: previous_end.map(local),
                utc_offset: &no_offset,
            })
            .iter()
            .map(Warning::code)
            .collect()
        };
        // (rule, spans, end of the day before, codes)
        type Case = (
            &'static str,
            Vec<WorkSpan>,
            Option<&'static str>,
            Vec<&'static str>,
        );
        let cases: Vec<Case> = vec![
            (
                "exactly 6 h straight is allowed",
                vec![between(
                    local("2026-06-02 08:00"),
                    local("2026-06-02 14:00"),
                )],
                None,
                vec![],
            ),
            (
                "6 h and 1 min straight is not",
                vec![between(
                    local("2026-06-02 08:00"),
                    local("2026-06-02 14:01"),
                )],
                None,
                vec!["break_short", "over_6h_without_break"],
            ),
            (
                "a 14-min break does not count",
                vec![
                    between(local("2026-06-02 08:00"), local("2026-06-02 12:00")),
                    between(local("2026-06-02 12:14"), local("2026-06-02 15:00")),
                ],
                None,
                vec!["break_short", "over_6h_without_break"],
            ),
            (
                "9 h with 30 min of break is enough (45 only above 9 h)",
                vec![
                    between(local("2026-06-02 07:00"), local("2026-06-02 12:00")),
                    between(local("2026-06-02 12:30"), local("2026-06-02 16:30")),
                ],
                None,
                vec![],
            ),
            (
                "10 h exactly is allowed (with 45 min of breaks)",
                vec![
                    between(local("2026-06-02 06:00"), local("2026-06-02 11:00")),
                    between(local("2026-06-02 11:45"), local("2026-06-02 16:45")),
                ],
                None,
                vec![],
            ),
            (
                "10 h 59 min of rest across midnight is short",
                vec![between(
                    local("2026-06-03 08:59"),
                    local("2026-06-03 12:00"),
                )],
                Some("2026-06-02 22:00"),
                vec!["rest_short"],
            ),
            (
                "11 h of rest across a month end is enough",
                vec![between(
                    local("2026-07-01 09:00"),
                    local("2026-07-01 12:00"),
                )],
                Some("2026-06-30 22:00"),
                vec![],
            ),
            (
                "10 h 59 min across a month end is short",
                vec![between(
                    local("2026-07-01 08:59"),
                    local("2026-07-01 12:00"),
                )],
                Some("2026-06-30 22:00"),
                vec!["rest_short"],
            ),
        ];
        for (rule, spans, previous, want) in cases {
            assert_eq!(codes(&spans, previous), want, "{rule}");
        }
    }

    #[test]
    fn rest_over_the_night_the_clocks_change_is_real_time() {
        // Berlin, 29 March 2026: 02:00 becomes 03:00 (UTC+1 before, UTC+2 after).
        let change = local("2026-03-29 02:00");
        let berlin = |t: NaiveDateTime| if t < change { 3600 } else { 7200 };
        let day = [between(
            local("2026-03-29 09:00"),
            local("2026-03-29 12:00"),
        )];
        let warnings = check_day(&DayWork {
            spans: &day,
            duration_only_minutes: 0,
            previous_end: Some(local("2026-03-28 22:00")),
            utc_offset: &berlin,
        });
        assert_eq!(
            warnings,
            vec![Warning::RestShort { rest_minutes: 600 }],
            "22:00 to 09:00 reads 11 h on the clock, but only 10 h pass that night"
        );
        let autumn_change = local("2026-10-25 03:00");
        let berlin_autumn = |t: NaiveDateTime| if t < autumn_change { 7200 } else { 3600 };
        let day = [between(
            local("2026-10-25 08:00"),
            local("2026-10-25 12:00"),
        )];
        let warnings = check_day(&DayWork {
            spans: &day,
            duration_only_minutes: 0,
            previous_end: Some(local("2026-10-24 22:00")),
            utc_offset: &berlin_autumn,
        });
        assert!(
            warnings.is_empty(),
            "10 h on the clock are 11 h that night: {warnings:?}"
        );
    }
}
