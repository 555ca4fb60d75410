//! Human-readable output of `stint-cli` (JSON output is serde's).

use stint_model::{ConnectionStatus, SyncRunView};

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

pub fn connected(status: &ConnectionStatus) {
    match &status.employee {
        Some(e) => println!(
            "Connected to Personio as {} {} <{}>.",
            e.first_name, e.last_name, e.email
        ),
        None => println!("Connected to Personio."),
    }
    if let Some(run) = &status.last_run {
        sync_run(run);
    }
}

pub fn sync_run(run: &SyncRunView) {
    println!(
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
    );
}

pub fn status(status: &ConnectionStatus) {
    println!("Personio: {:?}", status.state);
    if let Some(e) = &status.employee {
        let extra: Vec<&str> = [e.position.as_deref(), e.department.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        println!(
            "Employee: {} {} <{}>{}",
            e.first_name,
            e.last_name,
            e.email,
            if extra.is_empty() {
                String::new()
            } else {
                format!(" — {}", extra.join(", "))
            }
        );
    }
    let week: Vec<String> = DAYS
        .iter()
        .zip(status.weekly_minutes)
        .map(|(day, m)| format!("{day} {}:{:02}", m / 60, m % 60))
        .collect();
    println!(
        "Weekly hours ({}): {}",
        if status.locked.weekly_hours {
            "from Personio, locked"
        } else {
            "manual"
        },
        week.join("  ")
    );
    if let Some(at) = &status.last_success_at {
        println!("Last successful sync: {at}");
    }
    if let Some(run) = &status.last_run {
        print!("Last run: ");
        sync_run(run);
        if let Some(err) = &run.error {
            println!("  error: {err}");
        }
    }
    if let Some(next) = &status.next_sync_at {
        println!(
            "Next automatic sync: {next} (every {})",
            status.sync_interval
        );
    }
}
