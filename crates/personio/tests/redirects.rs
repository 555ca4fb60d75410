//! Issue 12: a redirect never carries the secret or the token anywhere. Personio's API does not
//! redirect; a `307` from `/v1/auth` to a plain-http address used to make the client post the
//! client secret there. Now a 3xx is an error naming the status and the `Location`, and the
//! redirect target receives nothing at all.

mod common;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use common::{bounded, client, demo_employee_id, sandbox, window};
use stint_personio::PersonioError;
use stint_sandbox::{Endpoint, Fault};
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;

/// A loopback server that only counts: connections accepted and bytes received.
struct Target {
    url: String,
    connections: Arc<AtomicUsize>,
    bytes: Arc<AtomicUsize>,
}

impl Target {
    async fn start() -> Target {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("loopback port");
        let url = format!("http://{}/collect", listener.local_addr().expect("address"));
        let connections = Arc::new(AtomicUsize::new(0));
        let bytes = Arc::new(AtomicUsize::new(0));
        let (seen, read) = (connections.clone(), bytes.clone());
        tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                seen.fetch_add(1, Ordering::SeqCst);
                let read = read.clone();
                tokio::spawn(async move {
                    let mut buffer = [0u8; 4096];
                    while let Ok(n @ 1..) = stream.read(&mut buffer).await {
                        read.fetch_add(n, Ordering::SeqCst);
                    }
                });
            }
        });
        Target {
            url,
            connections,
            bytes,
        }
    }

    /// Waits a moment for anything in flight, then asserts nothing arrived.
    async fn assert_untouched(&self, why: &str) {
        tokio::time::sleep(Duration::from_millis(200)).await;
        assert_eq!(
            (
                self.connections.load(Ordering::SeqCst),
                self.bytes.load(Ordering::SeqCst)
            ),
            (0, 0),
            "the redirect target must receive no connection and no byte: {why}"
        );
    }
}

#[tokio::test]
async fn a_307_from_auth_sends_nothing_to_the_location_and_names_it() {
    let sandbox = sandbox().await;
    let target = Target::start().await;
    sandbox.inject(
        Endpoint::Auth,
        Fault::Redirect {
            status: 307,
            location: target.url.clone(),
        },
        None,
    );
    let error = bounded(client(&sandbox).authenticate())
        .await
        .expect_err("a redirect is not a token");
    target
        .assert_untouched("following a 307 would re-post the client secret there")
        .await;
    assert!(
        matches!(error, PersonioError::Redirected { status: 307, .. }),
        "a 3xx is its own error, got {error:?}"
    );
    let message = error.to_string();
    assert!(
        message.contains("307 Temporary Redirect") && message.contains(&target.url),
        "the message names the status and the Location, so the user can check the base URL: \
         {message}"
    );
    assert!(
        message.contains("check the base URL"),
        "and says what to do: {message}"
    );
    let secret = sandbox.credentials().client_secret;
    assert!(
        !message.contains(&secret) && !format!("{error:?}").contains(&secret),
        "the error never holds the client secret"
    );
    assert_eq!(error.code(), "personio_redirected", "a code of its own");
    assert_eq!(
        sandbox.request_count(Endpoint::Auth),
        1,
        "a redirect is not retried"
    );
}

#[tokio::test]
async fn a_redirect_of_a_read_sends_no_token_anywhere() {
    for status in [301, 302, 303, 308] {
        let sandbox = sandbox().await;
        let target = Target::start().await;
        let client = client(&sandbox);
        bounded(client.authenticate()).await.expect("auth works");
        sandbox.inject(
            Endpoint::TimeOffs,
            Fault::Redirect {
                status,
                location: target.url.clone(),
            },
            None,
        );
        let error = bounded(client.time_offs(demo_employee_id(&sandbox), window()))
            .await
            .expect_err("a redirect is not a list of absences");
        target
            .assert_untouched("following would send the bearer token there")
            .await;
        assert!(
            matches!(error, PersonioError::Redirected { status: s, ref location, .. }
                if s == status && *location == target.url),
            "{status} is reported with its Location, got {error:?}"
        );
        assert!(
            error.to_string().contains("time-offs"),
            "the message names the endpoint: {error}"
        );
    }
}

#[tokio::test]
async fn a_redirect_without_location_is_still_an_error() {
    let sandbox = sandbox().await;
    sandbox.inject(
        Endpoint::Auth,
        Fault::Redirect {
            status: 302,
            location: String::new(),
        },
        None,
    );
    let error = bounded(client(&sandbox).authenticate())
        .await
        .expect_err("a redirect is not a token");
    assert!(
        error
            .to_string()
            .contains("302 Found to nowhere (no Location header)"),
        "an empty Location is still named as a redirect: {error}"
    );
}
