package vn.mtbbe.cohort.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import vn.mtbbe.registry.domain.RegistryEvents;

/**
 * Keeps the flow summary in step with enrolments, inside the registry's and the rollover's transactions: an
 * enrolment begun or ended, a year closed, a pupil's or a school's changed groups.
 */
@ApplicationScoped
public class FlowFollower {

    /** After the cohorts' own observers, which may give a newly enrolled pupil their cohort. */
    static final int LATER = Interceptor.Priority.APPLICATION + 1000;

    @Inject
    FlowStore store;

    void onPupilEnrolled(@Observes @Priority(LATER) RegistryEvents.PupilEnrolled event) {
        store.refreshPupilYear(event.pupil(), event.schoolClass().getSchoolYear());
    }

    void onEnrolmentEnded(@Observes @Priority(LATER) RegistryEvents.EnrolmentEnded event) {
        store.refreshPupilYear(event.enrolment().getPupil(), event.enrolment().getSchoolClass().getSchoolYear());
    }

    void onYearClosed(@Observes @Priority(LATER) RegistryEvents.YearClosed event) {
        store.refreshYear(event.school().getId(), event.schoolYear());
    }

    void onPupilChanged(@Observes @Priority(LATER) RegistryEvents.PupilChanged event) {
        store.refreshPupil(event.pupil().getId());
    }

    void onSchoolChanged(@Observes @Priority(LATER) RegistryEvents.SchoolChanged event) {
        store.refreshSchool(event.school().getId());
    }
}
