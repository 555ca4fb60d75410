//! The timesheet's layout on A4: the heading (title, month, employee), one row per day (date,
//! spans, breaks, worked, target, balance, running balance, then absences, holiday and
//! warnings), the month's totals, the running and time-off balances, and two lines to sign.
//! Weekends and holidays are shaded; the table's heading repeats on every page.

use stint_model::duration::{hm, signed_hm};
use stint_model::{DayAbsence, Timesheet, TimesheetDay, TrackedSpan};

use super::pages::{wrap, Pages, MARGIN, WIDTH};
use crate::texts::Texts;

const SIZE: f32 = 7.5;
const LINE: f32 = 9.5;
const DATE_X: f32 = MARGIN;
const SPANS_X: f32 = 90.0;
const SPANS_W: f32 = 118.0;
const BREAKS_R: f32 = 244.0;
const WORKED_R: f32 = 282.0;
const TARGET_R: f32 = 320.0;
const BALANCE_R: f32 = 360.0;
const RUNNING_R: f32 = 408.0;
const NOTES_X: f32 = 416.0;
const NOTES_W: f32 = WIDTH - MARGIN - NOTES_X;
const RIGHT: f32 = WIDTH - MARGIN;

/// The whole timesheet on as many pages as it needs.
pub(crate) fn lay_out(sheet: &Timesheet, t: &Texts) -> Pages {
    let mut pages = Pages::new();
    heading(&mut pages, sheet, t);
    table_heading(&mut pages, t);
    for day in &sheet.days {
        row(&mut pages, day, t);
    }
    totals(&mut pages, sheet, t);
    balances(&mut pages, sheet, t);
    signatures(&mut pages, t);
    pages
}

fn heading(pages: &mut Pages, sheet: &Timesheet, t: &Texts) {
    let month = t.month_name(sheet.year, sheet.month);
    let y = pages.y - 12.0;
    pages.text(MARGIN, y, 16.0, true, &format!("{} – {month}", t.title));
    let y = y - 20.0;
    pages.text(MARGIN, y, 9.5, false, &format!("{}: {month}", t.month));
    let employee = format!("{}: ", t.employee);
    let x = 260.0;
    pages.text(x, y, 9.5, false, &employee);
    let name_x = x + super::font::width(&employee, 9.5, false);
    match &sheet.employee {
        Some(name) => pages.text(name_x, y, 9.5, true, name),
        None => pages.rule(name_x, RIGHT, y - 2.0, 0.5),
    }
    pages.y = y - 18.0;
}

fn table_heading(pages: &mut Pages, t: &Texts) {
    let y = pages.y;
    pages.text(DATE_X, y, SIZE, true, t.date);
    pages.text(SPANS_X, y, SIZE, true, t.spans);
    pages.text_right(BREAKS_R, y, SIZE, true, t.breaks);
    pages.text_right(WORKED_R, y, SIZE, true, t.worked);
    pages.text_right(TARGET_R, y, SIZE, true, t.target);
    pages.text_right(BALANCE_R, y, SIZE, true, t.balance);
    pages.text_right(RUNNING_R, y, SIZE, true, t.running);
    pages.text(NOTES_X, y, SIZE, true, t.notes);
    pages.rule(MARGIN, RIGHT, y - 3.0, 0.6);
    pages.y = y - 3.0 - LINE;
}

fn row(pages: &mut Pages, day: &TimesheetDay, t: &Texts) {
    let plan = &day.plan;
    let spans = wrap(&spans_text(day, t), SPANS_W, SIZE);
    let notes: Vec<String> = notes(day, t)
        .iter()
        .flat_map(|note| wrap(note, NOTES_W, SIZE))
        .collect();
    let lines = spans.len().max(notes.len()).max(1);
    let height = lines as f32 * LINE;
    if !pages.fits(height) {
        pages.break_page();
        table_heading(pages, t);
    }
    let y = pages.y;
    if plan.scheduled_minutes == 0 || plan.holiday.is_some() {
        pages.shade(
            MARGIN,
            y - height + LINE - 2.5,
            RIGHT - MARGIN,
            height,
            0.93,
        );
    }
    pages.text(DATE_X, y, SIZE, false, &t.short_date(plan.date));
    for (i, line) in spans.iter().enumerate() {
        pages.text(SPANS_X, y - i as f32 * LINE, SIZE, false, line);
    }
    if day.breaks_minutes > 0 {
        pages.text_right(BREAKS_R, y, SIZE, false, &hm(i64::from(day.breaks_minutes)));
    }
    if plan.tracked_minutes > 0 {
        pages.text_right(
            WORKED_R,
            y,
            SIZE,
            false,
            &hm(i64::from(plan.tracked_minutes)),
        );
    }
    pages.text_right(
        TARGET_R,
        y,
        SIZE,
        false,
        &hm(i64::from(plan.target_minutes)),
    );
    pages.text_right(BALANCE_R, y, SIZE, false, &signed_hm(plan.balance_minutes));
    if let Some(running) = day.running_balance_minutes {
        pages.text_right(RUNNING_R, y, SIZE, false, &signed_hm(running));
    }
    for (i, line) in notes.iter().enumerate() {
        pages.text(NOTES_X, y - i as f32 * LINE, SIZE, false, line);
    }
    pages.y = y - height;
}

/// `08:00–12:00, 12:30–17:00`, and `1:30 as a duration` for time without times.
fn spans_text(day: &TimesheetDay, t: &Texts) -> String {
    let mut parts: Vec<String> = day.spans.iter().map(span).collect();
    if day.duration_only_minutes > 0 {
        parts.push(format!(
            "{} {}",
            hm(i64::from(day.duration_only_minutes)),
            t.duration_only
        ));
    }
    parts.join(", ")
}

fn span(span: &TrackedSpan) -> String {
    let clock = |at: chrono::NaiveDateTime| stint_model::iso::time_of_day(at.time());
    let later = (span.end.date() - span.start.date()).num_days();
    let next_day = if later > 0 {
        format!(" (+{later})")
    } else {
        String::new()
    };
    format!("{}–{}{next_day}", clock(span.start), clock(span.end))
}

/// The day's absences, holiday and warnings, one note each.
fn notes(day: &TimesheetDay, t: &Texts) -> Vec<String> {
    let plan = &day.plan;
    let mut notes: Vec<String> = plan.absences.iter().map(|a| absence(a, t)).collect();
    notes.extend(plan.holiday.clone());
    notes.extend(plan.warnings.iter().map(|w| format!("! {}", t.warning(w))));
    notes
}

/// `Urlaub`, `Urlaub (half day)`, `Arzt (1:30 h)`, `Urlaub (requested)`.
fn absence(absence: &DayAbsence, t: &Texts) -> String {
    let mut marks = Vec::new();
    if absence.half_day {
        marks.push(t.half_day.to_owned());
    }
    if absence.hour_based {
        marks.push(format!(
            "{} {}",
            hm(i64::from(absence.hours_minutes)),
            t.hours
        ));
    }
    marks.extend(t.status(absence.status).map(str::to_owned));
    if marks.is_empty() {
        absence.type_name.clone()
    } else {
        format!("{} ({})", absence.type_name, marks.join(", "))
    }
}

fn totals(pages: &mut Pages, sheet: &Timesheet, t: &Texts) {
    let partly_due = sheet.days.iter().any(|d| !d.plan.due);
    let height = LINE * if partly_due { 3.0 } else { 2.0 };
    if !pages.fits(height) {
        pages.break_page();
    }
    let y = pages.y + LINE - 3.5;
    pages.rule(MARGIN, RIGHT, y, 0.6);
    let y = pages.y - 2.0;
    let sums = &sheet.totals;
    pages.text(DATE_X, y, SIZE, true, t.total);
    pages.text_right(BREAKS_R, y, SIZE, true, &hm(sheet.breaks_minutes));
    pages.text_right(WORKED_R, y, SIZE, true, &hm(sums.tracked_minutes));
    pages.text_right(TARGET_R, y, SIZE, true, &hm(sums.target_minutes));
    pages.text_right(BALANCE_R, y, SIZE, true, &signed_hm(sums.balance_minutes));
    if let Some(running) = &sheet.running {
        pages.text_right(RUNNING_R, y, SIZE, true, &signed_hm(running.minutes));
    }
    let mut y = y - LINE;
    if partly_due {
        pages.text(DATE_X, y, SIZE, false, t.due_so_far);
        pages.text_right(TARGET_R, y, SIZE, false, &hm(sums.due_target_minutes));
        pages.text_right(
            BALANCE_R,
            y,
            SIZE,
            false,
            &signed_hm(sums.due_balance_minutes),
        );
        y -= LINE;
    }
    pages.y = y - 8.0;
}

fn balances(pages: &mut Pages, sheet: &Timesheet, t: &Texts) {
    let mut lines: Vec<(bool, String)> = Vec::new();
    match &sheet.running {
        Some(running) => {
            lines.push((
                true,
                format!(
                    "{} {} {} ({} {})",
                    t.running_balance,
                    t.since,
                    t.date(running.since),
                    t.carry_over,
                    signed_hm(running.carry_over_minutes)
                ),
            ));
            lines.push((
                false,
                format!(
                    "{}: {}    {} {}: {}",
                    t.brought_forward,
                    signed_hm(running.brought_forward_minutes),
                    t.at_end,
                    t.date(running.until),
                    signed_hm(running.minutes)
                ),
            ));
        }
        None => lines.push((false, t.no_running.to_owned())),
    }
    lines.push((true, t.vacation.to_owned()));
    if sheet.vacation.is_empty() {
        lines.push((false, t.no_vacation.to_owned()));
    }
    for balance in &sheet.vacation {
        let available = balance
            .available
            .map(|days| format!(", {} {}", t.days(days), t.available))
            .unwrap_or_default();
        lines.push((
            false,
            format!(
                "{}: {} {}{available}",
                balance.type_name,
                t.days(balance.balance),
                t.days_left
            ),
        ));
    }
    if !sheet.checks_on {
        lines.push((false, t.checks_off.to_owned()));
    } else if sheet.days.iter().any(|d| !d.plan.warnings.is_empty()) {
        lines.push((false, t.law.to_owned()));
    }
    for (bold, line) in lines {
        if !pages.fits(12.0) {
            pages.break_page();
        }
        pages.text(MARGIN, pages.y, 8.5, bold, &line);
        pages.y -= 12.0;
    }
}

fn signatures(pages: &mut Pages, t: &Texts) {
    if !pages.fits(60.0) {
        pages.break_page();
    }
    let y = pages.y - 40.0;
    let half = (RIGHT - MARGIN) / 2.0;
    for (x, caption) in [
        (MARGIN, t.sign_employee),
        (MARGIN + half + 20.0, t.sign_supervisor),
    ] {
        pages.rule(x, x + half - 20.0, y, 0.6);
        pages.text(x, y - 10.0, 7.5, false, caption);
    }
    pages.y = y - 20.0;
}
