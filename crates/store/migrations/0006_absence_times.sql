-- The clock times of an hour-based absence, so the calendar export can place it at its hours
-- instead of naming them in an all-day event. Local wall time as Personio writes it
-- (`YYYY-MM-DDTHH:MM:SS`, no zone: Personio gives the employee's wall clock). NULL for day-based
-- absences, and for hour-based ones synced before this migration until the next sync fills
-- them in. Both or neither; the end after the start (the text compares like the time it holds).
ALTER TABLE personio_absences ADD COLUMN starts_at TEXT;
ALTER TABLE personio_absences ADD COLUMN ends_at TEXT
    CHECK ((starts_at IS NULL) = (ends_at IS NULL)
           AND (ends_at IS NULL OR (kind = 'hour' AND ends_at > starts_at)));
