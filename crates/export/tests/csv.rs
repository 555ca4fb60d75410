//! The CSV read back with a standard CSV reader: the documented header, one row per day, the
//! figures of each day, quoting that survives commas and quotes, CRLF line ends.

mod common;

use common::*;
use stint_export::{timesheet_csv, CSV_COLUMNS};

fn records(bytes: &[u8]) -> (csv::StringRecord, Vec<csv::StringRecord>) {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let header = reader.headers().expect("a header row").clone();
    let rows = reader
        .records()
        .collect::<Result<Vec<_>, _>>()
        .expect("every row parses");
    (header, rows)
}

fn column(header: &csv::StringRecord, name: &str) -> usize {
    header
        .iter()
        .position(|c| c == name)
        .unwrap_or_else(|| panic!("the header names `{name}`: {header:?}"))
}

#[test]
fn the_header_names_the_documented_columns_and_each_day_is_one_row() {
    let sheet = june();
    let bytes = timesheet_csv(&sheet);
    let (header, rows) = records(&bytes);
    for name in [
        "date",
        "target_minutes",
        "tracked_minutes",
        "balance_minutes",
        "breaks_minutes",
        "absences",
        "holiday",
        "warnings",
    ] {
        column(&header, name);
    }
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        CSV_COLUMNS.to_vec(),
        "the header is the documented order"
    );
    assert_eq!(rows.len(), 30, "June has 30 days, one row each");
    let dates: Vec<&str> = rows.iter().map(|r| &r[column(&header, "date")]).collect();
    assert_eq!(dates[0], "2026-06-01", "ISO dates, first day first");
    assert_eq!(dates[29], "2026-06-30", "last day last");
}

#[test]
fn the_columns_add_up_to_the_months_totals() {
    let sheet = june();
    let (header, rows) = records(&timesheet_csv(&sheet));
    let sum = |name: &str| -> i64 {
        let i = column(&header, name);
        rows.iter()
            .map(|r| {
                r[i].parse::<i64>()
                    .unwrap_or_else(|_| panic!("{name}: {r:?}"))
            })
            .sum()
    };
    assert_eq!(sum("target_minutes"), sheet.totals.target_minutes);
    assert_eq!(sum("tracked_minutes"), sheet.totals.tracked_minutes);
    assert_eq!(sum("balance_minutes"), sheet.totals.balance_minutes);
    assert_eq!(sum("breaks_minutes"), 45, "the one break of 1 June");
}

#[test]
fn a_day_carries_its_spans_absences_holiday_and_warnings() {
    let (header, rows) = records(&timesheet_csv(&june()));
    let day = |n: usize| &rows[n - 1];
    let cell = |n: usize, name: &str| day(n)[column(&header, name)].to_owned();
    assert_eq!(cell(1, "spans"), "08:00-12:00 12:45-17:00");
    assert_eq!(cell(1, "tracked_hm"), "8:15", "h:mm beside the minutes");
    assert_eq!(cell(1, "balance_hm"), "+0:15");
    assert_eq!(
        cell(2, "warnings"),
        "break_short;over_6h_without_break;over_10h",
        "warning codes, as the timeline's JSON writes them"
    );
    assert_eq!(cell(3, "duration_only_minutes"), "90");
    assert_eq!(cell(4, "holiday"), "Fronleichnam");
    assert_eq!(
        cell(5, "spans"),
        "22:00-02:00+1",
        "a night span ends the next day"
    );
    assert_eq!(cell(10, "absences"), "Urlaub (half_day)");
    assert_eq!(
        cell(15, "absences"),
        "Krankheit, \"kurz\"",
        "a comma and quotes survive the quoting"
    );
    assert_eq!(cell(17, "absences"), "Arzttermin (hours 1:30)");
    assert_eq!(
        cell(24, "absences"),
        "Überstundenabbau (requested)",
        "UTF-8"
    );
    assert_eq!(cell(20, "due"), "true");
    assert_eq!(cell(21, "due"), "false");
    assert_eq!(
        cell(21, "running_balance_minutes"),
        "",
        "no running balance for a day not yet due"
    );
    assert_eq!(
        cell(1, "running_balance_minutes"),
        (150 + 15).to_string(),
        "carried in plus the day's balance"
    );
}

#[test]
fn records_end_in_crlf_and_quotes_are_doubled() {
    let bytes = timesheet_csv(&june());
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert_eq!(
        text.matches("\r\n").count(),
        31,
        "header and 30 days, each ended by CRLF"
    );
    assert_eq!(text.matches('\n').count(), 31, "no bare line feed anywhere");
    assert!(
        text.contains(",\"Krankheit, \"\"kurz\"\"\","),
        "RFC 4180: quoted, quotes doubled"
    );
}
