-- The user's domain settings (the Personio connection without its secret, holiday region, sync
-- interval and window, balance start, carry-over) as one JSON document the core owns. One row,
-- changed in one transaction, so the app and `stint-cli` cannot lose each other's changes (they
-- did with settings.json). `generation` counts connects and disconnects: a sync remembers the
-- generation it started in and commits only while it is still the current one.
CREATE TABLE settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    generation INTEGER NOT NULL DEFAULT 0 CHECK (generation >= 0)
);
