//! A stop-gap loopback stub of Personio's v2 routes, for the v2 client tests until the sandbox
//! serves v2 (then these tests move onto it, like the v1 ones).
//!
//! It is deliberately dumb: canned answers per method and path (or path and query), served in
//! the order they were added when one is limited to a number of uses, every request recorded
//! (method, target, headers, body), and the number of requests in flight at once observed, so
//! a test can see that breakdowns are fetched concurrently but bounded. `{base}` in a body is
//! replaced with the stub's own base URL, for absolute next links.

#![allow(dead_code)]

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The token every stubbed v2 auth answer hands out.
pub const TOKEN: &str = "stub-token-v2";
/// Every scope, as a token answer lists them.
pub const ALL_SCOPES: &str = "personio:persons:read personio:absences:read \
    personio:attendances:read personio:attendances:write";

/// One canned answer.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: &'static str,
    /// A path (`/v2/persons`: any query) or a path with query (`/v2/persons?cursor=b`: exactly).
    pub target: String,
    pub status: u16,
    pub body: String,
    pub delay: Duration,
    pub headers: Vec<(String, String)>,
    /// How often it answers before the next route for the same target takes over.
    pub uses: Option<usize>,
}

impl Route {
    pub fn new(method: &'static str, target: &str, status: u16, body: &str) -> Self {
        Self {
            method,
            target: target.to_owned(),
            status,
            body: body.to_owned(),
            delay: Duration::ZERO,
            headers: Vec::new(),
            uses: None,
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    pub fn delayed(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn times(mut self, uses: usize) -> Self {
        self.uses = Some(uses);
        self
    }
}

/// A request as the stub received it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// Path and query as sent.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }
}

#[derive(Debug, Default)]
struct State {
    routes: Vec<Route>,
    seen: Vec<Seen>,
    in_flight: usize,
    max_in_flight: usize,
}

/// The running stub; it stops with the test's runtime.
#[derive(Debug, Clone)]
pub struct Stub {
    base: String,
    state: Arc<Mutex<State>>,
}

impl Stub {
    /// A stub answering v2 auth with [`TOKEN`] and every scope.
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let stub = Self {
            base,
            state: Arc::default(),
        };
        stub.route(Route::new(
            "POST",
            "/v2/auth/token",
            200,
            &token_answer(ALL_SCOPES),
        ));
        let serving = stub.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let serving = serving.clone();
                tokio::spawn(async move { serving.serve(stream).await });
            }
        });
        stub
    }

    pub fn base_url(&self) -> String {
        self.base.clone()
    }

    /// Adds an answer; routes added earlier for the same target answer first.
    pub fn route(&self, route: Route) {
        self.state.lock().unwrap().routes.push(route);
    }

    /// Replaces every answer for `method target` with this one.
    pub fn replace(&self, route: Route) {
        let mut state = self.state.lock().unwrap();
        state
            .routes
            .retain(|r| !(r.method == route.method && r.target == route.target));
        state.routes.push(route);
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.state.lock().unwrap().seen.clone()
    }

    /// Requests whose path is `path`.
    pub fn seen_at(&self, method: &str, path: &str) -> Vec<Seen> {
        self.seen()
            .into_iter()
            .filter(|s| s.method == method && s.path() == path)
            .collect()
    }

    pub fn count(&self, method: &str, path: &str) -> usize {
        self.seen_at(method, path).len()
    }

    /// The most requests that were open at the same time.
    pub fn max_in_flight(&self) -> usize {
        self.state.lock().unwrap().max_in_flight
    }

    async fn serve(&self, mut stream: TcpStream) {
        let Some(seen) = read_request(&mut stream).await else {
            return;
        };
        let route = {
            let mut state = self.state.lock().unwrap();
            state.seen.push(seen.clone());
            state.in_flight += 1;
            state.max_in_flight = state.max_in_flight.max(state.in_flight);
            let index = find(&state.routes, &seen);
            index.map(|i| {
                let route = state.routes[i].clone();
                if let Some(uses) = state.routes[i].uses.as_mut() {
                    *uses -= 1;
                    if *uses == 0 {
                        state.routes.remove(i);
                    }
                }
                route
            })
        };
        let (status, body, delay, extra) = match route {
            Some(r) => (
                r.status,
                r.body.replace("{base}", &self.base),
                r.delay,
                r.headers,
            ),
            None => (
                404,
                format!(
                    r#"{{"errors": [{{"title": "no stub for {} {}"}}]}}"#,
                    seen.method, seen.target
                ),
                Duration::ZERO,
                Vec::new(),
            ),
        };
        tokio::time::sleep(delay).await;
        let extra: String = extra.iter().map(|(n, v)| format!("{n}: {v}\r\n")).collect();
        let head = format!(
            "HTTP/1.1 {status} Stub\r\nContent-Type: application/json\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n",
            body.len()
        );
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.write_all(body.as_bytes()).await;
        let _ = stream.shutdown().await;
        self.state.lock().unwrap().in_flight -= 1;
    }
}

/// A client for the stub with the fast test settings (tiny retry delays, short timeouts).
pub fn client(stub: &Stub) -> stint_personio::Personio {
    client_with(stub, crate::common::fast_config(stub.base_url()))
}

pub fn client_with(stub: &Stub, config: stint_personio::ClientConfig) -> stint_personio::Personio {
    let _ = stub;
    let credentials = stint_personio::Credentials::new("stub-id", "stub-secret-xyz");
    stint_personio::Personio::new(credentials, config).expect("loopback http is allowed")
}

/// A v2 list answer with these items and maybe a next link.
pub fn list(items: &str, next: Option<&str>) -> String {
    match next {
        Some(href) => format!(
            r#"{{"_data": [{items}], "_meta": {{"links": {{"next": {{"href": "{href}"}}}}}}}}"#
        ),
        None => format!(r#"{{"_data": [{items}], "_meta": {{"links": {{}}}}}}"#),
    }
}

/// A v2 token answer with these scopes.
pub fn token_answer(scopes: &str) -> String {
    format!(
        r#"{{"access_token": "{TOKEN}", "token_type": "Bearer", "expires_in": 86400, "scope": "{scopes}"}}"#
    )
}

/// A v2 error envelope.
pub fn error_envelope(trace_id: &str, title: &str, detail: &str) -> String {
    format!(
        r#"{{"personio_trace_id": "{trace_id}", "timestamp": "2026-06-01T09:00:00",
            "errors": [{{"title": "{title}", "detail": "{detail}", "type": "about:blank", "_meta": {{}}}}]}}"#
    )
}

fn find(routes: &[Route], seen: &Seen) -> Option<usize> {
    let exact = routes
        .iter()
        .position(|r| r.method == seen.method && r.target == seen.target);
    exact.or_else(|| {
        routes.iter().position(|r| {
            r.method == seen.method && !r.target.contains('?') && r.target == seen.path()
        })
    })
}

async fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    let head_end = loop {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..n]);
        if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_string();
    let mut lines = head.split("\r\n");
    let mut request_line = lines.next()?.split(' ');
    let method = request_line.next()?.to_owned();
    let target = request_line.next()?.to_owned();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_owned(), v.trim().to_owned()))
        .collect();
    let length: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            break;
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = String::from_utf8_lossy(&buffer[head_end..]).to_string();
    Some(Seen {
        method,
        target,
        headers,
        body,
    })
}
