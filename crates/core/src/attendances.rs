//! What a sync reads from Personio's v2 beside the v1 snapshot: the user's absences and
//! attendance periods, and which v2 areas the credential may use (persons, absences,
//! attendances read and write).
//!
//! Each area is tried on its own and its outcome recorded: a credential without the attendance
//! scope still syncs its schedule, absences and balance, and the Connection Manager can say
//! which scope to add. Nothing here fails a sync. Absences come from v2 when the credential may
//! read them there (Personio asks integrators to move absences to v2); otherwise the sync keeps
//! v1's (`absences: None`), and the absences area says so. Attendances that could not be read
//! keep what was stored before (`attendances: None`). Absences and attendances are read at
//! the same time, once the person is known.

use stint_model::{AreaView, PersonioArea};
use stint_personio::{Absences, Area, AttendancePeriod, Personio, PersonioError, SCOPES_LOCATION};
use stint_store::{AreaStatus, StoredAttendance};

/// The v2 part of a sync.
#[derive(Debug, Default)]
pub(crate) struct V2Read {
    /// The person's absences over v2, or `None` to keep v1's.
    pub absences: Option<Absences>,
    pub attendances: Option<Vec<StoredAttendance>>,
    pub areas: Vec<AreaStatus>,
}

/// Reads the attendance periods of `email`'s person in `window` and the areas' statuses.
pub(crate) async fn read(
    client: &Personio,
    email: &str,
    window: (chrono::NaiveDate, chrono::NaiveDate),
) -> V2Read {
    let scopes = match client.v2_scopes().await {
        Ok(scopes) => scopes,
        Err(err) => {
            let why = format!("Personio's v2 API could not be used: {err}");
            return V2Read {
                absences: None,
                attendances: None,
                areas: Area::ALL.map(|a| status(a, Some(why.clone()))).to_vec(),
            };
        }
    };
    let missing = |area: Area| {
        (!scopes.grants(area)).then(|| {
            format!(
                "The API credential may not {} (scope {}): add it in Personio ({SCOPES_LOCATION})",
                area.what(),
                area.scope()
            )
        })
    };
    let mut areas = vec![status(
        Area::AttendancesWrite,
        missing(Area::AttendancesWrite),
    )];
    let person = match missing(Area::Persons) {
        Some(why) => Err(why),
        None => client
            .person_by_email(email)
            .await
            .map_err(|e| e.to_string()),
    };
    areas.push(status(Area::Persons, person.as_ref().err().cloned()));
    let read_absences = async {
        match (&person, missing(Area::Absences)) {
            (_, Some(why)) => Err(why),
            (Err(why), None) => Err(format!("No v2 person to read absences for: {why}")),
            (Ok(person), None) => client
                .absence_periods(&person.id, window)
                .await
                .map_err(|err| area_error(Area::Absences, &err)),
        }
    };
    let read_attendances = async {
        match (&person, missing(Area::AttendancesRead)) {
            (_, Some(why)) => Err(why),
            (Err(why), None) => Err(format!("No v2 person to read attendances for: {why}")),
            (Ok(person), None) => client
                .attendance_periods(&person.id, window)
                .await
                .map_err(|err| area_error(Area::AttendancesRead, &err)),
        }
    };
    let (absences, attendances) = tokio::join!(read_absences, read_attendances);
    areas.push(status(
        Area::Absences,
        absences
            .as_ref()
            .err()
            .map(|why| format!("{why}; Stint reads absences over v1 meanwhile")),
    ));
    areas.push(status(
        Area::AttendancesRead,
        attendances.as_ref().err().cloned(),
    ));
    V2Read {
        absences: absences.ok(),
        attendances: attendances
            .ok()
            .map(|periods| periods.iter().map(stored).collect()),
        areas,
    }
}

fn area_error(area: Area, err: &PersonioError) -> String {
    match err {
        PersonioError::MissingScope { .. } => format!(
            "The API credential may not {} (scope {}): add it in Personio ({SCOPES_LOCATION})",
            area.what(),
            area.scope()
        ),
        other => other.to_string(),
    }
}

fn status(area: Area, why_not: Option<String>) -> AreaStatus {
    AreaStatus {
        area: name(area).to_owned(),
        available: why_not.is_none(),
        detail: why_not,
    }
}

/// The stored name of an area (the model's snake_case spelling).
pub(crate) fn name(area: Area) -> &'static str {
    match area {
        Area::Persons => "persons",
        Area::Absences => "absences",
        Area::AttendancesRead => "attendances_read",
        Area::AttendancesWrite => "attendances_write",
    }
}

pub(crate) fn stored(p: &AttendancePeriod) -> StoredAttendance {
    StoredAttendance {
        id: p.id.clone(),
        kind: String::from(p.kind.clone()),
        start: p.start,
        end: p.end,
        status: String::from(p.status.clone()),
        comment: p.comment.clone().unwrap_or_default(),
        updated_at: p.updated_at,
    }
}

/// The stored statuses as the Connection Manager shows them, persons first (unknown names are
/// skipped).
pub(crate) fn views(areas: Vec<AreaStatus>) -> Vec<AreaView> {
    let mut views: Vec<AreaView> = areas
        .into_iter()
        .filter_map(|a| {
            let area = match a.area.as_str() {
                "persons" => PersonioArea::Persons,
                "absences" => PersonioArea::Absences,
                "attendances_read" => PersonioArea::AttendancesRead,
                "attendances_write" => PersonioArea::AttendancesWrite,
                _ => return None,
            };
            Some(AreaView {
                area,
                available: a.available,
                detail: a.detail,
            })
        })
        .collect();
    views.sort_by_key(|v| v.area as u8);
    views
}
