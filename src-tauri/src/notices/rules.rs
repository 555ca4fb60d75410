//! Which notifications are due: a pure function of today's figures, the timer and what was
//! already said today, so each rule is a table test. Each notice is said once a day (a sync
//! failure once per streak of failures).

use chrono::{NaiveDate, NaiveDateTime};
use stint_model::duration::hm;
use stint_model::{iso, TimerStatus, TimerView, TodayView};

/// One notice, by the preference that switches it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// `notify_target`, `notify_break`, `notify_10h`, `notify_forgotten`.
    pub preference: &'static str,
    pub title: String,
    pub body: String,
}

/// What was said already, per day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Said {
    pub day: Option<NaiveDate>,
    pub told: Vec<&'static str>,
}

/// Minutes before 6 h without a break at which the break reminder comes.
pub const BREAK_WARNING_AHEAD: i64 = 15;
/// A timer still running this long past the day's target (or 12 h on a day without target)
/// looks forgotten.
pub const FORGOTTEN_AFTER_TARGET: u32 = 120;

/// The notices due now, marking them as said.
pub fn due(
    said: &mut Said,
    now: NaiveDateTime,
    timer: Option<&TimerView>,
    today: &TodayView,
    german: bool,
) -> Vec<Notice> {
    let say = |en: &str, de: &str| if german { de.to_owned() } else { en.to_owned() };
    if said.day != Some(now.date()) {
        *said = Said {
            day: Some(now.date()),
            told: Vec::new(),
        };
    }
    let Some(timer) = timer.filter(|t| t.status == TimerStatus::Running) else {
        return Vec::new();
    };
    let mut candidates = Vec::new();
    let (tracked, target) = (today.tracked_minutes, today.target_minutes);
    if target > 0 && tracked >= target {
        candidates.push(Notice {
            preference: "notify_target",
            title: say("Today's target reached", "Tagesziel erreicht"),
            body: format!(
                "{} {} {} — {}",
                hm(tracked.into()),
                say("tracked of", "erfasst von"),
                hm(target.into()),
                say("time to call it a day.", "Zeit für den Feierabend.")
            ),
        });
    }
    // The stretch without a break is known when the timer was never paused: it runs since its
    // start (a paused timer's last stretch is not kept).
    if timer.elapsed_seconds == (now - timer.started_at).num_seconds() {
        let stretch = timer.elapsed_seconds / 60;
        if (6 * 60 - BREAK_WARNING_AHEAD..6 * 60).contains(&stretch) {
            candidates.push(Notice {
                preference: "notify_break",
                title: say("A break is due", "Zeit für eine Pause"),
                body: if german {
                    format!(
                        "Du arbeitest seit {}: in {} min sind es 6 h ohne Pause (ArbZG §4).",
                        iso::time_of_day(timer.started_at.time()),
                        6 * 60 - stretch
                    )
                } else {
                    format!(
                        "Working since {}: in {} min that is 6 h without a break (ArbZG §4).",
                        iso::time_of_day(timer.started_at.time()),
                        6 * 60 - stretch
                    )
                },
            });
        }
    }
    if tracked >= 10 * 60 {
        candidates.push(Notice {
            preference: "notify_10h",
            title: say("10 hours reached", "10 Stunden erreicht"),
            body: format!(
                "{} {}",
                hm(tracked.into()),
                say(
                    "worked today: more is not allowed (ArbZG §3).",
                    "heute gearbeitet: mehr ist nicht erlaubt (ArbZG §3)."
                )
            ),
        });
    }
    let forgotten_at = if target > 0 {
        target + FORGOTTEN_AFTER_TARGET
    } else {
        12 * 60
    };
    if tracked >= forgotten_at {
        candidates.push(Notice {
            preference: "notify_forgotten",
            title: say("Is the timer still running?", "Läuft der Timer noch?"),
            body: if german {
                format!(
                    "Der Timer läuft seit {}; stoppe ihn, wenn du fertig bist.",
                    iso::time_of_day(timer.started_at.time())
                )
            } else {
                format!(
                    "The timer has run since {}; stop it if you are done.",
                    iso::time_of_day(timer.started_at.time())
                )
            },
        });
    }
    candidates
        .into_iter()
        .filter(|n| {
            let new = !said.told.contains(&n.preference);
            if new {
                said.told.push(n.preference);
            }
            new
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Duration;

    fn at(hh: u32, mm: u32) -> NaiveDateTime {
        iso::parse_date_time("2026-06-02T00:00:00").expect("a time")
            + Duration::minutes(i64::from(hh * 60 + mm))
    }

    fn timer_since(start: NaiveDateTime, now: NaiveDateTime, paused_minutes: i64) -> TimerView {
        TimerView {
            status: TimerStatus::Running,
            started_at: start,
            elapsed_seconds: (now - start).num_seconds() - paused_minutes * 60,
            note: String::new(),
        }
    }

    fn today(tracked: u32, target: u32) -> TodayView {
        TodayView {
            tracked_minutes: tracked,
            target_minutes: target,
            leave_at: None,
            latest_end: None,
            warnings: Vec::new(),
        }
    }

    fn prefs(notices: &[Notice]) -> Vec<&'static str> {
        notices.iter().map(|n| n.preference).collect()
    }

    #[test]
    fn each_rule_fires_once_a_day_at_its_edge() {
        let mut said = Said::default();
        let start = at(8, 0);
        // (now, tracked, target, paused minutes, notices, why)
        type Case = (
            NaiveDateTime,
            u32,
            u32,
            i64,
            Vec<&'static str>,
            &'static str,
        );
        let cases: [Case; 7] = [
            (
                at(13, 44),
                344,
                480,
                0,
                vec![],
                "5:44 without a break: not yet",
            ),
            (
                at(13, 45),
                345,
                480,
                0,
                vec!["notify_break"],
                "15 min before 6 h",
            ),
            (at(13, 50), 350, 480, 0, vec![], "said once"),
            (
                at(16, 0),
                479,
                480,
                1,
                vec![],
                "a minute short of the target",
            ),
            (
                at(16, 1),
                480,
                480,
                1,
                vec!["notify_target"],
                "the target reached",
            ),
            (
                at(18, 1),
                600,
                480,
                1,
                vec!["notify_10h", "notify_forgotten"],
                "10 h, and 2 h past the target",
            ),
            (at(19, 0), 659, 480, 1, vec![], "nothing twice"),
        ];
        for (now, tracked, target, paused, want, why) in cases {
            let timer = timer_since(start, now, paused);
            assert_eq!(
                prefs(&due(
                    &mut said,
                    now,
                    Some(&timer),
                    &today(tracked, target),
                    false
                )),
                want,
                "{why}"
            );
        }
        let tomorrow = at(8, 0) + Duration::days(1);
        let timer = timer_since(tomorrow, tomorrow + Duration::minutes(481), 0);
        assert_eq!(
            prefs(&due(
                &mut said,
                tomorrow + Duration::minutes(481),
                Some(&timer),
                &today(481, 480),
                false
            )),
            vec!["notify_target"],
            "a new day, new notices"
        );
    }

    #[test]
    fn nothing_is_said_without_a_running_timer() {
        let mut said = Said::default();
        assert!(due(&mut said, at(19, 0), None, &today(700, 480), false).is_empty());
        let mut paused = timer_since(at(8, 0), at(19, 0), 0);
        paused.status = TimerStatus::Paused;
        assert!(due(&mut said, at(19, 0), Some(&paused), &today(700, 480), false).is_empty());
    }

    #[test]
    fn the_notices_speak_german_when_the_user_does() {
        let mut said = Said::default();
        let now = at(16, 1);
        let timer = timer_since(at(8, 0), now, 1);
        let notices = due(&mut said, now, Some(&timer), &today(480, 480), true);
        assert_eq!(notices.len(), 1);
        assert_eq!(notices[0].title, "Tagesziel erreicht");
        assert_eq!(
            notices[0].body,
            "8:00 erfasst von 8:00 — Zeit für den Feierabend."
        );
    }
}
