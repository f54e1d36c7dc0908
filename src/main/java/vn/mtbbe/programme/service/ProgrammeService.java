package vn.mtbbe.programme.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.domain.Subject;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Programmes and their transition schedules. Everybody but delegation guests reads them; ministry staff
 * change them. A change is a new schedule version that applies to cohorts starting from a given year.
 */
@ApplicationScoped
public class ProgrammeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditLog audit;

    /** The length of a schedule version's note (its column). */
    static final int NOTE_LENGTH = 400;

    Clock clock = Clock.systemUTC();

    @Inject
    Today today;

    public List<Programme> list() {
        requireReader();
        return em.createNamedQuery("Programme.findAll", Programme.class).getResultList();
    }

    public Programme get(long id) {
        requireReader();
        return find(id).orElseThrow(() -> AppException.notFound("error.notFound.programme", String.valueOf(id)));
    }

    /** A programme whose schedule the caller (ministry staff only) is about to change. */
    public Programme getForChange(long id) {
        currentUser.require(Role.MINISTRY);
        return find(id).orElseThrow(() -> AppException.notFound("error.notFound.programme", String.valueOf(id)));
    }

    /** Without a role check: for other services that have checked the caller already. */
    public Optional<Programme> find(long id) {
        return Optional.ofNullable(em.find(Programme.class, id));
    }

    public List<Subject> subjects() {
        return em.createNamedQuery("Subject.findAll", Subject.class).getResultList();
    }

    public List<String> subjectCodes() {
        return subjects().stream().map(Subject::getCode).toList();
    }

    public List<String> coreSubjects() {
        return subjects().stream().filter(Subject::isCore).map(Subject::getCode).toList();
    }

    public List<ScheduleVersion> versions(Programme programme) {
        return em.createNamedQuery("ScheduleVersion.findByProgramme", ScheduleVersion.class)
                .setParameter("programme", programme).getResultList();
    }

    /**
     * Every version of the programmes with {@code programmeIds}, with their entries, oldest first per programme: for
     * pages that need the schedules of many classes (one query, not one per class).
     */
    public Map<Long, List<ScheduleVersion>> versionsOf(Collection<Long> programmeIds) {
        if (programmeIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery("ScheduleVersion.findByProgrammes", ScheduleVersion.class)
                .setParameter("programmes", programmeIds).getResultStream()
                .sorted(Comparator.comparingInt(ScheduleVersion::getValidFromYear))
                .collect(Collectors.groupingBy(v -> v.getProgramme().getId(), Collectors.toList()));
    }

    /** The version that applies to a cohort starting in the school year that begins in {@code startYear}. */
    public Optional<ScheduleVersion> inForce(Programme programme, int startYear) {
        return ScheduleVersion.inForce(versions(programme), startYear);
    }

    /** The version for cohorts starting this school year (the one the API shows as "in force"). */
    public Optional<ScheduleVersion> current(Programme programme) {
        return inForce(programme, currentSchoolYearStart());
    }

    /** The calendar year in which the current school year began (school years start in September). */
    public int currentSchoolYearStart() {
        return today.schoolYearStart();
    }

    @Inject
    vn.mtbbe.registry.service.ReferenceNames referenceNames;

    @Transactional
    public Programme create(String name, String motherTongue, String description) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Validation v = Validation.start();
        v.check(name != null && !name.isBlank(), "name", "validation.required");
        if (motherTongue == null || motherTongue.isBlank()) {
            v.add("motherTongue", "validation.required");
        } else {
            v.check(!"vi".equals(motherTongue) && em.find(vn.mtbbe.registry.domain.Language.class, motherTongue) != null,
                    "motherTongue", "validation.unknownLanguage");
        }
        v.throwIfInvalid();
        if (!em.createNamedQuery("Programme.findByName", Programme.class).setParameter("name", name.strip()).getResultList().isEmpty()) {
            throw AppException.conflict("error.conflict.programmeName", name.strip());
        }
        Programme programme = new Programme(name.strip(), motherTongue, description);
        em.persist(programme);
        em.flush();
        audit.record(caller.getUsername(), AuditLog.Action.CREATE, "Programme", String.valueOf(programme.getId()), null,
                Map.of("name", programme.getName(), "motherTongue", motherTongue));
        return programme;
    }

    /** The languages a programme is named in besides its own (Vietnamese) name: every other interface language. */
    public static List<String> otherLanguages() {
        return vn.mtbbe.platform.i18n.Messages.SUPPORTED.stream().map(com.ibm.icu.util.ULocale::getLanguage)
                .filter(l -> !l.equals(vn.mtbbe.platform.i18n.Messages.DEFAULT.getLanguage())).toList();
    }

    /** The programme's names in the other interface languages (those given). */
    public Map<String, String> names(long id) {
        currentUser.requireSignedIn();
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Object row : em.createNativeQuery("SELECT locale, name FROM ref_name WHERE kind = ?1 AND code = ?2")
                .setParameter(1, vn.mtbbe.registry.domain.RefName.Kind.PROGRAMME.name())
                .setParameter(2, String.valueOf(get(id).getId())).getResultList()) {
            Object[] r = (Object[]) row;
            names.put(r[0].toString(), r[1].toString());
        }
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        otherLanguages().forEach(l -> {
            if (names.containsKey(l)) {
                ordered.put(l, names.get(l));
            }
        });
        return ordered;
    }

    /**
     * Names the programme in the other interface languages (ministry staff): a blank name removes that language's, which
     * then shows the programme's own name; at most 200 characters; audited; the readers' names follow at once.
     */
    @Transactional
    public Map<String, String> setNames(long id, Map<String, String> given) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Programme programme = getForChange(id);
        Validation v = Validation.start();
        Map<String, String> wanted = given == null ? Map.of() : given;
        wanted.forEach((language, name) -> {
            if (!otherLanguages().contains(language)) {
                v.add("names." + language, "validation.programme.nameLanguage", Map.of("value", String.valueOf(language)));
            } else if (name != null && name.strip().length() > 200) {
                v.add("names." + language, "validation.programme.nameLength");
            }
        });
        v.throwIfInvalid();
        Map<String, String> before = names(id);
        String code = String.valueOf(programme.getId());
        for (String language : otherLanguages()) {
            if (!wanted.containsKey(language)) {
                continue;
            }
            String name = wanted.get(language) == null ? "" : vn.mtbbe.platform.text.TextKeys.nfc(wanted.get(language));
            em.createNativeQuery("DELETE FROM ref_name WHERE kind = ?1 AND code = ?2 AND locale = ?3")
                    .setParameter(1, vn.mtbbe.registry.domain.RefName.Kind.PROGRAMME.name()).setParameter(2, code)
                    .setParameter(3, language).executeUpdate();
            if (!name.isBlank()) {
                em.createNativeQuery("INSERT INTO ref_name (kind, code, locale, name) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, vn.mtbbe.registry.domain.RefName.Kind.PROGRAMME.name()).setParameter(2, code)
                        .setParameter(3, language).setParameter(4, name).executeUpdate();
            }
        }
        em.flush();
        referenceNames.clear();
        Map<String, String> after = names(id);
        if (!after.equals(before)) {
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "Programme", code, Map.of("names", before),
                    Map.of("names", after));
        }
        return after;
    }

    /**
     * Sets the programme's early-warning thresholds (ministry staff), in whole percent from 1 to 100; null returns a
     * threshold to the application's default.
     */
    @Transactional
    public Programme setWarningThresholds(long id, Integer pupilPercent, Integer classPercent) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        Programme programme = getForChange(id);
        Validation v = Validation.start();
        v.check(pupilPercent == null || pupilPercent >= 1 && pupilPercent <= 100, "pupilThreshold", "validation.percent");
        v.check(classPercent == null || classPercent >= 1 && classPercent <= 100, "classThreshold", "validation.percent");
        v.throwIfInvalid();
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        before.put("pupil", programme.getWarningPupilRate());
        before.put("class", programme.getWarningClassRate());
        programme.setWarningThresholds(share(pupilPercent), share(classPercent));
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("pupil", programme.getWarningPupilRate());
        after.put("class", programme.getWarningClassRate());
        if (!before.equals(after)) {
            em.flush();
            audit.record(caller.getUsername(), AuditLog.Action.UPDATE, "ProgrammeWarnings", String.valueOf(id), before, after);
        }
        return programme;
    }

    private static java.math.BigDecimal share(Integer percent) {
        return percent == null ? null : java.math.BigDecimal.valueOf(percent, 2).setScale(3);
    }

    /**
     * Saves a schedule for cohorts starting from {@code validFromYear}, edited from the version with id
     * {@code basedOnVersionId} (null: from no version at all). Later than the newest version: a new version. The same
     * year as the newest version while no cohort has started under it: a correction of that version. Anything else
     * would rewrite the plan of cohorts already under way, and is refused. When the newest version is no longer the
     * one the caller edited (someone saved a version or a correction meanwhile) nothing is saved: 412, naming the
     * newer version. Saves of one programme take turns (a lock of its row), so two saves from the same version
     * cannot both pass that check.
     */
    @Transactional
    public ScheduleVersion saveSchedule(long programmeId, int validFromYear, Collection<ScheduleEntry> entries, String note,
                                        Long basedOnVersionId) {
        AppUser caller = currentUser.require(Role.MINISTRY);
        // The locking read comes first in the transaction: what it reads, and every read after it, is current.
        Programme programme = em.find(Programme.class, programmeId, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw AppException.notFound("error.notFound.programme", String.valueOf(programmeId));
        }
        List<ScheduleVersion> existing = versions(programme);
        ScheduleVersion newest = existing.isEmpty() ? null : existing.get(existing.size() - 1);
        if (!Objects.equals(newest == null ? null : newest.getId(), basedOnVersionId)) {
            throw new AppException(412, "error.stale.title", "error.stale.schedule",
                    newest == null ? 0 : newest.getNumber(), newest == null ? "" : newest.getCreatedBy());
        }
        Validation v = Validation.start();
        List<String> subjects = subjectCodes();
        for (ScheduleEntry e : entries) {
            if (!subjects.contains(e.getSubject())) {
                v.add("entries", "validation.schedule.unknownSubject", Map.of("subject", e.getSubject()));
            }
        }
        for (Schedule.Problem p : new Schedule(entries).problems(coreSubjects())) {
            v.add("entries", p.messageKey(), Map.of("stage", p.stage().name(), "subject", p.subject()));
        }
        if (note != null && note.strip().length() > NOTE_LENGTH) {
            v.add("note", "validation.tooLong", Map.of("max", NOTE_LENGTH));
        }
        if (validFromYear < 2000 || validFromYear > currentSchoolYearStart() + 5) {
            v.add("validFromYear", "validation.schedule.validFromYear");
        }
        boolean correction = newest != null && newest.getValidFromYear() == validFromYear;
        if (newest != null && validFromYear < newest.getValidFromYear()) {
            v.add("validFromYear", "validation.schedule.validFromTooEarly", Map.of("year", newest.getValidFromYear()));
        } else if (correction && cohortsStartedSince(programme, validFromYear)) {
            v.add("validFromYear", "validation.schedule.versionInUse");
        } else if (!correction && cohortsStartedSince(programme, validFromYear)) {
            // Cohorts under way keep the plan they started with: a new version may not reach back to them.
            v.add("validFromYear", "validation.schedule.cohortsUnderWay", Map.of("year", latestCohortStart(programme) + 1));
        }
        v.throwIfInvalid();
        Map<String, Object> before = null;
        int number = newest == null ? 1 : newest.getNumber() + 1;
        if (correction) {
            before = state(newest);
            number = newest.getNumber();
            em.remove(newest);
            em.flush();
        }
        ScheduleVersion saved = new ScheduleVersion(programme, number, validFromYear, entries, caller.getUsername(),
                clock.instant(), note == null || note.isBlank() ? null : note.strip());
        em.persist(saved);
        em.flush();
        audit.record(caller.getUsername(), correction ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE,
                "ScheduleVersion", programme.getId() + "/" + number, before, state(saved));
        return saved;
    }

    /** Whether pupils of a cohort of {@code programme} that started in {@code year} or later exist. */
    private boolean cohortsStartedSince(Programme programme, int year) {
        return em.createQuery("SELECT COUNT(p) FROM Pupil p, Cohort c WHERE p.cohortId = c.id AND c.programme = :p"
                        + " AND c.startYear >= :y", Long.class)
                .setParameter("p", programme).setParameter("y", year).getSingleResult() > 0;
    }

    private int latestCohortStart(Programme programme) {
        Integer latest = em.createQuery("SELECT MAX(c.startYear) FROM Pupil p, Cohort c WHERE p.cohortId = c.id"
                        + " AND c.programme = :p", Integer.class)
                .setParameter("p", programme).getSingleResult();
        return latest == null ? currentSchoolYearStart() - 1 : latest;
    }

    private void requireReader() {
        currentUser.require(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
    }

    private static Map<String, Object> state(ScheduleVersion version) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("validFromYear", version.getValidFromYear());
        state.put("entries", version.getEntries().stream()
                .map(e -> e.getStage() + "/" + e.getSemester() + "/" + e.getSubject() + "=" + e.getMode()).sorted().toList());
        return state;
    }
}
