-- Accounts run from the pages: an account whose password was set by someone else (the first administrator from the
-- environment, a new account, a reset) must choose its own at the next sign-in. The audit log is read by user and
-- period, and by record.
ALTER TABLE app_user ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE app_user ADD COLUMN created_at DATETIME NULL;   -- UTC; NULL for accounts made before this version

CREATE INDEX ix_audit_user_at ON audit_log (username, at);
