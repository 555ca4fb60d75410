//! The PDF read back as text with poppler's `pdftotext`: the heading, every day's figures, the
//! month's totals, every absence, the warnings, the balances and the lines to sign, in English
//! and in German (umlauts included), over as many pages as the month needs.
//!
//! Without `pdftotext` these tests are skipped on a developer's machine and fail in CI (where
//! `./x setup` installs poppler-utils), so a missing tool can never pass for a green run.

mod common;
#[path = "support/readers.rs"]
mod readers;

use common::*;
use stint_export::timesheet_pdf;
use stint_model::duration::{hm, signed_hm};
use stint_model::{Language, WarningCode};

/// The text of `pdf` as `pdftotext -layout` extracts it; `None` (skip) only outside CI.
fn text_of(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("timesheet.pdf");
    std::fs::write(&file, pdf).expect("the PDF is written");
    readers::pdf_text(&file)
}

/// The line that starts with `label` (after the layout's indentation).
fn line<'a>(text: &'a str, label: &str) -> &'a str {
    text.lines()
        .find(|l| l.trim_start().starts_with(label))
        .unwrap_or_else(|| panic!("a line starts with {label:?} in:\n{text}"))
}

#[test]
fn the_english_sheet_holds_the_totals_every_absence_and_the_lines_to_sign() {
    let sheet = june();
    let pdf = timesheet_pdf(&sheet, Language::En);
    assert!(pdf.starts_with(b"%PDF-"), "a PDF file");
    let Some(text) = text_of(&pdf) else { return };

    assert!(text.contains("Timesheet – June 2026"), "title:\n{text}");
    assert!(text.contains("Jürgen Weiß"), "the employee's name:\n{text}");
    let totals = line(&text, "Total");
    for figure in [
        hm(sheet.totals.tracked_minutes),
        hm(sheet.totals.target_minutes),
        signed_hm(sheet.totals.balance_minutes),
        hm(45),
    ] {
        assert!(
            totals.contains(&figure),
            "the totals line has {figure}: {totals}"
        );
    }
    let due = line(&text, "Due up to today");
    assert!(
        due.contains(&hm(sheet.totals.due_target_minutes))
            && due.contains(&signed_hm(sheet.totals.due_balance_minutes)),
        "what is due so far: {due}"
    );
    for absence in [
        "Urlaub (half day)",
        "Krankheit, \"kurz\"",
        "Arzttermin (1:30 h)",
        "Überstundenabbau (requested)",
    ] {
        assert!(text.contains(absence), "{absence} is listed:\n{text}");
    }
    assert_eq!(
        text.matches("Urlaub").count(),
        3 + 1,
        "three vacation days and the time-off balance:\n{text}"
    );
    assert!(text.contains("Fronleichnam"), "the holiday");
    let first = line(&text, "Mon 06-01");
    assert!(
        first.contains("08:00–12:00, 12:45–17:00") && first.contains("0:45"),
        "spans and break: {first}"
    );
    assert!(
        line(&text, "Fri 06-05").contains("22:00–02:00 (+1)"),
        "a night span"
    );
    assert!(
        line(&text, "Wed 06-03").contains("1:30 as a duration"),
        "time without times"
    );
    assert!(
        line(&text, "Tue 06-02").contains("! breaks 0:00 of 0:30 (§4)"),
        "a warning on its day"
    );
    assert!(text.contains("! 10:20 worked, over 10:00 (§3)"), "another");
    assert!(
        text.contains("German Working Hours Act (ArbZG"),
        "the law named once"
    );
    assert!(
        text.contains("Urlaub: 12.5 left, 10 available"),
        "the time-off balance:\n{text}"
    );
    let running = sheet.running.expect("a running balance");
    let end = line(&text, "Brought forward");
    assert!(
        end.contains(&signed_hm(running.brought_forward_minutes))
            && end.contains(&format!(
                "at the end of 2026-06-20: {}",
                signed_hm(running.minutes)
            )),
        "the running balance carried in and reached: {end}"
    );
    assert!(
        text.contains("Date, employee's signature"),
        "a line to sign"
    );
    assert!(text.contains("Date, supervisor's signature"), "and another");
}

#[test]
fn the_german_sheet_speaks_german_with_its_umlauts() {
    let sheet = june();
    let Some(text) = text_of(&timesheet_pdf(&sheet, Language::De)) else {
        return;
    };
    for words in [
        "Arbeitszeitnachweis – Juni 2026",
        "Mitarbeiter:in",
        "Übertrag aus dem Vormonat",
        "Urlaub (halber Tag)",
        "Überstundenabbau (beantragt)",
        "Urlaub: 12,5 Rest, 10 verfügbar",
        "! 10:20 gearbeitet, über 10:00 (§3)",
        "Arbeitszeitgesetz",
        "Datum, Unterschrift Vorgesetzte:r",
        "Mo 01.06.",
    ] {
        assert!(text.contains(words), "{words:?} in:\n{text}");
    }
    assert!(
        line(&text, "Summe").contains(&hm(sheet.totals.target_minutes)),
        "the totals under their German name"
    );
}

#[test]
fn a_month_too_long_for_one_page_goes_on_with_the_table_heading() {
    let mut sheet = june();
    for day in &mut sheet.days {
        day.plan.warnings = vec![
            warning(WarningCode::BreakShort),
            warning(WarningCode::Over6hWithoutBreak),
            warning(WarningCode::RestShort),
        ];
    }
    let Some(text) = text_of(&timesheet_pdf(&sheet, Language::En)) else {
        return;
    };
    assert!(text.contains("Page 2 of"), "a second page:\n{text}");
    assert!(
        text.matches("Absences, holidays, warnings").count() >= 2,
        "the table heading repeats on the next page"
    );
    assert!(
        line(&text, "Tue 06-30").contains("8:00"),
        "the last day is there"
    );
    assert!(line(&text, "Total").contains(&hm(sheet.totals.target_minutes)));
}
