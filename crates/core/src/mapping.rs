//! Translates what the Personio client read into what the store keeps.
//!
//! The client speaks Personio's domain (`TimeOff`, `HourAbsence`), the store speaks rows
//! (`StoredAbsence`). Keeping the translation here means neither crate knows the other.

use crate::attendances::V2Read;
use chrono::{DateTime, Utc};
use stint_personio::{Snapshot, TimeOff};
use stint_store::{
    AbsenceKind, AbsenceType, Balance, PersonioSnapshot, Profile, StoredAbsence, WeeklyMinutes,
    WorkSchedule,
};

/// Where a connection points, recorded in the profile for the status screen.
#[derive(Debug, Clone)]
pub struct ConnectionFacts<'a> {
    pub base_url: &'a str,
    pub client_id: &'a str,
    pub connected_at: DateTime<Utc>,
}

pub fn to_store(
    snapshot: &Snapshot,
    v2: V2Read,
    facts: &ConnectionFacts<'_>,
    now: DateTime<Utc>,
) -> PersonioSnapshot {
    let employee = &snapshot.employee;
    let type_category = |name: &str| {
        snapshot
            .absence_types
            .iter()
            .find(|t| t.name == name)
            .and_then(|t| t.category.clone())
    };
    let type_id = |name: &str| {
        snapshot
            .absence_types
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.id as i64)
    };
    let day_based = snapshot
        .time_offs
        .iter()
        .map(|t| day_absence(t, type_id(&t.type_name)));
    let hour_based = snapshot.hour_absences.iter().filter_map(|h| {
        let start = h.breakdowns.first()?.0;
        let end = h.breakdowns.last()?.0;
        Some(StoredAbsence {
            source_id: format!("hour:{}", h.id),
            kind: AbsenceKind::Hour,
            type_id: type_id(&h.type_name),
            type_name: h.type_name.clone(),
            category: type_category(&h.type_name),
            status: String::from(h.status.clone()),
            start,
            end,
            half_day_start: false,
            half_day_end: false,
            days_count: None,
            minutes_by_day: h.breakdowns.clone(),
        })
    });
    PersonioSnapshot {
        profile: Profile {
            employee_id: employee.id as i64,
            email: employee.email.clone(),
            first_name: employee.first_name.clone(),
            last_name: employee.last_name.clone(),
            position: employee.position.clone(),
            department: employee.department.clone(),
            base_url: facts.base_url.to_owned(),
            client_id: facts.client_id.to_owned(),
            connected_at: facts.connected_at,
        },
        schedule: WorkSchedule {
            name: None,
            valid_from: None,
            minutes: WeeklyMinutes(employee.schedule.minutes),
            fetched_at: now,
        },
        absences: day_based.chain(hour_based).collect(),
        attendances: v2.attendances,
        areas: v2.areas,
        balances: snapshot
            .balances
            .iter()
            .map(|b| Balance {
                type_id: b.type_id as i64,
                type_name: b.type_name.clone(),
                category: b.category.clone(),
                balance: b.balance,
                available_balance: Some(b.available_balance),
            })
            .collect(),
        types: snapshot
            .absence_types
            .iter()
            .map(|t| AbsenceType {
                id: t.id as i64,
                name: t.name.clone(),
                category: t.category.clone(),
                unit: match t.unit {
                    stint_personio::AbsenceUnit::Day => AbsenceKind::Day,
                    stint_personio::AbsenceUnit::Hour => AbsenceKind::Hour,
                },
            })
            .collect(),
    }
}

fn day_absence(t: &TimeOff, type_id: Option<i64>) -> StoredAbsence {
    StoredAbsence {
        // Day-based and hour-based ids come from different id spaces; prefix to keep apart.
        source_id: format!("day:{}", t.id),
        kind: AbsenceKind::Day,
        type_id,
        type_name: t.type_name.clone(),
        category: t.category.clone(),
        status: String::from(t.status.clone()),
        start: t.start,
        end: t.end,
        half_day_start: t.half_day_start,
        half_day_end: t.half_day_end,
        days_count: Some(t.days_count),
        minutes_by_day: Vec::new(),
    }
}
