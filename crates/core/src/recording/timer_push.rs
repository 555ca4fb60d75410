//! Sending the running timer's periods (see [`crate::timer`]): create each period (open-ended
//! while it runs), send an end once it has one, delete what was discarded. Like entries, a
//! create whose answer was not seen is read back and matched (by kind and start) before it is
//! sent again, and every step is recorded as it happens.

use stint_model::PushReport;
use stint_personio::{AttendanceChange, AttendanceKind, NewAttendance, Personio, PersonioError};
use stint_store::{TimerPeriod, TimerPush};

use crate::{blocking, CoreError, Stint};

/// Whether a timer period still needs Personio.
pub(super) fn needs_push(p: &TimerPeriod) -> bool {
    p.discard
        || p.period_id.is_none()
        || (p.end.is_some() && !p.end_sent)
        || (p.kind == "BREAK" && p.end_sent)
}

fn kind(p: &TimerPeriod) -> AttendanceKind {
    AttendanceKind::from(p.kind.clone())
}

impl Stint {
    /// Brings the timer's periods to Personio; stops at the first failure that is not a
    /// refusal (the rest would fail the same way), noting it in `report`.
    pub(super) async fn push_timer(
        &self,
        client: &Personio,
        person: &str,
        generation: i64,
        skip_approval: bool,
        report: &mut PushReport,
    ) -> Result<(), CoreError> {
        let rows: Vec<TimerPeriod> = blocking(|| self.reader().timer_periods())?
            .into_iter()
            .filter(needs_push)
            .collect();
        for row in rows {
            match self
                .push_period(client, person, generation, skip_approval, &row)
                .await
            {
                Ok(()) => {}
                Err(Failure::Core(err)) => return Err(err),
                Err(Failure::Personio(PersonioError::Refused { reason, .. })) => {
                    report.error.get_or_insert_with(|| {
                        format!("Personio refused the running timer's period: {reason}")
                    });
                }
                Err(Failure::Personio(err)) => {
                    report.error.get_or_insert_with(|| err.to_string());
                    return Ok(());
                }
            }
        }
        Ok(())
    }

    async fn push_period(
        &self,
        client: &Personio,
        person: &str,
        generation: i64,
        skip_approval: bool,
        row: &TimerPeriod,
    ) -> Result<(), Failure> {
        let seq = row.seq;
        let mut period_id = row.period_id.clone();
        if period_id.is_none() && row.sending_at.is_some() {
            period_id = self.find_sent(client, person, row).await?;
            let step = match &period_id {
                Some(id) => TimerPush::Created {
                    seq,
                    period_id: id.clone(),
                    end_sent: false,
                },
                None => TimerPush::NotArrived { seq },
            };
            self.timer_step(generation, &step)?;
        }
        if row.discard {
            if let Some(id) = &period_id {
                match client.delete_attendance(id).await {
                    Ok(()) | Err(PersonioError::Refused { status: 404, .. }) => {}
                    Err(err) => return Err(Failure::Personio(err)),
                }
            }
            return self.timer_step(generation, &TimerPush::Remove { seq });
        }
        let Some(id) = period_id else {
            let at = self.clock.now().to_utc();
            self.timer_step(generation, &TimerPush::Sending { seq, at })?;
            let new = NewAttendance {
                person_id: person.to_owned(),
                kind: kind(row),
                start: row.start,
                end: row.end,
                comment: None,
                skip_approval,
            };
            let id = client
                .create_attendance(&new)
                .await
                .map_err(Failure::Personio)?;
            self.timer_step(
                generation,
                &TimerPush::Created {
                    seq,
                    period_id: id,
                    end_sent: row.end.is_some(),
                },
            )?;
            return self.finish_break(generation, row, row.end.is_some());
        };
        if let (Some(end), false) = (row.end, row.end_sent) {
            let change = AttendanceChange {
                end: Some(end),
                ..AttendanceChange::default()
            };
            match client.change_attendance(&id, &change).await {
                Ok(()) => self.timer_step(generation, &TimerPush::EndSent { seq })?,
                // Deleted in Personio meanwhile: a worked stretch is created anew (the user's
                // time is kept), a break is let go.
                Err(PersonioError::Refused { status: 404, .. }) if row.kind == "WORK" => {
                    return self.timer_step(generation, &TimerPush::Lost { seq });
                }
                Err(PersonioError::Refused { status: 404, .. }) => {
                    return self.timer_step(generation, &TimerPush::Remove { seq })
                }
                Err(err) => return Err(Failure::Personio(err)),
            }
        }
        self.finish_break(generation, row, true)
    }

    /// A break whose end Personio has is done with once its timer has ended (until then a
    /// discard must still find it); a worked stretch stays until the timer stops and books it.
    fn finish_break(&self, generation: i64, row: &TimerPeriod, ended: bool) -> Result<(), Failure> {
        let timer = blocking(|| self.reader().running_timer()).map_err(CoreError::from)?;
        let of_running_timer = timer.is_some_and(|t| row.start >= t.started_at);
        if row.kind == "BREAK" && ended && !of_running_timer {
            self.timer_step(generation, &TimerPush::Remove { seq: row.seq })?;
        }
        Ok(())
    }

    /// After a create whose answer was not seen: the period of the same kind and start that no
    /// one else has is it.
    async fn find_sent(
        &self,
        client: &Personio,
        person: &str,
        row: &TimerPeriod,
    ) -> Result<Option<String>, Failure> {
        let day = row.start.date();
        let periods = client
            .attendance_periods(person, (day, day))
            .await
            .map_err(Failure::Personio)?;
        let taken = blocking(|| self.reader().linked_period_ids()).map_err(CoreError::from)?;
        Ok(periods
            .into_iter()
            .find(|p| p.kind == kind(row) && p.start == row.start && !taken.contains(&p.id))
            .map(|p| p.id))
    }

    fn timer_step(&self, generation: i64, step: &TimerPush) -> Result<(), Failure> {
        blocking(|| self.store().record_timer_push(generation, step))
            .map_err(|err| Failure::Core(err.into()))
    }
}

/// Why a timer period was not pushed.
enum Failure {
    Core(CoreError),
    Personio(PersonioError),
}

impl From<CoreError> for Failure {
    fn from(err: CoreError) -> Self {
        Failure::Core(err)
    }
}
