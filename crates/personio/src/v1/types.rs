//! `GET /v1/company/time-off-types`: the company's absence types with their unit.
//!
//! A type without `unit` is taken as day-based, the common case and the only one before
//! Personio added hour-based types.

use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::{Executor, Get};
use crate::model::{AbsenceType, AbsenceUnit};
use crate::v1::envelope::{decode, Page, Typed};
use crate::v1::lenient;
use crate::v1::paging::all_pages;

pub(crate) const PATH: &str = "v1/company/time-off-types";
pub(crate) const LABEL: &str = "time-off types (GET /v1/company/time-off-types)";
pub(crate) const LIMIT: usize = 200;

#[derive(Debug, Deserialize)]
struct Type {
    #[serde(deserialize_with = "lenient::u64")]
    id: u64,
    #[serde(deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    category: Option<String>,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    unit: Option<String>,
}

pub(crate) async fn list(exec: &Executor) -> Result<Vec<AbsenceType>, PersonioError> {
    let types = all_pages(LABEL, LIMIT, |page| async move {
        let get = Get {
            label: LABEL,
            path: PATH.to_owned(),
            query: vec![("limit", LIMIT.to_string()), ("offset", page.to_string())],
        };
        decode_page(&exec.get(&get).await?)
    })
    .await?;
    Ok(sorted(types))
}

/// One page's body as absence types.
pub(crate) fn decode_page(body: &[u8]) -> Result<Page<Vec<AbsenceType>>, PersonioError> {
    Ok(decode::<Vec<Typed<Type>>>(LABEL, body)?.map(|t| absence_type(t.0)))
}

/// Ordered by id, once each.
pub(crate) fn sorted(mut types: Vec<AbsenceType>) -> Vec<AbsenceType> {
    types.sort_by_key(|t| t.id);
    types.dedup_by_key(|t| t.id);
    types
}

fn absence_type(raw: Type) -> AbsenceType {
    let unit = match raw.unit.as_deref().map(str::trim) {
        Some(unit) if unit.eq_ignore_ascii_case("hour") || unit.eq_ignore_ascii_case("hours") => {
            AbsenceUnit::Hour
        }
        _ => AbsenceUnit::Day,
    };
    AbsenceType {
        id: raw.id,
        name: raw.name,
        category: raw.category.filter(|c| !c.trim().is_empty()),
        unit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_names_categories_and_units() {
        let types = decode_page(include_bytes!("../../tests/fixtures/time_off_types.json"))
            .unwrap()
            .items;
        assert_eq!(types.len(), 3, "three types in the fixture");
        assert_eq!(types[0].unit, AbsenceUnit::Day, "unit day is read");
        assert_eq!(types[1].unit, AbsenceUnit::Day, "a missing unit means day");
        assert_eq!(types[2].unit, AbsenceUnit::Hour, "unit hour is read");
        assert_eq!(types[2].category, None, "a null category is None");
        assert_eq!(types[2].name, "Überstundenabbau", "umlauts survive");
    }
}
