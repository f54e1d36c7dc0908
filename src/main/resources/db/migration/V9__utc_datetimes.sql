-- Instants are stored as UTC date-times (InstantConverter). MySQL's TIMESTAMP would shift them with the session's
-- time zone and ends in 2038; DATETIME keeps exactly what is written, on both databases.
ALTER TABLE app_user MODIFY expires_at DATETIME NULL;
ALTER TABLE audit_log MODIFY at DATETIME NOT NULL;
ALTER TABLE schedule_version MODIFY created_at DATETIME NOT NULL;
ALTER TABLE class_instruction MODIFY recorded_at DATETIME NOT NULL;
