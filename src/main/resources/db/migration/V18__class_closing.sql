-- A class is closed (no longer offered for enrolments and moves) once none of its pupils is in it any more; its
-- history and records stay.
ALTER TABLE school_class ADD COLUMN closed_on DATE NULL;
