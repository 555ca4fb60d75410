//! Benchmark: the attendance issue's two goals at 100 ms latency per request, against the
//! sandbox over loopback, each next to its reference measured in the same run.
//!
//! 1. **First full sync** (connect): v1 (employee with schedule, time-offs, absence periods,
//!    types, balance) and v2 (token, person, absence periods with breakdowns, 13 months of
//!    attendances) into SQLite. Goal: ≤ 4 sequential round trips and ≤ 0.7 s. Reference: the v1
//!    snapshot alone (what a sync cost before v2).
//! 2. **Pushing 20 entries** to Personio with recording on. Goal: ≤ 2 s without tripping
//!    Personio's 150 calls a minute. Reference: 20 creates sent one after another through the
//!    client.
//!
//! Prints medians with min–max. Run with `cargo bench -p stint-core --bench attendances`.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::{Datelike, Months, NaiveDate, Weekday};
use stint_core::clock::SystemClock;
use stint_core::vault::{SecretVault, VaultError};
use stint_core::{Boundaries, Stint};
use stint_model::{ConnectRequest, TimeEntryInput};
use stint_personio::{AttendanceKind, ClientConfig, Credentials, NewAttendance, Personio, Secret};
use stint_sandbox::{sequential_waves, Sandbox, SandboxConfig};

const RUNS: usize = 5;
const LATENCY: Duration = Duration::from_millis(100);
const ENTRIES: usize = 20;

/// The secret in memory: the keyring is not what is measured here.
#[derive(Debug, Default)]
struct MemoryVault(Mutex<Option<String>>);

impl SecretVault for MemoryVault {
    fn store(&self, secret: &Secret) -> Result<(), VaultError> {
        *self.0.lock().expect("vault lock") = Some(secret.expose().to_owned());
        Ok(())
    }
    fn load(&self) -> Result<Option<Secret>, VaultError> {
        Ok(self.0.lock().expect("vault lock").clone().map(Secret::new))
    }
    fn delete(&self) -> Result<(), VaultError> {
        *self.0.lock().expect("vault lock") = None;
        Ok(())
    }
}

struct Run {
    wall: Duration,
    requests: usize,
    waves: usize,
}

fn measured(sandbox: &Sandbox, started: Instant) -> Run {
    let wall = started.elapsed();
    let log = sandbox.requests();
    Run {
        wall,
        requests: log.len(),
        waves: sequential_waves(&log),
    }
}

fn report(name: &str, runs: &mut [Run], goal: &str) {
    runs.sort_by_key(|r| r.wall);
    let (min, max) = (
        runs[0].wall.as_millis(),
        runs[runs.len() - 1].wall.as_millis(),
    );
    let m = &runs[runs.len() / 2];
    println!(
        "{name:<40} median {:>5} ms (min {min} – max {max}) | requests {:>3} | sequential round trips {:>2} | {goal}",
        m.wall.as_millis(),
        m.requests,
        m.waves,
    );
}

fn open(dir: &std::path::Path) -> Stint {
    Stint::open_with(
        dir,
        Boundaries {
            vault: Arc::new(MemoryVault::default()),
            clock: Arc::new(SystemClock),
            client_config: ClientConfig::default(),
        },
    )
    .expect("a temp data dir opens")
}

/// Thirteen months of worked weekdays for the demo employee, as if booked in Personio.
fn seed_attendances(sandbox: &Sandbox, today: NaiveDate) {
    let employee = sandbox
        .employees()
        .into_iter()
        .find(|e| e.email == sandbox.credentials().email)
        .expect("the demo employee");
    let mut day = today.checked_sub_months(Months::new(13)).expect("a date");
    let known: std::collections::HashSet<NaiveDate> = sandbox
        .attendances_of(employee.id)
        .iter()
        .map(|p| p.start.date())
        .collect();
    while day < today {
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !known.contains(&day) {
            sandbox.add_attendance(stint_sandbox::NewAttendance {
                employee_id: employee.id,
                kind: stint_sandbox::AttendanceKind::Work,
                start: day.and_hms_opt(8, 30, 0).expect("a time"),
                end: Some(day.and_hms_opt(16, 30, 0).expect("a time")),
                status: stint_sandbox::AttendanceStatus::Confirmed,
            });
        }
        day += chrono::Duration::days(1);
    }
}

fn main() {
    let today = chrono::Local::now().date_naive();
    let sandbox = Sandbox::start_in_background(SandboxConfig {
        latency: LATENCY,
        today,
        ..SandboxConfig::default()
    })
    .expect("the sandbox starts on loopback");
    seed_attendances(&sandbox, today);
    let demo = sandbox.credentials();
    let request = ConnectRequest {
        client_id: demo.client_id.clone(),
        client_secret: demo.client_secret.clone(),
        email: demo.email.clone(),
        base_url: Some(sandbox.base_url()),
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let (mut syncs, mut v1_only, mut pushes, mut sequential) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let mut periods_read = 0;
    runtime.block_on(async {
        for run in 0..RUNS {
            // Reference: the v1 snapshot alone, as a sync read before v2.
            let client = Personio::new(
                Credentials::new(demo.client_id.clone(), demo.client_secret.clone()),
                ClientConfig::with_base_url(sandbox.base_url()),
            )
            .expect("loopback is allowed");
            let window = (
                today.checked_sub_months(Months::new(12)).expect("a date"),
                today.checked_add_months(Months::new(12)).expect("a date"),
            );
            sandbox.reset_counters();
            let started = Instant::now();
            client
                .fetch_snapshot(&demo.email, window)
                .await
                .expect("v1 reads");
            v1_only.push(measured(&sandbox, started));

            // The first full sync of a new data folder.
            let dir = tempfile::tempdir().expect("a temp dir");
            let stint = open(dir.path());
            sandbox.reset_counters();
            let started = Instant::now();
            stint.connect(&request).await.expect("the demo connects");
            syncs.push(measured(&sandbox, started));
            let (from, to) = stint.sync_window();
            periods_read = stint.time_entries(from, to).expect("entries").len();

            // Reference: 20 creates one after another, straight through the client.
            let person = client
                .person_by_email(&demo.email)
                .await
                .expect("the person")
                .id;
            let base = today + chrono::Duration::days(40 + 60 * run as i64);
            sandbox.reset_counters();
            let started = Instant::now();
            for i in 0..ENTRIES {
                let day = base + chrono::Duration::days(i as i64);
                client
                    .create_attendance(&NewAttendance {
                        person_id: person.clone(),
                        kind: AttendanceKind::Work,
                        start: day.and_hms_opt(8, 0, 0).expect("a time"),
                        end: Some(day.and_hms_opt(9, 0, 0).expect("a time")),
                        comment: None,
                        skip_approval: false,
                    })
                    .await
                    .expect("creates");
            }
            sequential.push(measured(&sandbox, started));

            // Stint's push of 20 new entries.
            stint
                .config_set("record_in_personio", "on")
                .expect("recording on");
            for i in 0..ENTRIES {
                let day = base + chrono::Duration::days(i as i64);
                stint
                    .add_time_entry(&TimeEntryInput {
                        date: day,
                        start: Some("10:00".into()),
                        end: Some("12:00".into()),
                        minutes: None,
                        note: String::new(),
                    })
                    .expect("adds");
            }
            sandbox.reset_counters();
            let started = Instant::now();
            let pushed = stint.push_outbox(false).await.expect("pushes");
            assert_eq!(
                pushed.created as usize, ENTRIES,
                "every entry reached Personio: {pushed:?}"
            );
            pushes.push(measured(&sandbox, started));
        }
    });
    println!(
        "attendances: {} ms latency per request, {RUNS} runs, {periods_read} entries in the window after the first sync",
        LATENCY.as_millis()
    );
    report("reference: v1 snapshot alone", &mut v1_only, "(before v2)");
    report(
        "first full sync (v1 + v2, into SQLite)",
        &mut syncs,
        "goal ≤ 4 round trips, ≤ 700 ms",
    );
    report(
        "reference: 20 creates one by one",
        &mut sequential,
        "(client, sequential)",
    );
    report(
        "push of 20 entries",
        &mut pushes,
        "goal ≤ 2000 ms, < 150 requests a minute",
    );
    sandbox.shutdown();
}
