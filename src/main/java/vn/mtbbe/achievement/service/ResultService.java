package vn.mtbbe.achievement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.audit.AuditLog;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.db.Tags;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.Validation;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.Sex;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A class's results of a sitting: read by officers of the province and ministry staff, entered by officers. A save
 * replaces the class's results as one unit, every result checked against its subtask by {@link Scoring} first, and is
 * refused when the results changed since the caller read them (their tag) unless it asks for exactly what is stored,
 * so a resend is harmless.
 */
@ApplicationScoped
public class ResultService {

    /** A pupil of the class in the sitting's days (or with results in it); the native name is in the mother tongue. */
    public record PupilLine(long id, String code, String nativeName, String vietnameseName, Sex sex, String motherTongue) {
    }

    /** A result as sent: any part may be missing; {@code field} names it in problems (e.g. results[3]). */
    public record Submitted(String pupil, Long subtask, Integer score, Integer seconds, Boolean absent, String field) {
    }

    /** The class's results of the sitting by pupil code and subtask id, and the tag that names their state. */
    public record ClassResults(Sitting sitting, SchoolClass schoolClass, List<PupilLine> pupils, List<Subtask> subtasks,
                               Map<String, Map<Long, Scoring.Entry>> results, String tag) {

        public boolean entered() {
            return results.values().stream().anyMatch(m -> !m.isEmpty());
        }

        public Scoring.Derived derived(String pupil, Subtask subtask) {
            Scoring.Entry entry = results.getOrDefault(pupil, Map.of()).get(subtask.getId());
            return entry == null ? Scoring.Derived.NONE : Scoring.derive(subtask.spec(), schoolClass.getStage(), entry);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    SittingService sittings;

    @Inject
    AchievementStore store;

    @Inject
    AuditLog audit;

    @Inject
    Today today;

    /** The results; 404 for an unknown sitting, a class outside the caller's provinces or not taking part. */
    @Transactional
    public ClassResults read(long sittingId, long classId) {
        AppUser caller = currentUser.require(Role.OFFICER, Role.MINISTRY);
        Sitting sitting = sittings.get(sittingId);
        SchoolClass schoolClass = taking(sitting, em.find(SchoolClass.class, classId), classId);
        audit.recordList(caller.getUsername(), "SittingResults", Map.of("sitting", sittingId, "class", classId));
        return results(sitting, schoolClass);
    }

    /**
     * Replaces the class's results; {@code basedOnTag} is the tag the caller read (null: whatever is stored). 412 when
     * they changed since, 422 with every problem; nothing written either way.
     */
    @Transactional
    public ClassResults save(long sittingId, long classId, List<Submitted> submitted, String basedOnTag) {
        AppUser caller = currentUser.require(Role.OFFICER);
        Sitting sitting = sittings.get(sittingId);
        // The class's lock comes first: saves of a class take turns, and every read after it is current.
        SchoolClass schoolClass = taking(sitting, em.find(SchoolClass.class, classId, LockModeType.PESSIMISTIC_WRITE), classId);
        ClassResults before = results(sitting, schoolClass);
        Validation v = Validation.start();
        Map<String, Map<Long, Scoring.Entry>> now = check(v, before, submitted);
        if (v.isValid() && now.equals(before.results())) {
            return before;
        }
        if (basedOnTag != null && !basedOnTag.equals(before.tag()) && !(IfMatch.ANY.equals(basedOnTag) && before.entered())) {
            throw AppException.stale();
        }
        checkStarted(v, "results", sitting);
        v.throwIfInvalid();
        write(caller.getUsername(), sitting, schoolClass, before, now);
        return results(sitting, schoolClass);
    }

    /** Results of a sitting are entered from its first day on: a problem at {@code field} before then. */
    void checkStarted(Validation v, String field, Sitting sitting) {
        if (today.date().isBefore(sitting.getStartsOn())) {
            v.add(field, "validation.achievement.notStarted", Map.of("date", sitting.getStartsOn()));
        }
    }

    /**
     * Checks results that replace, pupil by pupil and subtask by subtask, some of the class's stored results (an
     * import: a file may carry some pupils or subtasks only), the other stored results kept as they are; the merged
     * whole is checked as a save is ({@link #check}). The results as they would be stored.
     */
    static Map<String, Map<Long, Scoring.Entry>> checkMerged(Validation v, ClassResults before, List<Submitted> replacing) {
        Set<String> replaced = new HashSet<>();
        for (Submitted s : replacing) {
            replaced.add((s.pupil() == null ? "" : s.pupil().strip()) + "/" + s.subtask());
        }
        List<Submitted> merged = new ArrayList<>();
        before.results().forEach((pupil, bySubtask) -> bySubtask.forEach((subtask, entry) -> {
            if (!replaced.contains(pupil + "/" + subtask)) {
                merged.add(new Submitted(pupil, subtask, entry.score(), entry.seconds(), entry.absent() ? Boolean.TRUE : null,
                        "stored"));
            }
        }));
        merged.addAll(replacing);
        return check(v, before, merged);
    }

    /**
     * Checks submitted results against the class's pupils and the sitting's subtasks, each problem at its field; the
     * results as they would be stored, by pupil code and subtask id.
     */
    static Map<String, Map<Long, Scoring.Entry>> check(Validation v, ClassResults before, List<Submitted> submitted) {
        Map<String, PupilLine> pupils = new HashMap<>();
        before.pupils().forEach(p -> pupils.put(p.code(), p));
        Map<Long, Subtask> subtasks = new HashMap<>();
        before.subtasks().forEach(s -> subtasks.put(s.getId(), s));
        Map<String, Map<Long, Scoring.Entry>> now = new TreeMap<>();
        for (Submitted s : submitted == null ? List.<Submitted>of() : submitted) {
            if (s == null) {
                continue;
            }
            String pupil = s.pupil() == null ? "" : s.pupil().strip();
            boolean ok = true;
            if (pupil.isEmpty()) {
                v.add(s.field() + ".pupil", "validation.required");
                ok = false;
            } else if (!pupils.containsKey(pupil)) {
                v.add(s.field() + ".pupil", "validation.achievement.pupilNotInClass", Map.of("value", pupil));
                ok = false;
            }
            Subtask subtask = s.subtask() == null ? null : subtasks.get(s.subtask());
            if (s.subtask() == null) {
                v.add(s.field() + ".subtask", "validation.required");
                continue;
            } else if (subtask == null) {
                v.add(s.field() + ".subtask", "validation.achievement.subtaskNotInSitting",
                        Map.of("value", String.valueOf(s.subtask())));
                continue;
            }
            Scoring.Entry entry = Scoring.check(v, s.field(), subtask.spec(), s.score(), s.seconds(), s.absent());
            if (!ok || entry == null) {
                continue;
            }
            if (now.computeIfAbsent(pupil, k -> new TreeMap<>()).putIfAbsent(subtask.getId(), entry) != null) {
                v.add(s.field() + ".subtask", "validation.achievement.duplicate", Map.of("value", pupil));
            }
        }
        now.values().removeIf(Map::isEmpty);
        return now;
    }

    /**
     * Writes checked results of a class whose lock the caller holds, audited with each changed result before and after;
     * the number of results changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    int write(String username, Sitting sitting, SchoolClass schoolClass, ClassResults before,
               Map<String, Map<Long, Scoring.Entry>> now) {
        Map<String, Long> ids = new HashMap<>();
        before.pupils().forEach(p -> ids.put(p.code(), p.id()));
        Map<AchievementStore.Key, Scoring.Entry> old = keyed(before.results(), ids);
        Map<AchievementStore.Key, Scoring.Entry> after = keyed(now, ids);
        Map<String, Object> from = new TreeMap<>();
        Map<String, Object> to = new TreeMap<>();
        Map<Long, String> codes = new HashMap<>();
        ids.forEach((code, id) -> codes.put(id, code));
        java.util.Set<AchievementStore.Key> keys = new java.util.HashSet<>(old.keySet());
        keys.addAll(after.keySet());
        for (AchievementStore.Key key : keys) {
            if (!Objects.equals(old.get(key), after.get(key))) {
                String at = codes.get(key.pupil()) + "/" + key.subtask();
                from.put(at, describe(old.get(key)));
                to.put(at, describe(after.get(key)));
            }
        }
        store.write(sitting.getId(), schoolClass, old, after);
        audit.record(username, before.entered() ? AuditLog.Action.UPDATE : AuditLog.Action.CREATE, "SittingResults",
                sitting.getId() + "/" + schoolClass.getId(), before.entered() ? from : null, to);
        return to.size();
    }

    private static Map<AchievementStore.Key, Scoring.Entry> keyed(Map<String, Map<Long, Scoring.Entry>> results,
                                                                  Map<String, Long> ids) {
        Map<AchievementStore.Key, Scoring.Entry> keyed = new HashMap<>();
        results.forEach((code, bySubtask) -> bySubtask.forEach((subtask, entry) ->
                keyed.put(new AchievementStore.Key(ids.get(code), subtask), entry)));
        return keyed;
    }

    /** A result as the audit log keeps it: ABSENT, a score, or a score and the seconds used. */
    static String describe(Scoring.Entry entry) {
        if (entry == null) {
            return null;
        }
        if (entry.absent()) {
            return "ABSENT";
        }
        return entry.seconds() == null ? String.valueOf(entry.score()) : entry.score() + " in " + entry.seconds() + "s";
    }

    ClassResults results(Sitting sitting, SchoolClass schoolClass) {
        Map<AchievementStore.Key, Scoring.Entry> stored = store.results(sitting.getId(), schoolClass.getId());
        Map<Long, PupilLine> pupils = new LinkedHashMap<>();
        em.createNamedQuery("Enrolment.linesInClassBetween", Object[].class)
                .setParameter("classId", schoolClass.getId()).setParameter("first", sitting.getStartsOn())
                .setParameter("last", sitting.getEndsOn()).getResultList()
                .forEach(r -> pupils.putIfAbsent((Long) r[0], new PupilLine((Long) r[0], (String) r[1], (String) r[2],
                        (String) r[3], (Sex) r[4], (String) r[7])));
        // A pupil who has left since keeps the results entered for them.
        stored.keySet().stream().map(AchievementStore.Key::pupil).filter(id -> !pupils.containsKey(id)).distinct()
                .forEach(id -> {
                    Pupil p = em.find(Pupil.class, id);
                    pupils.put(id, new PupilLine(id, p.getCode(), p.getNativeName(), p.getVietnameseName(), p.getSex(),
                            p.getMotherTongue()));
                });
        Map<String, Map<Long, Scoring.Entry>> results = new TreeMap<>();
        stored.forEach((key, entry) -> results.computeIfAbsent(pupils.get(key.pupil()).code(), k -> new TreeMap<>())
                .put(key.subtask(), entry));
        List<PupilLine> lines = pupils.values().stream().sorted(Comparator.comparing(PupilLine::code)).toList();
        List<Subtask> subtasks = sitting.subtasksFor(schoolClass);
        StringBuilder state = new StringBuilder().append(sitting.getId()).append('/').append(schoolClass.getId());
        results.forEach((code, bySubtask) -> bySubtask.forEach((subtask, e) -> state.append('|').append(code).append('/')
                .append(subtask).append('=').append(describe(e))));
        return new ClassResults(sitting, schoolClass, lines, subtasks, results, Tags.of(state));
    }

    private SchoolClass taking(Sitting sitting, SchoolClass schoolClass, long classId) {
        if (!takesPart(sitting, schoolClass)) {
            throw AppException.notFound("error.notFound.sittingClass", sitting.getId(), classId);
        }
        return schoolClass;
    }

    /** Whether {@code schoolClass} exists, lies in the caller's provinces and takes part in the sitting. */
    boolean takesPart(Sitting sitting, SchoolClass schoolClass) {
        return schoolClass != null && currentUser.scope().includes(schoolClass.getSchool().getProvinceCode())
                && sitting.includes(schoolClass);
    }
}
