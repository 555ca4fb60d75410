//! `GET /v2/attendance-periods`: the demo employee's months of office days since 1 January,
//! with every approval state, filters and cursor paging.

use crate::v2_harness::V2;

#[tokio::test]
async fn months_of_office_days_in_every_approval_state() {
    let v2 = V2::start().await;
    let path = format!("/v2/attendance-periods?person.id={}&limit=100", v2.person());
    let (all, hrefs) = v2.all(&path).await;
    assert!(
        all.len() > 300,
        "five months of days (1 January to 3 June), three periods or more each: {}",
        all.len()
    );
    assert!(hrefs.len() >= 3, "several pages of 100: {}", hrefs.len());
    let count = |status: &str| all.iter().filter(|p| p["status"] == status).count();
    assert_eq!(count("PENDING"), 1, "one pending");
    assert_eq!(count("REJECTED"), 1, "one rejected");
    assert_eq!(count("EXPIRED"), 1, "one expired");
    assert!(count("CONFIRMED") > all.len() - 5, "most confirmed");
    let first = &all[0];
    let start = first["start"]["date_time"].as_str().expect("start");
    assert!(
        first["type"] == "WORK"
            && start.starts_with("2025-01-02T")
            && ("2025-01-02T07:30:00"..="2025-01-02T09:30:00").contains(&start),
        "the first working day of the year starts between 07:30 and 09:30: {first}"
    );
    assert_eq!(
        all[1]["type"], "BREAK",
        "a lunch break follows the morning: {}",
        all[1]
    );
    assert_eq!(
        all.len(),
        v2.sandbox.attendances_of(v2.demo_id()).len(),
        "the API shows what the sandbox holds"
    );
}

#[tokio::test]
async fn filters_by_start_range_and_status() {
    let v2 = V2::start().await;
    let person = v2.person();
    let day = v2.ok(&format!(
        "/v2/attendance-periods?person.id={person}&start.date_time.gte=2025-06-03T00:00:00&start.date_time.lte=2025-06-03T23:59:59"
    )).await;
    let periods = day["_data"].as_array().expect("a list");
    assert!(
        periods.len() >= 3
            && periods.iter().all(|p| p["start"]["date_time"]
                .as_str()
                .is_some_and(|s| s.starts_with("2025-06-03T"))),
        "one day: work, lunch, work (and a second break on some days), nothing of other days: \
         {day}"
    );
    let pending = v2
        .ok(&format!(
            "/v2/attendance-periods?person.id={person}&status=pending"
        ))
        .await;
    assert_eq!(
        pending["_data"].as_array().map(Vec::len),
        Some(1),
        "status filters, any case"
    );
    let other = v2
        .ok(&format!(
            "/v2/attendance-periods?person.id={}",
            v2.demo_id()
        ))
        .await;
    assert_eq!(
        other["_data"],
        serde_json::json!([]),
        "the v1 id is no person id"
    );
    assert_eq!(
        v2.get("/v2/attendance-periods?start.gte=2025-06-03T00:00:00Z")
            .await
            .status,
        400,
        "no Z"
    );
}

#[tokio::test]
async fn periods_added_or_approved_in_personio_show_up() {
    use stint_sandbox::{AttendanceKind, AttendanceStatus, NewAttendance};
    let v2 = V2::start().await;
    let at = |h| {
        crate::common::today()
            .and_hms_opt(h, 0, 0)
            .expect("valid time")
    };
    let id = v2.sandbox.add_attendance(NewAttendance {
        employee_id: v2.demo_id(),
        kind: AttendanceKind::Work,
        start: at(8),
        end: Some(at(9)),
        status: AttendanceStatus::Pending,
    });
    assert!(
        v2.sandbox
            .set_attendance_status(&id, AttendanceStatus::Rejected),
        "the period exists"
    );
    let path = format!(
        "/v2/attendance-periods?person.id={}&start.gte={}",
        v2.person(),
        crate::common::today()
    );
    let body = v2.ok(&path).await;
    assert_eq!(
        body["_data"][0]["id"],
        id.as_str(),
        "added in Personio, listed: {body}"
    );
    assert_eq!(
        body["_data"][0]["status"], "REJECTED",
        "the manager's decision shows"
    );
    assert!(v2.sandbox.delete_attendance(&id), "deleted in Personio");
    assert_eq!(
        v2.ok(&path).await["_data"],
        serde_json::json!([]),
        "and gone from the list"
    );
}
