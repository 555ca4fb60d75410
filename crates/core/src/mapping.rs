//! Translates what the Personio client read into what the store keeps.
//!
//! The client speaks Personio's domain (`TimeOff`, `HourAbsence`), the store speaks rows
//! (`StoredAbsence`). Keeping the translation here means neither crate knows the other.

use crate::attendances::V2Read;
use chrono::{DateTime, Utc};
use stint_personio::{Absences, DayAbsence, HourAbsence, Snapshot, TimeOff};
use stint_store::{
    AbsenceKind, AbsenceTimes, AbsenceType, Balance, PersonioSnapshot, Profile, StoredAbsence,
    WeeklyMinutes, WorkSchedule,
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
    let hour_absence = |h: &HourAbsence| {
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
            times: h.times.map(|t| AbsenceTimes {
                start: t.start,
                end: t.end,
            }),
        })
    };
    // Over v2 when the credential may read absences there and the answer is complete; else
    // v1's time-offs as before.
    let mut areas = v2.areas;
    let v2_absences = v2.absences.filter(|v2_absences| {
        let complete = complete(v2_absences, snapshot);
        if !complete {
            mark_incomplete(&mut areas);
        }
        complete
    });
    let absences: Vec<StoredAbsence> = match &v2_absences {
        Some(v2_absences) => {
            let v2_day = |d: &DayAbsence| {
                // v2 names the type by id; the name comes with it or from v1's types.
                let type_name = d.type_name.clone().unwrap_or_else(|| {
                    snapshot
                        .absence_types
                        .iter()
                        .find(|t| t.id.to_string() == d.type_id)
                        .map_or_else(|| d.type_id.clone(), |t| t.name.clone())
                });
                StoredAbsence {
                    source_id: format!("day:{}", d.id),
                    kind: AbsenceKind::Day,
                    type_id: type_id(&type_name).or_else(|| d.type_id.parse().ok()),
                    category: type_category(&type_name),
                    type_name,
                    status: String::from(d.status.clone()),
                    start: d.start,
                    // An open-ended absence counts until the end of the window.
                    end: d.end.unwrap_or(snapshot.window.1),
                    half_day_start: d.half_day_start,
                    half_day_end: d.half_day_end,
                    days_count: None,
                    minutes_by_day: Vec::new(),
                    times: None,
                }
            };
            v2_absences
                .days
                .iter()
                .map(v2_day)
                .chain(v2_absences.hours.iter().filter_map(hour_absence))
                .collect()
        }
        None => snapshot
            .time_offs
            .iter()
            .map(|t| day_absence(t, type_id(&t.type_name)))
            .chain(snapshot.hour_absences.iter().filter_map(hour_absence))
            .collect(),
    };
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
        absences,
        attendances: v2.attendances,
        areas,
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

/// Whether v2's absences hold at least what v1 answered in the same sync. v2's lists carry no
/// count to check an answer against; v1's do (and are checked), so while both are read, v1 is
/// the measure: a v2 answer with fewer day or hour absences, or fewer hours, lost some.
fn complete(v2: &Absences, snapshot: &Snapshot) -> bool {
    let hours = |breakdowns: &[(chrono::NaiveDate, u32)]| -> u64 {
        breakdowns.iter().map(|(_, m)| u64::from(*m)).sum()
    };
    let v2_hours: u64 = v2.hours.iter().map(|h| hours(&h.breakdowns)).sum();
    let v1_hours: u64 = snapshot
        .hour_absences
        .iter()
        .map(|h| hours(&h.breakdowns))
        .sum();
    v2.days.len() >= snapshot.time_offs.len()
        && v2.hours.len() >= snapshot.hour_absences.len()
        && v2_hours >= v1_hours
}

/// Notes on the absences area that v2's answer was incomplete and v1's is used.
fn mark_incomplete(areas: &mut [stint_store::AreaStatus]) {
    let absences = crate::attendances::name(stint_personio::Area::Absences);
    if let Some(area) = areas.iter_mut().find(|a| a.area == absences) {
        area.available = false;
        area.detail = Some(
            "Personio's v2 answered fewer absences than v1 in this sync; Stint used v1's"
                .to_owned(),
        );
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
        times: None,
    }
}
