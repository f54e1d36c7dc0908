package vn.mtbbe.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.programme.domain.ClassInstruction;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Planned against actual language of instruction per class. The plan of a class comes from the schedule
 * version its cohort started under; officers confirm it or record what was actually taught.
 */
@ApplicationScoped
public class InstructionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassService classes;

    @Inject
    ProgrammeService programmes;

    @Inject
    SchoolService schools;

    @Inject
    PupilService pupils;

    @Inject
    AuditLog audit;

    Clock clock = Clock.systemUTC();

    /** One subject in one semester of a class: the plan, what was recorded, and whether they differ. */
    public record Line(String subject, int semester, InstructionMode planned, InstructionMode actual) {
        public boolean departs() {
            return actual != null && actual != planned;
        }

        public boolean confirmed() {
            return actual != null;
        }
    }

    /** Where a class's recorded practice stands against its plan, as lists of classes show it. */
    public enum Status {
        /** The class follows no schedule (a comparison class, or a cohort without a programme) and nothing was recorded. */
        NO_PLAN,
        /** Nothing recorded yet. */
        NOT_RECORDED,
        /** Some planned subjects recorded, as planned, others not yet. */
        PARTLY_RECORDED,
        /** Every planned subject and semester recorded as planned. */
        AS_PLANNED,
        /** At least one subject taught in another language than planned. */
        DEPARTS
    }

    /**
     * A class's plan and practice, with where the class stands in the transition: {@code outlook} holds each
     * subject taught this year or next with its planned modes and how it changes, by the schedule's one rule
     * ({@link Schedule#outlook}); empty for a class that follows no schedule.
     */
    public record ClassPlan(SchoolClass schoolClass, Programme programme, ScheduleVersion version, List<Line> lines,
                            List<Schedule.SubjectOutlook> outlook) {

        /** Whether this is a switching year for the class: some subject switches language this year. */
        public boolean switchingYear() {
            return outlook.stream().anyMatch(Schedule.SubjectOutlook::switchesThisYear);
        }

        /** The subjects that switch language this year, by code. */
        public Set<String> switchingSubjects() {
            return outlook.stream().filter(Schedule.SubjectOutlook::switchesThisYear)
                    .map(Schedule.SubjectOutlook::subject).collect(Collectors.toCollection(TreeSet::new));
        }

        /** The subjects taught next year with their planned modes in semesters 1 and 2 (null where not taught). */
        public Map<String, List<InstructionMode>> nextYear() {
            Map<String, List<InstructionMode>> next = new LinkedHashMap<>();
            outlook.stream().filter(Schedule.SubjectOutlook::taughtNextYear)
                    .forEach(o -> next.put(o.subject(), Arrays.asList(o.next1(), o.next2())));
            return next;
        }

        public boolean departs() {
            return lines.stream().anyMatch(Line::departs);
        }

        public Status status() {
            if (departs()) {
                return Status.DEPARTS;
            }
            boolean anyRecorded = lines.stream().anyMatch(Line::confirmed);
            if (version == null && !anyRecorded) {
                return Status.NO_PLAN;
            }
            if (!anyRecorded) {
                return Status.NOT_RECORDED;
            }
            return lines.stream().filter(l -> l.planned() != null).allMatch(Line::confirmed)
                    ? Status.AS_PLANNED : Status.PARTLY_RECORDED;
        }
    }

    /** A recorded mode for one subject and semester, as submitted. */
    @Schema(name = "InstructionRecord", description = "The language a subject was taught in during a semester (1 or "
            + "2): MOTHER_TONGUE, BILINGUAL or VIETNAMESE")
    public record Recorded(String subject, int semester, String mode) {
    }

    public ClassPlan plan(long classId) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        return plans(List.of(classes.get(classId))).get(0);
    }

    /** The plans of the classes of a school in one school year, by stage and name. */
    public List<ClassPlan> plans(String schoolCode, String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        List<SchoolClass> found = em.createQuery("SELECT c FROM SchoolClass c WHERE c.school = :school"
                        + " AND c.schoolYear = :year ORDER BY c.stage, c.name", SchoolClass.class)
                .setParameter("school", school).setParameter("year", schoolYear).getResultList();
        return plans(found);
    }

    /**
     * The plan of the class a pupil attends now (their open enrolment, the latest if there are several);
     * empty when the pupil attends no class. 404 for a pupil outside the caller's provinces.
     */
    public Optional<ClassPlan> planOfPupil(String pupilCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        Pupil pupil = pupils.get(pupilCode);
        return pupil.getEnrolments().stream().filter(Enrolment::isOpen)
                .max(Comparator.comparing(Enrolment::getStartDate).thenComparing(Enrolment::getId))
                .map(e -> plan(e.getSchoolClass().getId()));
    }

    /**
     * The plans of {@code found}, in that order, in a fixed number of queries whatever their number: what was
     * recorded, the cohorts with their programmes, and the schedule versions of those programmes.
     */
    private List<ClassPlan> plans(List<SchoolClass> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<String, ClassInstruction>> recorded = new HashMap<>();
        em.createNamedQuery("ClassInstruction.findByClasses", ClassInstruction.class)
                .setParameter("classIds", found.stream().map(SchoolClass::getId).toList())
                .getResultStream().forEach(i -> recorded.computeIfAbsent(i.getClassId(), k -> new HashMap<>())
                        .put(i.getSubject() + "/" + i.getSemester(), i));
        List<Long> cohortIds = found.stream().map(SchoolClass::getCohortId).filter(Objects::nonNull).distinct().toList();
        Map<Long, Cohort> cohorts = cohortIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT c FROM Cohort c LEFT JOIN FETCH c.programme WHERE c.id IN :ids", Cohort.class)
                        .setParameter("ids", cohortIds).getResultStream()
                        .collect(Collectors.toMap(Cohort::getId, c -> c));
        Map<Long, List<ScheduleVersion>> versions = programmes.versionsOf(cohorts.values().stream()
                .map(Cohort::getProgramme).filter(Objects::nonNull).map(Programme::getId).distinct().toList());
        List<String> subjects = programmes.subjectCodes();
        return found.stream().map(c -> plan(c, recorded.getOrDefault(c.getId(), Map.of()),
                c.getCohortId() == null ? null : cohorts.get(c.getCohortId()), versions, subjects)).toList();
    }

    private static ClassPlan plan(SchoolClass schoolClass, Map<String, ClassInstruction> recorded, Cohort cohort,
                                  Map<Long, List<ScheduleVersion>> versions, List<String> subjects) {
        Programme programme = cohort == null ? null : cohort.getProgramme();
        ScheduleVersion version = programme == null ? null
                : ScheduleVersion.inForce(versions.getOrDefault(programme.getId(), List.of()), cohort.getStartYear()).orElse(null);
        List<Line> lines = new ArrayList<>();
        Schedule schedule = version == null ? new Schedule(List.of()) : version.schedule();
        for (String subject : subjects) {
            for (int semester = 1; semester <= 2; semester++) {
                InstructionMode planned = schedule.mode(schoolClass.getStage(), semester, subject).orElse(null);
                ClassInstruction actual = recorded.get(subject + "/" + semester);
                if (planned != null || actual != null) {
                    lines.add(new Line(subject, semester, planned, actual == null ? null : actual.getMode()));
                }
            }
        }
        return new ClassPlan(schoolClass, programme, version, lines, schedule.outlook(schoolClass.getStage(), subjects));
    }

    /** Records what was taught; an entry equal to the plan confirms it. Replaces earlier records of those cells. */
    @Transactional
    public ClassPlan record(long classId, Collection<Recorded> entries) {
        AppUser caller = currentUser.require(Role.OFFICER);
        SchoolClass schoolClass = classes.get(classId);
        List<String> subjects = programmes.subjectCodes();
        Validation v = Validation.start();
        List<ClassInstruction> valid = new ArrayList<>();
        int i = 0;
        for (Recorded r : entries) {
            String field = "entries[" + i++ + "]";
            InstructionMode mode = null;
            try {
                mode = r.mode() == null ? null : InstructionMode.valueOf(r.mode());
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (r.subject() == null || !subjects.contains(r.subject())) {
                v.add(field + ".subject", "validation.schedule.unknownSubject", Map.of("subject", String.valueOf(r.subject())));
            } else if (r.semester() < 1 || r.semester() > 2) {
                v.add(field + ".semester", "validation.schedule.semester");
            } else if (mode == null) {
                v.add(field + ".mode", "validation.oneOf", Map.of("allowed", "MOTHER_TONGUE, BILINGUAL, VIETNAMESE"));
            } else {
                valid.add(new ClassInstruction(classId, r.semester(), r.subject(), mode, caller.getUsername(), clock.instant()));
            }
        }
        v.throwIfInvalid();
        for (ClassInstruction entry : valid) {
            ClassInstruction existing = em.find(ClassInstruction.class,
                    new ClassInstruction.Key(classId, entry.getSemester(), entry.getSubject()));
            Map<String, Object> before = existing == null ? null : Map.of("mode", existing.getMode());
            if (existing == null) {
                em.persist(entry);
            } else {
                existing.record(entry.getMode(), caller.getUsername(), clock.instant());
            }
            audit.record(caller.getUsername(), existing == null ? AuditLog.Action.CREATE : AuditLog.Action.UPDATE,
                    "ClassInstruction", classId + "/" + entry.getSemester() + "/" + entry.getSubject(),
                    before, Map.of("mode", entry.getMode()));
        }
        em.flush();
        return plan(classId);
    }

    /**
     * The pilot classes of a school year whose recorded practice departs from their plan, in the provinces
     * the caller may see (optionally one province).
     */
    public List<ClassPlan> departures(String schoolYear, String province) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        String given = province == null || province.isBlank() ? null : province.strip();
        StringBuilder jpql = new StringBuilder("SELECT c FROM SchoolClass c JOIN FETCH c.school s WHERE c.schoolYear = :year"
                + " AND EXISTS (SELECT i.classId FROM ClassInstruction i WHERE i.classId = c.id)");
        if (!scope.all()) {
            jpql.append(" AND s.provinceCode IN :codes");
        }
        if (given != null) {
            jpql.append(" AND s.provinceCode = :province");
        }
        var query = em.createQuery(jpql.append(" ORDER BY s.code, c.stage, c.name").toString(), SchoolClass.class)
                .setParameter("year", schoolYear);
        if (!scope.all()) {
            query.setParameter("codes", scope.codes());
        }
        if (given != null) {
            query.setParameter("province", given);
        }
        return plans(query.getResultList()).stream().filter(ClassPlan::departs).toList();
    }
}
