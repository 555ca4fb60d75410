//! The v2 side of the harness: a v2 token from `/v2/auth/token` and requests with any method,
//! plus following `_meta.links.next` whether it is absolute or relative.

use reqwest::{Client, Method};
use serde_json::Value;
use stint_sandbox::{Sandbox, SandboxConfig};

use crate::common::{config, Answer};

/// A started sandbox, a client and a valid v2 token.
pub struct V2 {
    pub sandbox: Sandbox,
    pub client: Client,
    pub token: String,
}

/// `POST /v2/auth/token` with a form body.
pub async fn token_request(client: &Client, base: &str, form: &str) -> Answer {
    let response = client
        .post(format!("{base}/v2/auth/token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form.to_owned())
        .send()
        .await
        .expect("sandbox answers");
    Answer::read(response).await
}

/// The form a client sends with the demo credentials.
pub fn good_form(sandbox: &Sandbox) -> String {
    let credentials = sandbox.credentials();
    format!(
        "grant_type=client_credentials&client_id={}&client_secret={}",
        credentials.client_id, credentials.client_secret
    )
}

impl V2 {
    pub async fn start() -> V2 {
        Self::start_with(config()).await
    }

    pub async fn start_with(config: SandboxConfig) -> V2 {
        let sandbox = Sandbox::start(config).await.expect("sandbox starts");
        let client = Client::new();
        let answer = token_request(&client, &sandbox.base_url(), &good_form(&sandbox)).await;
        assert_eq!(
            answer.status, 200,
            "demo credentials get a v2 token: {}",
            answer.text
        );
        let token = answer.json()["access_token"]
            .as_str()
            .expect("access_token is a string")
            .to_owned();
        sandbox.reset_counters();
        V2 {
            sandbox,
            client,
            token,
        }
    }

    /// `method path` with the token and an optional JSON body.
    pub async fn send(&self, method: Method, path: &str, body: Option<&Value>) -> Answer {
        let url = if path.starts_with("http") {
            path.to_owned()
        } else {
            format!("{}{path}", self.sandbox.base_url())
        };
        let mut request = self.client.request(method, url).bearer_auth(&self.token);
        if let Some(body) = body {
            request = request
                .header("content-type", "application/json")
                .body(body.to_string());
        }
        Answer::read(request.send().await.expect("sandbox answers")).await
    }

    pub async fn get(&self, path: &str) -> Answer {
        self.send(Method::GET, path, None).await
    }

    /// GET `path`, insisting on 200.
    pub async fn ok(&self, path: &str) -> Value {
        let answer = self.get(path).await;
        assert_eq!(
            answer.status, 200,
            "GET {path} should succeed: {}",
            answer.text
        );
        answer.json()
    }

    /// Every item from `path` on, following next links; also the hrefs followed.
    pub async fn all(&self, path: &str) -> (Vec<Value>, Vec<String>) {
        let (mut items, mut hrefs) = (Vec::new(), Vec::new());
        let mut next = Some(path.to_owned());
        while let Some(path) = next.take() {
            assert!(hrefs.len() < 100, "paging must end");
            let body = self.ok(&path).await;
            items.extend(
                body["_data"]
                    .as_array()
                    .expect("_data is a list")
                    .iter()
                    .cloned(),
            );
            if let Some(href) = body["_meta"]["links"]["next"]["href"].as_str() {
                hrefs.push(href.to_owned());
                next = Some(href.to_owned());
            }
        }
        (items, hrefs)
    }

    /// The demo employee's v1 id.
    pub fn demo_id(&self) -> i64 {
        self.sandbox.employees()[0].id
    }

    /// The demo employee's v2 person id.
    pub fn person(&self) -> String {
        self.sandbox
            .person_id_of(self.demo_id())
            .expect("the demo employee is a person")
    }
}

/// The first error's `type` of a v2 error envelope, checking the envelope on the way.
pub fn error_type(answer: &Answer) -> String {
    let body = answer.json();
    assert!(
        body["personio_trace_id"].is_string() && body["timestamp"].is_string(),
        "a v2 error carries a trace id and a timestamp: {}",
        answer.text
    );
    let error = &body["errors"][0];
    assert!(
        error["title"].is_string() && error["detail"].is_string(),
        "each error has a title and a detail: {}",
        answer.text
    );
    error["type"].as_str().expect("type is a string").to_owned()
}
