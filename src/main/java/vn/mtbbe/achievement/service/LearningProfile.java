package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A pupil's learning profile: every result of every sitting across school years and languages, with what each gives,
 * for officers of the pupil's province and ministry staff (never a delegation: it is a child's record, and reading it
 * is audited like the record itself).
 */
@ApplicationScoped
public class LearningProfile {

    /** One result of the pupil, with its sitting, class and subtask. */
    public record Line(Sitting sitting, SchoolClass schoolClass, Subtask subtask, Scoring.Entry entry, Scoring.Derived derived) {
    }

    public record Profile(Pupil pupil, List<Line> lines) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PupilService pupils;

    @Transactional
    public Profile of(String code) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        Pupil pupil = pupils.read(code);
        List<Line> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT sitting_id, class_id, subtask_id, absent, score, seconds "
                + "FROM assessment_result WHERE pupil_id = ?1").setParameter(1, pupil.getId()).getResultList()) {
            Object[] r = (Object[]) row;
            Sitting sitting = em.find(Sitting.class, ((Number) r[0]).longValue());
            SchoolClass schoolClass = em.find(SchoolClass.class, ((Number) r[1]).longValue());
            Subtask subtask = em.find(Subtask.class, ((Number) r[2]).longValue());
            boolean absent = r[3] instanceof Boolean b ? b : ((Number) r[3]).intValue() != 0;
            Scoring.Entry entry = absent ? Scoring.Entry.ABSENT : Scoring.Entry.of(((Number) r[4]).intValue(),
                    r[5] == null ? null : ((Number) r[5]).intValue());
            lines.add(new Line(sitting, schoolClass, subtask, entry,
                    Scoring.derive(subtask.spec(), schoolClass.getStage(), entry)));
        }
        lines.sort(Comparator.comparing((Line l) -> l.sitting().getStartsOn()).thenComparing(l -> l.sitting().getId())
                .thenComparing(l -> l.subtask().getSkill()).thenComparing(l -> l.subtask().getInstrument().getLanguageCode()));
        return new Profile(pupil, lines);
    }
}
