//! Paging rules: record offsets for employees, 1-based page numbers for time-offs and absence
//! periods, limits, windows and filters.

use std::collections::HashSet;

use serde_json::{json, Value};
use stint_sandbox::{EmailFilter, Formats};

use crate::common::{data, Api};

fn ids(body: &Value) -> Vec<Value> {
    data(body)
        .iter()
        .map(|item| item["attributes"]["id"].clone())
        .collect()
}

#[tokio::test]
async fn employees_page_by_record_offset_up_to_100() {
    let api = Api::start().await;
    let total = api.sandbox.employees().len();
    let everyone = api.ok("/v1/company/employees").await;
    assert_eq!(
        data(&everyone).len(),
        total,
        "default limit 50 covers the whole demo company"
    );
    let mut seen = HashSet::new();
    for offset in (0..total).step_by(10) {
        let page = api
            .ok(&format!("/v1/company/employees?limit=10&offset={offset}"))
            .await;
        assert_eq!(
            page["offset"],
            json!(offset),
            "offset is echoed as a record offset"
        );
        assert_eq!(
            page["metadata"]["total_elements"],
            json!(total),
            "total is the full count"
        );
        seen.extend(ids(&page).into_iter().map(|id| id["value"].to_string()));
    }
    assert_eq!(
        seen.len(),
        total,
        "offsets 0, 10, 20 are records: every employee exactly once"
    );
    let too_many = api.get("/v1/company/employees?limit=101").await;
    assert_eq!(too_many.status, 400, "limit above 100 is refused");
    assert_eq!(
        too_many.json()["success"],
        json!(false),
        "with the v1 error envelope"
    );
}

#[tokio::test]
async fn time_offs_page_by_one_based_page_number() {
    let api = Api::start().await;
    let base = "/v1/company/time-offs?start_date=2024-01-01&end_date=2026-12-31&limit=25";
    let zero = api.ok(&format!("{base}&offset=0")).await;
    let one = api.ok(&format!("{base}&offset=1")).await;
    assert_eq!(ids(&zero), ids(&one), "offset 0 is treated as page 1");
    let total_pages = one["metadata"]["total_pages"].as_u64().expect("number");
    assert!(
        total_pages >= 3,
        "the demo company has several pages at limit 25: {total_pages}"
    );
    let mut seen = HashSet::new();
    for page in 1..=total_pages {
        let body = api.ok(&format!("{base}&offset={page}")).await;
        assert_eq!(
            body["metadata"]["current_page"],
            json!(page),
            "current_page is the page asked"
        );
        seen.extend(ids(&body).into_iter().map(|id| id.to_string()));
    }
    assert_eq!(
        seen.len() as u64,
        one["metadata"]["total_elements"].as_u64().expect("number"),
        "pages 1..=total_pages hold every period once"
    );
    let past = api.ok(&format!("{base}&offset={}", total_pages + 1)).await;
    assert!(data(&past).is_empty(), "a page past the end is empty");
    let too_many = api.get("/v1/company/time-offs?limit=201").await;
    assert_eq!(too_many.status, 400, "limit above 200 is refused");
}

#[tokio::test]
async fn time_offs_only_come_back_when_fully_inside_the_window() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let period = api
        .sandbox
        .time_offs_of(anna)
        .into_iter()
        .find(|t| t.start < t.end && t.end - t.start >= chrono::Duration::days(4))
        .expect("Anna has a multi-day period");
    let query = |from: chrono::NaiveDate, to: chrono::NaiveDate| {
        format!("/v1/company/time-offs?employees[]={anna}&start_date={from}&end_date={to}")
    };
    let exact = api.ok(&query(period.start, period.end)).await;
    assert!(
        ids(&exact).contains(&json!(period.id)),
        "a window equal to the period includes it"
    );
    let cut = api
        .ok(&query(period.start, period.end.pred_opt().expect("day")))
        .await;
    assert!(
        !ids(&cut).contains(&json!(period.id)),
        "a window ending inside the period leaves it out, like the real API"
    );
}

#[tokio::test]
async fn employees_filter_returns_only_their_absences() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let body = api
        .ok(&format!(
            "/v1/company/time-offs?employees[]={anna}&start_date=2024-06-01&end_date=2026-06-30"
        ))
        .await;
    let owners: HashSet<Value> = data(&body)
        .iter()
        .map(|t| t["attributes"]["employee"]["attributes"]["id"]["value"].clone())
        .collect();
    assert_eq!(
        owners,
        HashSet::from([json!(anna)]),
        "employees[] filters to that employee"
    );
    assert_eq!(
        data(&body).len(),
        api.sandbox.time_offs_of(anna).len(),
        "all of Anna's seeded periods lie inside ±12 months"
    );
}

#[tokio::test]
async fn absence_periods_page_like_time_offs() {
    let api = Api::start().await;
    let anna = api.demo_id();
    let base = format!("/v1/company/absence-periods?employees[]={anna}&limit=2");
    let zero = api.ok(&format!("{base}&offset=0")).await;
    let one = api.ok(&format!("{base}&offset=1")).await;
    assert_eq!(ids(&zero), ids(&one), "offset 0 is page 1 here too");
    assert_eq!(data(&one).len(), 2, "limit 2 gives two periods");
    assert_eq!(
        one["metadata"]["total_pages"],
        json!(2),
        "Anna's 4 hour-based absences make 2 pages"
    );
}

#[tokio::test]
async fn email_filter_is_exact_unless_switched_off() {
    let api = Api::start().await;
    let email = api.sandbox.credentials().email;
    let found = api
        .ok(&format!("/v1/company/employees?email={email}"))
        .await;
    assert_eq!(
        data(&found).len(),
        1,
        "the filter finds exactly the demo employee"
    );
    assert_eq!(
        data(&found)[0]["attributes"]["email"]["value"],
        json!(email),
        "and it is the right one"
    );
    let shouted = api
        .ok(&format!(
            "/v1/company/employees?email={}",
            email.to_uppercase()
        ))
        .await;
    assert!(
        data(&shouted).is_empty(),
        "another case finds nothing: the client must fall back"
    );
    api.sandbox.set_formats(Formats {
        email_filter: EmailFilter::Ignored,
        ..Formats::default()
    });
    let ignored = api
        .ok(&format!("/v1/company/employees?email={email}&limit=5"))
        .await;
    assert_eq!(
        data(&ignored).len(),
        5,
        "an ignored filter returns a normal page"
    );
}
