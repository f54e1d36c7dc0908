package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ReferenceNames;
import vn.mtbbe.registry.web.PupilView;

import java.util.List;

/**
 * The transition panel of {@code /pupils/view.xhtml}: the class the pupil attends now, which language each
 * subject is taught in this year and next, and whether this is a switching year. The plan is read when the page
 * first asks for it, after the page's view action has loaded (and scoped) the pupil.
 */
@Named
@RequestScoped
public class PupilTransition {

    @Inject
    PupilView pupilView;

    @Inject
    InstructionService instruction;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private Current current;
    private boolean loaded;

    /** The pupil's class now and its plan; {@code programmeName} is null for a class that follows no schedule. */
    public record Current(long classId, String className, String schoolName, String schoolYear, String stage,
                          String nextStage, String programmeName, boolean switchingYear, String switchingSubjects,
                          List<TransitionRow> rows) {
    }

    private Current load(String pupilCode) {
        ULocale locale = userLocale.current();
        return instruction.planOfPupil(pupilCode).map(plan -> {
            SchoolClass c = plan.schoolClass();
            return new Current(c.getId(), c.getName(), c.getSchool().getName(), c.getSchoolYear(), c.getStage().name(),
                    c.getStage().next().map(Enum::name).orElse(null),
                    plan.version() == null ? null : plan.programme().getName(), plan.switchingYear(),
                    TransitionRow.switchingText(plan, names, locale), TransitionRow.of(plan, names, locale));
        }).orElse(null);
    }

    /**
     * The pupil's class now, or null when the pupil attends none. Worked out when the page first asks for it;
     * on an ajax request of the page (the departure dialog) the page's pupil is not loaded and nothing is shown.
     */
    public Current getCurrent() {
        if (!loaded) {
            loaded = true;
            current = pupilView.getPupil() == null ? null : load(pupilView.getPupil().code());
        }
        return current;
    }
}
