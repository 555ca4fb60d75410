//! What the tray menu says, from the timer and today's figures: a pure function, so every
//! state is a table test.

use stint_model::duration::hm;
use stint_model::{iso, TimerStatus, TimerView, TodayView};

/// The texts and switches of the tray menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrayTexts {
    pub status: String,
    pub today: String,
    pub toggle: &'static str,
    pub stop: &'static str,
    pub stop_enabled: bool,
    pub open: &'static str,
    pub quit: &'static str,
}

/// The menu for `timer` (if any) and `today`, in German or English.
pub fn texts(timer: Option<&TimerView>, today: &TodayView, german: bool) -> TrayTexts {
    let say = |en: &'static str, de: &'static str| if german { de } else { en };
    let elapsed = |t: &TimerView| hm(t.elapsed_seconds / 60);
    let status = match timer {
        None => say("No timer running", "Kein Timer läuft").to_owned(),
        Some(t) if t.status == TimerStatus::Paused => {
            format!("{} ({})", say("Timer paused", "Timer pausiert"), elapsed(t))
        }
        Some(t) => format!(
            "{} {} ({})",
            say("Timer running since", "Timer läuft seit"),
            iso::time_of_day(t.started_at.time()),
            elapsed(t)
        ),
    };
    let mut figures = format!(
        "{} {} {} {}",
        say("Today", "Heute"),
        hm(i64::from(today.tracked_minutes)),
        say("of", "von"),
        hm(i64::from(today.target_minutes))
    );
    if let Some(leave) = today.leave_at {
        figures.push_str(&format!(
            " · {} {}",
            say("leave at", "gehen um"),
            iso::time_of_day(leave)
        ));
    }
    TrayTexts {
        status,
        today: figures,
        toggle: match timer.map(|t| t.status) {
            None => say("Start timer", "Timer starten"),
            Some(TimerStatus::Running) => say("Pause timer", "Timer pausieren"),
            Some(TimerStatus::Paused) => say("Resume timer", "Timer fortsetzen"),
        },
        stop: say("Stop timer", "Timer stoppen"),
        stop_enabled: timer.is_some(),
        open: say("Open Stint", "Stint öffnen"),
        quit: say("Quit Stint", "Stint beenden"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today(tracked: u32, leave_at: Option<&str>) -> TodayView {
        TodayView {
            tracked_minutes: tracked,
            target_minutes: 480,
            leave_at: leave_at.and_then(iso::parse_time_of_day),
            latest_end: None,
            warnings: Vec::new(),
        }
    }

    fn timer(status: TimerStatus, seconds: i64) -> TimerView {
        TimerView {
            status,
            started_at: iso::parse_date_time("2026-06-02T09:00:00").expect("a time"),
            elapsed_seconds: seconds,
            note: String::new(),
        }
    }

    #[test]
    fn the_menu_follows_the_timer() {
        let idle = texts(None, &today(90, None), false);
        assert_eq!(
            (
                idle.status.as_str(),
                idle.today.as_str(),
                idle.toggle,
                idle.stop_enabled
            ),
            (
                "No timer running",
                "Today 1:30 of 8:00",
                "Start timer",
                false
            )
        );
        let running = texts(
            Some(&timer(TimerStatus::Running, 8100)),
            &today(225, Some("17:15")),
            false,
        );
        assert_eq!(
            (
                running.status.as_str(),
                running.today.as_str(),
                running.toggle,
                running.stop_enabled
            ),
            (
                "Timer running since 09:00 (2:15)",
                "Today 3:45 of 8:00 · leave at 17:15",
                "Pause timer",
                true
            )
        );
        let paused = texts(
            Some(&timer(TimerStatus::Paused, 600)),
            &today(10, None),
            false,
        );
        assert_eq!(
            (paused.status.as_str(), paused.toggle),
            ("Timer paused (0:10)", "Resume timer")
        );
    }

    #[test]
    fn the_menu_speaks_german_when_the_user_does() {
        let running = texts(
            Some(&timer(TimerStatus::Running, 3600)),
            &today(60, Some("17:00")),
            true,
        );
        assert_eq!(
            (
                running.status.as_str(),
                running.today.as_str(),
                running.toggle,
                running.quit
            ),
            (
                "Timer läuft seit 09:00 (1:00)",
                "Heute 1:00 von 8:00 · gehen um 17:00",
                "Timer pausieren",
                "Stint beenden"
            )
        );
    }
}
