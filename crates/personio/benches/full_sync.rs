//! How long a full sync's reads take against a Personio with 100 ms latency, and how many
//! sequential round trips they cost.
//!
//! A sync reads auth, the employee (with schedule), 13 months of day and hour absences, the
//! types and the balance. Latency, not bandwidth, dominates a desktop sync, so the number that
//! matters is the count of request "waves" that must wait for each other. Waves are computed from
//! the sandbox's request log: requests sorted by start, overlapping intervals merged. Goals: at
//! most 4 waves on a first sync (no token), at most 2 with a valid token.
//!
//! Run with `cargo bench -p stint-personio`.

use std::time::{Duration, Instant};

use chrono::{Months, NaiveDate};
use stint_personio::{ClientConfig, Credentials, Personio};
use stint_sandbox::{sequential_waves, Sandbox, SandboxConfig};

const RUNS: usize = 7;
const LATENCY: Duration = Duration::from_millis(100);

struct Run {
    wall: Duration,
    requests: usize,
    waves: usize,
}

async fn sync(
    sandbox: &Sandbox,
    client: &Personio,
    email: &str,
    window: (NaiveDate, NaiveDate),
) -> Run {
    sandbox.reset_counters();
    let started = Instant::now();
    let snapshot = client
        .fetch_snapshot(email, window)
        .await
        .expect("the demo sync succeeds");
    let wall = started.elapsed();
    assert!(
        !snapshot.time_offs.is_empty(),
        "the benchmark must read real data"
    );
    let log = sandbox.requests();
    Run {
        wall,
        requests: log.len(),
        waves: sequential_waves(&log),
    }
}

fn median(runs: &mut [Run]) -> &Run {
    runs.sort_by_key(|r| r.wall);
    &runs[runs.len() / 2]
}

fn report(name: &str, goal: usize, runs: &mut [Run]) {
    let walls: Vec<u128> = runs.iter().map(|r| r.wall.as_millis()).collect();
    let worst_waves = runs.iter().map(|r| r.waves).max().unwrap_or(0);
    let m = median(runs);
    println!(
        "{name:<28} median wall {:>5} ms | requests {:>2} | sequential round trips {} (worst {worst_waves}, goal ≤ {goal}) {} | all walls (ms): {walls:?}",
        m.wall.as_millis(),
        m.requests,
        m.waves,
        if worst_waves <= goal { "OK" } else { "MISSED" },
    );
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 12).expect("valid date");
    let sandbox = Sandbox::start_in_background(SandboxConfig {
        latency: LATENCY,
        today,
        ..SandboxConfig::default()
    })
    .expect("the sandbox starts on loopback");
    let demo = sandbox.credentials();
    let window = (
        today.checked_sub_months(Months::new(12)).expect("valid"),
        today.checked_add_months(Months::new(1)).expect("valid"),
    );
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let (mut first, mut second) = runtime.block_on(async {
        let mut first = Vec::new();
        let mut second = Vec::new();
        for _ in 0..RUNS {
            let credentials = Credentials::new(demo.client_id.clone(), demo.client_secret.clone());
            let client =
                Personio::new(credentials, ClientConfig::with_base_url(sandbox.base_url()))
                    .expect("loopback is allowed");
            first.push(sync(&sandbox, &client, &demo.email, window).await);
            second.push(sync(&sandbox, &client, &demo.email, window).await);
        }
        (first, second)
    });
    println!(
        "full sync: 13 months of absences, {} ms latency per request, {RUNS} runs",
        LATENCY.as_millis()
    );
    report("first sync (no token)", 4, &mut first);
    report("second sync (valid token)", 2, &mut second);
    sandbox.shutdown();
}
