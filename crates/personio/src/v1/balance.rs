//! `GET /v1/company/employees/{id}/absences/balance`: balance per absence type.
//!
//! Both numbers are shown as Personio computes them (`balance` as of today, `available_balance`
//! with upcoming periods deducted); Stint never subtracts absences itself. Values may be
//! fractional, and are read from numbers or numeric strings.

use serde::Deserialize;

use crate::error::PersonioError;
use crate::executor::{Executor, Get};
use crate::model::Balance;
use crate::v1::envelope::{decode, Typed};
use crate::v1::lenient;

pub(crate) const LABEL: &str = "balances (GET /v1/company/employees/{id}/absences/balance)";

#[derive(Debug, Deserialize)]
struct Entry {
    #[serde(deserialize_with = "lenient::u64")]
    id: u64,
    #[serde(deserialize_with = "lenient::text")]
    name: String,
    #[serde(default, deserialize_with = "lenient::opt_text")]
    category: Option<String>,
    #[serde(deserialize_with = "lenient::f64")]
    balance: f64,
    #[serde(deserialize_with = "lenient::f64")]
    available_balance: f64,
}

pub(crate) async fn list(exec: &Executor, employee_id: u64) -> Result<Vec<Balance>, PersonioError> {
    let get = Get {
        label: LABEL,
        path: format!("v1/company/employees/{employee_id}/absences/balance"),
        query: Vec::new(),
    };
    decode_list(&exec.get(&get).await?)
}

/// The body as balances (an unpaged list without metadata).
pub(crate) fn decode_list(body: &[u8]) -> Result<Vec<Balance>, PersonioError> {
    Ok(decode::<Vec<Typed<Entry>>>(LABEL, body)?
        .map(|e| balance(e.0))
        .items)
}

fn balance(entry: Entry) -> Balance {
    Balance {
        type_id: entry.id,
        type_name: entry.name,
        category: entry.category.filter(|c| !c.trim().is_empty()),
        balance: entry.balance,
        available_balance: entry.available_balance,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fractional_balances_from_numbers_and_strings() {
        let all = decode_list(include_bytes!("../../tests/fixtures/balance.json")).unwrap();
        assert_eq!(
            (all[0].balance, all[0].available_balance),
            (10.5, 8.5),
            "both balances are shown as Personio computes them, fractions included"
        );
        assert_eq!(
            all[1].balance, 2.25,
            "a balance sent as a string is still a number"
        );
        assert_eq!(all[1].category, None, "a null category is None");
    }
}
