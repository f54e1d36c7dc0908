package vn.mtbbe.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.db.Where;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.validation.MaxLength;
import vn.mtbbe.platform.validation.Required;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.RegistryEvents;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Classes of a school and school year: officers of the province and ministry staff. */
@ApplicationScoped
public class ClassService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    @Inject
    Validator validator;

    @Inject
    vn.mtbbe.platform.time.Today today;

    @Inject
    Event<RegistryEvents.ClassCreated> events;

    /** A new class as submitted. */
    @Schema(name = "NewClass", description = "A new class: the school, school year, stage (PRESCHOOL_5, GRADE_1 … "
            + "GRADE_5) and name; a pilot school's class takes the school's programme language", example = """
            {"schoolCode": "101002", "schoolYear": "2025-2026", "stage": "GRADE_1", "name": "1B",
             "programmeLanguage": null, "teacherNames": "Lý Thị Dua"}""")
    public record NewClass(
            @Required String schoolCode,
            @Required String schoolYear,
            @Required String stage,
            @Required @MaxLength(max = 40) String name,
            String programmeLanguage,
            @MaxLength(max = 400) String teacherNames) {
    }

    public Page<SchoolClass> list(String schoolCode, String year, PageRequest paging) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        School school = schoolCode == null || schoolCode.isBlank() ? null : schools.get(schoolCode.strip());
        Where where = Where.start()
                .and("c.school.provinceCode IN :codes", "codes", scope.all() ? null : scope.codes())
                .and("c.school = :school", "school", school)
                .and("c.schoolYear = :year", "year", year == null || year.isBlank() ? null : year.strip());
        TypedQuery<SchoolClass> items = where.bind(em.createQuery("SELECT c FROM SchoolClass c JOIN FETCH c.school"
                + where.clause() + " ORDER BY c.school.code, c.schoolYear, c.stage, c.name", SchoolClass.class));
        TypedQuery<Long> count = where.bind(em.createQuery("SELECT COUNT(c) FROM SchoolClass c" + where.clause(), Long.class));
        return new Page<>(items.setFirstResult(paging.offset()).setMaxResults(paging.size()).getResultList(),
                paging.page(), paging.size(), count.getSingleResult());
    }

    /** The class with {@code id} if the caller may see it. */
    public Optional<SchoolClass> find(long id) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        return Optional.ofNullable(em.find(SchoolClass.class, id))
                .filter(c -> scope.includes(c.getSchool().getProvinceCode()));
    }

    public SchoolClass get(long id) {
        return find(id).orElseThrow(() -> AppException.notFound("error.notFound.class", String.valueOf(id)));
    }

    /** The school years in which the school has classes, newest first. */
    public List<String> years(String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        return em.createQuery("SELECT DISTINCT c.schoolYear FROM SchoolClass c WHERE c.school = :school"
                + " ORDER BY c.schoolYear DESC", String.class).setParameter("school", school).getResultList();
    }

    /** Every school year known, newest first. */
    public List<String> years() {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        return em.createNamedQuery("SchoolYear.findAll", SchoolYear.class).getResultStream()
                .map(SchoolYear::getCode).sorted(Comparator.reverseOrder()).toList();
    }

    /** How many pupils were enrolled in each of the classes (those the caller may see); classes without any are left out. */
    public Map<Long, Long> pupilCounts(Collection<Long> classIds) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        Map<Long, Long> counts = new HashMap<>();
        if (classIds.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT c.id, c.school.provinceCode, COUNT(e) FROM Enrolment e JOIN e.schoolClass c"
                        + " WHERE c.id IN :ids GROUP BY c.id, c.school.provinceCode", Object[].class)
                .setParameter("ids", classIds).getResultStream()
                .filter(r -> scope.includes((String) r[1]))
                .forEach(r -> counts.put((Long) r[0], (Long) r[2]));
        return counts;
    }

    @Transactional
    public SchoolClass create(NewClass input) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        Validation v = Validation.start().constraints(validator, input);
        School school = null;
        if (!v.hasError("schoolCode")) {
            school = schools.find(input.schoolCode().strip()).orElse(null);
            if (school == null) {
                v.add("schoolCode", "validation.unknownSchool");
            }
        }
        if (!v.hasError("schoolYear") && !SchoolYear.isValidCode(input.schoolYear().strip())) {
            v.add("schoolYear", "validation.schoolYear");
        }
        Stage stage = Enums.parse(Stage.class, input.stage(), "stage", v);
        if (stage != null && school != null && !stage.taughtAt(school.getLevel())) {
            v.add("stage", "validation.class.stageNotTaught");
        }
        String name = TextKeys.nfc(input.name());
        String language = input.programmeLanguage() == null || input.programmeLanguage().isBlank()
                ? null : input.programmeLanguage().strip();
        if (school != null) {
            if (school.getDesignation() == Designation.PILOT) {
                if (language == null) {
                    language = school.getProgrammeLanguage();
                } else if (!language.equals(school.getProgrammeLanguage())) {
                    v.add("programmeLanguage", "validation.class.languageOfSchool");
                }
            } else if (language != null) {
                v.add("programmeLanguage", "validation.school.comparisonHasNoLanguage");
            }
        }
        String teachers = TextKeys.nfc(input.teacherNames());
        v.throwIfInvalid();
        SchoolYear year = schoolYear(input.schoolYear().strip());
        boolean taken = !em.createNamedQuery("SchoolClass.findBySchoolYearName", SchoolClass.class)
                .setParameter("school", school).setParameter("year", year.getCode()).setParameter("name", name)
                .getResultList().isEmpty();
        if (taken) {
            throw AppException.conflict("error.conflict.className", name);
        }
        SchoolClass created = new SchoolClass(school, year.getCode(), stage, name, language);
        created.setTeacherNames(teachers == null || teachers.isEmpty() ? null : teachers);
        em.persist(created);
        em.flush();
        events.fire(new RegistryEvents.ClassCreated(created));
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "SchoolClass", String.valueOf(created.getId()),
                null, state(created));
        return created;
    }

    /** A class's name and teachers as changed. */
    public record ClassChange(@Required @MaxLength(max = 40) String name, @MaxLength(max = 400) String teacherNames) {
    }

    /**
     * Renames a class or changes its teachers (officers of its province, ministry); {@code expectedVersion} (when given)
     * must be the version the caller read.
     */
    @Transactional
    public SchoolClass update(long id, ClassChange input, Long expectedVersion) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolClass c = get(id);
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw AppException.stale();
        }
        Validation v = Validation.start().constraints(validator, input);
        v.throwIfInvalid();
        String name = TextKeys.nfc(input.name());
        String teachers = TextKeys.nfc(input.teacherNames());
        if (!name.equals(c.getName()) && !em.createNamedQuery("SchoolClass.findBySchoolYearName", SchoolClass.class)
                .setParameter("school", c.getSchool()).setParameter("year", c.getSchoolYear()).setParameter("name", name)
                .getResultList().isEmpty()) {
            throw AppException.conflict("error.conflict.className", name);
        }
        Map<String, Object> before = state(c);
        c.setName(name);
        c.setTeacherNames(teachers == null || teachers.isEmpty() ? null : teachers);
        Map<String, Object> after = state(c);
        if (!after.equals(before)) {
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "SchoolClass", String.valueOf(id), before, after);
        }
        return c;
    }

    /** How many pupils are in the class now (open enrolments). */
    public long pupilsNow(long id) {
        return pupilsIn(get(id));
    }

    private long pupilsIn(SchoolClass c) {
        return em.createQuery("SELECT COUNT(e) FROM Enrolment e WHERE e.schoolClass = :class AND e.outcome IS NULL",
                Long.class).setParameter("class", c).getSingleResult();
    }

    /**
     * Closes a class that no pupil is in any more (after moves, transfers or the year end): it is no longer offered
     * for enrolments and moves; its history stays.
     */
    @Transactional
    public SchoolClass close(long id) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        SchoolClass c = get(id);
        if (c.isClosed()) {
            return c;
        }
        long enrolled = pupilsIn(c);
        if (enrolled > 0) {
            throw ValidationException.of("classId", "validation.class.notEmpty", Map.of("pupils", enrolled));
        }
        c.close(today.date());
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "SchoolClass", String.valueOf(id),
                Map.of("closedOn", ""), Map.of("closedOn", c.getClosedOn()));
        return c;
    }

    /**
     * The school year with {@code code}, created with the usual Vietnamese calendar (5 September to 31 May)
     * when it is new; its dates can be corrected later.
     */
    SchoolYear schoolYear(String code) {
        int start = Integer.parseInt(code.substring(0, 4));
        return schoolYear(code, LocalDate.of(start, 9, 5), LocalDate.of(start + 1, 5, 31));
    }

    /** The school year with {@code code}; when it is new, created from {@code first} to {@code last}, and audited. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SchoolYear schoolYear(String code, LocalDate first, LocalDate last) {
        SchoolYear year = em.find(SchoolYear.class, code);
        if (year == null) {
            year = new SchoolYear(code, first, last);
            em.persist(year);
            audit.record(currentUser.user().map(AppUser::getUsername).orElse(AuditLog.SYSTEM), AuditLog.Action.CREATE,
                    "SchoolYear", code, null, yearState(year));
        }
        return year;
    }

    /** A school year as its audit entries record it. */
    static Map<String, Object> yearState(SchoolYear year) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("startDate", year.getStartDate());
        state.put("endDate", year.getEndDate());
        return state;
    }

    /** A class as its audit entries record it. */
    public static Map<String, Object> state(SchoolClass c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("schoolCode", c.getSchool().getCode());
        state.put("schoolYear", c.getSchoolYear());
        state.put("stage", c.getStage());
        state.put("name", c.getName());
        state.put("programmeLanguage", c.getProgrammeLanguage());
        state.put("teacherNames", c.getTeacherNames());
        return state;
    }
}
