package vn.mtbbe.cohort.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.cohort.domain.YearEnd;
import vn.mtbbe.platform.db.Clash;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RegistryEvents;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.security.ProvinceScope;

import java.io.Serializable;
import java.util.Comparator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The year-end step for one school, and departures during the year. The officer reviews a proposal
 * (every pupil still enrolled, with the likely outcome and next year's class), changes what differs, and
 * commits it in one transaction: every enrolment of the year closed, next year's enrolments opened, next
 * year's classes created where missing. Nothing is written until the whole decision list is valid.
 */
@ApplicationScoped
public class RolloverService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    @Inject
    AuditLog audit;

    @Inject
    ClassService classes;

    @Inject
    Today today;

    @Inject
    Event<RegistryEvents.ClassCreated> classCreated;

    @Inject
    Event<RegistryEvents.PupilEnrolled> pupilEnrolled;

    @Inject
    Event<RegistryEvents.EnrolmentEnded> enrolmentEnded;

    @Inject
    Event<RegistryEvents.YearClosed> yearClosed;

    /**
     * One pupil in the proposal: {@code nextStage} and {@code nextClassName} (the automatic name) follow the proposed
     * outcome and are null when the pupil leaves the school; {@code nextClasses} are next year's classes at
     * {@code nextStage} of the school the pupil goes to, any of which the officer may choose instead. A child moving on
     * from a preschool-only school is handed over ({@code handOver}): {@code receivingSchool} is the primary school
     * proposed for them (the one that took most of the school's children before, else the first of the same district),
     * null when none can be proposed.
     */
    @Schema(name = "RolloverLine", description = "One pupil in the year-end proposal: the proposed outcome, next "
            + "year's stage and class of the automatic name (null when the pupil leaves), next year's classes to choose "
            + "from; handOver: a child moving on from a preschool-only school, with the receivingSchool proposed")
    public record Line(String pupilCode, String vietnameseName, String nativeName, long classId, String className,
                       Stage stage, Outcome proposed, String nextClassName, Stage nextStage, List<NextClass> nextClasses,
                       boolean handOver, String receivingSchool) {
    }

    /** A class of next school year at the school, which pupils who stay may be put in. */
    @Schema(name = "RolloverNextClass")
    public record NextClass(long id, String name, Stage stage) implements Serializable {
    }

    /**
     * A school that may receive a preschool's children in grade 1: {@code place} says how near it is (DISTRICT: the
     * same district, PROVINCE: the same province, OTHER: another province of the caller's).
     */
    @Schema(name = "ReceivingSchool", description = "A school that may take a preschool's children into grade 1; "
            + "place: DISTRICT (the same district), PROVINCE (the same province) or OTHER (another of the caller's "
            + "provinces)")
    public record ReceivingSchool(String code, String name, String district, String provinceCode, Place place)
            implements Serializable {
        public enum Place { DISTRICT, PROVINCE, OTHER }
    }

    /**
     * What the officer decided for one pupil; {@code transferSchool} only for transfers (may be null);
     * {@code receivingSchool} only for a hand-over (a child promoted from a preschool-only school to grade 1): the code
     * of the primary school that takes the child, without which the child leaves the registry; {@code nextClass}
     * (optional) the id of an existing class of next year at the school the pupil goes to, at the stage the outcome
     * leads to: without it the pupil goes to the class of the automatic name, created when missing.
     */
    @Schema(name = "RolloverDecision", description = "What was decided for one pupil: outcome PROMOTED, REPEATED, "
            + "TRANSFERRED, DROPPED_OUT or COMPLETED; transferSchool for a transfer; receivingSchool for a hand-over; "
            + "nextClass (optional) an existing class of next year")
    public record Decision(String pupil, String outcome, String transferSchool, Long nextClass, String receivingSchool) {
    }

    /** What a committed rollover did; {@code handedOver} counts the promoted children taken by a receiving school. */
    @Schema(name = "RolloverResult", description = "What a committed year end did")
    public record Result(int promoted, int repeated, int transferred, int droppedOut, int completed, int classesCreated,
                         int handedOver) implements Serializable {
    }

    public List<Line> preview(String schoolCode, String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        List<NextClass> existing = nextYearClasses(school, schoolYear);
        List<Line> lines = new ArrayList<>();
        String receiving = null;
        List<NextClass> receivingClasses = List.of();
        boolean receivingKnown = false;
        for (Enrolment e : openEnrolments(school, schoolYear)) {
            SchoolClass c = e.getSchoolClass();
            Outcome proposed = YearEnd.proposed(c.getStage());
            boolean handOver = YearEnd.handsOver(c.getStage(), proposed, school.getLevel());
            if (handOver && !receivingKnown) {
                receiving = proposedReceivingSchool(school).map(School::getCode).orElse(null);
                receivingClasses = receiving == null ? List.of() : nextYearClasses(schools.get(receiving), schoolYear);
                receivingKnown = true;
            }
            Stage nextStage = (handOver ? YearEnd.nextStage(c.getStage(), proposed)
                    : YearEnd.stageAtSchool(c.getStage(), proposed, school.getLevel())).orElse(null);
            String next = nextStage == null ? null : YearEnd.nextClassName(c.getName(), c.getStage(), nextStage);
            List<NextClass> choices = (handOver ? receivingClasses : existing).stream().filter(n -> n.stage() == nextStage).toList();
            Pupil p = e.getPupil();
            lines.add(new Line(p.getCode(), p.getVietnameseName(), p.getNativeName(), c.getId(), c.getName(), c.getStage(),
                    proposed, next, nextStage, choices, handOver, handOver ? receiving : null));
        }
        return lines;
    }

    /**
     * The schools that may take the children of {@code schoolCode} (a preschool-only school) into grade 1: schools
     * teaching grade 1 that the caller may see, those of the same district first, then of the same province, then
     * (when the caller sees several provinces and {@code query} is given, or is an officer of several provinces) the
     * others; by name in the reader's collation within each group. {@code query} (optional) matches code or name.
     */
    public List<ReceivingSchool> receivingSchools(String schoolCode, String query, int max, ULocale locale) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        ProvinceScope scope = currentUser.scope();
        String folded = query == null ? "" : TextKeys.fold(query);
        StringBuilder jpql = new StringBuilder("SELECT s FROM School s LEFT JOIN FETCH s.district WHERE s.id <> :self"
                + " AND s.level IN :levels");
        if (!scope.all()) {
            jpql.append(" AND s.provinceCode IN :codes");
        } else if (folded.isEmpty()) {
            jpql.append(" AND s.provinceCode = :province");
        }
        if (!folded.isEmpty()) {
            jpql.append(" AND ").append(SchoolService.MATCH);
        }
        var q = em.createQuery(jpql.toString(), School.class)
                .setParameter("self", school.getId())
                .setParameter("levels", java.util.Arrays.stream(SchoolLevel.values())
                        .filter(Stage.GRADE_1::taughtAt).toList());
        if (!scope.all()) {
            q.setParameter("codes", scope.codes());
        } else if (folded.isEmpty()) {
            q.setParameter("province", school.getProvinceCode());
        }
        if (!folded.isEmpty()) {
            SchoolService.matching(q, query);
        }
        Collator collator = TextKeys.collator(locale);
        return q.getResultStream()
                .map(s -> new ReceivingSchool(s.getCode(), s.getName(), s.getDistrict() == null ? null : s.getDistrict().getName(),
                        s.getProvinceCode(), place(school, s)))
                .sorted(Comparator.comparing(ReceivingSchool::place)
                        .thenComparing(ReceivingSchool::provinceCode)
                        .thenComparing(ReceivingSchool::name, collator)
                        .thenComparing(ReceivingSchool::code))
                .limit(max).toList();
    }

    private static ReceivingSchool.Place place(School from, School to) {
        if (!from.getProvinceCode().equals(to.getProvinceCode())) {
            return ReceivingSchool.Place.OTHER;
        }
        return from.getDistrict() != null && to.getDistrict() != null && from.getDistrict().getId().equals(to.getDistrict().getId())
                ? ReceivingSchool.Place.DISTRICT : ReceivingSchool.Place.PROVINCE;
    }

    /**
     * The school proposed to take a preschool's children into grade 1: the one that took most of them in earlier
     * years (among schools the caller may see), else the first of the same district, then of the province.
     */
    public Optional<School> proposedReceivingSchool(School school) {
        ProvinceScope scope = currentUser.scope();
        // Grouped by id alone, as MySQL's ONLY_FULL_GROUP_BY wants.
        Optional<School> earlier = em.createQuery("SELECT c2.school.id, COUNT(e2) FROM Enrolment e1 JOIN e1.schoolClass c1,"
                        + " Enrolment e2 JOIN e2.schoolClass c2 WHERE e2.pupil = e1.pupil AND c1.school = :school"
                        + " AND c1.stage = :preschool AND e1.outcome = :promoted AND c2.stage = :grade1 AND c2.school <> :school"
                        + " GROUP BY c2.school.id ORDER BY COUNT(e2) DESC", Object[].class)
                .setParameter("school", school).setParameter("preschool", Stage.PRESCHOOL_5)
                .setParameter("promoted", Outcome.PROMOTED).setParameter("grade1", Stage.GRADE_1)
                .setMaxResults(5).getResultStream().map(r -> em.find(School.class, r[0]))
                .filter(s -> scope.includes(s.getProvinceCode()) && Stage.GRADE_1.taughtAt(s.getLevel())).findFirst();
        if (earlier.isPresent()) {
            return earlier;
        }
        return receivingSchools(school.getCode(), null, 1, ULocale.ROOT).stream().findFirst()
                .flatMap(r -> schools.find(r.code()));
    }

    /** The classes of the school year after {@code schoolYear} at the school, by stage and name (officers). */
    public List<NextClass> nextYearClasses(String schoolCode, String schoolYear) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        return nextYearClasses(schools.get(schoolCode), schoolYear);
    }

    /**
     * The school year whose year end is due at the school: the earliest one that has begun (today or before) and
     * still has pupils enrolled, normally the current one; empty when the rollover is done or nobody is enrolled.
     */
    public Optional<String> openYear(String schoolCode) {
        currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        String current = SchoolYear.codeStarting(today.schoolYearStart());
        return em.createQuery("SELECT MIN(c.schoolYear) FROM Enrolment e JOIN e.schoolClass c"
                        + " WHERE c.school = :school AND e.outcome IS NULL AND c.schoolYear <= :current", String.class)
                .setParameter("school", school).setParameter("current", current)
                .getResultStream().filter(y -> y != null).findFirst();
    }

    private List<NextClass> nextYearClasses(School school, String schoolYear) {
        if (!SchoolYear.isValidCode(schoolYear)) {
            return List.of();
        }
        String next = SchoolYear.codeStarting(Integer.parseInt(schoolYear.substring(0, 4)) + 1);
        return em.createQuery("SELECT c FROM SchoolClass c WHERE c.school = :school AND c.schoolYear = :year"
                        + " ORDER BY c.stage, c.name", SchoolClass.class)
                .setParameter("school", school).setParameter("year", next).getResultStream()
                .map(c -> new NextClass(c.getId(), c.getName(), c.getStage())).toList();
    }

    /**
     * Commits the decisions in one transaction; refused with a translated 409 when someone else changed the same
     * enrolments meanwhile (another rollover of the school, a departure), and then nothing is written.
     */
    @Transactional
    public Result commit(String schoolCode, String schoolYear, List<Decision> decisions) {
        return Clash.refused(em, "error.concurrent.rollover", () -> write(schoolCode, schoolYear, decisions));
    }

    private Result write(String schoolCode, String schoolYear, List<Decision> decisions) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        School school = schools.get(schoolCode);
        SchoolYear year = Optional.ofNullable(em.find(SchoolYear.class, schoolYear))
                .orElseThrow(() -> AppException.notFound("error.notFound.schoolYear", schoolYear));
        String nextYearCode = SchoolYear.codeStarting(year.startYear() + 1);
        List<Enrolment> open = openEnrolments(school, schoolYear);
        Map<String, Enrolment> byPupil = new LinkedHashMap<>();
        open.forEach(e -> byPupil.put(e.getPupil().getCode(), e));

        Validation v = Validation.start();
        Map<String, Outcome> outcomes = new HashMap<>();
        Map<String, School> targets = new HashMap<>();
        Map<String, SchoolClass> chosen = new HashMap<>();
        Map<String, School> receivers = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < decisions.size(); i++) {
            Decision d = decisions.get(i);
            String field = "decisions[" + i + "]";
            Enrolment e = d.pupil() == null ? null : byPupil.get(d.pupil());
            if (e == null) {
                v.add(field + ".pupil", "validation.rollover.notInSchoolYear");
                continue;
            }
            if (!seen.add(d.pupil())) {
                v.add(field + ".pupil", "validation.rollover.duplicate");
                continue;
            }
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(d.outcome());
            } catch (RuntimeException ex) {
                v.add(field + ".outcome", "validation.oneOf", Map.of("allowed", "PROMOTED, REPEATED, TRANSFERRED, DROPPED_OUT, COMPLETED"));
                continue;
            }
            Optional<String> problem = YearEnd.problem(e.getSchoolClass().getStage(), outcome);
            if (problem.isPresent()) {
                v.add(field + ".outcome", problem.get());
                continue;
            }
            if (outcome == Outcome.TRANSFERRED && d.transferSchool() != null && !d.transferSchool().isBlank()) {
                // Only schools the officer may see: a school of another province answers exactly as an unknown one.
                Optional<School> target = schools.find(d.transferSchool().strip());
                if (target.isEmpty() || target.get().equals(school)) {
                    v.add(field + ".transferSchool", "validation.unknownSchool");
                    continue;
                }
                targets.put(d.pupil(), target.get());
            }
            Stage from = e.getSchoolClass().getStage();
            boolean handOver = YearEnd.handsOver(from, outcome, school.getLevel());
            School goesTo = YearEnd.stageAtSchool(from, outcome, school.getLevel()).isPresent() ? school : null;
            if (d.receivingSchool() != null && !d.receivingSchool().isBlank()) {
                // Only schools the caller may see: for an officer a school of another province answers as an unknown one.
                Optional<School> receiving = schools.find(d.receivingSchool().strip());
                if (receiving.isEmpty()) {
                    v.add(field + ".receivingSchool", "validation.unknownSchool");
                    continue;
                }
                Optional<String> wrong = YearEnd.receivingProblem(from, outcome, school.getLevel(), receiving.get().getLevel(),
                        receiving.get().equals(school));
                if (wrong.isPresent()) {
                    v.add(field + ".receivingSchool", wrong.get(), Map.of("school", receiving.get().getCode()));
                    continue;
                }
                receivers.put(d.pupil(), receiving.get());
                goesTo = receiving.get();
            }
            if (d.nextClass() != null) {
                SchoolClass c = em.find(SchoolClass.class, d.nextClass());
                Optional<String> wrong = goesTo == null
                        ? Optional.of(handOver ? "validation.rollover.nextClassWithoutReceivingSchool" : "validation.rollover.noNextClass")
                        : YearEnd.nextClassProblem(from, outcome, c != null && c.getSchool().getId().equals(goesTo.getId()),
                                c != null && nextYearCode.equals(c.getSchoolYear()), c == null ? null : c.getStage());
                if (wrong.isPresent()) {
                    v.add(field + ".nextClass", wrong.get(), Map.of("year", nextYearCode));
                    continue;
                }
                chosen.put(d.pupil(), c);
            }
            outcomes.put(d.pupil(), outcome);
        }
        for (String pupil : byPupil.keySet()) {
            if (!seen.contains(pupil)) {
                v.add("decisions", "validation.rollover.missingPupil", Map.of("pupil", pupil));
            }
        }
        v.throwIfInvalid();

        // The next year follows this one's dates until its calendar is set.
        SchoolYear nextYear = classes.schoolYear(nextYearCode, year.getStartDate().plusYears(1), year.getEndDate().plusYears(1));
        Map<String, SchoolClass> nextClasses = new HashMap<>();
        int created = 0;
        int handedOver = 0;
        int[] counts = new int[Outcome.values().length];
        for (Map.Entry<String, Enrolment> entry : byPupil.entrySet()) {
            Enrolment e = entry.getValue();
            Outcome outcome = outcomes.get(entry.getKey());
            Pupil pupil = e.getPupil();
            SchoolClass from = e.getSchoolClass();
            Map<String, Object> before = Map.of("class", from.getId(), "outcome", "");
            if (outcome == Outcome.TRANSFERRED) {
                e.closeAsTransfer(year.getEndDate(), targets.get(entry.getKey()));
                if (targets.containsKey(entry.getKey())) {
                    pupil.transferTo(targets.get(entry.getKey()));
                }
            } else {
                e.close(outcome, year.getEndDate());
            }
            counts[outcome.ordinal()]++;
            School receiving = receivers.get(entry.getKey());
            School goesTo = receiving != null ? receiving : school;
            Optional<Stage> nextStage = receiving != null ? YearEnd.nextStage(from.getStage(), outcome)
                    : YearEnd.stageAtSchool(from.getStage(), outcome, school.getLevel());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("class", from.getId());
            after.put("outcome", outcome);
            if (outcome == Outcome.TRANSFERRED) {
                School destination = targets.get(entry.getKey());
                after.put("transferSchool", destination == null ? null : destination.getCode());
            }
            if (receiving != null) {
                after.put("receivingSchool", receiving.getCode());
                pupil.transferTo(receiving);
                handedOver++;
            }
            if (nextStage.isPresent()) {
                String name = YearEnd.nextClassName(from.getName(), from.getStage(), nextStage.get());
                String key = goesTo.getCode() + "/" + nextStage.get() + "/" + name;
                SchoolClass target = chosen.containsKey(entry.getKey()) ? chosen.get(entry.getKey()) : nextClasses.get(key);
                if (target == null) {
                    target = findClass(goesTo, nextYearCode, name).orElse(null);
                    if (target == null) {
                        target = new SchoolClass(goesTo, nextYearCode, nextStage.get(), name, from.getProgrammeLanguage());
                        if (receiving != null) {
                            // A class opened for handed-over children follows their cohort and its programme.
                            target.setCohortId(pupil.getCohortId());
                        }
                        em.persist(target);
                        em.flush();
                        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "SchoolClass", String.valueOf(target.getId()),
                                null, ClassService.state(target));
                        classCreated.fire(new RegistryEvents.ClassCreated(target));
                        created++;
                    }
                    nextClasses.put(key, target);
                }
                pupil.enrol(target, nextYear.getStartDate());
                pupilEnrolled.fire(new RegistryEvents.PupilEnrolled(pupil, target));
                after.put("nextClass", target.getId());
            }
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Enrolment", pupil.getCode() + "/" + schoolYear, before, after);
        }
        yearClosed.fire(new RegistryEvents.YearClosed(school, schoolYear));
        return new Result(counts[Outcome.PROMOTED.ordinal()], counts[Outcome.REPEATED.ordinal()],
                counts[Outcome.TRANSFERRED.ordinal()], counts[Outcome.DROPPED_OUT.ordinal()],
                counts[Outcome.COMPLETED.ordinal()], created, handedOver);
    }

    /** A pupil leaves during the year: dropped out, or transferred (to a known school or not). */
    @Transactional
    public Enrolment withdraw(String pupilCode, String outcomeName, LocalDate date, String transferSchool) {
        return Clash.refused(em, "error.concurrent.enrolment", () -> leave(pupilCode, outcomeName, date, transferSchool));
    }

    private Enrolment leave(String pupilCode, String outcomeName, LocalDate date, String transferSchool) {
        AppUser caller = currentUser.require(Role.OFFICER);
        Pupil pupil = em.createNamedQuery("Pupil.findByCode", Pupil.class).setParameter("code", pupilCode)
                .getResultStream().filter(p -> currentUser.scope().includes(p.getProvinceCode())).findFirst()
                .orElseThrow(() -> AppException.notFound("error.notFound.pupil", pupilCode));
        Validation v = Validation.start();
        Outcome outcome = null;
        if (!"DROPPED_OUT".equals(outcomeName) && !"TRANSFERRED".equals(outcomeName)) {
            v.add("outcome", "validation.oneOf", Map.of("allowed", "DROPPED_OUT, TRANSFERRED"));
        } else {
            outcome = Outcome.valueOf(outcomeName);
        }
        Optional<Enrolment> open = pupil.currentEnrolment();
        if (open.isEmpty()) {
            v.add("pupil", "validation.rollover.notEnrolled");
        } else if (date == null || date.isBefore(open.get().getStartDate()) || date.isAfter(today.date())) {
            v.add("date", "validation.rollover.date");
        }
        School target = null;
        if (outcome == Outcome.TRANSFERRED && transferSchool != null && !transferSchool.isBlank()) {
            // Any school of the registry, also of another province: its officer then enrols the child, whose record
            // stays here until then (PupilService.arrivals).
            target = schools.findForTransfer(transferSchool.strip()).orElse(null);
            if (target == null || target.equals(pupil.getSchool())) {
                v.add("transferSchool", "validation.unknownSchool");
            }
        }
        v.throwIfInvalid();
        Enrolment enrolment = open.get();
        if (outcome == Outcome.TRANSFERRED) {
            enrolment.closeAsTransfer(date, target);
            if (target != null && currentUser.scope().includes(target.getProvinceCode())) {
                pupil.transferTo(target);
            }
        } else {
            enrolment.close(outcome, date);
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", outcome);
        after.put("date", date);
        if (outcome == Outcome.TRANSFERRED) {
            // The destination: a school of the registry, or none (a school outside it, or not known).
            after.put("transferSchool", target == null ? null : target.getCode());
        }
        audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Enrolment", pupil.getCode() + "/" + date,
                Map.of("outcome", ""), after);
        enrolmentEnded.fire(new RegistryEvents.EnrolmentEnded(enrolment, caller.getUsername()));
        return enrolment;
    }

    private List<Enrolment> openEnrolments(School school, String schoolYear) {
        return em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.schoolClass c JOIN FETCH e.pupil p"
                        + " WHERE c.school = :school AND c.schoolYear = :year AND e.outcome IS NULL"
                        + " ORDER BY c.stage, c.name, p.sortKeyVi, p.code", Enrolment.class)
                .setParameter("school", school).setParameter("year", schoolYear).getResultList();
    }

    private Optional<SchoolClass> findClass(School school, String year, String name) {
        return em.createNamedQuery("SchoolClass.findBySchoolYearName", SchoolClass.class)
                .setParameter("school", school).setParameter("year", year).setParameter("name", name)
                .getResultStream().findFirst();
    }
}
