package vn.mtbbe.attendance.domain;

/** What a pupil's mark for a school day says. Late counts as present in attendance rates. */
public enum Status {
    PRESENT,
    ABSENT_EXCUSED,
    ABSENT_UNEXCUSED,
    LATE;

    /** Whether the pupil was at school that day (present or late). */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
