//! Starting a sandbox on a fixed day and talking to it with a plain HTTP client.

use chrono::NaiveDate;
use reqwest::Client;
use serde_json::Value;
use stint_sandbox::{Sandbox, SandboxConfig};

/// A Wednesday in summer (offset +02:00), so expectations do not move with the calendar.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 4).expect("valid date")
}

pub fn config() -> SandboxConfig {
    SandboxConfig {
        today: today(),
        ..SandboxConfig::default()
    }
}

/// Status, `Retry-After` and body of one answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub retry_after: Option<String>,
    pub text: String,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text)
            .unwrap_or_else(|e| panic!("answer should be JSON ({e}): {}", self.text))
    }
}

impl Answer {
    /// Status, `Retry-After` and body of `response`.
    pub async fn read(response: reqwest::Response) -> Answer {
        answer(response).await
    }
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .map(|v| v.to_str().expect("ascii header").to_owned());
    let text = response.text().await.expect("body is readable");
    Answer {
        status,
        retry_after,
        text,
    }
}

/// A started sandbox, a client and a valid token.
pub struct Api {
    pub sandbox: Sandbox,
    pub client: Client,
    pub token: String,
}

impl Api {
    pub async fn start() -> Api {
        Self::start_with(config()).await
    }

    pub async fn start_with(config: SandboxConfig) -> Api {
        let sandbox = Sandbox::start(config).await.expect("sandbox starts");
        let client = Client::new();
        let credentials = sandbox.credentials();
        let body = serde_json::json!({
            "client_id": credentials.client_id,
            "client_secret": credentials.client_secret,
        });
        let auth = post_json(&client, &format!("{}/v1/auth", sandbox.base_url()), &body).await;
        assert_eq!(
            auth.status, 200,
            "demo credentials must be accepted: {}",
            auth.text
        );
        let token = auth.json()["data"]["token"]
            .as_str()
            .expect("token is a string")
            .to_owned();
        sandbox.reset_counters();
        Api {
            sandbox,
            client,
            token,
        }
    }

    /// GET `path` (with query) using the token.
    pub async fn get(&self, path: &str) -> Answer {
        let url = format!("{}{path}", self.sandbox.base_url());
        let response = self.client.get(url).bearer_auth(&self.token).send().await;
        answer(response.expect("sandbox answers")).await
    }

    /// GET `path` and parse it, insisting on 200.
    pub async fn ok(&self, path: &str) -> Value {
        let answer = self.get(path).await;
        assert_eq!(
            answer.status, 200,
            "GET {path} should succeed: {}",
            answer.text
        );
        answer.json()
    }

    /// Anna's id.
    pub fn demo_id(&self) -> i64 {
        let email = self.sandbox.credentials().email;
        let employees = self.sandbox.employees();
        employees
            .iter()
            .find(|e| e.email == email)
            .expect("demo employee exists")
            .id
    }
}

pub async fn post_json(client: &Client, url: &str, body: &Value) -> Answer {
    let response = client
        .post(url)
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await;
    answer(response.expect("sandbox answers")).await
}

/// The `data` array of a body.
pub fn data(body: &Value) -> &Vec<Value> {
    body["data"].as_array().expect("data is an array")
}
