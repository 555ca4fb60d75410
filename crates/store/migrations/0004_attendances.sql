-- Personio's attendance periods of the connected employee (read over v2), replaced per sync
-- window like the absences, and which Personio areas (persons, absences, attendances read and
-- write) worked at the last sync, so the Connection Manager can say what a credential lacks.
CREATE TABLE personio_attendances (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    start TEXT NOT NULL,
    end_at TEXT,
    status TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    updated_at TEXT
);
CREATE INDEX personio_attendances_start ON personio_attendances (start);

CREATE TABLE personio_areas (
    area TEXT PRIMARY KEY,
    available INTEGER NOT NULL CHECK (available IN (0, 1)),
    detail TEXT
);
