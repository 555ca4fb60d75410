//! Journey: after connecting Personio (the sandbox's demo company) the month grid shows every
//! seeded absence of the demo employee with the right target, and the attendances recorded in
//! Personio as tracked time, day by day.
//!
//! The expected figures are computed here from the sandbox's own data with the rules written
//! out below, not by calling the core: the test is a second, independent reading of the rules.
//! The months checked are the contiguous run from the earliest to the latest month holding, near
//! today, each kind of absence a client must handle, plus the current month.

use chrono::{Datelike, Months, NaiveDate};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::time::Duration;
use stint_e2e::{App, E2eResult, JsTruthy};
use stint_sandbox::{
    AttendanceKind, AttendanceStatus, DemoAbsencePeriod, DemoAttendance, DemoEmployee, DemoTimeOff,
    Sandbox, SandboxConfig, TimeOffStatus,
};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_month_grid_shows_every_seeded_absence_with_the_right_target() {
    let config = SandboxConfig::default();
    let today = config.today;
    let sandbox = Sandbox::start(config)
        .await
        .expect("the sandbox starts on loopback");
    let Some(app) = App::launch("month-absences").await else {
        return;
    };
    let outcome = journey(&app, &sandbox, today).await;
    app.finish(outcome).await;
}

/// The demo employee's data as the sandbox serves it: the oracle of this journey.
struct Oracle {
    employee: DemoEmployee,
    time_offs: Vec<DemoTimeOff>,
    periods: Vec<DemoAbsencePeriod>,
    attendances: Vec<DemoAttendance>,
}

/// One absence badge of a day, as expected or as shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Badge {
    type_name: String,
    /// `approved`, `pending`, `requested`.
    status: String,
    half: bool,
    /// `Some("2:30 h")` for an hour-based absence: its own hours that day, shown whether or
    /// not they count (pending); `None` asserts that no hours show (day-based ones).
    hours: Option<String>,
}

fn hm(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

fn approved(status: TimeOffStatus) -> bool {
    status == TimeOffStatus::Approved
}

impl Oracle {
    fn of(sandbox: &Sandbox) -> Oracle {
        let employee = stint_e2e::backend::demo_employee(sandbox);
        Oracle {
            time_offs: sandbox.time_offs_of(employee.id),
            periods: sandbox.absence_periods_of(employee.id),
            attendances: sandbox.attendances_of(employee.id),
            employee,
        }
    }

    /// Tracked minutes of `date`: the WORK periods recorded in Personio that day, closed and
    /// neither rejected nor expired (a BREAK is a gap, not time worked).
    fn tracked(&self, date: NaiveDate) -> u32 {
        self.attendances
            .iter()
            .filter(|a| a.start.date() == date && a.kind == AttendanceKind::Work)
            .filter(|a| {
                !matches!(
                    a.status,
                    AttendanceStatus::Rejected | AttendanceStatus::Expired
                )
            })
            .filter_map(|a| Some((a.end? - a.start).num_minutes()))
            .map(|m| u32::try_from(m).unwrap_or(0))
            .sum()
    }

    fn time_offs_on(&self, date: NaiveDate) -> impl Iterator<Item = &DemoTimeOff> {
        self.time_offs
            .iter()
            .filter(move |t| t.start <= date && date <= t.end)
    }

    fn periods_on(&self, date: NaiveDate) -> impl Iterator<Item = (&DemoAbsencePeriod, u32)> {
        self.periods.iter().filter_map(move |p| {
            let minutes = p.breakdowns.iter().find(|(d, _)| *d == date)?.1;
            Some((p, minutes))
        })
    }

    /// The target of `date` and the rules that made it, for the failure message. With no
    /// holiday region: scheduled minutes of the weekday; an unscheduled day stays 0; each
    /// approved absence takes its share (a whole day, half of it on the halved first or last
    /// day, or its hours), never below 0; pending and requested ones take nothing.
    fn target(&self, date: NaiveDate) -> (u32, Vec<String>) {
        let scheduled = self.employee.minutes_on(date);
        let mut rules = vec![format!("scheduled {}", hm(scheduled))];
        if scheduled == 0 {
            rules.push("a day without scheduled hours stays 0".into());
        }
        let mut left = scheduled;
        for t in self.time_offs_on(date) {
            let name = &t.type_name;
            if !approved(t.status) {
                rules.push(format!(
                    "{} {name} does not change the target",
                    t.status.as_str()
                ));
            } else if t.half_day_start && date == t.start {
                left = left.saturating_sub(scheduled / 2);
                rules.push(format!(
                    "approved {name} with half_day_start halves its first day"
                ));
            } else if t.half_day_end && date == t.end {
                left = left.saturating_sub(scheduled / 2);
                rules.push(format!(
                    "approved {name} with half_day_end halves its last day"
                ));
            } else {
                left = 0;
                rules.push(format!("approved full-day {name} leaves 0"));
            }
        }
        for (p, minutes) in self.periods_on(date) {
            let name = &p.type_name;
            if approved(p.status) {
                left = left.saturating_sub(minutes);
                rules.push(format!(
                    "approved hour-based {name} takes {} (never below 0)",
                    hm(minutes)
                ));
            } else {
                rules.push(format!(
                    "{} hour-based {name} does not change the target",
                    p.status.as_str()
                ));
            }
        }
        (left, rules)
    }

    /// The badges of `date`: every absence covering it, whatever its status or the weekday.
    fn badges(&self, date: NaiveDate) -> Vec<Badge> {
        let mut badges: Vec<Badge> = self
            .time_offs_on(date)
            .map(|t| Badge {
                type_name: t.type_name.clone(),
                status: t.status.as_str().to_owned(),
                half: (t.half_day_start && date == t.start) || (t.half_day_end && date == t.end),
                hours: None,
            })
            .collect();
        badges.extend(self.periods_on(date).map(|(p, minutes)| Badge {
            type_name: p.type_name.clone(),
            status: p.status.as_str().to_owned(),
            half: false,
            hours: (minutes > 0).then(|| format!("{} h", hm(minutes))),
        }));
        badges.sort();
        badges
    }
}

/// A kind of absence: what the failure message calls it, and which absences are of it.
type Kind<T> = (&'static str, fn(&T) -> bool);

/// The kinds of day-based absence this journey must see.
const DAY_KINDS: [Kind<DemoTimeOff>; 6] = [
    ("an approved absence over several days", |t| {
        approved(t.status) && t.start < t.end
    }),
    ("half of a period's first day", |t| {
        approved(t.status) && t.half_day_start && t.start < t.end
    }),
    ("half of a period's last day", |t| {
        approved(t.status) && t.half_day_end && t.start < t.end
    }),
    ("a single half day", |t| {
        t.start == t.end && (t.half_day_start || t.half_day_end)
    }),
    ("a pending absence", |t| t.status == TimeOffStatus::Pending),
    ("a requested absence", |t| {
        t.status == TimeOffStatus::Requested
    }),
];

/// The kinds of hour-based absence this journey must see.
const HOUR_KINDS: [Kind<DemoAbsencePeriod>; 3] = [
    ("an approved hour-based absence", |p| approved(p.status)),
    ("an hour-based absence over two days", |p| {
        p.breakdowns.len() > 1
    }),
    ("a pending hour-based absence", |p| {
        p.status == TimeOffStatus::Pending
    }),
];

fn first_of_month(date: NaiveDate) -> NaiveDate {
    date.with_day(1).expect("every month has a first")
}

/// The first days of the months to check, oldest first: from the earliest to the latest month
/// holding the occurrence nearest to today of each kind, today's month included.
fn months_to_check(oracle: &Oracle, today: NaiveDate) -> Vec<NaiveDate> {
    let mut months = BTreeSet::from([first_of_month(today)]);
    let day_kinds = DAY_KINDS.iter().map(|(kind, keep)| {
        let of_kind = oracle.time_offs.iter().filter(|t| keep(t));
        (kind, of_kind.map(|t| t.start).collect::<Vec<_>>())
    });
    let hour_kinds = HOUR_KINDS.iter().map(|(kind, keep)| {
        let of_kind = oracle.periods.iter().filter(|p| keep(p));
        (
            kind,
            of_kind
                .filter_map(|p| Some(p.breakdowns.first()?.0))
                .collect(),
        )
    });
    for (kind, starts) in day_kinds.chain(hour_kinds) {
        let nearest = starts
            .into_iter()
            .min_by_key(|d| (*d - today).num_days().abs())
            .unwrap_or_else(|| panic!("the demo employee's seeded data has no {kind}"));
        months.insert(first_of_month(nearest));
    }
    let (first, last) = (months.first().copied(), months.last().copied());
    let (mut month, last) = (first.expect("one month"), last.expect("one month"));
    let mut run = Vec::new();
    while month <= last {
        run.push(month);
        month = month + Months::new(1);
    }
    run
}

/// Every day cell of the shown month in one round trip.
const CELLS: &str = "
    const text = (root, css) => root.querySelector(css)?.textContent ?? null;
    return Array.from(document.querySelectorAll('#timeline-month .day[data-date]'), d => ({
      date: d.dataset.date,
      target: text(d, '.target'),
      tracked: text(d, '.tracked'),
      balance: text(d, '.balance'),
      holiday: text(d, '.holiday-name'),
      badges: Array.from(d.querySelectorAll('.absence'), b => ({
        type: text(b, '.absence-type'),
        status: b.dataset.status ?? null,
        half: text(b, '.half'),
        hours: text(b, '.hours'),
        marker: text(b, '.status'),
        dashed: b.classList.contains('pending'),
      })),
    }));";

fn str_of<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// What is wrong with the cell of `date` (empty when nothing), against the oracle.
fn check_cell(oracle: &Oracle, today: NaiveDate, date: NaiveDate, cell: &Value) -> Vec<String> {
    let mut wrong = Vec::new();
    let day = format!("{date} ({})", date.format("%A"));
    let (target, rules) = oracle.target(date);
    if str_of(cell, "target") != Some(hm(target).as_str()) {
        wrong.push(format!(
            "{day}: target shown {:?}, expected {} because {}",
            str_of(cell, "target"),
            hm(target),
            rules.join("; ")
        ));
    }
    let tracked = oracle.tracked(date);
    if str_of(cell, "tracked") != Some(hm(tracked).as_str()) {
        wrong.push(format!(
            "{day}: tracked shown {:?}, expected {} (its WORK attendances in Personio)",
            str_of(cell, "tracked"),
            hm(tracked)
        ));
    }
    // Balance = tracked − target; a future day's target is not due yet and shows "–".
    let diff = i64::from(tracked) - i64::from(target);
    let balance = match (date > today, diff) {
        (true, _) => "–".to_owned(),
        (false, 0) => "0:00".to_owned(),
        (false, d) if d > 0 => format!("+{}", hm(u32::try_from(d).unwrap_or(0))),
        (false, d) => format!("-{}", hm(u32::try_from(-d).unwrap_or(0))),
    };
    if str_of(cell, "balance") != Some(balance.as_str()) {
        wrong.push(format!(
            "{day}: balance shown {:?}, expected {balance} (tracked {} − target {})",
            str_of(cell, "balance"),
            hm(tracked),
            hm(target)
        ));
    }
    if let Some(holiday) = str_of(cell, "holiday") {
        wrong.push(format!(
            "{day}: holiday region is none, yet it shows the holiday {holiday}"
        ));
    }
    let empty = Vec::new();
    let shown_raw = cell
        .get("badges")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let mut shown: Vec<Badge> = Vec::new();
    for b in shown_raw {
        let status = str_of(b, "status").unwrap_or_default().to_owned();
        let type_name = str_of(b, "type").unwrap_or_default().to_owned();
        let marked = b.get("dashed") == Some(&Value::Bool(true))
            && str_of(b, "marker") == Some(status.as_str());
        let unmarked =
            b.get("dashed") == Some(&Value::Bool(false)) && str_of(b, "marker").is_none();
        let pending = status != "approved";
        if (pending && !marked) || (!pending && !unmarked) {
            wrong.push(format!(
                "{day}: the {status} {type_name} badge must be marked (dashed, status text) exactly \
                 when not approved: {b}"
            ));
        }
        shown.push(Badge {
            type_name,
            status,
            half: str_of(b, "half") == Some("½"),
            hours: str_of(b, "hours").map(str::to_owned),
        });
    }
    shown.sort();
    let expected = oracle.badges(date);
    let key = |b: &Badge| (b.type_name.clone(), b.status.clone(), b.half);
    let (want, got): (Vec<_>, Vec<_>) = (
        expected.iter().map(key).collect(),
        shown.iter().map(key).collect(),
    );
    if want != got {
        wrong.push(format!(
            "{day}: badges (type, status, ½) shown {got:?}, expected {want:?} — every absence \
             covering the day has a badge, half days with ½"
        ));
    } else {
        for (e, s) in expected.iter().zip(&shown) {
            if e.hours != s.hours {
                wrong.push(format!(
                    "{day}: the {} badge shows hours {:?}, expected {:?} (hour-based ones show their own \
                     hours, pending or not; day-based ones none)",
                    e.type_name, s.hours, e.hours
                ));
            }
        }
    }
    wrong
}

/// Waits until `month` is shown with all its days, then checks every day; returns the days
/// checked.
async fn check_month(
    app: &App,
    oracle: &Oracle,
    today: NaiveDate,
    month: NaiveDate,
) -> E2eResult<usize> {
    let label = month.format("%B %Y").to_string();
    let days: Vec<NaiveDate> = month
        .iter_days()
        .take_while(|d| d.month() == month.month())
        .collect();
    let ready = format!(
        "document.querySelector('#timeline-range')?.textContent === {} \
         && document.querySelectorAll('#timeline-month .day[data-date^=\"{}\"]').length === {}",
        json!(label),
        month.format("%Y-%m-"),
        days.len()
    );
    app.wait_until(
        &format!("{label} with all its {} days", days.len()),
        Duration::from_secs(10),
        JsTruthy(&ready),
    )
    .await?;
    let cells = app.client.execute(CELLS, vec![]).await?;
    let cells = cells.as_array().cloned().unwrap_or_default();
    let mut wrong = Vec::new();
    for date in &days {
        let cell = cells
            .iter()
            .find(|c| str_of(c, "date") == Some(date.to_string().as_str()));
        match cell {
            Some(cell) => wrong.extend(check_cell(oracle, today, *date, cell)),
            None => wrong.push(format!("{date}: no cell in the month grid")),
        }
    }
    if wrong.is_empty() {
        Ok(days.len())
    } else {
        Err(format!(
            "{label} differs from Personio's data:\n  {}",
            wrong.join("\n  ")
        )
        .into())
    }
}

async fn journey(app: &App, sandbox: &Sandbox, today: NaiveDate) -> E2eResult {
    let oracle = Oracle::of(sandbox);
    let months = months_to_check(&oracle, today);
    // Connected before the Timeline first loads, and without public holidays, so every figure
    // comes from Personio's data alone.
    app.wait_for("#nav-timeline").await?;
    app.connect_sandbox(sandbox).await?;
    app.invoke(
        "set_setting",
        json!({ "key": "holiday_region", "value": "none" }),
    )
    .await?;

    app.click("#nav-timeline").await?;
    let this_month = first_of_month(today);
    let back = months.iter().filter(|m| **m < this_month).count();
    for _ in 0..back {
        app.click("#timeline-prev").await?;
    }
    let mut checked = 0;
    for (i, month) in months.iter().enumerate() {
        if i > 0 {
            app.click("#timeline-next").await?;
        }
        checked += check_month(app, &oracle, today, *month).await?;
    }
    eprintln!(
        "checked {checked} days in {} months ({} … {})",
        months.len(),
        months[0].format("%B %Y"),
        months[months.len() - 1].format("%B %Y")
    );
    Ok(())
}
