//! Shared set-up of the integration tests: a sandbox on loopback and a client pointed at it.
//!
//! Retry delays are shrunk so fault tests run in milliseconds, the read timeout is short so a
//! delayed answer times out quickly, and every await runs under a hard deadline: a client that
//! loops forever fails its test instead of hanging the suite.

#![allow(dead_code)]

use std::future::Future;
use std::time::Duration;

use chrono::{Days, NaiveDate};
use stint_personio::{ClientConfig, Credentials, Personio, RetryPolicy};
use stint_sandbox::{Formats, Sandbox, SandboxConfig};

/// A fixed "today" so the demo company is the same on every run.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 12).expect("valid date")
}

/// Today ± six months: what a sync typically asks for.
pub fn window() -> (NaiveDate, NaiveDate) {
    (
        today().checked_sub_days(Days::new(183)).expect("valid"),
        today().checked_add_days(Days::new(183)).expect("valid"),
    )
}

pub fn fast_config(base_url: String) -> ClientConfig {
    ClientConfig {
        base_url,
        connect_timeout: Duration::from_secs(2),
        read_timeout: Duration::from_millis(700),
        retry: RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(40),
            max_retry_after: Duration::from_secs(2),
        },
        ..ClientConfig::default()
    }
}

pub async fn sandbox_with(formats: Formats) -> Sandbox {
    Sandbox::start(SandboxConfig {
        today: today(),
        formats,
        ..SandboxConfig::default()
    })
    .await
    .expect("the sandbox binds a free loopback port")
}

pub async fn sandbox() -> Sandbox {
    sandbox_with(Formats::default()).await
}

pub fn client(sandbox: &Sandbox) -> Personio {
    let demo = sandbox.credentials();
    let credentials = Credentials::new(demo.client_id, demo.client_secret);
    Personio::new(credentials, fast_config(sandbox.base_url())).expect("loopback http is allowed")
}

pub fn email(sandbox: &Sandbox) -> String {
    sandbox.credentials().email
}

/// Awaits `future`, failing the test if it takes longer than 20 s (an endless loop or retry).
pub async fn bounded<T>(future: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(20), future)
        .await
        .expect("the client must finish in bounded time, never loop or retry forever")
}

/// The id of the demo employee (the first one).
pub fn demo_employee_id(sandbox: &Sandbox) -> u64 {
    let id = sandbox.employees()[0].id;
    u64::try_from(id).expect("demo ids are positive")
}
