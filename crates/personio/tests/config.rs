//! Base URL rules and an unreachable server.

mod common;

use std::time::Duration;

use stint_personio::{ClientConfig, Credentials, Personio};

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let config = ClientConfig::with_base_url("http://api.personio.de");
    let error = Personio::new(Credentials::new("id", "secret"), config).unwrap_err();
    assert_eq!(
        error.code(),
        "personio_invalid_url",
        "the secret would travel in clear text"
    );
    assert!(
        error.to_string().contains("https"),
        "the message says what to use instead: {error}"
    );
}

#[test]
fn loopback_http_is_allowed_for_tests_and_the_demo() {
    for url in ["http://127.0.0.1:1", "http://localhost:1"] {
        assert!(
            Personio::new(
                Credentials::new("id", "secret"),
                ClientConfig::with_base_url(url)
            )
            .is_ok(),
            "{url} is loopback, where the sandbox runs"
        );
    }
}

#[tokio::test]
async fn a_closed_port_is_a_network_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let mut config = common::fast_config(format!("http://127.0.0.1:{port}"));
    config.connect_timeout = Duration::from_secs(1);
    let client = Personio::new(Credentials::new("id", "secret-abc"), config).unwrap();
    let error = common::bounded(client.authenticate()).await.unwrap_err();
    assert_eq!(
        error.code(),
        "personio_offline",
        "a refused connection means offline, got {error}"
    );
    assert!(
        !error.to_string().contains("secret-abc"),
        "the secret never appears: {error}"
    );
}
