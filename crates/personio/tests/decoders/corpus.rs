//! The answers to garble: every JSON fixture, and what the sandbox serves in several formats.

use serde_json::Value;
use stint_personio::decode::Answer;
use stint_sandbox::{Formats, HalfDayFormat, OffsetFormat, Sandbox, SandboxConfig, ScheduleFormat};

/// One well-formed answer and the decoder it belongs to.
#[derive(Debug)]
pub struct Entry {
    pub name: String,
    pub answer: Answer,
    pub body: Vec<u8>,
}

/// Items kept per sandbox list: one shows every field (the fixtures have several items), and
/// every further one multiplies the inputs without reaching new code.
const ITEMS: usize = 1;

fn fixture_answer(file: &str) -> Answer {
    match file {
        f if f.starts_with("v2_auth") => Answer::V2Auth,
        f if f.starts_with("v2_persons") => Answer::V2Persons,
        f if f.starts_with("v2_absence_periods") => Answer::V2AbsencePeriods,
        f if f.starts_with("v2_breakdowns") => Answer::V2Breakdowns,
        f if f.starts_with("v2_attendance_periods") => Answer::V2AttendancePeriods,
        f if f.starts_with("v2_created") => Answer::V2Created,
        f if f.starts_with("v2_error") => Answer::V2Error,
        f if f.starts_with("auth_") => Answer::Auth,
        f if f.starts_with("employees_") => Answer::Employees,
        f if f.starts_with("time_offs_") => Answer::TimeOffs,
        f if f.starts_with("absence_periods") => Answer::AbsencePeriods,
        f if f.starts_with("time_off_types") => Answer::TimeOffTypes,
        f if f.starts_with("balance") => Answer::Balance,
        other => panic!("fixture {other} has no decoder; name it after its endpoint"),
    }
}

fn fixtures() -> Vec<Entry> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut all: Vec<Entry> = std::fs::read_dir(&dir)
        .expect("the fixtures folder exists")
        .map(|entry| entry.expect("readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let name = path
                .file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned();
            Entry {
                answer: fixture_answer(&name),
                body: std::fs::read(&path).expect("readable fixture"),
                name,
            }
        })
        .collect();
    all.sort_by(|a, b| a.name.cmp(&b.name));
    all
}

/// A list answer cut to its first items, its count made to agree, so mutations reach the items.
fn shortened(body: &[u8]) -> Vec<u8> {
    let Ok(mut value) = serde_json::from_slice::<Value>(body) else {
        return body.to_vec();
    };
    if let Some(items) = value.get_mut("data").and_then(Value::as_array_mut) {
        items.truncate(ITEMS);
        let n = items.len();
        if let Some(metadata) = value.get_mut("metadata").and_then(Value::as_object_mut) {
            metadata.insert("total_elements".into(), n.into());
            metadata.insert("total_pages".into(), 1.into());
            metadata.insert("current_page".into(), 1.into());
        }
    }
    value.to_string().into_bytes()
}

async fn sandbox_answers(formats: Formats, tag: &str) -> Vec<Entry> {
    let sandbox = Sandbox::start(SandboxConfig {
        today: chrono::NaiveDate::from_ymd_opt(2025, 3, 12).expect("valid"),
        formats,
        ..SandboxConfig::default()
    })
    .await
    .expect("the sandbox binds a loopback port");
    let base = sandbox.base_url();
    let http = reqwest::Client::new();
    let demo = sandbox.credentials();
    let auth = http
        .post(format!("{base}/v1/auth"))
        .json(
            &serde_json::json!({"client_id": demo.client_id, "client_secret": demo.client_secret}),
        )
        .send()
        .await
        .expect("auth answers")
        .bytes()
        .await
        .expect("auth body");
    let token: Value = serde_json::from_slice(&auth).expect("auth JSON");
    let token = token["data"]["token"].as_str().expect("a token").to_owned();
    let id = sandbox.employees()[0].id;
    let reads = [
        (
            Answer::Employees,
            format!("v1/company/employees?email={}", demo.email),
        ),
        (Answer::Employees, "v1/company/employees?limit=5".to_owned()),
        (
            Answer::TimeOffs,
            format!("v1/company/time-offs?employees[]={id}&limit=200"),
        ),
        (
            Answer::AbsencePeriods,
            format!("v1/company/absence-periods?employees[]={id}&limit=200"),
        ),
        (Answer::TimeOffTypes, "v1/company/time-off-types".to_owned()),
        (
            Answer::Balance,
            format!("v1/company/employees/{id}/absences/balance"),
        ),
        (Answer::ErrorMessage, "v1/company/nowhere".to_owned()),
    ];
    let mut all = vec![Entry {
        name: format!("sandbox {tag} auth"),
        answer: Answer::Auth,
        body: auth.to_vec(),
    }];
    for (answer, path) in reads {
        let body = http
            .get(format!("{base}/{path}"))
            .bearer_auth(&token)
            .send()
            .await
            .expect("the sandbox answers")
            .bytes()
            .await
            .expect("a body");
        all.push(Entry {
            name: format!("sandbox {tag} {path}"),
            answer,
            body: shortened(&body),
        });
    }
    all
}

/// Fixtures, then the sandbox in its default and its other wire formats.
pub async fn all() -> Vec<Entry> {
    let mut all = fixtures();
    all.extend(sandbox_answers(Formats::default(), "default").await);
    let other = Formats {
        schedule: ScheduleFormat::IsoDurationObject,
        half_day: HalfDayFormat::ZeroOne,
        offset: OffsetFormat::NoColon,
        paging_as_strings: true,
        ..Formats::default()
    };
    all.extend(sandbox_answers(other, "iso/0-1/+0100/strings").await);
    all
}
