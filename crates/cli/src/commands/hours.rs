//! `stint-cli hours set --monday 8h …`: days not named keep their value. Durations read like
//! every duration in Stint (`8h`, `7h42m`, `7:42`, `7.7`, `8` = hours); the 0–24 h rule and the
//! Personio lock (exit code 3) are the core's.

use crate::args::HoursAction;
use crate::{fail, input, Failure};
use stint_core::Stint;
use stint_model::duration::hm;
use stint_model::week::WEEKDAY_NAMES;

pub fn run(stint: &Stint, action: HoursAction) -> Result<(), Failure> {
    let HoursAction::Set {
        monday,
        tuesday,
        wednesday,
        thursday,
        friday,
        saturday,
        sunday,
    } = action;
    let given = [
        monday, tuesday, wednesday, thursday, friday, saturday, sunday,
    ];
    if given.iter().all(Option::is_none) {
        return Err(fail("name at least one day, e.g. --monday 8h"));
    }
    let mut week = stint.weekly_minutes()?;
    for (i, (value, day)) in given.iter().zip(WEEKDAY_NAMES).enumerate() {
        if let Some(raw) = value {
            week[i] = input::hours(&day.to_lowercase(), raw)?;
        }
    }
    stint.set_weekly_minutes(week)?;
    let shown: Vec<String> = WEEKDAY_NAMES
        .iter()
        .zip(week)
        .map(|(d, m)| format!("{} {}", &d[..3], hm(i64::from(m))))
        .collect();
    crate::out!("Weekly hours: {}", shown.join("  "));
    Ok(())
}
