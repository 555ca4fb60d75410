//! `GET /v2/absence-periods` and `/breakdowns`: the v1 absences of the demo employee in v2
//! shapes, both filter spellings with overlap semantics, and both next-link styles.

use chrono::Days;
use serde_json::Value;
use stint_sandbox::{NextLinks, V2Options};

use crate::v2_harness::V2;

fn by_id<'a>(items: &'a [Value], id: &str) -> &'a Value {
    items
        .iter()
        .find(|i| i["id"] == id)
        .unwrap_or_else(|| panic!("period {id} is listed"))
}

#[tokio::test]
async fn the_v1_absences_come_back_with_half_days_and_upper_case_status() {
    let v2 = V2::start().await;
    let body = v2
        .ok(&format!(
            "/v2/absence-periods?person.id={}&limit=100",
            v2.person()
        ))
        .await;
    let items = body["_data"].as_array().expect("_data is a list");
    let days = v2.sandbox.time_offs_of(v2.demo_id());
    let hours = v2.sandbox.absence_periods_of(v2.demo_id());
    assert_eq!(
        items.len(),
        days.len() + hours.len(),
        "day and hour based, as v1 serves them"
    );
    for t in &days {
        let item = by_id(items, &t.id.to_string());
        let first = if t.half_day_start {
            "SECOND_HALF"
        } else {
            "FIRST_HALF"
        };
        let last = if t.half_day_end {
            "FIRST_HALF"
        } else {
            "SECOND_HALF"
        };
        assert_eq!(item["starts_from"]["type"], first, "start half of {item}");
        assert_eq!(item["ends_at"]["type"], last, "end half of {item}");
        assert_eq!(
            item["starts_from"]["date_time"],
            format!("{}T00:00:00", t.start),
            "no offset"
        );
        assert_eq!(
            item["status"],
            t.status.as_str().to_uppercase(),
            "status upper case"
        );
        assert_eq!(item["person"]["id"], v2.person(), "the v2 person id");
    }
    let fortbildung = hours
        .iter()
        .find(|p| p.type_name == "Fortbildung")
        .expect("seeded");
    let item = by_id(items, &fortbildung.id);
    assert_eq!(
        item["starts_from"]["date_time"],
        format!("{}T13:00:00", fortbildung.start.date()),
        "hour based carry times"
    );
    assert!(
        v2.get("/v2/absence-periods?starts_from.gte=2025-06-01T00:00:00Z")
            .await
            .status
            == 400,
        "a Z is refused"
    );
}

#[tokio::test]
async fn both_filter_spellings_select_overlapping_periods() {
    let v2 = V2::start().await;
    let days = v2.sandbox.time_offs_of(v2.demo_id());
    let long = days
        .iter()
        .find(|t| t.end > t.start + Days::new(3))
        .expect("a long absence");
    let (from, to) = (long.start + Days::new(1), long.end);
    for (gte, lte) in [
        ("starts_from.gte", "ends_at.lte"),
        ("start.date_time.gte", "end.date_time.lte"),
    ] {
        let path = format!(
            "/v2/absence-periods?person.id={}&{gte}={from}T00:00:00&{lte}={to}T23:59:59",
            v2.person()
        );
        let body = v2.ok(&path).await;
        let ids: Vec<&str> = body["_data"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|i| i["id"].as_str())
            .collect();
        assert_eq!(
            ids,
            vec![long.id.to_string()],
            "{gte}/{lte}: the period starting before the window overlaps it"
        );
    }
}

#[tokio::test]
async fn cursor_paging_with_absolute_and_relative_links() {
    let v2 = V2::start().await;
    let path = format!("/v2/absence-periods?person.id={}&limit=3", v2.person());
    let (paged, hrefs) = v2.all(&path).await;
    let whole = v2
        .ok(&format!(
            "/v2/absence-periods?person.id={}&limit=100",
            v2.person()
        ))
        .await;
    assert_eq!(
        &paged,
        whole["_data"].as_array().expect("list"),
        "pages add up to the whole list"
    );
    assert!(
        hrefs.iter().all(|h| h.starts_with(&v2.sandbox.base_url())),
        "absolute by default: {hrefs:?}"
    );
    assert!(
        hrefs.iter().all(|h| h.contains("limit=3")),
        "the query is kept: {hrefs:?}"
    );

    v2.sandbox.set_v2_options(V2Options {
        next_links: NextLinks::Relative,
        ..V2Options::default()
    });
    let (again, hrefs) = v2.all(&path).await;
    assert_eq!(again, paged, "the same items with relative links");
    assert!(
        hrefs.iter().all(|h| h.starts_with("/v2/absence-periods?")),
        "relative: {hrefs:?}"
    );
    assert_eq!(
        v2.get("/v2/absence-periods?limit=101").await.status,
        400,
        "limit ≤ 100"
    );
}

#[tokio::test]
async fn breakdowns_give_minutes_per_day() {
    let v2 = V2::start().await;
    let hours = v2.sandbox.absence_periods_of(v2.demo_id());
    let fortbildung = hours
        .iter()
        .find(|p| p.breakdowns.len() == 2)
        .expect("a two-day period");
    let body = v2
        .ok(&format!(
            "/v2/absence-periods/{}/breakdowns",
            fortbildung.id
        ))
        .await;
    let got: Vec<(String, u64)> = body["_data"]
        .as_array()
        .expect("list")
        .iter()
        .map(|b| {
            (
                b["date"].as_str().expect("date").to_owned(),
                b["effective_duration"].as_u64().expect("minutes"),
            )
        })
        .collect();
    let want: Vec<(String, u64)> = fortbildung
        .breakdowns
        .iter()
        .map(|(d, m)| (d.to_string(), u64::from(*m)))
        .collect();
    assert_eq!(got, want, "the same minutes v1 sends inline");

    let days = v2.sandbox.time_offs_of(v2.demo_id());
    let half = days
        .iter()
        .find(|t| t.half_day_start && t.end > t.start)
        .expect("a half first day");
    let body = v2
        .ok(&format!("/v2/absence-periods/{}/breakdowns", half.id))
        .await;
    assert_eq!(
        body["_data"][0]["effective_duration"], 240,
        "half of an 8 h day: {body}"
    );
    assert_eq!(
        body["_data"][1]["effective_duration"], 480,
        "then whole days: {body}"
    );
    let too_many = format!("/v2/absence-periods/{}/breakdowns?limit=29", half.id);
    assert_eq!(
        v2.get(&too_many).await.status,
        400,
        "breakdowns take limit ≤ 28"
    );
    assert_eq!(
        v2.get("/v2/absence-periods/nope/breakdowns").await.status,
        404,
        "unknown period"
    );
}

#[tokio::test]
async fn a_period_deleted_between_syncs_is_gone_from_v1_and_v2() {
    let v2 = V2::start().await;
    let first = v2.sandbox.time_offs_of(v2.demo_id())[0].id;
    assert!(v2.sandbox.delete_time_off(first), "the period existed");
    let body = v2
        .ok(&format!(
            "/v2/absence-periods?person.id={}&limit=100",
            v2.person()
        ))
        .await;
    let ids: Vec<&str> = body["_data"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|i| i["id"].as_str())
        .collect();
    assert!(
        !ids.contains(&first.to_string().as_str()),
        "one company behind both versions: {ids:?}"
    );
    let path = format!("/v2/absence-periods/{first}/breakdowns");
    assert_eq!(
        v2.get(&path).await.status,
        404,
        "its breakdowns are gone too"
    );
}
