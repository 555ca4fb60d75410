-- Why a sync failed, as the IPC error code (`offline`, `authentication_failed`, …), so that
-- after a restart the app can still tell "offline — showing cached data" from other failures.
ALTER TABLE sync_runs ADD COLUMN error_code TEXT;
