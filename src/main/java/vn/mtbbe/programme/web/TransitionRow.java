package vn.mtbbe.programme.web;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One subject of a class's plan as pages show it: the planned language this year and next year (by semester,
 * as mode names or null where the subject is not taught), whether it switches this year and whether it
 * changes next year.
 */
public record TransitionRow(String subject, String subjectName, String now1, String now2, String next1, String next2,
                            boolean switching, boolean changesNextYear) implements Serializable {

    /** The subjects of {@code plan} that are taught this year or next, in the curriculum's order. */
    public static List<TransitionRow> of(InstructionService.ClassPlan plan, ReferenceNames names, ULocale locale) {
        Set<String> subjects = new LinkedHashSet<>();
        plan.lines().stream().filter(l -> l.planned() != null).forEach(l -> subjects.add(l.subject()));
        subjects.addAll(plan.nextYear().keySet());
        List<TransitionRow> rows = new ArrayList<>();
        for (String subject : subjects) {
            InstructionMode now1 = planned(plan, subject, 1);
            InstructionMode now2 = planned(plan, subject, 2);
            List<InstructionMode> next = plan.nextYear().get(subject);
            InstructionMode next1 = next == null ? null : next.get(0);
            InstructionMode next2 = next == null ? null : next.get(1);
            boolean changes = plan.schoolClass().getStage().next().isPresent()
                    && (!Objects.equals(now2, next1) || !Objects.equals(next1, next2));
            rows.add(new TransitionRow(subject, names.name(RefName.Kind.SUBJECT, subject, locale, subject),
                    name(now1), name(now2), name(next1), name(next2), plan.switchingSubjects().contains(subject), changes));
        }
        return rows;
    }

    /** The subjects that switch language this year, named and listed as the reader's language lists things. */
    public static String switchingText(InstructionService.ClassPlan plan, ReferenceNames names, ULocale locale) {
        List<String> switching = of(plan, names, locale).stream().filter(TransitionRow::switching)
                .map(TransitionRow::subjectName).toList();
        return ListFormatter.getInstance(locale).format(switching);
    }

    private static InstructionMode planned(InstructionService.ClassPlan plan, String subject, int semester) {
        return plan.lines().stream().filter(l -> l.subject().equals(subject) && l.semester() == semester)
                .map(InstructionService.Line::planned).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String name(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }
}
