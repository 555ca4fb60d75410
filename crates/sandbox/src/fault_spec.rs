//! Faults written as text, `ENDPOINT=KIND[:ARG]`, for `stint-sandbox --fault`.
//!
//! A person trying the app against a failing server has no test code to call
//! [`crate::Sandbox::inject`] with, so every [`Fault`] has a spelling here: `balance=status500`,
//! `time-offs=delay:3000`, `auth=redirect:http://127.0.0.1:9/`. Parsing lives in the library, not
//! the binary, so the spelling is tested once and mistakes are answered with the valid choices.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use crate::fault::{Endpoint, Fault};

/// The fault kinds as written, with their argument and what they do (for `--help`).
pub const FAULT_KINDS: [(&str, &str); 15] = [
    ("status401", "401, as for an expired token"),
    ("status403", "403, as for a credential without the right"),
    (
        "status403-token",
        "403 \"Provided authorization is not valid\", as for a token no longer accepted",
    ),
    (
        "rate-limited[:SECONDS]",
        "429, with Retry-After when SECONDS is given (alias status429)",
    ),
    ("status500", "500 with Personio's generic German message"),
    ("delay:MS", "wait MS milliseconds, then answer normally"),
    ("truncated-body", "a 200 whose JSON is cut in half"),
    (
        "wrong-types",
        "a 200 whose data has strings, numbers and booleans swapped",
    ),
    (
        "next-link-to-empty-page",
        "paging claims one more page, which is empty",
    ),
    (
        "missing-attribute:NAME",
        "every item lacks the attribute NAME",
    ),
    (
        "redirect:[STATUS:]URL",
        "a redirect (STATUS 301/302/303/307/308, default 307) to URL",
    ),
    (
        "trickle:MS",
        "a normal answer whose body comes one byte every MS milliseconds",
    ),
    (
        "empty-data",
        "a 200 with data: [] while metadata counts items",
    ),
    (
        "drop-items:N",
        "a 200 lacking its last N items while metadata counts them",
    ),
    ("missing-data", "a 200 without the data key"),
];

/// One `--fault` argument: which endpoint misbehaves how. It fires on every request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultSpec {
    /// Where the fault is aimed.
    pub endpoint: Endpoint,
    /// How that endpoint misbehaves.
    pub fault: Fault,
}

/// Why a `--fault` argument was refused; each message lists what would have been valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FaultSpecError {
    /// No `=` between endpoint and kind.
    #[error("`{0}` is not ENDPOINT=KIND[:ARG], e.g. balance=status500")]
    Shape(String),
    /// The endpoint is not one the sandbox serves.
    #[error("unknown endpoint `{given}`; valid endpoints: {}", endpoint_names())]
    UnknownEndpoint {
        /// What was written.
        given: String,
    },
    /// The kind is not one of [`FAULT_KINDS`].
    #[error("unknown fault kind `{given}`; valid kinds: {}", kind_names())]
    UnknownKind {
        /// What was written.
        given: String,
    },
    /// The kind needs an argument, or takes none, or the argument does not fit.
    #[error("`{kind}` {problem}; write it as {usage}")]
    BadArgument {
        /// The kind as written.
        kind: String,
        /// What is wrong with the argument.
        problem: String,
        /// The kind's syntax from [`FAULT_KINDS`].
        usage: &'static str,
    },
}

fn endpoint_names() -> String {
    Endpoint::ALL.map(Endpoint::name).join(", ")
}

fn kind_names() -> String {
    FAULT_KINDS.map(|(usage, _)| usage).join(", ")
}

impl FromStr for FaultSpec {
    type Err = FaultSpecError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (endpoint, kind) = text
            .split_once('=')
            .ok_or_else(|| FaultSpecError::Shape(text.to_owned()))?;
        let endpoint =
            Endpoint::from_name(endpoint).ok_or_else(|| FaultSpecError::UnknownEndpoint {
                given: endpoint.trim().to_owned(),
            })?;
        Ok(FaultSpec {
            endpoint,
            fault: parse_kind(kind.trim())?,
        })
    }
}

/// `KIND` or `KIND:ARG` as a [`Fault`].
fn parse_kind(text: &str) -> Result<Fault, FaultSpecError> {
    let (kind, arg) = match text.split_once(':') {
        Some((kind, arg)) => (kind, Some(arg)),
        None => (text, None),
    };
    let kind = kind.to_ascii_lowercase();
    let canonical = if kind == "status429" {
        "rate-limited"
    } else {
        kind.as_str()
    };
    let usage = FAULT_KINDS
        .iter()
        .find(|(usage, _)| usage.split([':', '[']).next() == Some(canonical))
        .map_or("status500", |(usage, _)| *usage);
    let bad = |problem: &str| FaultSpecError::BadArgument {
        kind: kind.clone(),
        problem: problem.to_owned(),
        usage,
    };
    let none = |fault: Fault| match arg {
        None => Ok(fault),
        Some(_) => Err(bad("takes no argument")),
    };
    let required = || {
        arg.filter(|a| !a.trim().is_empty())
            .ok_or_else(|| bad("needs an argument"))
    };
    let number = |what: &str| -> Result<u64, FaultSpecError> {
        required()?
            .trim()
            .parse()
            .map_err(|_| bad(&format!("needs {what}, got `{}`", arg.unwrap_or_default())))
    };
    match kind.as_str() {
        "status401" => none(Fault::Status401),
        "status403" => none(Fault::Status403),
        "status403-token" => none(Fault::Status403Token),
        "rate-limited" | "status429" => Ok(Fault::RateLimited {
            retry_after: arg.map(|_| number("whole seconds")).transpose()?,
        }),
        "status500" => none(Fault::Status500),
        "delay" => Ok(Fault::Delay(Duration::from_millis(number("milliseconds")?))),
        "truncated-body" => none(Fault::TruncatedBody),
        "wrong-types" => none(Fault::WrongTypes),
        "next-link-to-empty-page" => none(Fault::NextLinkToEmptyPage),
        "missing-attribute" => Ok(Fault::MissingAttribute(required()?.trim().to_owned())),
        "redirect" => redirect(required()?).map_err(|problem| bad(&problem)),
        "trickle" => match number("milliseconds between bytes")? {
            0 => Err(bad("needs at least 1 millisecond between bytes")),
            ms => Ok(Fault::Trickle(Duration::from_millis(ms))),
        },
        "empty-data" => none(Fault::EmptyData),
        "drop-items" => {
            let count = number("a number of items")?;
            Ok(Fault::DropItems(
                usize::try_from(count).unwrap_or(usize::MAX),
            ))
        }
        "missing-data" => none(Fault::MissingData),
        _ => Err(FaultSpecError::UnknownKind { given: kind }),
    }
}

/// `[STATUS:]URL`: a URL scheme never is all digits, so a leading `NNN:` is the status.
fn redirect(arg: &str) -> Result<Fault, String> {
    let arg = arg.trim();
    let (status, location) = match arg.split_once(':') {
        Some((head, rest)) if !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()) => {
            (head.parse().unwrap_or(0), rest.trim())
        }
        _ => (307, arg),
    };
    if ![301, 302, 303, 307, 308].contains(&status) {
        return Err(format!(
            "needs a redirect status 301/302/303/307/308, got {status}"
        ));
    }
    if location.is_empty() || location.chars().any(char::is_control) {
        return Err("needs a URL to redirect to".to_owned());
    }
    Ok(Fault::Redirect {
        status,
        location: location.to_owned(),
    })
}

impl fmt::Display for FaultSpec {
    /// The canonical spelling, which parses back to the same spec.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}=", self.endpoint.name())?;
        match &self.fault {
            Fault::Status401 => f.write_str("status401"),
            Fault::Status403 => f.write_str("status403"),
            Fault::Status403Token => f.write_str("status403-token"),
            Fault::RateLimited { retry_after: None } => f.write_str("rate-limited"),
            Fault::RateLimited {
                retry_after: Some(s),
            } => write!(f, "rate-limited:{s}"),
            Fault::Status500 => f.write_str("status500"),
            Fault::Delay(d) => write!(f, "delay:{}", d.as_millis()),
            Fault::TruncatedBody => f.write_str("truncated-body"),
            Fault::WrongTypes => f.write_str("wrong-types"),
            Fault::NextLinkToEmptyPage => f.write_str("next-link-to-empty-page"),
            Fault::MissingAttribute(name) => write!(f, "missing-attribute:{name}"),
            Fault::Redirect { status, location } => write!(f, "redirect:{status}:{location}"),
            Fault::Trickle(d) => write!(f, "trickle:{}", d.as_millis()),
            Fault::EmptyData => f.write_str("empty-data"),
            Fault::DropItems(n) => write!(f, "drop-items:{n}"),
            Fault::MissingData => f.write_str("missing-data"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(endpoint: Endpoint, fault: Fault) -> FaultSpec {
        FaultSpec { endpoint, fault }
    }

    #[test]
    fn every_kind_has_a_spelling() {
        let cases = [
            (
                "balance=status500",
                spec(Endpoint::Balance, Fault::Status500),
            ),
            ("auth=status401", spec(Endpoint::Auth, Fault::Status401)),
            (
                "employees=status403",
                spec(Endpoint::Employees, Fault::Status403),
            ),
            (
                "time-off-types=rate-limited",
                spec(
                    Endpoint::TimeOffTypes,
                    Fault::RateLimited { retry_after: None },
                ),
            ),
            (
                "time-off-types=status429:5",
                spec(
                    Endpoint::TimeOffTypes,
                    Fault::RateLimited {
                        retry_after: Some(5),
                    },
                ),
            ),
            (
                "time-offs=delay:3000",
                spec(Endpoint::TimeOffs, Fault::Delay(Duration::from_secs(3))),
            ),
            (
                "employees=truncated-body",
                spec(Endpoint::Employees, Fault::TruncatedBody),
            ),
            (
                "balance=wrong-types",
                spec(Endpoint::Balance, Fault::WrongTypes),
            ),
            (
                "time-offs=next-link-to-empty-page",
                spec(Endpoint::TimeOffs, Fault::NextLinkToEmptyPage),
            ),
            (
                "employees=missing-attribute:work_schedule",
                spec(
                    Endpoint::Employees,
                    Fault::MissingAttribute("work_schedule".into()),
                ),
            ),
            (
                "auth=redirect:http://127.0.0.1:9/",
                spec(
                    Endpoint::Auth,
                    Fault::Redirect {
                        status: 307,
                        location: "http://127.0.0.1:9/".into(),
                    },
                ),
            ),
            (
                "auth=redirect:308:https://evil.example/x?a=b",
                spec(
                    Endpoint::Auth,
                    Fault::Redirect {
                        status: 308,
                        location: "https://evil.example/x?a=b".into(),
                    },
                ),
            ),
            (
                "absence-periods=trickle:500",
                spec(
                    Endpoint::AbsencePeriods,
                    Fault::Trickle(Duration::from_millis(500)),
                ),
            ),
            (
                "time-offs=empty-data",
                spec(Endpoint::TimeOffs, Fault::EmptyData),
            ),
            (
                "time-offs=drop-items:3",
                spec(Endpoint::TimeOffs, Fault::DropItems(3)),
            ),
            (
                "balance=missing-data",
                spec(Endpoint::Balance, Fault::MissingData),
            ),
            (
                " Time-Offs = Status500 ",
                spec(Endpoint::TimeOffs, Fault::Status500),
            ),
            (
                "v2-auth=status401",
                spec(Endpoint::V2Auth, Fault::Status401),
            ),
            (
                "persons=empty-data",
                spec(Endpoint::Persons, Fault::EmptyData),
            ),
            (
                "v2-absence-periods=rate-limited",
                spec(
                    Endpoint::V2AbsencePeriods,
                    Fault::RateLimited { retry_after: None },
                ),
            ),
            (
                "v2-breakdowns=delay:100",
                spec(
                    Endpoint::V2Breakdowns,
                    Fault::Delay(Duration::from_millis(100)),
                ),
            ),
            (
                "attendance-periods=status403",
                spec(Endpoint::AttendancePeriods, Fault::Status403),
            ),
        ];
        for (text, expected) in cases {
            let parsed: FaultSpec = text
                .parse()
                .unwrap_or_else(|e| panic!("`{text}` is a valid --fault: {e}"));
            assert_eq!(parsed, expected, "`{text}` must mean {expected:?}");
            let again: FaultSpec = parsed.to_string().parse().expect("canonical spelling");
            assert_eq!(
                again, parsed,
                "the printed spelling `{parsed}` must parse back to the same fault"
            );
        }
    }

    #[test]
    fn mistakes_are_answered_with_the_valid_choices() {
        let cases = [
            ("balance", "ENDPOINT=KIND[:ARG]"),
            (
                "payroll=status500",
                "valid endpoints: auth, employees, time-offs",
            ),
            ("balance=status418", "valid kinds: status401, status403"),
            (
                "balance=status500:3",
                "takes no argument; write it as status500",
            ),
            ("time-offs=delay", "needs an argument; write it as delay:MS"),
            ("time-offs=delay:soon", "needs milliseconds, got `soon`"),
            ("time-offs=trickle:0", "at least 1 millisecond"),
            (
                "auth=redirect:200:http://x/",
                "301/302/303/307/308, got 200",
            ),
            ("auth=redirect:", "needs an argument"),
        ];
        for (text, needle) in cases {
            let error = text.parse::<FaultSpec>().expect_err(text).to_string();
            assert!(
                error.contains(needle),
                "`{text}` must be refused with a message naming the fix (`{needle}`), got: {error}"
            );
        }
    }
}
