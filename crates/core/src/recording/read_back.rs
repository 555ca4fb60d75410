//! Reading Personio back around a push: before a change (was the period changed there since
//! Stint last saw it?), after a create whose answer was lost (is the period there already?),
//! and after the push (which approval state did Personio give?). Each is one list request for
//! the entry's days; what it finds is recorded as it is found.

use std::collections::HashSet;

use chrono::{Duration, NaiveDate};
use stint_personio::{AttendanceKind, Personio, PersonioError};
use stint_store::{EntryPeriod, PeriodFix, PushWrite, TimeEntry};

use super::parts::Part;
use super::push::Job;
use crate::{blocking, Stint};

/// What the entry's periods look like in Personio right before a change is sent.
pub(super) enum Check {
    /// As Stint last saw them (periods deleted there are forgotten and will be created).
    Clear,
    /// Changed in Personio since: not sent.
    ChangedThere,
}

impl Stint {
    /// Reads the entry's periods before changing them: one changed in Personio since Stint last
    /// saw it wins (see `super::reconcile`), so the user's change is kept beside it instead of
    /// being sent over it. Periods deleted there are forgotten (`own` loses them).
    pub(super) async fn check_personio_side(
        &self,
        job: &Job<'_>,
        entry: &TimeEntry,
        own: &mut Vec<EntryPeriod>,
    ) -> Result<Check, PersonioError> {
        let first = entry.start.date();
        let last = first + Duration::days(i64::from(own.iter().map(|l| l.part).max().unwrap_or(0)));
        let remote: Vec<_> = job
            .client
            .attendance_periods(job.person, (first, last))
            .await?
            .iter()
            .map(crate::attendances::stored)
            .collect();
        let entries = std::collections::HashMap::from([(entry.id, entry.clone())]);
        let fixes = super::reconcile::fixes(
            &entries,
            own,
            std::slice::from_ref(job.item),
            &remote,
            (first, last),
        );
        if fixes.is_empty() {
            return Ok(Check::Clear);
        }
        let now = self.clock.now().to_utc();
        let applied = blocking(|| self.store().apply_period_fixes(job.generation, &fixes, now));
        if applied.is_err() {
            return Ok(Check::ChangedThere); // nothing sent; the next push looks again
        }
        let mut changed_there = false;
        for fix in &fixes {
            match fix {
                PeriodFix::Unlink { period_id } => own.retain(|l| &l.period_id != period_id),
                PeriodFix::TakePersonio { .. } => changed_there = true,
                PeriodFix::Refresh { .. } | PeriodFix::DeleteEntry { .. } => {}
            }
        }
        Ok(if changed_there {
            Check::ChangedThere
        } else {
            Check::Clear
        })
    }

    /// After a create whose answer was not seen: the periods on the entry's days that match a
    /// wanted part by start and end and are no one's yet are that part.
    pub(super) async fn read_back(
        &self,
        job: &Job<'_>,
        wanted: &[Part],
        own: &[EntryPeriod],
    ) -> Result<Vec<EntryPeriod>, PersonioError> {
        let missing: Vec<&Part> = wanted
            .iter()
            .filter(|p| !own.iter().any(|l| l.part == p.part))
            .collect();
        let (Some(first), Some(last)) = (
            missing.iter().map(|p| p.start.date()).min(),
            missing.iter().map(|p| p.start.date()).max(),
        ) else {
            return Ok(Vec::new());
        };
        let periods = job
            .client
            .attendance_periods(job.person, (first, last))
            .await?;
        let taken: HashSet<String> =
            blocking(|| self.reader().linked_period_ids()).unwrap_or_default();
        Ok(missing
            .into_iter()
            .filter_map(|part| {
                periods
                    .iter()
                    .find(|p| {
                        p.kind == AttendanceKind::Work
                            && p.start == part.start
                            && p.end == Some(part.end)
                            && !taken.contains(&p.id)
                    })
                    .map(|p| EntryPeriod {
                        period_id: p.id.clone(),
                        entry_id: job.item.entry_id,
                        part: part.part,
                        status: String::from(p.status.clone()),
                        updated_at: p.updated_at,
                    })
            })
            .collect())
    }

    /// Reads the days `window` back and takes Personio's approval state and change time of the
    /// user's periods in it. A failure changes nothing: the next sync reads them anyway.
    pub(super) async fn refresh_links(
        &self,
        client: &Personio,
        person: &str,
        generation: i64,
        window: (NaiveDate, NaiveDate),
    ) {
        let Ok(periods) = client.attendance_periods(person, window).await else {
            return;
        };
        let Ok(links) = blocking(|| self.reader().entry_periods()) else {
            return;
        };
        for link in links {
            if let Some(p) = periods.iter().find(|p| p.id == link.period_id) {
                let fresh = EntryPeriod {
                    status: String::from(p.status.clone()),
                    updated_at: p.updated_at,
                    ..link
                };
                if self.record(generation, &PushWrite::Link(fresh)).is_err() {
                    return;
                }
            }
        }
    }
}
