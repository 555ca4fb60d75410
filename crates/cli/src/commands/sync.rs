//! `stint-cli sync`: one sync now, and a one-line summary.

use super::block_on;
use crate::Failure;
use stint_core::Stint;
use stint_model::{SyncRunView, SyncTrigger};

pub fn run(stint: &Stint) -> Result<(), Failure> {
    let run = block_on(stint.sync(SyncTrigger::Manual))??;
    crate::out!("{}", run_summary(&run));
    Ok(())
}

/// The one-line summary of a sync run, as `sync`, `connect` and `status` print it.
pub fn run_summary(run: &SyncRunView) -> String {
    format!(
        "Sync {} in {} ms: {} absences added, {} changed, {} removed; schedule {}.",
        if run.ok { "ok" } else { "failed" },
        run.duration_ms,
        run.absences_added,
        run.absences_changed,
        run.absences_removed,
        if run.schedule_changed {
            "changed"
        } else {
            "unchanged"
        }
    )
}
