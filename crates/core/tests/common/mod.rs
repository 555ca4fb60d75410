//! Shared setup for the core's tests: a sandbox on loopback, a temp data dir, the real OS
//! keyring (in CI a gnome-keyring in a private D-Bus session, see `./x test`) and a client
//! config with short retry waits so fault tests finish quickly.

#![allow(dead_code)]

use std::path::Path;
use std::sync::Arc;
use std::time::Duration;
use stint_core::clock::SystemClock;
use stint_core::vault::{OsKeyring, SecretVault};
use stint_core::{Boundaries, Stint};
use stint_model::ConnectRequest;
use stint_personio::{ClientConfig, RetryPolicy};
use stint_sandbox::{Sandbox, SandboxConfig};

pub async fn sandbox() -> Sandbox {
    Sandbox::start(SandboxConfig::default())
        .await
        .expect("the sandbox binds a loopback port")
}

pub fn fast_client() -> ClientConfig {
    ClientConfig {
        read_timeout: Duration::from_secs(3),
        connect_timeout: Duration::from_secs(2),
        retry: RetryPolicy {
            max_retries: 2,
            base_delay: Duration::from_millis(10),
            max_delay: Duration::from_millis(50),
            max_retry_after: Duration::from_millis(50),
        },
        ..ClientConfig::default()
    }
}

/// A `Stint` on `dir` at `clock` (a test's manual clock), with the real keyring.
pub fn open_at(dir: &Path, clock: Arc<dyn stint_core::clock::Clock>) -> Stint {
    Stint::open_with(
        dir,
        Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(dir)),
            clock,
            client_config: fast_client(),
        },
    )
    .expect("a temp data dir opens")
}

pub fn open(dir: &Path) -> Stint {
    Stint::open_with(
        dir,
        Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(dir)),
            clock: Arc::new(SystemClock),
            client_config: fast_client(),
        },
    )
    .expect("a temp data dir opens")
}

/// Personio's absences as stored in the data folder's SQLite file (read with the store itself:
/// the core's API answers only in model types, and these tests check what is on disk).
pub fn stored_personio_absences(
    dir: &Path,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Vec<stint_store::StoredAbsence> {
    stint_store::Store::open(&dir.join(stint_core::DATABASE_FILE))
        .expect("the data folder's database opens")
        .personio_absences_between(from, to)
        .expect("absences read")
}

/// Opens `dir` like [`open`] but with the client configured as `client_config`.
pub fn open_with_client(dir: &Path, client_config: ClientConfig) -> Stint {
    Stint::open_with(
        dir,
        Boundaries {
            vault: Arc::new(OsKeyring::for_data_dir(dir)),
            clock: Arc::new(SystemClock),
            client_config,
        },
    )
    .expect("a temp data dir opens")
}

/// The timeline of the whole sync window as JSON text: what the user sees, to the byte.
pub fn timeline_text(stint: &Stint) -> String {
    let (from, to) = stint.sync_window();
    serde_json::to_string(&stint.timeline(from, to).expect("the timeline reads"))
        .expect("serializes")
}

pub fn keyring(dir: &Path) -> OsKeyring {
    OsKeyring::for_data_dir(dir)
}

pub fn secret_in_keyring(dir: &Path) -> Option<String> {
    keyring(dir)
        .load()
        .expect("the keyring answers")
        .map(|s| s.expose().to_owned())
}

pub fn demo_request(sandbox: &Sandbox) -> ConnectRequest {
    let creds = sandbox.credentials();
    ConnectRequest {
        client_id: creds.client_id,
        client_secret: creds.client_secret,
        email: creds.email,
        base_url: Some(sandbox.base_url()),
    }
}

/// Every byte of every file under `dir`, for secret scans.
pub fn all_bytes_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("dir readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(all_bytes_under(&path));
        } else {
            out.push((
                path.display().to_string(),
                std::fs::read(&path).unwrap_or_default(),
            ));
        }
    }
    out
}

/// A sandbox, a temp data dir and a `Stint` on it already connected to the demo company:
/// the starting point of most sync and lock tests.
pub async fn connected() -> (Sandbox, tempfile::TempDir, Stint) {
    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().expect("a temp dir");
    let stint = open(dir.path());
    stint
        .connect(&demo_request(&sandbox))
        .await
        .expect("the demo credentials connect");
    (sandbox, dir, stint)
}
