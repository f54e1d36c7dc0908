package vn.mtbbe.programme.web;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One subject of a class's plan as pages show it: the planned language this year and next year (by semester,
 * as mode names or null where the subject is not taught), and how it changes this year and next year (as
 * {@link Schedule.Change} names). Built from the schedule's {@link Schedule.SubjectOutlook}, so the class page,
 * the pupil page and the cohort page give the same answers.
 */
public record TransitionRow(String subject, String subjectName, String now1, String now2, String next1, String next2,
                            String thisYear, String nextYear) implements Serializable {

    /** The row of one subject's outlook, named for the reader. */
    public static TransitionRow of(Schedule.SubjectOutlook outlook, String subjectName) {
        return new TransitionRow(outlook.subject(), subjectName, name(outlook.now1()), name(outlook.now2()),
                name(outlook.next1()), name(outlook.next2()), outlook.thisYear().name(), outlook.nextYear().name());
    }

    /** The subjects of {@code plan} that are taught this year or next, in the curriculum's order. */
    public static List<TransitionRow> of(InstructionService.ClassPlan plan, ReferenceNames names, ULocale locale) {
        return of(plan, subject -> names.name(RefName.Kind.SUBJECT, subject, locale, subject));
    }

    /** The subjects of {@code plan} that are taught this year or next, named by {@code subjectName}. */
    static List<TransitionRow> of(InstructionService.ClassPlan plan, Function<String, String> subjectName) {
        return plan.outlook().stream().map(o -> of(o, subjectName.apply(o.subject()))).toList();
    }

    /** The subjects that switch language this year, named and listed as the reader's language lists things. */
    public static String switchingText(InstructionService.ClassPlan plan, ReferenceNames names, ULocale locale) {
        List<String> switching = of(plan, names, locale).stream().filter(TransitionRow::isSwitching)
                .map(TransitionRow::subjectName).toList();
        return ListFormatter.getInstance(locale).format(switching);
    }

    /** Whether the subject switches language this year (what makes a switching year). */
    public boolean isSwitching() {
        return Schedule.Change.SWITCHES.name().equals(thisYear);
    }

    /** Whether anything changes next year: a switch of language, or the subject starting or stopping. */
    public boolean isChangesNextYear() {
        return !Schedule.Change.NONE.name().equals(nextYear);
    }

    private static String name(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }
}
