package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.mtbbe.registry.domain.RegistryEvents;

/**
 * Keeps the achievement summary in step with what it groups by, inside the registry's transactions: a pupil's changed
 * sex, ethnicity or cohort regroups their results, and a school's changed district, designation or programme
 * language moves its rows, in the same commit.
 */
@ApplicationScoped
public class AchievementFollower {

    @Inject
    AchievementStore store;

    void onPupilChanged(@Observes RegistryEvents.PupilChanged event) {
        store.refreshPupil(event.pupil().getId());
    }

    void onSchoolChanged(@Observes RegistryEvents.SchoolChanged event) {
        store.refreshSchool(event.school().getId());
    }
}
