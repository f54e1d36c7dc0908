package vn.mtbbe.cohort.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.domain.CohortFlow;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.RegistryEvents;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.ProvinceScope;
import vn.mtbbe.security.Role;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cohorts: the pupils who started at a school in the same year. Officers of the province and ministry
 * staff read them; they come into being as classes are created and pupils enrolled.
 */
@ApplicationScoped
public class CohortService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    @Inject
    SchoolService schools;

    /**
     * A cohort with the number of its pupils, for lists; {@code receivedAt} is the school that took the cohort's
     * children into grade 1 from the preschool where it started, when the list is of that school (or of its province,
     * for a school of another province), null for a cohort listed where it started.
     */
    public record Summary(Cohort cohort, long pupils, School receivedAt) {
    }

    /**
     * The cohorts the caller may see, optionally of one province and one school, with their pupil counts (one grouped
     * query, not one per cohort), ordered by school code and start year. A cohort without pupils (a class opened
     * before anyone was enrolled, or a grade-1 class filled by children handed over from preschools) is not listed;
     * a preschool's cohort is listed also at the school that took its children into grade 1.
     */
    public List<Summary> summaries(String province, String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        School filter = schoolCode == null || schoolCode.isBlank() ? null : schools.get(schoolCode.strip());
        String school = filter == null ? null : filter.getCode();
        String place = province == null || province.isBlank() ? null : province.strip();
        StringBuilder jpql = new StringBuilder("SELECT c FROM Cohort c JOIN FETCH c.school s LEFT JOIN FETCH c.programme"
                + " WHERE 1 = 1");
        if (!scope.all()) {
            jpql.append(" AND s.provinceCode IN :codes");
        }
        if (place != null) {
            jpql.append(" AND s.provinceCode = :province");
        }
        if (school != null) {
            jpql.append(" AND s.code = :school");
        }
        var query = em.createQuery(jpql.append(" ORDER BY s.code, c.startYear").toString(), Cohort.class);
        if (!scope.all()) {
            query.setParameter("codes", scope.codes());
        }
        if (place != null) {
            query.setParameter("province", place);
        }
        if (school != null) {
            query.setParameter("school", school);
        }
        Map<Long, Summary> found = new LinkedHashMap<>();
        query.getResultStream().forEach(c -> found.put(c.getId(), new Summary(c, 0, null)));
        if (school != null || place != null || !scope.all()) {
            received(scope, place, filter).forEach((cohort, at) -> found.putIfAbsent(cohort.getId(), new Summary(cohort, 0, at)));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.cohortId, COUNT(p) FROM Pupil p WHERE p.cohortId IN :ids GROUP BY p.cohortId", Object[].class)
                .setParameter("ids", List.copyOf(found.keySet()))
                .getResultStream().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return found.values().stream().filter(f -> counts.getOrDefault(f.cohort().getId(), 0L) > 0)
                .map(f -> new Summary(f.cohort(), counts.get(f.cohort().getId()), f.receivedAt()))
                .sorted(Comparator.comparing((Summary f) -> f.cohort().getSchool().getCode())
                        .thenComparingInt(f -> f.cohort().getStartYear()))
                .toList();
    }

    /**
     * The preschool cohorts whose children a school of the filter (the school, else the province, else the caller's
     * provinces) took into grade 1 (one query, whatever their number), each with the school listed when the filter
     * names one (null otherwise).
     */
    private Map<Cohort, School> received(ProvinceScope scope, String province, School at) {
        String school = at == null ? null : at.getCode();
        StringBuilder where = new StringBuilder();
        if (!scope.all()) {
            where.append(" AND k.school.provinceCode IN :codes");
        }
        if (province != null) {
            where.append(" AND k.school.provinceCode = :province");
        }
        if (school != null) {
            where.append(" AND k.school.code = :school");
        }
        var query = em.createQuery("SELECT c FROM Cohort c JOIN FETCH c.school LEFT JOIN FETCH c.programme"
                        + " WHERE c.entryStage = :preschool AND EXISTS (SELECT e FROM Enrolment e JOIN e.schoolClass k JOIN e.pupil p"
                        + " WHERE p.cohortId = c.id AND k.stage = :grade1 AND k.school <> c.school" + where + ")", Cohort.class)
                .setParameter("grade1", Stage.GRADE_1).setParameter("preschool", Stage.PRESCHOOL_5);
        if (!scope.all()) {
            query.setParameter("codes", scope.codes());
        }
        if (province != null) {
            query.setParameter("province", province);
        }
        if (school != null) {
            query.setParameter("school", school);
        }
        Map<Cohort, School> received = new LinkedHashMap<>();
        query.getResultStream().forEach(c -> received.put(c, at));
        return received;
    }

    /**
     * Everything the cohort page and the flow endpoint show: the flow year by year, per year and grade (the
     * rates per cohort and grade of DESIGN.md), and year by year for each sex and each ethnicity.
     */
    public record Report(Cohort cohort, int pupils, List<CohortFlow.Year> years, List<CohortFlow.Year> byGrade,
                         Map<String, List<CohortFlow.Year>> bySex, Map<String, List<CohortFlow.Year>> byEthnicity) {
    }

    public Report report(long cohortId) {
        Cohort cohort = get(cohortId);
        List<CohortFlow.Fact> facts = facts(cohort);
        int pupils = (int) facts.stream().mapToLong(CohortFlow.Fact::pupilId).distinct().count();
        return new Report(cohort, pupils, CohortFlow.byYear(facts), CohortFlow.byYearAndStage(facts),
                CohortFlow.byYearFor(facts, CohortFlow.Fact::sex), CohortFlow.byYearFor(facts, CohortFlow.Fact::ethnicity));
    }

    /**
     * The cohort, when it started in the caller's provinces or some of its children now belong to a school there (a
     * preschool's cohort handed over to a primary school of another province); 404 otherwise.
     */
    public Cohort get(long id) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        return Optional.ofNullable(em.find(Cohort.class, id))
                .filter(c -> scope.includes(c.getSchool().getProvinceCode()) || !scope.all()
                        && em.createQuery("SELECT COUNT(p) FROM Pupil p WHERE p.cohortId = :id AND p.provinceCode IN :codes", Long.class)
                        .setParameter("id", id).setParameter("codes", scope.codes()).getSingleResult() > 0)
                .orElseThrow(() -> AppException.notFound("error.notFound.cohort", id));
    }

    /** The enrolments of the cohort's pupils, in the order they happened. */
    public List<CohortFlow.Fact> facts(Cohort cohort) {
        return em.createQuery("SELECT p.id, c.schoolYear, c.stage, e.outcome, p.sex, p.ethnicityCode"
                        + " FROM Enrolment e JOIN e.schoolClass c JOIN e.pupil p"
                        + " WHERE p.cohortId = :cohort ORDER BY p.id, e.startDate, e.id", Object[].class)
                .setParameter("cohort", cohort.getId())
                .getResultStream()
                .map(r -> new CohortFlow.Fact((Long) r[0], (String) r[1], (Stage) r[2], (Outcome) r[3],
                        String.valueOf(r[4]), (String) r[5]))
                .toList();
    }

    /**
     * The cohort a class belongs to: the one that started at the class's school as many years before as the
     * class's stage lies above the school's entry stage. Created when it does not exist yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Cohort cohortFor(SchoolClass schoolClass) {
        School school = schoolClass.getSchool();
        Stage entry = Cohort.entryStage(school.getLevel());
        int startYear = Cohort.startYearOf(school.getLevel(), Integer.parseInt(schoolClass.getSchoolYear().substring(0, 4)),
                schoolClass.getStage());
        return em.createNamedQuery("Cohort.findBySchoolAndYear", Cohort.class)
                .setParameter("school", school).setParameter("year", startYear)
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    Programme programme = school.getProgrammeId() == null ? null : em.find(Programme.class, school.getProgrammeId());
                    Cohort cohort = new Cohort(school, startYear, entry, programme);
                    em.persist(cohort);
                    em.flush();
                    Map<String, Object> state = new LinkedHashMap<>();
                    state.put("schoolCode", school.getCode());
                    state.put("startYear", startYear);
                    state.put("entryStage", entry);
                    state.put("programme", programme == null ? null : programme.getId());
                    audit.record(currentUser.user().map(AppUser::getUsername).orElse(AuditLog.SYSTEM),
                            AuditLog.Action.CREATE, "Cohort", String.valueOf(cohort.getId()), null, state);
                    return cohort;
                });
    }

    /** Every new class belongs to a cohort. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onClassCreated(@Observes RegistryEvents.ClassCreated event) {
        if (event.schoolClass().getCohortId() == null) {
            event.schoolClass().setCohortId(cohortFor(event.schoolClass()).getId());
        }
    }

    /** A pupil joins the cohort of the first class they are enrolled in. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onPupilEnrolled(@Observes RegistryEvents.PupilEnrolled event) {
        if (event.pupil().getCohortId() == null) {
            SchoolClass schoolClass = event.schoolClass();
            Long cohort = schoolClass.getCohortId() != null ? schoolClass.getCohortId() : cohortFor(schoolClass).getId();
            event.pupil().setCohortId(cohort);
        }
    }
}
