//! Day-based absences over loopback: formats, paging, clipping, deletions.

mod common;

use chrono::NaiveDate;
use common::{bounded, client, demo_employee_id, sandbox, sandbox_with, window};
use stint_personio::{AbsenceStatus, TimeOff};
use stint_sandbox::{
    Endpoint, Fault, Formats, HalfDayFormat, OffsetFormat, Sandbox, TimeOffStatus,
};

/// What the client should return: the sandbox's periods overlapping the window.
fn expected(
    sandbox: &Sandbox,
    (from, to): (NaiveDate, NaiveDate),
) -> Vec<(u64, NaiveDate, NaiveDate, bool, bool)> {
    let id = sandbox.employees()[0].id;
    let mut all: Vec<_> = sandbox
        .time_offs_of(id)
        .into_iter()
        .filter(|t| t.start <= to && t.end >= from)
        .map(|t| {
            (
                u64::try_from(t.id).unwrap(),
                t.start,
                t.end,
                t.half_day_start,
                t.half_day_end,
            )
        })
        .collect();
    all.sort_by_key(|t| (t.1, t.0));
    all
}

fn summary(time_offs: &[TimeOff]) -> Vec<(u64, NaiveDate, NaiveDate, bool, bool)> {
    time_offs
        .iter()
        .map(|t| (t.id, t.start, t.end, t.half_day_start, t.half_day_end))
        .collect()
}

#[tokio::test]
async fn every_offset_and_half_day_format_reads_the_same() {
    for offset in [OffsetFormat::Colon, OffsetFormat::NoColon] {
        for half_day in [HalfDayFormat::Bool, HalfDayFormat::ZeroOne] {
            let sandbox = sandbox_with(Formats {
                offset,
                half_day,
                ..Formats::default()
            })
            .await;
            let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
                .await
                .unwrap();
            assert!(
                !got.is_empty(),
                "the demo employee has absences in the window"
            );
            assert_eq!(
                summary(&got),
                expected(&sandbox, window()),
                "{offset:?}/{half_day:?}: dates as written and half days must match the sandbox"
            );
        }
    }
}

#[tokio::test]
async fn statuses_days_and_german_names_come_through() {
    let sandbox = sandbox().await;
    let id = sandbox.employees()[0].id;
    let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    for time_off in &got {
        let demo = sandbox
            .time_offs_of(id)
            .into_iter()
            .find(|t| u64::try_from(t.id).unwrap() == time_off.id)
            .unwrap();
        let status = match demo.status {
            TimeOffStatus::Approved => AbsenceStatus::Approved,
            TimeOffStatus::Pending => AbsenceStatus::Pending,
            TimeOffStatus::Requested => AbsenceStatus::Requested,
        };
        assert_eq!(
            time_off.status, status,
            "period {} keeps its status",
            time_off.id
        );
        assert_eq!(
            time_off.type_name, demo.type_name,
            "period {} keeps its type name",
            time_off.id
        );
        assert_eq!(
            time_off.category, demo.category,
            "period {} keeps its category",
            time_off.id
        );
        assert_eq!(
            time_off.days_count, demo.days_count,
            "period {} keeps Personio's day count",
            time_off.id
        );
    }
}

#[tokio::test]
async fn periods_straddling_the_window_edges_are_kept() {
    let sandbox = sandbox().await;
    let id = sandbox.employees()[0].id;
    let long = sandbox
        .time_offs_of(id)
        .into_iter()
        .find(|t| t.end > t.start)
        .expect("a multi-day period exists");
    // A window that starts on the period's last day and one that ends on its first day.
    for narrow in [
        (long.end, long.end + chrono::Days::new(3)),
        (long.start - chrono::Days::new(3), long.start),
    ] {
        let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), narrow))
            .await
            .unwrap();
        assert!(
            got.iter().any(|t| t.id == u64::try_from(long.id).unwrap() && t.start == long.start && t.end == long.end),
            "period {}..{} overlaps {narrow:?}: Personio only returns periods fully inside, so the client asks wider and keeps it whole",
            long.start,
            long.end
        );
        assert_eq!(
            summary(&got),
            expected(&sandbox, narrow),
            "nothing outside {narrow:?} is kept"
        );
    }
}

#[tokio::test]
async fn a_deleted_period_disappears() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    let before = bounded(client.time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    let gone = before[0].id;
    assert!(
        sandbox.delete_time_off(i64::try_from(gone).unwrap()),
        "the sandbox deletes it"
    );
    let after = bounded(client.time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    assert!(
        after.iter().all(|t| t.id != gone),
        "a deleted period is simply absent from the next read"
    );
    assert_eq!(after.len(), before.len() - 1, "only that one is gone");
}

#[tokio::test]
async fn a_next_link_to_an_empty_page_terminates() {
    let sandbox = sandbox().await;
    sandbox.inject(Endpoint::TimeOffs, Fault::NextLinkToEmptyPage, None);
    let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    assert_eq!(
        summary(&got),
        expected(&sandbox, window()),
        "the lying metadata adds nothing"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffs),
        2,
        "page 1, then the promised page 2 which is empty, then stop"
    );
}

#[tokio::test]
async fn paging_numbers_as_strings_are_accepted() {
    let sandbox = sandbox_with(Formats {
        paging_as_strings: true,
        ..Formats::default()
    })
    .await;
    let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    assert_eq!(
        summary(&got),
        expected(&sandbox, window()),
        "\"current_page\": \"1\" reads like 1"
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffs),
        1,
        "and still ends after the last page"
    );
}

#[tokio::test]
async fn the_request_uses_page_offsets_and_the_widened_window() {
    let sandbox = sandbox().await;
    bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    let path = sandbox
        .requests()
        .into_iter()
        .find(|r| r.endpoint == Some(Endpoint::TimeOffs))
        .unwrap()
        .path;
    let from = (window().0 - chrono::Days::new(31))
        .format("%Y-%m-%d")
        .to_string();
    assert!(
        path.contains(&format!("start_date={from}")),
        "the window is widened by 31 days: {path}"
    );
    assert!(
        path.contains("offset=1") && path.contains("limit=200"),
        "page 1 of 200: {path}"
    );
}

#[tokio::test]
async fn more_than_one_page_is_read_to_the_end() {
    let sandbox = sandbox().await;
    let id = sandbox.employees()[0].id;
    let type_name = sandbox.time_offs_of(id)[0].type_name.clone();
    // 250 one-day requests push the employee past one page of 200.
    for day in 0..250u64 {
        let date = window().0 + chrono::Days::new(day);
        sandbox.add_time_off(stint_sandbox::NewTimeOff {
            employee_id: id,
            type_name: type_name.clone(),
            start: date,
            end: date,
            status: TimeOffStatus::Requested,
            half_day_start: false,
            half_day_end: false,
        });
    }
    let got = bounded(client(&sandbox).time_offs(demo_employee_id(&sandbox), window()))
        .await
        .unwrap();
    assert_eq!(
        summary(&got),
        expected(&sandbox, window()),
        "every page's periods are read, none twice"
    );
    assert!(
        got.len() > 250,
        "more than a page of 200 came back: {}",
        got.len()
    );
    assert_eq!(
        sandbox.request_count(Endpoint::TimeOffs),
        2,
        "pages 1 and 2; current_page == total_pages ends the loop"
    );
}
