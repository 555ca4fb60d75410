//! Starting without a runtime, several sandboxes side by side, and stopping.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use stint_sandbox::{Endpoint, Sandbox};

use crate::common::config;

/// A raw HTTP/1.1 GET, for tests without a runtime; returns the status line.
fn status_line(base_url: &str, path: &str) -> std::io::Result<String> {
    let addr = base_url.trim_start_matches("http://");
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )?;
    let mut text = String::new();
    stream.read_to_string(&mut text)?;
    Ok(text.lines().next().unwrap_or_default().to_owned())
}

fn refuses_soon(base_url: &str) -> bool {
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        if status_line(base_url, "/v1/auth").is_err() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    false
}

#[test]
fn a_background_sandbox_serves_sync_callers_and_stops_on_shutdown() {
    let sandbox = Sandbox::start_in_background(config()).expect("starts without a runtime");
    let base_url = sandbox.base_url();
    assert!(
        base_url.starts_with("http://127.0.0.1:"),
        "loopback only: {base_url}"
    );
    let status = status_line(&base_url, "/v1/company/employees").expect("answers");
    assert_eq!(status, "HTTP/1.1 401 Unauthorized", "no token, no data");
    assert_eq!(sandbox.request_count(Endpoint::Employees), 1, "counted");
    sandbox.shutdown();
    assert!(
        refuses_soon(&base_url),
        "after shutdown the port no longer answers"
    );
}

#[test]
fn dropping_the_last_handle_stops_the_server() {
    let sandbox = Sandbox::start_in_background(config()).expect("starts");
    let clone = sandbox.clone();
    let base_url = sandbox.base_url();
    drop(sandbox);
    assert!(
        status_line(&base_url, "/v1/auth").is_ok(),
        "a clone keeps it running"
    );
    drop(clone);
    assert!(refuses_soon(&base_url), "the last drop stops it");
}

#[tokio::test]
async fn two_sandboxes_get_two_ports() {
    let (a, b) = (
        Sandbox::start(config()).await.expect("first starts"),
        Sandbox::start(config()).await.expect("second starts"),
    );
    assert_ne!(
        a.base_url(),
        b.base_url(),
        "port 0 lets the OS pick distinct free ports"
    );
    assert_eq!(
        a.credentials(),
        b.credentials(),
        "the same seed gives the same credentials"
    );
}
