//! The areas of Personio's v2 API a credential may or may not reach, and its scopes.
//!
//! A v2 credential is granted scopes per area (`personio:attendances:write` …), and one that
//! lacks an area answers 403 there while the others work. So a 403 is reported with its
//! [`Area`] ([`crate::PersonioError::MissingScope`]): a sync records that area as missing and
//! carries on with the rest. The token answer lists the granted scopes too ([`Scopes`]), which
//! lets the Connection Manager say what works before anything fails.

use serde::{Deserialize, Serialize};

/// Where in Personio a credential's v2 scopes are granted.
pub const SCOPES_LOCATION: &str = "Settings → Integrations → API credentials → scopes";

/// One area of the v2 API, as a credential's scopes divide it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// `GET /v2/persons`.
    Persons,
    /// `GET /v2/absence-periods` and their breakdowns.
    Absences,
    /// `GET /v2/attendance-periods`.
    AttendancesRead,
    /// `POST`, `PATCH`, `DELETE /v2/attendance-periods`.
    AttendancesWrite,
}

impl Area {
    /// Every area.
    pub const ALL: [Area; 4] = [
        Area::Persons,
        Area::Absences,
        Area::AttendancesRead,
        Area::AttendancesWrite,
    ];

    /// The scope Personio grants for this area.
    pub fn scope(self) -> &'static str {
        match self {
            Area::Persons => "personio:persons:read",
            Area::Absences => "personio:absences:read",
            Area::AttendancesRead => "personio:attendances:read",
            Area::AttendancesWrite => "personio:attendances:write",
        }
    }

    /// What the area lets Stint do, for messages ("read absences").
    pub fn what(self) -> &'static str {
        match self {
            Area::Persons => "look up persons",
            Area::Absences => "read absences",
            Area::AttendancesRead => "read attendances",
            Area::AttendancesWrite => "record attendances",
        }
    }
}

/// The scopes a v2 token was issued with, as its answer listed them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Scopes(pub Vec<String>);

impl Scopes {
    /// Scopes from the space- (or comma-) separated `scope` of a token answer.
    pub fn parse(text: &str) -> Self {
        Self(
            text.split([' ', ','])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        )
    }

    /// True when the answer listed no scopes at all: then only trying an area tells.
    pub fn is_unknown(&self) -> bool {
        self.0.is_empty()
    }

    /// True when the area's scope was granted (a write scope does not imply the read one).
    pub fn grants(&self, area: Area) -> bool {
        self.0.iter().any(|s| s.eq_ignore_ascii_case(area.scope()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scopes_are_read_from_the_token_answer() {
        let scopes = Scopes::parse("personio:persons:read  personio:absences:read,openid");
        assert!(
            scopes.grants(Area::Persons) && scopes.grants(Area::Absences),
            "space- and comma-separated scopes are both read: {scopes:?}"
        );
        assert!(
            !scopes.grants(Area::AttendancesWrite),
            "a scope that is not listed is not granted"
        );
        assert!(
            Scopes::parse("  ").is_unknown(),
            "an empty `scope` says nothing about the areas"
        );
    }
}
