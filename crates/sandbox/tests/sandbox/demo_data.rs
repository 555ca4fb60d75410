//! The demo employee's year of absences, types and balances, as a client would fetch them, and
//! changing them between two syncs.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde_json::{json, Value};
use stint_sandbox::{NewTimeOff, TimeOffStatus};

use crate::common::{data, Api};

fn attributes(body: &Value) -> Vec<&Value> {
    data(body).iter().map(|item| &item["attributes"]).collect()
}

fn date(value: &Value) -> NaiveDate {
    let text = value.as_str().expect("date string");
    NaiveDate::parse_from_str(&text[..10], "%Y-%m-%d").expect("starts with a date")
}

#[tokio::test]
async fn the_demo_employee_has_every_case_a_client_must_handle() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let body = api
        .ok(&format!(
            "/v1/company/time-offs?employees[]={anna}&start_date=2024-06-04&end_date=2026-06-04"
        ))
        .await;
    let periods = attributes(&body);
    let statuses: HashSet<&str> = periods
        .iter()
        .filter_map(|p| p["status"].as_str())
        .collect();
    assert_eq!(
        statuses,
        HashSet::from(["approved", "pending", "requested"]),
        "all three states"
    );
    let names: HashSet<&str> = periods
        .iter()
        .filter_map(|p| p["time_off_type"]["attributes"]["name"].as_str())
        .collect();
    for name in ["Urlaub", "Krankheit", "Sonderurlaub", "Überstundenabbau"] {
        assert!(names.contains(name), "Anna has a {name} period: {names:?}");
    }
    let multi = |p: &&&Value| date(&p["start_date"]) < date(&p["end_date"]);
    assert!(
        periods
            .iter()
            .filter(multi)
            .any(|p| p["half_day_start"] == json!(true)),
        "a multi-day period with a half first day"
    );
    assert!(
        periods
            .iter()
            .filter(multi)
            .any(|p| p["half_day_end"] == json!(true)),
        "a multi-day period with a half last day"
    );
    assert!(
        periods
            .iter()
            .any(|p| date(&p["start_date"]) == date(&p["end_date"])
                && p["half_day_start"] == json!(true)
                && p["days_count"] == json!(0.5)),
        "a single half day counting 0.5"
    );
    assert!(
        periods.iter().any(|p| {
            let (start, end) = (date(&p["start_date"]), date(&p["end_date"]));
            start
                .iter_days()
                .take_while(|d| *d <= end)
                .any(|d| d.format("%u").to_string() == "6")
        }),
        "a period spanning a weekend"
    );
}

#[tokio::test]
async fn hour_based_absences_come_with_daily_breakdowns() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let body = api
        .ok(&format!("/v1/company/absence-periods?employees[]={anna}"))
        .await;
    let periods = attributes(&body);
    assert!(
        periods.iter().any(
            |p| p["absence_type"]["attributes"]["name"] == json!("Arzttermin")
                && p["effective_duration"] == json!(120)
        ),
        "a 2 h Arzttermin"
    );
    let two_days = periods
        .iter()
        .find(|p| p["breakdowns"].as_array().is_some_and(|b| b.len() == 2))
        .expect("one hour-based absence spans two days");
    let sum: u64 = two_days["breakdowns"]
        .as_array()
        .expect("array")
        .iter()
        .map(|b| b["effective_duration"].as_u64().expect("minutes"))
        .sum();
    assert_eq!(
        json!(sum),
        two_days["effective_duration"],
        "breakdowns add up to the total"
    );
    assert_eq!(two_days["measurement_unit"], json!("hour"), "unit is hour");
}

#[tokio::test]
async fn types_have_german_and_english_names_and_balances_are_fractional() {
    let api = Api::start().await;
    let types = api.ok("/v1/company/time-off-types").await;
    let names: HashSet<&str> = attributes(&types)
        .iter()
        .filter_map(|t| t["name"].as_str())
        .collect();
    for name in [
        "Urlaub",
        "Krankheit",
        "Sonderurlaub",
        "Elternzeit",
        "Überstundenabbau",
        "Paid Vacation",
        "Sick leave",
    ] {
        assert!(names.contains(name), "type {name} exists: {names:?}");
    }
    assert!(
        attributes(&types).iter().any(|t| t["category"].is_null()),
        "some types lack a category, so clients must fall back to the name"
    );
    let balance = api
        .ok(&format!(
            "/v1/company/employees/{}/absences/balance",
            api.demo_id()
        ))
        .await;
    let urlaub = data(&balance)
        .iter()
        .find(|b| b["name"] == json!("Urlaub"))
        .expect("a balance line for Urlaub");
    let (now, left) = (
        urlaub["balance"].as_f64().expect("number"),
        urlaub["available_balance"].as_f64().expect("number"),
    );
    assert!(
        now.fract() != 0.0,
        "half days make the balance fractional: {now}"
    );
    assert!(
        left < now,
        "upcoming vacation is deducted from the available balance"
    );
    let unknown = api
        .get("/v1/company/employees/999999/absences/balance")
        .await;
    assert_eq!(unknown.status, 404, "unknown employees get a 404 envelope");
}

#[tokio::test]
async fn periods_can_be_deleted_and_added_between_two_syncs() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let path = format!("/v1/company/time-offs?employees[]={anna}");
    let before = api.ok(&path).await;
    let victim = api.sandbox.time_offs_of(anna)[0].id;
    assert!(api.sandbox.delete_time_off(victim), "the period existed");
    assert!(
        !api.sandbox.delete_time_off(victim),
        "deleting twice finds nothing"
    );
    let added = api.sandbox.add_time_off(NewTimeOff {
        status: TimeOffStatus::Pending,
        ..NewTimeOff::approved(
            anna,
            "Urlaub",
            crate::common::today(),
            crate::common::today(),
        )
    });
    let after = api.ok(&path).await;
    let ids: Vec<&Value> = attributes(&after).iter().map(|t| &t["id"]).collect();
    assert!(
        !ids.contains(&&json!(victim)),
        "a deleted period is simply absent"
    );
    assert!(ids.contains(&&json!(added)), "an added period shows up");
    assert_eq!(data(&after).len(), data(&before).len(), "one out, one in");
}
