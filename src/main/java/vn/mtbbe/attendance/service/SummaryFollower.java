package vn.mtbbe.attendance.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.mtbbe.calendar.domain.CalendarDay;
import vn.mtbbe.calendar.service.CalendarService;
import vn.mtbbe.registry.domain.RegistryEvents;

import java.util.Map;

/**
 * Keeps attendance in step with what it rests on, inside the transactions of the other capabilities: a pupil's
 * changed sex or ethnicity regroups their attendance in the same commit, and a calendar change may not take away a
 * school day that a class has marked, and a pupil who leaves during the year is taken out of the class-days after.
 */
@ApplicationScoped
public class SummaryFollower {

    @Inject
    AttendanceStore store;

    @Inject
    AttendanceService attendance;

    void onPupilChanged(@Observes RegistryEvents.PupilChanged event) {
        store.refreshPupil(event.pupil().getId());
    }

    /** A school's district, designation or programme changed: its attendance figures are grouped by the new ones. */
    void onSchoolChanged(@Observes RegistryEvents.SchoolChanged event) {
        store.refreshSchool(event.school().getId());
    }

    /** A pupil who left is no longer marked in the class after the day they left. */
    void onEnrolmentEnded(@Observes RegistryEvents.EnrolmentEnded event) {
        attendance.removeAfter(event.username(), event.enrolment().getSchoolClass().getId(),
                event.enrolment().getPupil().getId(), event.enrolment().getEndDate());
    }

    void onSchoolDaysWithdrawn(@Observes CalendarService.SchoolDaysWithdrawn event) {
        String province = event.scope().equals(CalendarDay.NATIONAL) ? null : event.scope();
        event.fields().forEach((day, field) -> {
            long classes = store.classesMarkedOn(province, event.schoolYear(), day);
            if (classes > 0) {
                event.validation().add(field, "validation.calendar.hasAttendance", Map.of("date", day, "classes", classes));
            }
        });
    }
}
