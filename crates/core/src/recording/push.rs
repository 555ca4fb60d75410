//! Sending the outbox: for each waiting entry, the requests [`super::parts::steps`] names, each
//! step recorded as it happens so a crash or a `kill -9` at any point leaves a state the next
//! push continues from.
//!
//! A create has no idempotency key in Personio. Before it leaves, the row is marked as sending;
//! if no answer was seen (a timeout, a dropped connection, a crash), the next push first reads
//! the entry's days back and links a period with the same start and end instead of creating a
//! second one. A refusal (overlap, a locked month, a missing scope) stays on the entry with
//! Personio's words; a passing failure (offline, 5xx, rate limit) leaves the row for later.

use std::collections::VecDeque;

use chrono::{Duration, NaiveDate};
use futures_util::StreamExt;
use stint_model::{EntryReason, PushReport};
use stint_personio::{AttendanceChange, AttendanceKind, NewAttendance, Personio, PersonioError};
use stint_store::{EntryPeriod, OutboxAction, OutboxItem, PushWrite, TimeEntry};

use super::parts::{self, Part, Step};
use super::read_back::Check;
use crate::{blocking, CoreError, Stint};

/// One entry's push as it ended: the item, the days it touched, why it was not sent (if), and
/// what became of it.
type Pushed = (
    OutboxItem,
    Vec<NaiveDate>,
    Option<&'static str>,
    Result<Outcome, CoreError>,
);

/// Entries pushed at the same time.
const IN_FLIGHT: usize = 4;

/// What became of one entry's change.
enum Outcome {
    Sent {
        created: u32,
        changed: u32,
        deleted: u32,
    },
    /// Personio refused it; the reason is recorded on the row.
    Refused(String),
    /// Personio could not be asked now; the row waits.
    Waiting(PersonioError),
    /// Changed in Personio meanwhile: Personio's version is in force, the user's kept beside
    /// it; the row waits for the user's choice.
    Held,
}

/// Why an entry's change was not pushed this time, if it is waiting for the user.
fn held(item: &OutboxItem) -> Option<&'static str> {
    if item.kept.is_some() {
        Some("Changed in Personio meanwhile: choose \"use mine\" or \"keep Personio's\" first")
    } else {
        None
    }
}

impl Stint {
    /// Sends the outbox now (or, with `dry_run`, says what it would send). One push at a time;
    /// a sync pushes first too. While recording is off the outbox holds only changes of
    /// entries already in Personio, and those still go.
    pub async fn push_outbox(&self, dry_run: bool) -> Result<PushReport, CoreError> {
        let _gate = self.push_gate.lock().await;
        let (settings, generation) = self.settings_and_generation()?;
        let personio = settings.personio.clone().ok_or(CoreError::NotConnected)?;
        let (items, links) = {
            let store = self.reader();
            (store.outbox()?, store.entry_periods()?)
        };
        let mut report = PushReport {
            dry_run,
            ..PushReport::default()
        };
        let mut work = Vec::new();
        for item in items {
            if let Some(reason) = &item.refused {
                report.refused.push(EntryReason {
                    entry_id: item.entry_id,
                    reason: reason.clone(),
                });
            } else if let Some(why) = held(&item) {
                report.skipped.push(EntryReason {
                    entry_id: item.entry_id,
                    reason: why.to_owned(),
                });
            } else {
                work.push(item);
            }
        }
        if dry_run {
            for item in &work {
                let entry = self.reader().time_entry(item.entry_id)?;
                let (wanted, skip) = wanted(item, entry.as_ref());
                if let Some(reason) = skip {
                    report.skipped.push(EntryReason {
                        entry_id: item.entry_id,
                        reason: reason.to_owned(),
                    });
                }
                let own: Vec<EntryPeriod> = links
                    .iter()
                    .filter(|l| l.entry_id == item.entry_id)
                    .cloned()
                    .collect();
                count(&mut report, &parts::steps(&wanted, &own));
            }
            report.waiting = u32::try_from(work.len()).unwrap_or(u32::MAX);
            return Ok(report);
        }
        let timer_waits = blocking(|| self.reader().timer_periods())?
            .iter()
            .any(super::timer_push::needs_push);
        if work.is_empty() && !timer_waits {
            return Ok(report);
        }
        let base_url = personio
            .base_url
            .clone()
            .unwrap_or_else(|| stint_personio::DEFAULT_BASE_URL.to_owned());
        let client = self.cached_client(&personio, &base_url)?;
        let person = match self.v2_person_id(&client, &personio.email).await {
            Ok(person) => person,
            Err(err) => {
                report.waiting = u32::try_from(work.len()).unwrap_or(u32::MAX);
                report.error = Some(err.to_string());
                return Ok(report);
            }
        };
        let skip_approval = personio.skip_approval;
        if timer_waits {
            self.push_timer(&client, &person, generation, skip_approval, &mut report)
                .await?;
        }
        // A few entries at once: latency, not bandwidth, is what a push waits on, and four
        // requests in flight stay far below Personio's 150 calls a minute.
        let outcomes: Vec<Pushed> = futures_util::stream::iter(work.iter().cloned())
            .map(|item| {
                let (client, person) = (&client, person.as_str());
                async move {
                    let entry = match blocking(|| self.reader().time_entry(item.entry_id)) {
                        Ok(entry) => entry,
                        Err(err) => return (item, Vec::new(), None, Err(CoreError::from(err))),
                    };
                    let (wanted, skip) = wanted(&item, entry.as_ref());
                    let days = wanted.iter().map(|p| p.start.date()).collect();
                    let job = Job {
                        client,
                        person,
                        generation,
                        skip_approval,
                        item: &item,
                        entry: entry.as_ref(),
                    };
                    let outcome = self.push_one(&job, &wanted).await;
                    (item, days, skip, outcome)
                }
            })
            .buffer_unordered(IN_FLIGHT)
            .collect()
            .await;
        let mut touched: Vec<NaiveDate> = Vec::new();
        let mut left = work.len();
        for (item, days, skip, outcome) in outcomes {
            touched.extend(days);
            match outcome? {
                Outcome::Sent {
                    created,
                    changed,
                    deleted,
                } => {
                    report.created += created;
                    report.changed += changed;
                    report.deleted += deleted;
                    if let Some(reason) = skip {
                        report.skipped.push(EntryReason {
                            entry_id: item.entry_id,
                            reason: reason.to_owned(),
                        });
                    }
                    left -= 1;
                }
                Outcome::Refused(reason) => {
                    report.refused.push(EntryReason {
                        entry_id: item.entry_id,
                        reason,
                    });
                    left -= 1;
                }
                Outcome::Held => {
                    report.skipped.push(EntryReason {
                        entry_id: item.entry_id,
                        reason: "Changed in Personio meanwhile: Personio's version is in force, yours is kept beside it".to_owned(),
                    });
                    left -= 1;
                }
                Outcome::Waiting(err) => {
                    self.record(
                        generation,
                        &PushWrite::Failed {
                            entry_id: item.entry_id,
                        },
                    )?;
                    report.error.get_or_insert_with(|| err.to_string());
                }
            }
        }
        report.refused.sort_by_key(|r| r.entry_id);
        report.skipped.sort_by_key(|r| r.entry_id);
        report.waiting = u32::try_from(left).unwrap_or(u32::MAX);
        if let (Some(first), Some(last)) = (touched.iter().min(), touched.iter().max()) {
            // Learn the approval states Personio gave: one read for the days touched.
            self.refresh_links(
                &client,
                &person,
                generation,
                (*first, *last + Duration::days(1)),
            )
            .await;
        }
        Ok(report)
    }

    /// Makes Personio match one entry (see the module docs).
    async fn push_one(&self, job: &Job<'_>, wanted: &[Part]) -> Result<Outcome, CoreError> {
        let id = job.item.entry_id;
        let mut own: Vec<EntryPeriod> = blocking(|| self.reader().entry_periods())?
            .into_iter()
            .filter(|l| l.entry_id == id)
            .collect();
        if job.item.sent_at.is_some() {
            match self.read_back(job, wanted, &own).await {
                Ok(found) => {
                    for link in found {
                        self.record(job.generation, &PushWrite::Link(link.clone()))?;
                        own.push(link);
                    }
                    self.record(job.generation, &PushWrite::ReadBack { entry_id: id })?;
                }
                Err(err) => return Ok(Outcome::Waiting(err)),
            }
        }
        if let (OutboxAction::Put, Some(entry), false) =
            (job.item.action, job.entry, own.is_empty())
        {
            match self.check_personio_side(job, entry, &mut own).await {
                Ok(Check::Clear) => {}
                Ok(Check::ChangedThere) => return Ok(Outcome::Held),
                Err(err) => return Ok(Outcome::Waiting(err)),
            }
        }
        let mut queue: VecDeque<Step> = parts::steps(wanted, &own).into();
        let (mut created, mut changed, mut deleted) = (0, 0, 0);
        let note = job.entry.map(|e| e.note.clone()).unwrap_or_default();
        while let Some(step) = queue.pop_front() {
            let answer = match &step {
                Step::Create(part) => {
                    let at = self.clock.now().to_utc();
                    self.record(job.generation, &PushWrite::Sending { entry_id: id, at })?;
                    let new = NewAttendance {
                        person_id: job.person.to_owned(),
                        kind: AttendanceKind::Work,
                        start: part.start,
                        end: Some(part.end),
                        comment: (!note.is_empty()).then(|| note.clone()),
                        skip_approval: job.skip_approval,
                    };
                    job.client.create_attendance(&new).await.map(|period_id| {
                        created += 1;
                        Some(EntryPeriod {
                            period_id,
                            entry_id: id,
                            part: part.part,
                            status: if job.skip_approval {
                                "CONFIRMED"
                            } else {
                                "PENDING"
                            }
                            .to_owned(),
                            updated_at: None,
                        })
                    })
                }
                Step::Change { period_id, part } => {
                    let change = AttendanceChange {
                        start: Some(part.start),
                        end: Some(part.end),
                        comment: Some(note.clone()),
                    };
                    match job.client.change_attendance(period_id, &change).await {
                        Ok(()) => {
                            changed += 1;
                            Ok(None)
                        }
                        Err(PersonioError::Refused { status: 404, .. }) => {
                            // Deleted in Personio meanwhile: the entry is still the user's, so
                            // it is created anew.
                            self.record(
                                job.generation,
                                &PushWrite::Unlink {
                                    period_id: period_id.clone(),
                                },
                            )?;
                            queue.push_back(Step::Create(part.clone()));
                            Ok(None)
                        }
                        Err(err) => Err(err),
                    }
                }
                Step::Delete { period_id } => match job.client.delete_attendance(period_id).await {
                    Ok(()) | Err(PersonioError::Refused { status: 404, .. }) => {
                        deleted += 1;
                        self.record(
                            job.generation,
                            &PushWrite::Unlink {
                                period_id: period_id.clone(),
                            },
                        )?;
                        Ok(None)
                    }
                    Err(err) => Err(err),
                },
            };
            match answer {
                Ok(Some(link)) => {
                    self.record(job.generation, &PushWrite::Link(link))?;
                }
                Ok(None) => {}
                Err(err) => return self.failed(job, err),
            }
        }
        self.record(
            job.generation,
            &PushWrite::Done {
                entry_id: id,
                queued_at: job.item.queued_at,
            },
        )?;
        Ok(Outcome::Sent {
            created,
            changed,
            deleted,
        })
    }

    /// Sorts a failed request into a refusal (recorded, waits for the user) or a passing
    /// failure (the row waits for the next push).
    fn failed(&self, job: &Job<'_>, err: PersonioError) -> Result<Outcome, CoreError> {
        let refusal = match &err {
            PersonioError::Refused { reason, .. } => Some(reason.clone()),
            PersonioError::MissingScope { .. } => Some(err.to_string()),
            _ => None,
        };
        match refusal {
            Some(reason) => {
                self.record(
                    job.generation,
                    &PushWrite::Refused {
                        entry_id: job.item.entry_id,
                        reason: reason.clone(),
                    },
                )?;
                Ok(Outcome::Refused(reason))
            }
            None => Ok(Outcome::Waiting(err)),
        }
    }

    pub(super) fn record(&self, generation: i64, write: &PushWrite) -> Result<bool, CoreError> {
        Ok(blocking(|| self.store().record_push(generation, write))?)
    }

    /// The v2 person id of the connected employee, looked up once per connection.
    pub(crate) async fn v2_person_id(
        &self,
        client: &Personio,
        email: &str,
    ) -> Result<String, PersonioError> {
        if let Some(id) = crate::lock(&self.v2_person).clone() {
            return Ok(id);
        }
        let person = client.person_by_email(email).await?;
        *crate::lock(&self.v2_person) = Some(person.id.clone());
        Ok(person.id)
    }
}

/// One entry's push and what it needs.
pub(super) struct Job<'a> {
    pub client: &'a Personio,
    pub person: &'a str,
    pub generation: i64,
    pub skip_approval: bool,
    pub item: &'a OutboxItem,
    pub entry: Option<&'a TimeEntry>,
}

/// The parts an outbox row wants in Personio, and why none when the entry cannot be sent.
fn wanted(item: &OutboxItem, entry: Option<&TimeEntry>) -> (Vec<Part>, Option<&'static str>) {
    match (item.action, entry) {
        (OutboxAction::Delete, _) | (OutboxAction::Put, None) => (Vec::new(), None),
        (OutboxAction::Put, Some(entry)) => match parts::parts_of(entry) {
            Ok(parts) => (parts, None),
            Err(reason) => (Vec::new(), Some(reason)),
        },
    }
}

fn count(report: &mut PushReport, steps: &[Step]) {
    for step in steps {
        match step {
            Step::Create(_) => report.created += 1,
            Step::Change { .. } => report.changed += 1,
            Step::Delete { .. } => report.deleted += 1,
        }
    }
}
