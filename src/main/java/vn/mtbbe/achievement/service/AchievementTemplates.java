package vn.mtbbe.achievement.service;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.mtbbe.achievement.domain.Scoring;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.domain.Subtask;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.imports.ImportTemplate;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results import template in the reader's language ({@link ImportTemplate}): the columns the import reads; for a
 * sitting, a second sheet naming each of its subtask ids (instrument, skill, how it is scored); for a class of it too,
 * one row per pupil and subtask, with the results already entered, for a teacher to fill in the rest.
 */
@ApplicationScoped
public class AchievementTemplates {

    static final List<String> TEMPLATE_COLUMNS = List.of("sitting", "classId", "pupil", "pupilName", "subtask",
            "subtaskName", "score", "seconds", "absent", "school", "class");

    /** The code written in the absent column for a pupil absent from the sitting. */
    static final String ABSENT = "x";

    /** A subtask as the template names it (plain values: the template is written after the transaction). */
    private record Named(long id, String instrument, String skill, String kind, int items, Integer seconds) {

        static Named of(Subtask s) {
            return new Named(s.getId(), s.getInstrument().getName(), s.getSkill().name(), s.getKind().name(),
                    s.getItems(), s.getSeconds());
        }

        String name(ULocale locale) {
            return Messages.format(locale, "import.achievement.subtaskName", Map.of("instrument", instrument,
                    "skill", Messages.format(locale, "achievement.skill." + skill)));
        }

        String meaning(ULocale locale) {
            Map<String, Object> args = new java.util.HashMap<>();
            args.put("name", name(locale));
            args.put("kind", kind);
            args.put("items", items);
            args.put("seconds", seconds == null ? 0 : seconds);
            return Messages.format(locale, "import.achievement.subtaskCode", args);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    SittingService sittings;

    @Inject
    ResultService results;

    /**
     * The template: without a sitting the columns alone; with a sitting (404 when unknown or not the caller's) its
     * subtasks listed; with a class of it too (404 when not taking part or not the caller's), one row per pupil and
     * subtask. A class without a sitting is a 400.
     */
    @Transactional
    public ImportTemplate template(Long sittingId, Long classId, ULocale locale) {
        currentUser.require(Role.OFFICER);
        if (sittingId == null) {
            if (classId != null) {
                throw AppException.badRequest("error.badRequest.parameter", "sitting");
            }
            return template(List.of());
        }
        if (classId == null) {
            Sitting sitting = sittings.get(sittingId);
            return template(sitting.getInstruments().stream().flatMap(i -> i.getSubtasks().stream()).map(Named::of).toList());
        }
        // Pupils' codes and names: read as a save's page reads them, audited as a list read.
        ResultService.ClassResults r = results.read(sittingId, classId);
        List<Named> subtasks = r.subtasks().stream().map(Named::of).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (ResultService.PupilLine pupil : r.pupils()) {
            String name = pupil.nativeName() == null || pupil.nativeName().equals(pupil.vietnameseName())
                    ? pupil.vietnameseName() : pupil.vietnameseName() + " (" + pupil.nativeName() + ")";
            Map<Long, Scoring.Entry> entered = r.results().getOrDefault(pupil.code(), Map.of());
            for (Named subtask : subtasks) {
                Scoring.Entry e = entered.get(subtask.id());
                rows.add(List.<Object>of(sittingId, classId, pupil.code(), name, subtask.id(), subtask.name(locale),
                        e == null || e.absent() ? "" : e.score(),
                        e == null || e.seconds() == null ? "" : e.seconds(),
                        e != null && e.absent() ? ABSENT : "",
                        r.schoolClass().getSchool().getCode(), r.schoolClass().getName()));
            }
        }
        return template(subtasks).withRows(rows);
    }

    private static ImportTemplate template(List<Named> subtasks) {
        Map<String, Named> byId = new LinkedHashMap<>();
        subtasks.forEach(s -> byId.put(String.valueOf(s.id()), s));
        List<ImportTemplate.CodeList> codes = new ArrayList<>();
        if (!byId.isEmpty()) {
            codes.add(new ImportTemplate.CodeList("subtask", List.copyOf(byId.keySet()),
                    (locale, code) -> byId.get(code).meaning(locale)));
        }
        codes.add(new ImportTemplate.CodeList("absent", List.of(ABSENT),
                (locale, code) -> Messages.format(locale, "import.achievement.absentCode")));
        return new ImportTemplate("import.achievement.sheet.results", "import.achievement.sheet.codes", TEMPLATE_COLUMNS,
                c -> AchievementImport.HEADER_PREFIX + c, List.of(), codes);
    }
}
