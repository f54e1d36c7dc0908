-- Pupil lists are sorted by the reader's collation key (sort_key_vi for Vietnamese, sort_key_root for English,
-- Chinese and Malay), then by code, within a school, a province or the whole country: one index for each, so
-- that a page of a list reads its rows in order instead of sorting every matching pupil.
CREATE INDEX ix_pupil_school_vi_code ON pupil (school_id, sort_key_vi, code);
CREATE INDEX ix_pupil_school_root_code ON pupil (school_id, sort_key_root, code);
CREATE INDEX ix_pupil_province_vi_code ON pupil (province_code, sort_key_vi, code);
CREATE INDEX ix_pupil_province_root_code ON pupil (province_code, sort_key_root, code);
CREATE INDEX ix_pupil_vi_code ON pupil (sort_key_vi, code);
CREATE INDEX ix_pupil_root_code ON pupil (sort_key_root, code);
-- Replaced by the first and third above, which begin with the same columns.
ALTER TABLE pupil DROP INDEX ix_pupil_school_vi;
ALTER TABLE pupil DROP INDEX ix_pupil_province_vi;
