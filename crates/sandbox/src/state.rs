//! Everything the running server and its handles share, behind one mutex.
//!
//! Routes work on it synchronously while holding the lock, so it is a plain `std::sync::Mutex`:
//! no lock is ever held across an `.await`.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::company::DemoCompany;
use crate::config::{Formats, SandboxConfig, V2Options};
use crate::credentials::DemoCredentials;
use crate::fault::FaultQueues;
use crate::log::RequestLog;
use crate::seed::{self, rng::Rng};

/// How long a token stays valid, as in Personio.
pub(crate) const TOKEN_LIFETIME: Duration = Duration::from_secs(86_400);

pub(crate) struct State {
    pub(crate) company: DemoCompany,
    pub(crate) formats: Formats,
    pub(crate) latency: Duration,
    pub(crate) faults: FaultQueues,
    pub(crate) log: RequestLog,
    pub(crate) credentials: DemoCredentials,
    /// Issued tokens and when they were issued.
    pub(crate) tokens: HashMap<String, Instant>,
    /// Recent successful and failed auth calls, for the 60-per-minute limit.
    pub(crate) auth_calls: VecDeque<Instant>,
    /// v2 switches, withdrawn scopes included.
    pub(crate) v2: V2Options,
    /// Issued v2 tokens (a store of their own: v1 tokens do not open v2, nor the reverse).
    pub(crate) v2_tokens: HashMap<String, Instant>,
    /// Recent `POST /v2/auth/token` calls, for the 150-per-minute limit.
    pub(crate) v2_auth_calls: VecDeque<Instant>,
    pub(crate) rng: Rng,
}

impl fmt::Debug for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("State")
            .field("formats", &self.formats)
            .field("latency", &self.latency)
            .field("credentials", &self.credentials)
            .field("tokens", &self.tokens.len())
            .finish_non_exhaustive()
    }
}

impl State {
    pub(crate) fn new(config: &SandboxConfig) -> Self {
        let company = seed::company(config.seed, config.today);
        let mut rng = Rng::new(config.seed ^ 0x005E_ED5E_C2E7);
        let email = company.employees[0].email.clone();
        let credentials = DemoCredentials {
            client_id: format!("papi-demo-{}", rng.hex(12)),
            client_secret: format!("papi-secret-{}", rng.hex(32)),
            email,
        };
        Self {
            company,
            formats: config.formats.clone(),
            latency: config.latency,
            faults: FaultQueues::default(),
            log: RequestLog::default(),
            credentials,
            tokens: HashMap::new(),
            auth_calls: VecDeque::new(),
            v2: config.v2.clone(),
            v2_tokens: HashMap::new(),
            v2_auth_calls: VecDeque::new(),
            rng,
        }
    }

    /// Issues a fresh token.
    pub(crate) fn issue_token(&mut self) -> String {
        let token = format!("papi-{}", self.rng.hex(48));
        self.tokens.insert(token.clone(), Instant::now());
        token
    }

    /// Issues a fresh v2 access token.
    pub(crate) fn issue_v2_token(&mut self) -> String {
        let token = format!("papi-v2-{}", self.rng.hex(48));
        self.v2_tokens.insert(token.clone(), Instant::now());
        token
    }

    /// Whether `token` is a live v2 token.
    pub(crate) fn v2_token_is_valid(&self, token: &str) -> bool {
        self.v2_tokens
            .get(token)
            .is_some_and(|issued| issued.elapsed() < TOKEN_LIFETIME)
    }

    /// The scopes the credential has now.
    pub(crate) fn granted_scopes(&self) -> Vec<&'static str> {
        crate::scopes::ALL
            .into_iter()
            .filter(|s| !self.v2.withdrawn_scopes.iter().any(|w| w == s))
            .collect()
    }

    /// Whether `token` was issued and has not expired.
    pub(crate) fn token_is_valid(&self, token: &str) -> bool {
        self.tokens
            .get(token)
            .is_some_and(|issued| issued.elapsed() < TOKEN_LIFETIME)
    }
}

/// The state as shared between the server task and every [`crate::Sandbox`] handle.
#[derive(Debug, Clone)]
pub(crate) struct Shared(Arc<Mutex<State>>);

impl Shared {
    pub(crate) fn new(state: State) -> Self {
        Self(Arc::new(Mutex::new(state)))
    }

    /// Locks the state; a panic in another holder does not make the data unusable for a test.
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
