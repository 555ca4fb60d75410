-- Recording the user's time in Personio (attendance periods over v2).
--
-- `entry_periods`: which Personio period each of the user's entries became — one, or two when
-- the entry crosses midnight (Personio's periods may not) — with the period's approval status
-- and `updated_at` as Stint last saw them, so a sync can tell a change made in Personio from
-- its own. Not a foreign key: when an entry is deleted its periods are still to be deleted in
-- Personio, and the outbox does that from here.
CREATE TABLE entry_periods (
    period_id TEXT PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    part INTEGER NOT NULL CHECK (part IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'PENDING',
    updated_at TEXT,
    UNIQUE (entry_id, part)
);

-- `personio_outbox`: what Stint still has to tell Personio, one row per entry (the newest change
-- wins: `put` makes Personio match the entry as it is now, `delete` removes its periods). Rows
-- are written in the same transaction as the entry, so a change survives a crash and a restart.
-- `sent_at` marks a request whose answer was not seen (a timeout): the day is read back and
-- matched before anything is sent again, so nothing is booked twice. `refused` holds
-- Personio's reason; such a row waits for the user. `kept` holds the user's unsent version of
-- an entry that was changed in Personio meanwhile (Personio's version is in force).
CREATE TABLE personio_outbox (
    entry_id INTEGER PRIMARY KEY,
    action TEXT NOT NULL CHECK (action IN ('put', 'delete')),
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    sent_at TEXT,
    refused TEXT,
    kept TEXT
);

-- `timer_periods`: while recording is on, the running timer is in Personio too — an open WORK
-- period (clocked in) from its start; a pause closes it and opens a BREAK, a resume closes the
-- BREAK and opens a WORK. Each row is one such period as Stint knows it, sent by the push. When
-- the timer stops, its WORK rows become entries (linked to their periods) and leave this table;
-- BREAK rows leave once Personio has their end. `sending_at` marks a create whose answer was not
-- seen (read back before trying again); `discard` a period to delete (a discarded timer, the
-- break a timer was stopped in).
CREATE TABLE timer_periods (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('WORK', 'BREAK')),
    start TEXT NOT NULL,
    end_at TEXT,
    period_id TEXT UNIQUE,
    end_sent INTEGER NOT NULL DEFAULT 0 CHECK (end_sent IN (0, 1)),
    sending_at TEXT,
    discard INTEGER NOT NULL DEFAULT 0 CHECK (discard IN (0, 1))
);
