//! Opening a database file: migrations, pragmas, damaged files, and the absence of secrets.

mod common;

use rusqlite::Connection;
use stint_store::{Store, StoreError, WeeklyMinutes, SCHEMA_VERSION};

use common::{day, snapshot, temp_store};

/// The SQL of migration 0001 as released, to build a database "from an older Stint".
const MIGRATION_0001: &str = include_str!("../migrations/0001_initial.sql");

/// Migrations 0001 to 0005 as released: a database from the Stint before absence times.
const MIGRATIONS_TO_5: [&str; 5] = [
    MIGRATION_0001,
    include_str!("../migrations/0002_sync_error_code.sql"),
    include_str!("../migrations/0003_settings.sql"),
    include_str!("../migrations/0004_attendances.sql"),
    include_str!("../migrations/0005_personio_outbox.sql"),
];

#[test]
fn opening_twice_is_idempotent_and_keeps_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("stint.db");
    {
        let mut store = Store::open(&path).expect("first open creates the file");
        store
            .set_manual_weekly_minutes(WeeklyMinutes([420; 7]))
            .expect("write a week");
    }
    let store = Store::open(&path).expect("second open must not re-run migrations");
    assert_eq!(
        store.schema_version().expect("version"),
        SCHEMA_VERSION,
        "a reopened database stays at the current version"
    );
    assert_eq!(
        store.manual_weekly_minutes().expect("read week"),
        WeeklyMinutes([420; 7]),
        "reopening must not re-seed or drop the user's data"
    );
    drop(store);
    Store::open(&path).expect("a third open works just the same");
}

#[test]
fn database_from_migration_1_upgrades_and_keeps_data() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.db");
    {
        let conn = Connection::open(&path).expect("raw connection");
        conn.execute_batch(MIGRATION_0001)
            .expect("migration 0001 applies");
        conn.pragma_update(None, "user_version", 1)
            .expect("mark version 1");
        conn.execute(
            "UPDATE manual_weekly_hours SET minutes = 300 WHERE weekday = 0",
            [],
        )
        .expect("user data written by the old version");
    }
    let store = Store::open(&path).expect("an old database opens");
    assert_eq!(
        store.schema_version().expect("version"),
        SCHEMA_VERSION,
        "opening applies every later migration"
    );
    assert_eq!(
        store.manual_weekly_minutes().expect("week").0[0],
        300,
        "an upgrade keeps what the user had"
    );
}

#[test]
fn database_from_version_5_keeps_its_absences_without_times() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("v5.db");
    {
        let conn = Connection::open(&path).expect("raw connection");
        for sql in MIGRATIONS_TO_5 {
            conn.execute_batch(sql)
                .expect("a released migration applies");
        }
        conn.pragma_update(None, "user_version", 5)
            .expect("mark version 5");
        conn.execute_batch(
            "INSERT INTO personio_absences (source_id, kind, type_id, type_name, category, status,
                 start_date, end_date, half_day_start, half_day_end, days_count)
             VALUES ('day:7', 'day', 1, 'Urlaub', NULL, 'approved', '2026-03-02', '2026-03-03',
                     0, 1, 1.5),
                    ('hour:u-1', 'hour', 2, 'Arzttermin', NULL, 'approved', '2026-03-05',
                     '2026-03-05', 0, 0, NULL);
             INSERT INTO personio_absence_minutes (source_id, date, minutes)
             VALUES ('hour:u-1', '2026-03-05', 90);",
        )
        .expect("absences synced by the old version");
    }
    let store = Store::open(&path).expect("a version 5 database opens");
    assert_eq!(
        store.schema_version().expect("version"),
        SCHEMA_VERSION,
        "opening applies migration 6"
    );
    let absences = store
        .personio_absences_between(day("2026-03-01"), day("2026-03-31"))
        .expect("the absences read after the upgrade");
    let ids: Vec<&str> = absences.iter().map(|a| a.source_id.as_str()).collect();
    assert_eq!(
        ids,
        ["day:7", "hour:u-1"],
        "the upgrade keeps every absence"
    );
    assert!(
        absences[0].half_day_end && absences[0].days_count == Some(1.5),
        "the old columns keep their values: {:?}",
        absences[0]
    );
    assert_eq!(
        absences[1].minutes_by_day,
        [(day("2026-03-05"), 90)],
        "the hour-based absence keeps its minutes"
    );
    assert!(
        absences.iter().all(|a| a.times.is_none()),
        "rows from before have no clock times until the next sync: {absences:?}"
    );
}

#[test]
fn database_from_a_newer_stint_is_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("future.db");
    Connection::open(&path)
        .expect("raw connection")
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .expect("mark a future version");
    let err = Store::open(&path).expect_err("an unknown schema must not be touched");
    assert!(
        matches!(err, StoreError::TooNew { found, .. } if found == SCHEMA_VERSION + 1),
        "the error says the schema is newer: {err}"
    );
}

#[test]
fn wal_and_foreign_keys_are_on() {
    let (dir, mut store) = temp_store();
    let conn = Connection::open(dir.path().join("stint.db")).expect("second connection");
    let mode: String = conn
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .expect("journal_mode readable");
    assert_eq!(
        mode, "wal",
        "the store switches the file to WAL, which persists"
    );

    // Foreign keys are per connection, so observe them through the store: deleting an hour
    // absence must cascade to its per-day minutes.
    let from = day("2026-03-01");
    let to = day("2026-03-31");
    store
        .replace_personio_window(
            0,
            from,
            to,
            &snapshot(vec![common::hour_absence("u-1", "2026-03-05", 90)]),
        )
        .expect("first sync");
    store
        .replace_personio_window(0, from, to, &snapshot(vec![]))
        .expect("second sync removes it");
    let orphans: i64 = conn
        .query_row("SELECT count(*) FROM personio_absence_minutes", [], |row| {
            row.get(0)
        })
        .expect("count minutes");
    assert_eq!(orphans, 0, "ON DELETE CASCADE needs foreign_keys=ON");
}

#[test]
fn garbage_file_gives_not_a_database_naming_the_path() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("notes.txt");
    std::fs::write(
        &path,
        "this is not SQLite, just a long enough line of text ".repeat(40),
    )
    .expect("write garbage");
    let err = Store::open(&path).expect_err("a text file is not a database");
    assert!(
        matches!(&err, StoreError::NotADatabase { path: p, .. } if p == &path),
        "a non-SQLite file gets its own error variant: {err:?}"
    );
    assert!(
        err.to_string().contains("notes.txt"),
        "the message names the file so the user can find it: {err}"
    );
}

#[test]
fn schema_has_no_column_for_a_secret() {
    let (dir, _store) = temp_store();
    let conn = Connection::open(dir.path().join("stint.db")).expect("second connection");
    let mut stmt = conn
        .prepare(
            "SELECT m.name, p.name FROM sqlite_master AS m, pragma_table_info(m.name) AS p
             WHERE m.type = 'table'",
        )
        .expect("schema query");
    let columns: Vec<(String, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(
        columns.len() > 40,
        "the query must actually see the schema, saw {} columns",
        columns.len()
    );
    for (table, column) in &columns {
        let lower = column.to_lowercase();
        for word in ["secret", "token", "password", "credential", "api_key"] {
            assert!(
                !lower.contains(word),
                "{table}.{column} looks like a place for a secret; secrets belong in the keyring"
            );
        }
    }
}

#[test]
fn new_database_starts_with_a_full_time_week() {
    let (_dir, store) = temp_store();
    assert_eq!(
        store.manual_weekly_minutes().expect("week"),
        WeeklyMinutes::FULL_TIME,
        "migration 0001 seeds 8 h Monday to Friday"
    );
    assert!(
        !store.is_personio_connected().expect("connected?"),
        "a new database is not connected"
    );
}

#[test]
fn schema_checks_back_up_the_rust_validation() {
    // Writers that bypass the store's checks (a future bug, a manual fix-up) still cannot store
    // a period that ends before it starts or a day longer than 24 hours.
    let (dir, _store) = temp_store();
    let conn = Connection::open(dir.path().join("stint.db")).expect("second connection");
    let backwards = conn.execute(
        "INSERT INTO personio_absences (source_id, kind, type_name, status, start_date, end_date,
             half_day_start, half_day_end)
         VALUES ('x', 'day', 'Vacation', 'approved', '2026-03-10', '2026-03-09', 0, 0)",
        [],
    );
    assert!(
        backwards.is_err(),
        "CHECK (end_date >= start_date) rejects it"
    );
    let backwards_hours = conn.execute(
        "INSERT INTO personio_absences (source_id, kind, type_name, status, start_date, end_date,
             half_day_start, half_day_end, starts_at, ends_at)
         VALUES ('y', 'hour', 'Arzt', 'approved', '2026-03-10', '2026-03-10', 0, 0,
                 '2026-03-10T11:00:00', '2026-03-10T10:00:00')",
        [],
    );
    assert!(
        backwards_hours.is_err(),
        "CHECK (ends_at > starts_at) rejects clock times that run backwards"
    );
    let long_day = conn.execute(
        "UPDATE manual_weekly_hours SET minutes = 1441 WHERE weekday = 0",
        [],
    );
    assert!(
        long_day.is_err(),
        "CHECK (minutes BETWEEN 0 AND 1440) rejects it"
    );
}
