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

    public List<Cohort> list(String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        if (schoolCode != null && !schoolCode.isBlank()) {
            School school = schools.get(schoolCode.strip());
            return em.createQuery("SELECT c FROM Cohort c LEFT JOIN FETCH c.programme WHERE c.school = :school"
                            + " ORDER BY c.startYear", Cohort.class)
                    .setParameter("school", school).getResultList();
        }
        String jpql = "SELECT c FROM Cohort c JOIN FETCH c.school s LEFT JOIN FETCH c.programme"
                + (scope.all() ? "" : " WHERE s.provinceCode IN :codes") + " ORDER BY s.code, c.startYear";
        var query = em.createQuery(jpql, Cohort.class);
        if (!scope.all()) {
            query.setParameter("codes", scope.codes());
        }
        return query.getResultList();
    }

    /** A cohort with the number of its pupils, for lists. */
    public record Summary(Cohort cohort, long pupils) {
    }

    /**
     * The cohorts the caller may see, optionally of one province and one school, with their pupil counts
     * (one grouped query, not one per cohort), ordered by school code and start year.
     */
    public List<Summary> summaries(String province, String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        StringBuilder jpql = new StringBuilder("SELECT c FROM Cohort c JOIN FETCH c.school s LEFT JOIN FETCH c.programme"
                + " WHERE 1 = 1");
        if (!scope.all()) {
            jpql.append(" AND s.provinceCode IN :codes");
        }
        if (province != null && !province.isBlank()) {
            jpql.append(" AND s.provinceCode = :province");
        }
        if (schoolCode != null && !schoolCode.isBlank()) {
            jpql.append(" AND s.code = :school");
        }
        var query = em.createQuery(jpql.append(" ORDER BY s.code, c.startYear").toString(), Cohort.class);
        if (!scope.all()) {
            query.setParameter("codes", scope.codes());
        }
        if (province != null && !province.isBlank()) {
            query.setParameter("province", province.strip());
        }
        if (schoolCode != null && !schoolCode.isBlank()) {
            query.setParameter("school", schoolCode.strip());
        }
        List<Cohort> found = query.getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT p.cohortId, COUNT(p) FROM Pupil p WHERE p.cohortId IN :ids GROUP BY p.cohortId", Object[].class)
                .setParameter("ids", found.stream().map(Cohort::getId).toList())
                .getResultStream().forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return found.stream().map(c -> new Summary(c, counts.getOrDefault(c.getId(), 0L))).toList();
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

    public Cohort get(long id) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        ProvinceScope scope = currentUser.scope();
        return Optional.ofNullable(em.find(Cohort.class, id))
                .filter(c -> scope.includes(c.getSchool().getProvinceCode()))
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
