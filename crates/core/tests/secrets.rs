//! The secret lives only in the OS keyring: not in SQLite, the settings file, or the logs.

mod common;

use common::*;
use std::io::Write;
use std::sync::{Arc, Mutex};
use stint_model::SyncTrigger;

/// A tracing writer that keeps everything written, so the test can scan the logs.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_secret_is_in_the_keyring_and_nowhere_in_the_data_dir_or_logs() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let sandbox = sandbox().await;
    let dir = tempfile::tempdir().unwrap();
    let stint = open(dir.path());
    let request = demo_request(&sandbox);
    stint.connect(&request).await.expect("connects");
    stint.sync(SyncTrigger::Manual).await.expect("syncs");
    // A failing sync too: error paths are where secrets leak.
    sandbox.inject(
        stint_sandbox::Endpoint::Employees,
        stint_sandbox::Fault::Status401,
        None,
    );
    sandbox.expire_tokens();
    let _ = stint.sync(SyncTrigger::Manual).await;

    let secret = request.client_secret.as_bytes();
    assert_eq!(
        secret_in_keyring(dir.path()).as_deref(),
        Some(request.client_secret.as_str()),
        "the keyring holds the secret"
    );
    let files = all_bytes_under(dir.path());
    assert!(
        files.iter().any(|(p, _)| p.ends_with("stint.sqlite3")),
        "the scan saw the database"
    );
    assert!(
        files.iter().any(|(p, bytes)| p.contains("stint.sqlite3")
            && bytes
                .windows(request.client_id.len())
                .any(|w| w == request.client_id.as_bytes())),
        "and the settings, client id included, in the database (or its WAL)"
    );
    for (path, bytes) in files {
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret),
            "the client secret must not be in {path}"
        );
    }
    let logs = logs.0.lock().unwrap();
    assert!(!logs.is_empty(), "the scan saw log output");
    assert!(
        !logs.windows(secret.len()).any(|w| w == secret),
        "the client secret must not be in the logs"
    );
}
