//! Absence balances per type, computed from the seed the way Personio reports them.
//!
//! `balance` is the effective balance as of today (upcoming periods not deducted);
//! `available_balance` is what is left to plan (upcoming approved and pending periods deducted).
//! Both are for the calendar year of `today`, and half days make them fractional.

use chrono::Datelike;

use super::{DemoCompany, TimeOffStatus, Unit};

/// One line of `/v1/company/employees/{id}/absences/balance`.
#[derive(Debug, Clone, PartialEq)]
pub struct DemoBalance {
    /// The type's id.
    pub type_id: i64,
    /// The type's name.
    pub name: String,
    /// The type's category, if any.
    pub category: Option<String>,
    /// As of today.
    pub balance: f64,
    /// After upcoming absences.
    pub available_balance: f64,
}

impl DemoCompany {
    /// Balances of every type for `employee_id`; `None` for an unknown employee. Types without
    /// an entitlement report 0.
    pub fn balances_of(&self, employee_id: i64) -> Option<Vec<DemoBalance>> {
        self.employee(employee_id)?;
        let year = self.today.year();
        let lines = self
            .types
            .iter()
            .map(|kind| {
                let Some(entitlement) = kind.entitlement else {
                    return DemoBalance {
                        type_id: kind.id,
                        name: kind.name.clone(),
                        category: kind.category.clone(),
                        balance: 0.0,
                        available_balance: 0.0,
                    };
                };
                let (mut taken, mut planned) = (0.0, 0.0);
                let uses = self.usage(employee_id, kind.id, kind.unit);
                for (date, amount, status) in uses {
                    if date.year() != year {
                        continue;
                    }
                    if date <= self.today && status == TimeOffStatus::Approved {
                        taken += amount;
                    } else if date > self.today && status != TimeOffStatus::Requested {
                        planned += amount;
                    }
                }
                DemoBalance {
                    type_id: kind.id,
                    name: kind.name.clone(),
                    category: kind.category.clone(),
                    balance: entitlement - taken,
                    available_balance: entitlement - taken - planned,
                }
            })
            .collect();
        Some(lines)
    }

    /// (start date, amount in the type's unit, status) of every absence of one type.
    fn usage(
        &self,
        employee_id: i64,
        type_id: i64,
        unit: Unit,
    ) -> Vec<(chrono::NaiveDate, f64, TimeOffStatus)> {
        match unit {
            Unit::Day => self
                .time_offs
                .iter()
                .filter(|t| t.employee_id == employee_id && t.type_id == type_id)
                .map(|t| (t.start, t.days_count, t.status))
                .collect(),
            Unit::Hour => self
                .absence_periods
                .iter()
                .filter(|p| p.employee_id == employee_id && p.type_id == type_id)
                .map(|p| {
                    let hours = f64::from(p.effective_minutes()) / 60.0;
                    (p.start.date(), hours, p.status)
                })
                .collect(),
        }
    }
}
