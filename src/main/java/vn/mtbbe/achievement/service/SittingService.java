package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Round;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sittings (assessment rounds): created by ministry staff, read by them whole and by officers as far as their
 * provinces' classes take part; for officers, the classes still waiting for results.
 */
@ApplicationScoped
public class SittingService {

    public record SittingInput(String name, String round, String schoolYear, LocalDate from, LocalDate to,
                               List<Long> instruments, List<String> schools, List<Long> classes) {
    }

    /**
     * A class taking part in a sitting: how many pupils it has in the sitting's days, how many have results, and how
     * many results it has of the {@code expected} (a result, or an absence, for each pupil and subtask).
     */
    public record ClassState(Sitting sitting, SchoolClass schoolClass, long pupils, long withResults, long results,
                             long expected) {

        public boolean waiting() {
            return results < expected;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AchievementStore store;

    @Inject
    AuditLog audit;

    @Inject
    vn.mtbbe.platform.time.Today today;

    /** The sittings of a school year the caller may see (officers: those with a class of their provinces). */
    @Transactional
    public List<Sitting> list(String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        return em.createNamedQuery("Sitting.byYear", Sitting.class).setParameter("year", schoolYear).getResultList()
                .stream().filter(s -> visible(s, scope)).toList();
    }

    /** A sitting; 404 when unknown or (for an officer) without a class of their provinces. */
    @Transactional
    public Sitting get(long id) {
        return find(id).orElseThrow(() -> AppException.notFound("error.notFound.sitting", id));
    }

    /** A sitting the caller may see; empty when unknown or (for an officer) without a class of their provinces. */
    @Transactional
    public Optional<Sitting> find(long id) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        Sitting sitting = em.find(Sitting.class, id);
        return sitting == null || !visible(sitting, currentUser.scope()) ? Optional.empty() : Optional.of(sitting);
    }

    private static boolean visible(Sitting sitting, ProvinceScope scope) {
        return scope.all() || sitting.getSchools().stream().anyMatch(s -> scope.includes(s.getProvinceCode()))
                || sitting.getClasses().stream().anyMatch(c -> scope.includes(c.getSchool().getProvinceCode()));
    }

    /** The classes of the caller's provinces taking part in the sitting, by school and name, with their state. */
    @Transactional
    public List<ClassState> classes(long sittingId) {
        Sitting sitting = get(sittingId);
        return states(sitting, classesOf(sitting));
    }

    /** The classes of every sitting of the year under way or past that still wait for results (some or all). */
    @Transactional
    public List<ClassState> waiting(String schoolYear) {
        List<ClassState> waiting = new ArrayList<>();
        for (Sitting sitting : list(schoolYear)) {
            if (sitting.getStartsOn().isAfter(today.date())) {
                continue;
            }
            states(sitting, classesOf(sitting)).stream().filter(ClassState::waiting).forEach(waiting::add);
        }
        return waiting;
    }

    /** The classes taking part that lie in the caller's provinces. */
    List<SchoolClass> classesOf(Sitting sitting) {
        ProvinceScope scope = currentUser.scope();
        Set<SchoolClass> classes = new LinkedHashSet<>();
        List<Long> schools = sitting.getSchools().stream().filter(s -> scope.includes(s.getProvinceCode()))
                .map(School::getId).toList();
        List<Stage> stages = sitting.getInstruments().stream().flatMap(i -> i.getStages().stream()).distinct().toList();
        if (!schools.isEmpty() && !stages.isEmpty()) {
            classes.addAll(em.createQuery("SELECT c FROM SchoolClass c JOIN FETCH c.school WHERE c.schoolYear = :year "
                            + "AND c.school.id IN :schools AND c.stage IN :stages", SchoolClass.class)
                    .setParameter("year", sitting.getSchoolYear()).setParameter("schools", schools)
                    .setParameter("stages", stages).getResultList());
        }
        sitting.getClasses().stream().filter(c -> scope.includes(c.getSchool().getProvinceCode())).forEach(classes::add);
        return classes.stream().sorted(Comparator.comparing((SchoolClass c) -> c.getSchool().getCode())
                .thenComparing(SchoolClass::getStage).thenComparing(SchoolClass::getName)).toList();
    }

    private List<ClassState> states(Sitting sitting, List<SchoolClass> classes) {
        if (classes.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> entered = store.classesWithResults(sitting.getId());
        Map<Long, Long> pupils = new java.util.HashMap<>();
        for (Object[] row : em.createQuery("SELECT e.schoolClass.id, COUNT(DISTINCT e.pupil.id) FROM Enrolment e "
                        + "WHERE e.schoolClass.id IN :classes AND e.startDate <= :last "
                        + "AND (e.endDate IS NULL OR e.endDate >= :first) GROUP BY e.schoolClass.id", Object[].class)
                .setParameter("classes", classes.stream().map(SchoolClass::getId).toList())
                .setParameter("first", sitting.getStartsOn()).setParameter("last", sitting.getEndsOn()).getResultList()) {
            pupils.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return classes.stream().map(c -> {
            long enrolled = pupils.getOrDefault(c.getId(), 0L);
            int[] done = entered.getOrDefault(c.getId(), new int[2]);
            return new ClassState(sitting, c, enrolled, done[0], done[1], enrolled * sitting.subtasksFor(c).size());
        }).toList();
    }

    @Transactional
    public Sitting create(SittingInput input) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Validation v = Validation.start();
        String name = input.name() == null ? "" : input.name().strip();
        v.check(!name.isEmpty(), "name", "validation.required");
        if (name.length() > 200) {
            v.add("name", "validation.tooLong", Map.of("max", 200));
        }
        Round round = null;
        if (input.round() == null || input.round().isBlank()) {
            v.add("round", "validation.required");
        } else {
            try {
                round = Round.valueOf(input.round().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.add("round", "validation.achievement.unknownValue", Map.of("value", input.round()));
            }
        }
        SchoolYear year = input.schoolYear() == null ? null : em.find(SchoolYear.class, input.schoolYear().strip());
        if (year == null) {
            v.add("schoolYear", input.schoolYear() == null || input.schoolYear().isBlank() ? "validation.required"
                    : "validation.achievement.schoolYear", Map.of("value", String.valueOf(input.schoolYear())));
        }
        if (input.from() == null) {
            v.add("from", "validation.required");
        }
        if (input.to() == null) {
            v.add("to", "validation.required");
        }
        if (input.from() != null && input.to() != null) {
            if (input.to().isBefore(input.from())) {
                v.add("to", "validation.achievement.dates");
            } else if (year != null && (!year.contains(input.from()) || !year.contains(input.to()))) {
                v.add("from", "validation.achievement.datesInYear", Map.of("year", year.getCode()));
            }
        }
        List<Instrument> instruments = new ArrayList<>();
        List<Long> instrumentIds = input.instruments() == null ? List.of() : input.instruments();
        v.check(!instrumentIds.isEmpty(), "instruments", "validation.achievement.noInstruments");
        for (int i = 0; i < instrumentIds.size(); i++) {
            Instrument instrument = instrumentIds.get(i) == null ? null : em.find(Instrument.class, instrumentIds.get(i));
            if (instrument == null) {
                v.add("instruments[" + i + "]", "validation.achievement.unknownInstrument",
                        Map.of("value", String.valueOf(instrumentIds.get(i))));
            } else if (!instruments.contains(instrument)) {
                instruments.add(instrument);
            }
        }
        List<School> schools = new ArrayList<>();
        List<String> schoolCodes = input.schools() == null ? List.of() : input.schools();
        for (int i = 0; i < schoolCodes.size(); i++) {
            String code = schoolCodes.get(i) == null ? "" : schoolCodes.get(i).strip();
            School school = em.createNamedQuery("School.findByCode", School.class).setParameter("code", code)
                    .getResultStream().findFirst().orElse(null);
            if (school == null) {
                v.add("schools[" + i + "]", "validation.achievement.unknownSchool", Map.of("value", code));
            } else if (!schools.contains(school)) {
                schools.add(school);
            }
        }
        List<SchoolClass> classes = new ArrayList<>();
        List<Long> classIds = input.classes() == null ? List.of() : input.classes();
        for (int i = 0; i < classIds.size(); i++) {
            SchoolClass c = classIds.get(i) == null ? null : em.find(SchoolClass.class, classIds.get(i));
            if (c == null || year != null && !c.getSchoolYear().equals(year.getCode())) {
                v.add("classes[" + i + "]", "validation.achievement.unknownClass",
                        Map.of("value", String.valueOf(classIds.get(i))));
            } else if (!classes.contains(c)) {
                classes.add(c);
            }
        }
        v.check(!schools.isEmpty() || !classes.isEmpty() || v.hasError("schools[0]") || v.hasError("classes[0]"),
                "schools", "validation.achievement.noSchools");
        v.throwIfInvalid();

        Sitting sitting = new Sitting(name, round, year.getCode(), input.from(), input.to(), instruments, schools, classes,
                caller.getUsername(), Instant.now());
        em.persist(sitting);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", name);
        after.put("round", round.name());
        after.put("schoolYear", year.getCode());
        after.put("from", input.from().toString());
        after.put("to", input.to().toString());
        after.put("instruments", instruments.stream().map(Instrument::getId).toList().toString());
        after.put("schools", schools.stream().map(School::getCode).toList().toString());
        after.put("classes", classes.stream().map(SchoolClass::getId).toList().toString());
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "Sitting", String.valueOf(sitting.getId()), null, after);
        return sitting;
    }
}
