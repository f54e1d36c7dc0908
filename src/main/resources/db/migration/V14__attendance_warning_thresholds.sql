-- Early-warning thresholds of a programme (a share, e.g. 0.800): a pupil's and a class's attendance over the last
-- school days under which the officer is warned. NULL: the application's defaults (mtbbe.attendance.warning.*).
ALTER TABLE programme ADD COLUMN warning_pupil_rate DECIMAL(4, 3);
ALTER TABLE programme ADD COLUMN warning_class_rate DECIMAL(4, 3);
