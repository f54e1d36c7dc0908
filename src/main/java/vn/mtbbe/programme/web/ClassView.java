package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.service.InstructionService;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.ReferenceNames;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /classes/view.xhtml?id=...}: where a class stands in the transition, its plan against what was
 * taught, next year's plan and its pupils. Officers of the province record what was taught; 404 outside the
 * caller's provinces.
 */
@Named
@ViewScoped
public class ClassView implements Serializable {

    static final String FORM = "instructionForm";
    /** More pupils than any class has; the page lists them all. */
    static final int MAX_PUPILS = 500;

    @Inject
    InstructionService instruction;

    @Inject
    PupilService pupils;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    private Long id;
    private Summary summary;
    private List<LineRow> lines;
    private List<TransitionRow> transition;
    private List<PupilRow> pupilRows;
    private boolean recording;

    /** What the heading and the transition panel show of the class. */
    public record Summary(long id, String name, String schoolCode, String schoolName, String schoolYear, String stage,
                          String nextStage, String programmeName, Integer versionNumber, Integer versionFrom,
                          Long cohortId, String status, boolean switchingYear, String switchingSubjects)
            implements Serializable {
    }

    /** A pupil of the class: code and both forms of the name. */
    public record PupilRow(String code, String vietnameseName, String nativeName, String language) implements Serializable {
    }

    /** One subject and semester: plan, record and (for officers) the mode chosen in the form. */
    public static class LineRow implements Serializable {
        private final String subject;
        private final String subjectName;
        private final int semester;
        private final String planned;
        private final String actual;
        private String chosen;

        LineRow(InstructionService.Line line, String subjectName) {
            this.subject = line.subject();
            this.subjectName = subjectName;
            this.semester = line.semester();
            this.planned = line.planned() == null ? null : line.planned().name();
            this.actual = line.actual() == null ? null : line.actual().name();
            this.chosen = actual != null ? actual : planned;
        }

        public String getSubject() {
            return subject;
        }

        public String getSubjectName() {
            return subjectName;
        }

        public int getSemester() {
            return semester;
        }

        public String getPlanned() {
            return planned;
        }

        public String getActual() {
            return actual;
        }

        public boolean isDeparts() {
            return actual != null && !actual.equals(planned);
        }

        public boolean isRecorded() {
            return actual != null;
        }

        /** The line's status key: {@code instruction.line.departs}, {@code .asPlanned} or {@code .notRecorded}. */
        public String getStatusKey() {
            return isDeparts() ? "instruction.line.departs" : isRecorded() ? "instruction.line.asPlanned" : "instruction.line.notRecorded";
        }

        public String getChosen() {
            return chosen;
        }

        public void setChosen(String chosen) {
            this.chosen = chosen;
        }
    }

    public void load() {
        if (id == null) {
            throw AppException.notFound("error.notFound.class", "");
        }
        show(instruction.plan(id));
        ULocale locale = userLocale.current();
        pupilRows = pupils.range(new PupilService.Filter(null, null, id, null), 0, MAX_PUPILS, locale).stream()
                .map(ClassView::row).toList();
    }

    private static PupilRow row(Pupil p) {
        return new PupilRow(p.getCode(), p.getVietnameseName(), p.getNativeName(), p.getMotherTongue());
    }

    private void show(InstructionService.ClassPlan plan) {
        ULocale locale = userLocale.current();
        SchoolClass c = plan.schoolClass();
        summary = new Summary(c.getId(), c.getName(), c.getSchool().getCode(), c.getSchool().getName(), c.getSchoolYear(),
                c.getStage().name(), c.getStage().next().map(Enum::name).orElse(null),
                plan.programme() == null ? null : names.name(RefName.Kind.PROGRAMME,
                        String.valueOf(plan.programme().getId()), locale, plan.programme().getName()),
                plan.version() == null ? null : plan.version().getNumber(),
                plan.version() == null ? null : plan.version().getValidFromYear(),
                c.getCohortId(), plan.status().name(), plan.switchingYear(),
                TransitionRow.switchingText(plan, names, locale));
        lines = plan.lines().stream()
                .map(l -> new LineRow(l, names.name(RefName.Kind.SUBJECT, l.subject(), locale, l.subject()))).toList();
        transition = TransitionRow.of(plan, names, locale);
        recording = currentUser.hasRole(Role.OFFICER);
    }

    /** Records the modes chosen in the form. */
    public String save() {
        return record(lines.stream().map(l -> new InstructionService.Recorded(l.subject, l.semester, l.chosen)).toList());
    }

    /** Records every planned subject and semester as taught according to plan. */
    public String confirmAll() {
        return record(lines.stream().filter(l -> l.planned != null)
                .map(l -> new InstructionService.Recorded(l.subject, l.semester, l.planned)).toList());
    }

    private String record(List<InstructionService.Recorded> entries) {
        try {
            instruction.record(id, entries);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
            return null;
        } catch (AppException e) {
            if (e.status() == 404 || e.status() == 403 || e.status() == 401) {
                throw e;
            }
            feedback.error(e);
            return null;
        }
        feedback.done("instruction.saved");
        return "/classes/view?faces-redirect=true&id=" + id;
    }

    /** The modes an officer may choose, in the order of the transition. */
    public List<String> getModes() {
        return Arrays.stream(InstructionMode.values()).map(Enum::name).toList();
    }

    public boolean isRecording() {
        return recording;
    }

    public Summary getSummary() {
        return summary;
    }

    public List<LineRow> getLines() {
        return lines;
    }

    public List<TransitionRow> getTransition() {
        return transition;
    }

    public List<PupilRow> getPupils() {
        return pupilRows;
    }

    public long getDepartingLines() {
        return lines.stream().filter(LineRow::isDeparts).count();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
