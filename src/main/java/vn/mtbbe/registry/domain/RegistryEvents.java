package vn.mtbbe.registry.domain;

/**
 * Synchronous CDI events the registry fires inside its transactions, so that other capabilities
 * (cohorts, later attendance aggregates) follow the registry without the registry knowing them.
 */
public final class RegistryEvents {

    private RegistryEvents() {
    }

    /** A class was created. */
    public record ClassCreated(SchoolClass schoolClass) {
    }

    /** A pupil was enrolled in a class (new pupil or a new enrolment of an existing one). */
    public record PupilEnrolled(Pupil pupil, SchoolClass schoolClass) {
    }

    /**
     * A pupil left a class during the year (dropped out or transferred) on the enrolment's end date, recorded by
     * {@code username}: records of the class dated after it no longer hold for the pupil.
     */
    public record EnrolmentEnded(Enrolment enrolment, String username) {
    }

    /** A pupil's details changed (written already): the figures grouped by sex or ethnicity follow. */
    public record PupilChanged(Pupil pupil) {
    }

    /**
     * A school's district, designation or programme changed (written already): figures grouped by them follow, for
     * the school years whose designation was not pinned.
     */
    public record SchoolChanged(School school) {
    }

    /**
     * A school's year-end rollover closed its pupils' enrolments of {@code schoolYear} (written already): figures of
     * how the year ended follow.
     */
    public record YearClosed(School school, String schoolYear) {
    }
}
