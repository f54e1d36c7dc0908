-- The flow summary: how each class's school year ended for its pupils, one row per class and group of pupils (sex,
-- ethnicity, cohort), with the class's dimensions copied in like the other summaries, so that the flow report
-- (promotion, repetition, dropout, completion) groups one table and never reads enrolments. A pupil counts once per
-- school year, in the class of their last enrolment of the year that did not end in a move to another class: a
-- transfer followed by a return in the same year is not a loss, as in the cohort flow (CohortFlow). enrolled counts
-- those pupils, the outcomes how their year ended (all zero while it is open). FlowStore keeps it in the transaction
-- that changes enrolments.
CREATE TABLE flow_summary (
    class_id      BIGINT      NOT NULL,
    sex           CHAR(1)     NOT NULL,
    ethnicity_code VARCHAR(16)${binary} NOT NULL,
    cohort_id     BIGINT      NOT NULL,   -- 0: no cohort
    school_year   VARCHAR(9)${binary} NOT NULL,
    province_code VARCHAR(8)${binary} NOT NULL,
    district_id   BIGINT      NOT NULL,
    school_id     BIGINT      NOT NULL,
    designation   VARCHAR(16) NOT NULL,
    programme_language VARCHAR(8)${binary} NOT NULL,   -- '': none
    stage         VARCHAR(16) NOT NULL,
    enrolled      INT         NOT NULL,
    promoted      INT         NOT NULL,
    repeated      INT         NOT NULL,
    transferred   INT         NOT NULL,
    dropped_out   INT         NOT NULL,
    completed     INT         NOT NULL,
    CONSTRAINT pk_flow_summary PRIMARY KEY (class_id, sex, ethnicity_code, cohort_id)
);
CREATE INDEX ix_flow_summary_report ON flow_summary (school_year, province_code, designation);
CREATE INDEX ix_flow_summary_school ON flow_summary (school_id);

INSERT INTO flow_summary (class_id, sex, ethnicity_code, cohort_id, school_year, province_code, district_id, school_id,
    designation, programme_language, stage, enrolled, promoted, repeated, transferred, dropped_out, completed)
SELECT c.id, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year, s.province_code, s.district_id, s.id,
    COALESCE(sd.designation, s.designation), COALESCE(c.programme_language, ''), c.stage, COUNT(*),
    SUM(CASE WHEN e.outcome = 'PROMOTED' THEN 1 ELSE 0 END), SUM(CASE WHEN e.outcome = 'REPEATED' THEN 1 ELSE 0 END),
    SUM(CASE WHEN e.outcome = 'TRANSFERRED' THEN 1 ELSE 0 END), SUM(CASE WHEN e.outcome = 'DROPPED_OUT' THEN 1 ELSE 0 END),
    SUM(CASE WHEN e.outcome = 'COMPLETED' THEN 1 ELSE 0 END)
FROM enrolment e
JOIN pupil p ON p.id = e.pupil_id
JOIN school_class c ON c.id = e.class_id
JOIN school s ON s.id = c.school_id
LEFT JOIN school_designation sd ON sd.school_id = s.id AND sd.school_year = c.school_year
WHERE (e.outcome IS NULL OR e.outcome <> 'MOVED')
  AND NOT EXISTS (SELECT 1 FROM enrolment l JOIN school_class lc ON lc.id = l.class_id
                  WHERE l.pupil_id = e.pupil_id AND lc.school_year = c.school_year
                    AND (l.outcome IS NULL OR l.outcome <> 'MOVED')
                    AND (l.start_date > e.start_date OR (l.start_date = e.start_date AND l.id > e.id)))
GROUP BY c.id, p.sex, p.ethnicity_code, COALESCE(p.cohort_id, 0), c.school_year, s.province_code, s.district_id, s.id,
    COALESCE(sd.designation, s.designation), COALESCE(c.programme_language, ''), c.stage;
