//! `GET /v2/absence-periods` (+ breakdowns) against the loopback stub: cursor paging with
//! absolute and relative links, half days, hour-based minutes fetched concurrently but bounded.

mod common;
mod v2_stub;

use std::time::Duration;

use chrono::NaiveDate;
use common::bounded;
use stint_personio::AbsenceStatus;
use v2_stub::{client, list, Route, Stub};

const PATH: &str = "/v2/absence-periods";

fn d(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn june() -> (NaiveDate, NaiveDate) {
    (d(6, 1), d(6, 30))
}

fn day_period(id: &str, start: &str, start_kind: &str, end: &str, end_kind: &str) -> String {
    format!(
        r#"{{"id": "{id}", "person": {{"id": "p-1"}}, "absence_type": {{"id": "t-vac", "name": "Urlaub"}},
            "starts_from": {{"date_time": "{start}T00:00:00", "type": "{start_kind}"}},
            "ends_at": {{"date_time": "{end}T00:00:00", "type": "{end_kind}"}},
            "status": "APPROVED", "created_at": "2026-01-01T00:00:00", "updated_at": "2026-01-01T00:00:00"}}"#
    )
}

fn hour_period(id: &str, day: u32) -> String {
    format!(
        r#"{{"id": "{id}", "person": {{"id": "p-1"}}, "absence_type": {{"id": "t-ot", "name": "Überstundenabbau"}},
            "starts_from": {{"date_time": "2026-06-{day:02}T09:00:00"}},
            "ends_at": {{"date_time": "2026-06-{day:02}T13:00:00"}}, "status": "APPROVED"}}"#
    )
}

fn breakdown(day: u32, minutes: u32) -> String {
    list(
        &format!(r#"{{"date": "2026-06-{day:02}", "effective_duration": {minutes}}}"#),
        None,
    )
}

#[tokio::test]
async fn pages_are_followed_by_absolute_and_relative_links_until_none() {
    let stub = Stub::start().await;
    let first = day_period("a", "2026-06-01", "FIRST_HALF", "2026-06-02", "SECOND_HALF");
    let second = day_period("b", "2026-06-08", "FIRST_HALF", "2026-06-08", "SECOND_HALF");
    let third = day_period("c", "2026-06-15", "FIRST_HALF", "2026-06-19", "SECOND_HALF");
    stub.route(Route::new(
        "GET",
        PATH,
        200,
        &list(&first, Some("{base}/v2/absence-periods?cursor=b")),
    ));
    stub.route(Route::new(
        "GET",
        "/v2/absence-periods?cursor=b",
        200,
        &list(&second, Some("/v2/absence-periods?cursor=c")),
    ));
    stub.route(Route::new(
        "GET",
        "/v2/absence-periods?cursor=c",
        200,
        &list(&third, None),
    ));
    let absences = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .expect("three pages are read");
    let ids: Vec<&str> = absences.days.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        ["a", "b", "c"],
        "the absolute link and the relative one are both followed, in order"
    );
    let asked = stub.seen_at("GET", PATH);
    assert_eq!(
        asked.len(),
        3,
        "the last page without a next link ends the list"
    );
    let first = &asked[0].target;
    assert!(
        first.contains("person.id=p-1")
            && first.contains("starts_from.gte=2026-05-01T00%3A00%3A00")
            && first.contains("ends_at.lte=2026-07-31T23%3A59%3A59")
            && first.contains("limit=100")
            && !first.contains('Z'),
        "the first page asks for the person in the widened window, local times without Z: {first}"
    );
    assert_eq!(
        asked[1].target, "/v2/absence-periods?cursor=b",
        "a next link is followed as given; the client never builds a cursor"
    );
    assert_eq!(
        absences.days[0].status,
        AbsenceStatus::Approved,
        "the upper-case v2 status is read like v1's"
    );
}

#[tokio::test]
async fn a_link_that_goes_round_in_a_circle_is_an_error() {
    let stub = Stub::start().await;
    let one = day_period("a", "2026-06-01", "FIRST_HALF", "2026-06-01", "SECOND_HALF");
    stub.route(Route::new(
        "GET",
        PATH,
        200,
        &list(&one, Some("/v2/absence-periods?cursor=x")),
    ));
    stub.route(Route::new(
        "GET",
        "/v2/absence-periods?cursor=x",
        200,
        &list(&one, Some("{base}/v2/absence-periods?cursor=x")),
    ));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("round in a circle"),
        "the same link twice must end in an error, not a hang: {error}"
    );
    assert_eq!(
        stub.count("GET", PATH),
        2,
        "the repeated link is not fetched again"
    );
}

#[tokio::test]
async fn a_link_to_another_server_is_not_followed() {
    let stub = Stub::start().await;
    let one = day_period("a", "2026-06-01", "FIRST_HALF", "2026-06-01", "SECOND_HALF");
    stub.route(Route::new(
        "GET",
        PATH,
        200,
        &list(&one, Some("http://127.0.0.2:9/v2/absence-periods?cursor=b")),
    ));
    let error = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap_err();
    assert!(
        error.to_string().contains("points to another server"),
        "the token must not follow a link to another host: {error}"
    );
}

#[tokio::test]
async fn half_days_map_to_the_v1_flags() {
    let stub = Stub::start().await;
    let items = [
        day_period(
            "full",
            "2026-06-01",
            "FIRST_HALF",
            "2026-06-03",
            "SECOND_HALF",
        ),
        day_period(
            "late-start",
            "2026-06-08",
            "SECOND_HALF",
            "2026-06-10",
            "SECOND_HALF",
        ),
        day_period(
            "early-end",
            "2026-06-15",
            "FIRST_HALF",
            "2026-06-17",
            "FIRST_HALF",
        ),
    ]
    .join(",");
    stub.route(Route::new("GET", PATH, 200, &list(&items, None)));
    let absences = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap();
    let flags: Vec<(&str, bool, bool)> = absences
        .days
        .iter()
        .map(|a| (a.id.as_str(), a.half_day_start, a.half_day_end))
        .collect();
    assert_eq!(
        flags,
        [
            ("full", false, false),
            ("late-start", true, false),
            ("early-end", false, true),
        ],
        "SECOND_HALF at the start halves the first day, FIRST_HALF at the end the last"
    );
    assert_eq!(
        (absences.days[0].start, absences.days[0].end),
        (d(6, 1), Some(d(6, 3))),
        "dates are taken as written"
    );
    assert_eq!(
        absences.days[0].type_name.as_deref(),
        Some("Urlaub"),
        "a type name in the answer is kept"
    );
    assert!(
        absences.hours.is_empty() && stub.seen().iter().all(|s| !s.target.contains("breakdowns")),
        "day-based periods need no breakdowns"
    );
}

#[tokio::test]
async fn hour_based_minutes_come_from_breakdowns_fetched_concurrently_but_bounded() {
    let stub = Stub::start().await;
    let mut items: Vec<String> = (1..=6)
        .map(|n| hour_period(&format!("h{n}"), n + 1))
        .collect();
    items.push(day_period(
        "d1",
        "2026-06-20",
        "FIRST_HALF",
        "2026-06-20",
        "SECOND_HALF",
    ));
    stub.route(Route::new("GET", PATH, 200, &list(&items.join(","), None)));
    for n in 1..=6 {
        stub.route(
            Route::new(
                "GET",
                &format!("/v2/absence-periods/h{n}/breakdowns"),
                200,
                &breakdown(n + 1, 240),
            )
            .delayed(Duration::from_millis(150)),
        );
    }
    let absences = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .expect("six hour-based periods and their breakdowns");
    assert_eq!(absences.hours.len(), 6, "every hour-based period is kept");
    assert_eq!(
        absences.hours[0].breakdowns,
        vec![(d(6, 2), 240)],
        "the minutes per day come from the breakdowns"
    );
    assert_eq!(
        absences.hours[0].type_name, "Überstundenabbau",
        "the type name is kept"
    );
    assert_eq!(
        absences.days.len(),
        1,
        "the day-based period stays a day absence"
    );
    let breakdowns: Vec<_> = stub
        .seen()
        .into_iter()
        .filter(|s| s.target.contains("/breakdowns"))
        .collect();
    assert_eq!(
        breakdowns.len(),
        6,
        "one breakdown request per hour-based period, none for the day-based one"
    );
    assert!(
        breakdowns.iter().all(|s| s.target.contains("limit=28")),
        "breakdowns are asked 28 at a time, Personio's limit"
    );
    let peak = stub.max_in_flight();
    assert!(
        peak == 4,
        "breakdowns run concurrently but at most four at a time; {peak} were in flight at once"
    );
}

#[tokio::test]
async fn hour_based_minutes_are_clipped_to_the_window() {
    let stub = Stub::start().await;
    let item = r#"{"id": "h", "absence_type": {"id": "t", "measurement_unit": "hour"},
        "starts_from": {"date_time": "2026-05-31T09:00:00"}, "ends_at": {"date_time": "2026-06-01T12:00:00"},
        "status": "PENDING"}"#;
    stub.route(Route::new("GET", PATH, 200, &list(item, None)));
    stub.route(Route::new(
        "GET",
        "/v2/absence-periods/h/breakdowns",
        200,
        &list(
            r#"{"date": "2026-05-31", "effective_duration": 480}, {"date": "2026-06-01", "effective_duration": 180}"#,
            None,
        ),
    ));
    let absences = bounded(client(&stub).absence_periods("p-1", june()))
        .await
        .unwrap();
    assert_eq!(
        absences.hours[0].breakdowns,
        vec![(d(6, 1), 180)],
        "only the day inside the window remains of a period straddling its edge"
    );
    assert_eq!(
        absences.hours[0].status,
        AbsenceStatus::Pending,
        "the approval state is kept"
    );
    assert_eq!(
        absences.hours[0].type_name, "t",
        "without a name the type id stands in for it"
    );
}
