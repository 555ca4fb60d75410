//! `GET /v2/persons?email=`: the v2 id of the user (not the v1 employee id).
//!
//! Matched on the client, trimmed and case-insensitively, as in v1: the user may type the
//! address in another case than HR did. If the filter finds nothing, every person is listed
//! and compared; if the filter was ignored (the answer lists others), that list was already
//! everyone.

use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::Executor;
use crate::model::Person;
use crate::scope::Area;
use crate::v1::employees::normalize;
use crate::v1::lenient;
use crate::v2::paging::{all_pages, List};

pub(crate) const PATH: &str = "v2/persons";
pub(crate) const LABEL: &str = "persons (GET /v2/persons)";
/// Personio's maximum page size for persons [spec].
pub(crate) const LIMIT: usize = 50;

#[derive(Debug, Deserialize)]
struct Record {
    #[serde(deserialize_with = "lenient::text")]
    id: String,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    email: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    first_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    last_name: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    status: Option<String>,
}

/// The person with this email, or [`PersonioError::EmployeeNotFound`].
pub(crate) async fn find_by_email(exec: &Executor, email: &str) -> Result<Person, PersonioError> {
    let wanted = normalize(email);
    let not_found = || PersonioError::EmployeeNotFound {
        email: email.trim().to_owned(),
    };
    if wanted.is_empty() {
        return Err(not_found());
    }
    let limit = LIMIT.to_string();
    let filtered = List::new(
        exec,
        LABEL,
        Area::Persons,
        PATH,
        &[("email", email.trim().to_owned()), ("limit", limit.clone())],
    )?;
    let records: Vec<Record> = all_pages(exec, &filtered).await?;
    if !records.is_empty() {
        return matching(records, &wanted).ok_or_else(not_found);
    }
    let everyone = List::new(exec, LABEL, Area::Persons, PATH, &[("limit", limit)])?;
    let records: Vec<Record> = all_pages(exec, &everyone).await?;
    matching(records, &wanted).ok_or_else(not_found)
}

/// One page's body as persons (pure, for the decoder fuzz test).
pub(crate) fn decode_page(body: &[u8]) -> Result<Vec<Person>, PersonioError> {
    let page = crate::v2::envelope::decode_list::<Record>(LABEL, body)?;
    Ok(page.items.into_iter().map(person).collect())
}

fn matching(records: Vec<Record>, wanted: &str) -> Option<Person> {
    records
        .into_iter()
        .find(|r| r.email.as_deref().map(normalize).as_deref() == Some(wanted))
        .map(person)
}

fn person(r: Record) -> Person {
    Person {
        id: r.id.trim().to_owned(),
        email: r.email.unwrap_or_default().trim().to_owned(),
        first_name: r.first_name,
        last_name: r.last_name,
        status: r.status,
    }
}
