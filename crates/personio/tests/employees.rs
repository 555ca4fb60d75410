//! Employee lookup over loopback: every schedule format, the email fallback, missing attributes.

mod common;

use common::{bounded, client, email, sandbox, sandbox_with};
use stint_personio::PersonioError;
use stint_sandbox::{EmailFilter, Endpoint, Fault, Formats, ScheduleFormat};

#[tokio::test]
async fn every_schedule_format_gives_the_same_minutes() {
    for schedule in [
        ScheduleFormat::HoursMinutes,
        ScheduleFormat::IsoDurationObject,
        ScheduleFormat::IsoDurationString,
    ] {
        let sandbox = sandbox_with(Formats {
            schedule,
            ..Formats::default()
        })
        .await;
        let client = client(&sandbox);
        for demo in sandbox.employees() {
            let employee = bounded(client.employee_by_email(&demo.email))
                .await
                .unwrap();
            assert_eq!(
                employee.schedule.minutes,
                demo.weekly_minutes(),
                "{schedule:?}: {}'s schedule must read as the sandbox's minutes",
                demo.email
            );
            assert_eq!(
                employee.id,
                u64::try_from(demo.id).unwrap(),
                "the id is read from the wrapper"
            );
        }
    }
}

#[tokio::test]
async fn the_profile_card_fields_are_read() {
    let sandbox = sandbox().await;
    let demo = sandbox.employees()[0].clone();
    let employee = bounded(client(&sandbox).employee_by_email(&demo.email))
        .await
        .unwrap();
    assert_eq!(
        (employee.first_name.as_str(), employee.last_name.as_str()),
        (demo.first_name.as_str(), demo.last_name.as_str()),
        "names come from the wrapped attributes"
    );
    assert_eq!(
        employee.position.as_deref(),
        Some(demo.position.as_str()),
        "position is read"
    );
    assert_eq!(
        employee.department.as_deref(),
        Some(demo.department.as_str()),
        "department object gives its name"
    );
}

#[tokio::test]
async fn the_email_filter_is_used_first() {
    let sandbox = sandbox().await;
    bounded(client(&sandbox).employee_by_email(&email(&sandbox)))
        .await
        .unwrap();
    assert_eq!(
        sandbox.request_count(Endpoint::Employees),
        1,
        "with a working filter the lookup is one request, no paging"
    );
}

#[tokio::test]
async fn a_differently_cased_email_is_found_through_the_fallback() {
    let sandbox = sandbox().await;
    let wanted = email(&sandbox).to_uppercase();
    let employee = bounded(client(&sandbox).employee_by_email(&format!("  {wanted} ")))
        .await
        .unwrap();
    assert_eq!(
        employee.email.to_lowercase(),
        email(&sandbox).to_lowercase(),
        "the case-sensitive filter finds nothing, the paged fallback compares case-insensitively"
    );
}

#[tokio::test]
async fn the_capitalised_employee_is_found_in_lower_case() {
    let sandbox = sandbox().await;
    let client = client(&sandbox);
    for demo in sandbox.employees() {
        let lower = demo.email.to_lowercase();
        let found = bounded(client.employee_by_email(&lower)).await.unwrap();
        assert_eq!(
            found.email, demo.email,
            "{lower} must find the employee stored as {}",
            demo.email
        );
    }
}

#[tokio::test]
async fn an_ignored_filter_falls_back_to_paging() {
    let sandbox = sandbox_with(Formats {
        email_filter: EmailFilter::Ignored,
        ..Formats::default()
    })
    .await;
    let client = client(&sandbox);
    let last = sandbox.employees().last().cloned().unwrap();
    let employee = bounded(client.employee_by_email(&last.email))
        .await
        .unwrap();
    assert_eq!(
        employee.id,
        u64::try_from(last.id).unwrap(),
        "when the server ignores ?email= the client must still pick the right employee"
    );
}

#[tokio::test]
async fn an_unknown_email_is_employee_not_found() {
    for email_filter in [EmailFilter::Works, EmailFilter::Ignored] {
        let sandbox = sandbox_with(Formats {
            email_filter,
            ..Formats::default()
        })
        .await;
        let error = bounded(client(&sandbox).employee_by_email("nobody@nowhere.example"))
            .await
            .unwrap_err();
        assert_eq!(
            error,
            PersonioError::EmployeeNotFound {
                email: "nobody@nowhere.example".into()
            },
            "{email_filter:?}: an address nobody has must say so, with the address"
        );
        assert!(
            error
                .to_string()
                .contains("no Personio employee has the email nobody@nowhere.example"),
            "the message names the email: {error}"
        );
    }
}

#[tokio::test]
async fn a_missing_work_schedule_names_the_attribute() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Employees,
        Fault::MissingAttribute("work_schedule".into()),
        None,
    );
    let error = bounded(client(&sandbox).verify(&email(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::MissingAttribute {
            attribute: "work_schedule".into()
        },
        "the user must learn which attribute to enable"
    );
    assert!(
        error
            .to_string()
            .contains("Settings → Integrations → API credentials → readable attributes"),
        "and where to enable it: {error}"
    );
}

#[tokio::test]
async fn a_missing_email_attribute_is_named_too() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Employees,
        Fault::MissingAttribute("email".into()),
        None,
    );
    let error = bounded(client(&sandbox).employee_by_email(&email(&sandbox)))
        .await
        .unwrap_err();
    assert_eq!(
        error,
        PersonioError::MissingAttribute {
            attribute: "email".into()
        },
        "without the email attribute the lookup cannot work"
    );
}

#[tokio::test]
async fn paging_numbers_as_strings_are_accepted() {
    let sandbox = sandbox_with(Formats {
        paging_as_strings: true,
        email_filter: EmailFilter::Ignored,
        ..Formats::default()
    })
    .await;
    let found = bounded(client(&sandbox).employee_by_email(&email(&sandbox))).await;
    assert!(
        found.is_ok(),
        "\"offset\": \"0\" must not break the lookup: {found:?}"
    );
}
