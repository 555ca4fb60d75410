-- 0001: the initial schema. Append-only: once released this file is never edited; a change to
-- the schema is a new file 0002_*.sql listed in src/migrate.rs.
--
-- Two groups of tables that never write into each other:
--   personio_*   a copy of what Personio returned on the last sync; replaced wholesale by a sync
--                and emptied on disconnect.
--   manual_*, time_entries, running_timer
--                the user's own data; a sync or a disconnect never touches it.
-- There is deliberately no column for a secret, token or password: credentials live in the OS
-- keyring, never here.
--
-- Dates are ISO-8601 text ('2026-03-01'), local date-times 'YYYY-MM-DD HH:MM:SS', instants
-- 'YYYY-MM-DD HH:MM:SS+00:00' (UTC): text in these shapes sorts and compares correctly in SQL.
-- Durations are integer minutes; only Personio's balances are fractional days, as Personio
-- reports them.

CREATE TABLE personio_profile (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    employee_id   INTEGER NOT NULL,
    email         TEXT NOT NULL,
    first_name    TEXT NOT NULL,
    last_name     TEXT NOT NULL,
    position      TEXT,
    department    TEXT,
    base_url      TEXT NOT NULL CHECK (length(base_url) > 0),
    client_id     TEXT NOT NULL CHECK (length(client_id) > 0),
    connected_at  TEXT NOT NULL
);

CREATE TABLE personio_schedule (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT,
    valid_from      TEXT,
    monday_minutes    INTEGER NOT NULL CHECK (monday_minutes BETWEEN 0 AND 1440),
    tuesday_minutes   INTEGER NOT NULL CHECK (tuesday_minutes BETWEEN 0 AND 1440),
    wednesday_minutes INTEGER NOT NULL CHECK (wednesday_minutes BETWEEN 0 AND 1440),
    thursday_minutes  INTEGER NOT NULL CHECK (thursday_minutes BETWEEN 0 AND 1440),
    friday_minutes    INTEGER NOT NULL CHECK (friday_minutes BETWEEN 0 AND 1440),
    saturday_minutes  INTEGER NOT NULL CHECK (saturday_minutes BETWEEN 0 AND 1440),
    sunday_minutes    INTEGER NOT NULL CHECK (sunday_minutes BETWEEN 0 AND 1440),
    fetched_at      TEXT NOT NULL
);

-- source_id is Personio's id as text: numeric ids of day-based time-offs and uuids of
-- hour-based absence periods share this column and never collide.
CREATE TABLE personio_absences (
    source_id       TEXT PRIMARY KEY NOT NULL CHECK (length(source_id) > 0),
    kind            TEXT NOT NULL CHECK (kind IN ('day', 'hour')),
    type_id         INTEGER,
    type_name       TEXT NOT NULL,
    category        TEXT,
    status          TEXT NOT NULL,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    half_day_start  INTEGER NOT NULL CHECK (half_day_start IN (0, 1)),
    half_day_end    INTEGER NOT NULL CHECK (half_day_end IN (0, 1)),
    days_count      REAL CHECK (days_count IS NULL OR days_count >= 0),
    CHECK (end_date >= start_date)
);
CREATE INDEX personio_absences_dates ON personio_absences (start_date, end_date);

-- Per-day minutes of an hour-based absence; goes with its absence.
CREATE TABLE personio_absence_minutes (
    source_id  TEXT NOT NULL REFERENCES personio_absences (source_id) ON DELETE CASCADE,
    date       TEXT NOT NULL,
    minutes    INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    PRIMARY KEY (source_id, date)
);

-- Balances are days (fractional), exactly as Personio reports them.
CREATE TABLE personio_balances (
    type_id            INTEGER PRIMARY KEY,
    type_name          TEXT NOT NULL,
    category           TEXT,
    balance            REAL NOT NULL,
    available_balance  REAL
);

CREATE TABLE personio_absence_types (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    category  TEXT,
    unit      TEXT NOT NULL CHECK (unit IN ('day', 'hour'))
);

-- `triggered_by` rather than `trigger`, which is an SQL keyword.
CREATE TABLE sync_runs (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    triggered_by       TEXT NOT NULL CHECK (triggered_by IN ('auto', 'manual', 'connect', 'start')),
    started_at         TEXT NOT NULL,
    duration_ms        INTEGER NOT NULL CHECK (duration_ms >= 0),
    outcome            TEXT NOT NULL CHECK (outcome IN ('ok', 'failed')),
    absences_added     INTEGER NOT NULL CHECK (absences_added >= 0),
    absences_changed   INTEGER NOT NULL CHECK (absences_changed >= 0),
    absences_removed   INTEGER NOT NULL CHECK (absences_removed >= 0),
    schedule_changed   INTEGER NOT NULL CHECK (schedule_changed IN (0, 1)),
    error              TEXT
);

-- The user's own week, used while Personio is not connected. Minutes, despite the table's name
-- ("weekly hours" is what the UI calls it). Seeded with a 40-hour week, 8 h Monday to Friday.
CREATE TABLE manual_weekly_hours (
    weekday  INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
    minutes  INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440)
);
INSERT INTO manual_weekly_hours (weekday, minutes)
VALUES (0, 480), (1, 480), (2, 480), (3, 480), (4, 480), (5, 0), (6, 0);

CREATE TABLE manual_absences (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    type_name       TEXT NOT NULL CHECK (length(trim(type_name)) > 0),
    category        TEXT,
    start_date      TEXT NOT NULL,
    end_date        TEXT NOT NULL,
    half_day_start  INTEGER NOT NULL CHECK (half_day_start IN (0, 1)),
    half_day_end    INTEGER NOT NULL CHECK (half_day_end IN (0, 1)),
    created_at      TEXT NOT NULL,
    CHECK (end_date >= start_date)
);

-- `starts_at`/`ends_at` rather than `start`/`end`: END is an SQL keyword.
CREATE TABLE time_entries (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    starts_at   TEXT NOT NULL,
    ends_at     TEXT CHECK (ends_at IS NULL OR ends_at >= starts_at),
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 0 AND 1440),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX time_entries_starts_at ON time_entries (starts_at);

CREATE TABLE running_timer (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    started_at      TEXT NOT NULL,
    paused_at       TEXT CHECK (paused_at IS NULL OR paused_at >= started_at),
    paused_seconds  INTEGER NOT NULL CHECK (paused_seconds >= 0),
    note            TEXT NOT NULL DEFAULT ''
);
