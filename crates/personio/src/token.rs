//! The bearer token and when to replace it.
//!
//! Personio's v1 token lives 24 h and may be used in parallel, so one token serves a whole
//! sync (and the next ones). It is replaced a margin before it expires, so a long sync does not
//! run into the expiry halfway. The generation number lets a request that saw a 401 tell whether
//! someone else already fetched a newer token. v1 and v2 tokens are kept apart (one cache per
//! API version); both are this type.

use std::time::{Duration, Instant};

use crate::secret::Secret;

/// What an authentication answer carries.
#[derive(Debug, Clone)]
pub(crate) struct IssuedToken {
    pub value: Secret,
    pub expires_in: Duration,
    /// The scopes the answer lists (`scope`, space separated); empty when it lists none.
    pub scopes: Vec<String>,
}

/// A token in use.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    pub value: Secret,
    /// From this instant on the token is replaced before use.
    pub refresh_at: Instant,
    pub generation: u64,
    pub scopes: Vec<String>,
}

impl Token {
    /// A token issued at `now`; refreshed `margin` before expiry, but never later than halfway
    /// through its life when the life is shorter than twice the margin.
    pub fn issued(issued: IssuedToken, now: Instant, margin: Duration, generation: u64) -> Self {
        let margin = margin.min(issued.expires_in / 2);
        Self {
            value: issued.value,
            refresh_at: now + issued.expires_in.saturating_sub(margin),
            generation,
            scopes: issued.scopes,
        }
    }

    pub fn is_fresh(&self, now: Instant) -> bool {
        now < self.refresh_at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(expires_in: u64, margin: u64, now: Instant) -> Token {
        let issued = IssuedToken {
            value: Secret::new("t"),
            expires_in: Duration::from_secs(expires_in),
            scopes: Vec::new(),
        };
        Token::issued(issued, now, Duration::from_secs(margin), 1)
    }

    #[test]
    fn a_token_is_reused_until_the_margin_before_expiry() {
        let now = Instant::now();
        let day = token(86_400, 300, now);
        assert!(
            day.is_fresh(now + Duration::from_secs(86_000)),
            "a day token is still good 400 s before expiry with a 300 s margin"
        );
        assert!(
            !day.is_fresh(now + Duration::from_secs(86_101)),
            "inside the margin the token must be replaced before use"
        );
    }

    #[test]
    fn a_short_lived_token_is_still_used_for_half_its_life() {
        let now = Instant::now();
        let short = token(60, 300, now);
        assert!(
            short.is_fresh(now + Duration::from_secs(29)),
            "a margin longer than the life must not make every call re-authenticate"
        );
        assert!(
            !short.is_fresh(now + Duration::from_secs(30)),
            "half the life is the latest refresh point"
        );
    }
}
