//! The request executor: the one place that sends HTTP to Personio.
//!
//! Every call goes through here, so auth headers, token reuse, the single re-auth on 401 (or a 403 "Provided authorization is not valid"),
//! bounded retries with backoff on 429/5xx, timeouts, and the mapping of transport failures to
//! [`PersonioError`] exist once and not per endpoint (octocrab's pattern). Endpoint modules only
//! say what to ask and how to read the answer.
//!
//! Redirects are never followed: Personio's API does not redirect, and a `307` from
//! `/v1/auth` would make a following client post the secret to wherever `Location` points,
//! plain http included. A 3xx is an error naming the status and the `Location`.
//!
//! v1 and v2 each have their own auth route and token cache ([`Api`]); both travel the same
//! way. A POST (a v2 create) is retried on 429 only, never on a 5xx: the server may have stored
//! it, and Personio has no idempotency key, so a retry could book the period twice.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use reqwest::header::{HeaderMap, HeaderValue, ACCEPT, LOCATION};
use reqwest::{redirect, Method, RequestBuilder, Response, StatusCode};
use serde_json::Value;
use url::Url;

use crate::clock::Clock;
use crate::config::{parse_base_url, ClientConfig};
use crate::error::PersonioError;
use crate::retry::{retry_after, RetryPolicy};
use crate::secret::Credentials;
use crate::token::Token;
use crate::{v1, v2};

/// Which of Personio's APIs a token is for: each has its own auth route and token cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Api {
    V1,
    V2,
}

/// An authenticated v2 request: a full URL (query included), a method, maybe a JSON body.
#[derive(Debug, Clone)]
pub(crate) struct Call {
    /// A human name with the route, e.g. "attendance periods (GET /v2/attendance-periods)".
    pub label: &'static str,
    pub method: Method,
    pub url: Url,
    pub json: Option<Value>,
}

/// The value of the partner and app headers Personio asks integrations to send.
const APP_ID: &str = "STINT";

/// A `Location` longer than this is cut in error messages.
const MAX_LOCATION_CHARS: usize = 300;

/// An authenticated GET: where, with which query, and how to name it in errors.
#[derive(Debug, Clone)]
pub(crate) struct Get {
    /// A human name with the route, e.g. "time-offs (GET /v1/company/time-offs)".
    pub label: &'static str,
    /// Relative to the base URL, without a leading slash.
    pub path: String,
    pub query: Vec<(&'static str, String)>,
}

/// A received answer whose body was read completely.
#[derive(Debug)]
pub(crate) struct Answer {
    pub status: StatusCode,
    pub body: Vec<u8>,
}

#[derive(Debug)]
pub(crate) struct Executor {
    http: reqwest::Client,
    base: Url,
    credentials: Credentials,
    retry: RetryPolicy,
    refresh_margin: std::time::Duration,
    clock: Arc<dyn Clock>,
    /// Held across the auth call on purpose: concurrent requests wait for one token instead of
    /// each authenticating (Personio allows 60 auth calls a minute).
    token: tokio::sync::Mutex<Option<Token>>,
    /// The v2 token, cached apart from v1's: another route, maybe other scopes.
    token_v2: tokio::sync::Mutex<Option<Token>>,
    generations: AtomicU64,
}

impl Executor {
    pub fn new(
        config: &ClientConfig,
        credentials: Credentials,
        clock: Arc<dyn Clock>,
    ) -> Result<Self, PersonioError> {
        let base = parse_base_url(&config.base_url)?;
        let mut headers = HeaderMap::new();
        headers.insert("X-Personio-App-ID", HeaderValue::from_static(APP_ID));
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .redirect(redirect::Policy::none())
            .user_agent(concat!("stint/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| PersonioError::Network {
                detail: format!("could not set up HTTP: {e}"),
            })?;
        Ok(Self {
            http,
            base,
            credentials,
            retry: config.retry.clone(),
            refresh_margin: config.token_refresh_margin,
            clock,
            token: tokio::sync::Mutex::new(None),
            token_v2: tokio::sync::Mutex::new(None),
            generations: AtomicU64::new(0),
        })
    }

    /// Makes sure a fresh token is at hand (authenticating if needed).
    pub async fn ensure_token(&self) -> Result<(), PersonioError> {
        self.current_token(Api::V1).await.map(drop)
    }

    /// The scopes the current token of `api` was issued with (authenticating if needed).
    pub async fn scopes(&self, api: Api) -> Result<Vec<String>, PersonioError> {
        Ok(self.current_token(api).await?.scopes)
    }

    /// An authenticated GET: re-authenticates once on 401; a second 401 is a rights problem.
    pub async fn get(&self, get: &Get) -> Result<Vec<u8>, PersonioError> {
        let url = self.url(&get.path)?;
        let answer = self
            .authorized(Api::V1, get.label, true, |token| {
                self.http
                    .get(url.clone())
                    .query(&get.query)
                    .bearer_auth(token.value.expose())
            })
            .await?;
        if answer.status == StatusCode::UNAUTHORIZED {
            return Err(PersonioError::MissingPermission {
                what: get.label.to_owned(),
            });
        }
        match answer.status {
            status if status.is_success() => Ok(answer.body),
            StatusCode::FORBIDDEN => Err(PersonioError::MissingPermission {
                what: get.label.to_owned(),
            }),
            status => Err(self.unexpected_status(get.label, status, &answer.body)),
        }
    }

    /// An authenticated v2 request. Re-authenticates once on 401 and hands back whatever
    /// came then (a second 401 included): what a status means is the v2 module's business.
    pub async fn call(&self, call: &Call) -> Result<Answer, PersonioError> {
        let retry_server_errors = call.method != Method::POST;
        self.authorized(Api::V2, call.label, retry_server_errors, |token| {
            let request = self
                .http
                .request(call.method.clone(), call.url.clone())
                .bearer_auth(token.value.expose());
            match &call.json {
                Some(body) => request.json(body),
                None => request,
            }
        })
        .await
    }

    /// Sends with the current token of `api`; on a 401 replaces the token once and sends again.
    async fn authorized(
        &self,
        api: Api,
        label: &str,
        retry_server_errors: bool,
        build: impl Fn(&Token) -> RequestBuilder,
    ) -> Result<Answer, PersonioError> {
        let token = self.current_token(api).await?;
        let answer = self
            .send(label, retry_server_errors, || build(&token))
            .await?;
        if !token_refused(&answer) {
            return Ok(answer);
        }
        tracing::debug!(endpoint = label, status = %answer.status, "token refused: re-authenticating once");
        let token = self.replace_token(api, &token).await?;
        self.send(label, retry_server_errors, || build(&token))
            .await
    }

    fn slot(&self, api: Api) -> &tokio::sync::Mutex<Option<Token>> {
        match api {
            Api::V1 => &self.token,
            Api::V2 => &self.token_v2,
        }
    }

    async fn current_token(&self, api: Api) -> Result<Token, PersonioError> {
        let mut slot = self.slot(api).lock().await;
        if let Some(token) = slot.as_ref().filter(|t| t.is_fresh(self.clock.now())) {
            return Ok(token.clone());
        }
        let token = self.authenticate(api).await?;
        *slot = Some(token.clone());
        Ok(token)
    }

    /// Replaces a token the server refused, unless another request already did.
    async fn replace_token(&self, api: Api, refused: &Token) -> Result<Token, PersonioError> {
        let mut slot = self.slot(api).lock().await;
        if let Some(token) = slot.as_ref() {
            if token.generation != refused.generation && token.is_fresh(self.clock.now()) {
                return Ok(token.clone());
            }
        }
        *slot = None;
        let token = self.authenticate(api).await?;
        *slot = Some(token.clone());
        Ok(token)
    }

    async fn authenticate(&self, api: Api) -> Result<Token, PersonioError> {
        let (label, answer) = match api {
            Api::V1 => {
                let url = self.url(v1::auth::PATH)?;
                let body = v1::auth::body(&self.credentials);
                let answer = self
                    .send(v1::auth::LABEL, true, || {
                        self.http.post(url.clone()).json(&body)
                    })
                    .await?;
                (v1::auth::LABEL, answer)
            }
            Api::V2 => {
                let url = self.url(v2::auth::PATH)?;
                let form = v2::auth::form(&self.credentials);
                let answer = self
                    .send(v2::auth::LABEL, true, || {
                        self.http.post(url.clone()).form(&form)
                    })
                    .await?;
                (v2::auth::LABEL, answer)
            }
        };
        let issued = match answer.status {
            status if status.is_success() => match api {
                Api::V1 => v1::auth::parse(&answer.body)?,
                Api::V2 => v2::auth::parse(&answer.body)?,
            },
            StatusCode::BAD_REQUEST
            | StatusCode::UNAUTHORIZED
            | StatusCode::FORBIDDEN
            | StatusCode::UNPROCESSABLE_ENTITY => return Err(PersonioError::AuthenticationFailed),
            status => return Err(self.unexpected_status(label, status, &answer.body)),
        };
        let generation = self.generations.fetch_add(1, Ordering::Relaxed) + 1;
        tracing::debug!(generation, ?api, "authenticated with Personio");
        Ok(Token::issued(
            issued,
            self.clock.now(),
            self.refresh_margin,
            generation,
        ))
    }

    /// Sends with bounded retries on 429 and (if `retry_server_errors`) 5xx; reads the whole
    /// body.
    async fn send(
        &self,
        label: &str,
        retry_server_errors: bool,
        build: impl Fn() -> RequestBuilder,
    ) -> Result<Answer, PersonioError> {
        let mut retry = 0;
        loop {
            let response = build()
                .send()
                .await
                .map_err(|e| self.transport(label, &e))?;
            let status = response.status();
            if status.is_redirection() {
                return Err(self.redirected(label, &response));
            }
            let hint = retry_after(response.headers());
            let body = response
                .bytes()
                .await
                .map_err(|e| self.transport(label, &e))?;
            let retryable = status == StatusCode::TOO_MANY_REQUESTS
                || (retry_server_errors && status.is_server_error());
            if !retryable {
                return Ok(Answer {
                    status,
                    body: body.to_vec(),
                });
            }
            if retry >= self.retry.max_retries {
                return Err(if status == StatusCode::TOO_MANY_REQUESTS {
                    PersonioError::RateLimited {
                        endpoint: label.to_owned(),
                        retry_after: hint,
                    }
                } else {
                    PersonioError::Unavailable {
                        endpoint: label.to_owned(),
                        status: status.as_u16(),
                    }
                });
            }
            let delay = self.retry.delay(retry, hint);
            tracing::debug!(endpoint = label, %status, ?delay, retry, "retrying");
            tokio::time::sleep(delay).await;
            retry += 1;
        }
    }

    pub(crate) fn url(&self, path: &str) -> Result<Url, PersonioError> {
        self.base
            .join(path)
            .map_err(|e| PersonioError::unexpected(path, format!("cannot build the URL: {e}")))
    }

    /// The base URL every path is joined onto.
    pub(crate) fn base(&self) -> &Url {
        &self.base
    }

    fn transport(&self, label: &str, error: &reqwest::Error) -> PersonioError {
        if error.is_timeout() {
            return PersonioError::Timeout {
                endpoint: label.to_owned(),
                deadline: None,
            };
        }
        if error.is_body() || error.is_decode() {
            return PersonioError::unexpected(
                label,
                "the answer was cut off before its end (truncated body)",
            );
        }
        let mut detail = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            detail = format!("{detail}: {cause}");
            source = cause.source();
        }
        PersonioError::Network {
            detail: self.scrub(&detail),
        }
    }

    /// A 3xx as an error: the body is not read, nothing is sent on.
    fn redirected(&self, label: &str, response: &Response) -> PersonioError {
        let location = response
            .headers()
            .get(LOCATION)
            .map(|value| {
                let text = String::from_utf8_lossy(value.as_bytes());
                let text: String = text
                    .chars()
                    .filter(|c| !c.is_control())
                    .take(MAX_LOCATION_CHARS)
                    .collect();
                self.scrub(text.trim())
            })
            .filter(|text| !text.is_empty())
            .unwrap_or_else(|| "nowhere (no Location header)".to_owned());
        tracing::warn!(
            endpoint = label,
            status = %response.status(),
            "Personio redirected; not following"
        );
        PersonioError::Redirected {
            endpoint: label.to_owned(),
            status: response.status().as_u16(),
            location,
        }
    }

    fn unexpected_status(&self, label: &str, status: StatusCode, body: &[u8]) -> PersonioError {
        let detail = match v1::envelope::error_message(body) {
            Some(message) => format!("HTTP {status} ({})", self.scrub(&message)),
            None => format!("HTTP {status}"),
        };
        PersonioError::unexpected(label, detail)
    }

    /// Removes the secret and the tokens from server text before it goes into an error.
    pub(crate) fn scrub(&self, text: &str) -> String {
        let mut text = redact(text, self.credentials.client_secret.expose());
        for slot in [&self.token, &self.token_v2] {
            if let Ok(slot) = slot.try_lock() {
                if let Some(token) = slot.as_ref() {
                    text = redact(&text, token.value.expose());
                }
            }
        }
        text
    }
}

fn redact(text: &str, secret: &str) -> String {
    if secret.is_empty() {
        text.to_owned()
    } else {
        text.replace(secret, "<redacted>")
    }
}

/// Whether Personio refused the token rather than the request: a 401, or a 403 that says
/// "Provided authorization is not valid" (Personio's words for a token it no longer takes; a
/// 403 for a missing right says something else). Either is worth one new token.
fn token_refused(answer: &Answer) -> bool {
    answer.status == StatusCode::UNAUTHORIZED
        || (answer.status == StatusCode::FORBIDDEN
            && String::from_utf8_lossy(&answer.body)
                .contains("Provided authorization is not valid"))
}
