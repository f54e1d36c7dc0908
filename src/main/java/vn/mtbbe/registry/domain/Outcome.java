package vn.mtbbe.registry.domain;

/**
 * How an enrolment in a class ended. An open enrolment has none yet. {@link #MOVED}: the pupil went on in another class
 * of the same school in the same year (not a year-end outcome, not a loss for the cohort).
 */
public enum Outcome { PROMOTED, REPEATED, TRANSFERRED, DROPPED_OUT, COMPLETED, MOVED;

    /** The outcomes a year-end rollover decides between. */
    public boolean isYearEnd() {
        return this != MOVED;
    }
}
