//! The wire variants a client must accept, switched at run time.

use serde_json::{json, Value};
use stint_sandbox::{Formats, HalfDayFormat, OffsetFormat, ScheduleFormat};

use crate::common::{data, Api};

async fn schedule_of(api: &Api, email: &str) -> Value {
    let body = api
        .ok(&format!("/v1/company/employees?email={email}"))
        .await;
    data(&body)[0]["attributes"]["work_schedule"]["value"]["attributes"].clone()
}

#[tokio::test]
async fn schedules_in_each_format() {
    let api = Api::start().await;
    let cases = [
        (ScheduleFormat::HoursMinutes, json!("08:00"), json!("07:30")),
        (
            ScheduleFormat::IsoDurationObject,
            json!({"duration": "PT28800S"}),
            json!({"duration": "PT27000S"}),
        ),
        (
            ScheduleFormat::IsoDurationString,
            json!("PT8H"),
            json!("PT7H30M"),
        ),
    ];
    for (format, eight, seven_and_half) in cases {
        api.sandbox.set_formats(Formats {
            schedule: format,
            ..Formats::default()
        });
        let anna = schedule_of(&api, "anna.schmidt@demo.stint.app").await;
        assert_eq!(
            anna["monday"], eight,
            "{format:?}: Anna works 8 h on Monday"
        );
        let marie = schedule_of(&api, "marie.wagner@demo.stint.app").await;
        assert_eq!(
            marie["friday"], seven_and_half,
            "{format:?}: Marie works 7:30 on Friday"
        );
    }
}

#[tokio::test]
async fn a_schedule_can_have_null_and_missing_weekdays() {
    let api = Api::start().await;
    let paul = schedule_of(&api, "paul.schaefer@demo.stint.app").await;
    assert_eq!(paul["wednesday"], Value::Null, "Wednesday is sent as null");
    assert!(
        paul.get("saturday").is_none(),
        "Saturday is left out entirely: {paul}"
    );
    assert_eq!(paul["friday"], json!("04:00"), "a short Friday");
}

#[tokio::test]
async fn employee_attributes_are_wrapped_and_hours_are_a_string() {
    let api = Api::start().await;
    let body = api
        .ok("/v1/company/employees?email=sophie.weber@demo.stint.app")
        .await;
    let attributes = &data(&body)[0]["attributes"];
    assert_eq!(
        attributes["email"],
        json!({"label": "Email", "value": "sophie.weber@demo.stint.app", "type": "standard", "universal_id": "email"}),
        "attributes come as {{label, value, type, universal_id}}"
    );
    assert_eq!(
        attributes["weekly_working_hours"]["value"],
        json!("24"),
        "4 x 6 h, as a string"
    );
    assert_eq!(
        attributes["department"]["value"]["attributes"]["name"],
        json!("Engineering"),
        "department is a nested object"
    );
}

#[tokio::test]
async fn half_days_offsets_and_paging_strings_switch() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let path = format!(
        "/v1/company/time-offs?employees[]={anna}&start_date=2025-06-01&end_date=2025-08-31"
    );
    let plain = api.ok(&path).await;
    let first = &data(&plain)[0]["attributes"];
    assert!(
        first["half_day_start"].is_boolean(),
        "default half days are booleans: {first}"
    );
    let start = first["start_date"].as_str().expect("string");
    assert!(
        start.ends_with("T00:00:00+02:00"),
        "summer dates carry +02:00: {start}"
    );
    api.sandbox.set_formats(Formats {
        half_day: HalfDayFormat::ZeroOne,
        offset: OffsetFormat::NoColon,
        paging_as_strings: true,
        ..Formats::default()
    });
    let varied = api.ok(&path).await;
    let first = &data(&varied)[0]["attributes"];
    assert!(
        first["half_day_end"].is_u64(),
        "half days now come as 0/1: {first}"
    );
    assert!(
        first["start_date"]
            .as_str()
            .expect("string")
            .ends_with("+0200"),
        "offsets without colon: {}",
        first["start_date"]
    );
    assert_eq!(varied["offset"], json!("1"), "paging numbers as strings");
    assert!(
        varied["metadata"]["total_pages"].is_string(),
        "metadata as strings too"
    );
}
