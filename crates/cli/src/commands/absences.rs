//! `stint-cli absences add`: one of the user's own absences (exit code 3 while Personio is
//! connected), checked by the same core rule as the Settings page's form.

use crate::args::AbsencesAction;
use crate::{input, Failure};
use stint_core::Stint;
use stint_model::{iso, ManualAbsenceInput};

pub fn run(stint: &Stint, action: AbsencesAction) -> Result<(), Failure> {
    let AbsencesAction::Add {
        type_name,
        from,
        to,
        half_day_start,
        half_day_end,
    } = action;
    let absence = stint.add_manual_absence(&ManualAbsenceInput {
        type_name,
        from: input::date("from", &from)?,
        to: input::date("to", &to)?,
        half_day_start,
        half_day_end,
    })?;
    crate::out!(
        "Absence {} added: {} {} … {}",
        absence.id,
        absence.type_name,
        iso::date(absence.from),
        iso::date(absence.to)
    );
    Ok(())
}
