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
    pub stop_enabled: bool,
}

/// The menu for `timer` (if any) and `today`.
pub fn texts(timer: Option<&TimerView>, today: &TodayView) -> TrayTexts {
    let elapsed = |t: &TimerView| hm(t.elapsed_seconds / 60);
    let status = match timer {
        None => "No timer running".to_owned(),
        Some(t) if t.status == TimerStatus::Paused => format!("Timer paused ({})", elapsed(t)),
        Some(t) => format!(
            "Timer running since {} ({})",
            iso::time_of_day(t.started_at.time()),
            elapsed(t)
        ),
    };
    let mut figures = format!(
        "Today {} of {}",
        hm(i64::from(today.tracked_minutes)),
        hm(i64::from(today.target_minutes))
    );
    if let Some(leave) = today.leave_at {
        figures.push_str(&format!(" · leave at {}", iso::time_of_day(leave)));
    }
    TrayTexts {
        status,
        today: figures,
        toggle: match timer.map(|t| t.status) {
            None => "Start timer",
            Some(TimerStatus::Running) => "Pause timer",
            Some(TimerStatus::Paused) => "Resume timer",
        },
        stop_enabled: timer.is_some(),
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
        let idle = texts(None, &today(90, None));
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
        let paused = texts(Some(&timer(TimerStatus::Paused, 600)), &today(10, None));
        assert_eq!(
            (paused.status.as_str(), paused.toggle),
            ("Timer paused (0:10)", "Resume timer")
        );
    }
}
