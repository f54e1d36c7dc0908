-- A pupil moved to another class of the same school during the year: the first enrolment ends as MOVED (not a loss
-- for the cohort, not a year-end outcome). The possible duplicates of a child being enrolled are looked up by
-- province and date of birth.
ALTER TABLE enrolment DROP CONSTRAINT ck_enrolment_outcome;
ALTER TABLE enrolment ADD CONSTRAINT ck_enrolment_outcome CHECK (outcome IS NULL OR outcome IN
    ('PROMOTED', 'REPEATED', 'TRANSFERRED', 'DROPPED_OUT', 'COMPLETED', 'MOVED'));

CREATE INDEX ix_pupil_province_birth ON pupil (province_code, date_of_birth);
