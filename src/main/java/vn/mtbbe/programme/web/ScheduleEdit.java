package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.domain.InstructionMode;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleEntry;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /programmes/edit.xhtml?id=...}: ministry staff edit a programme's transition schedule as a grid,
 * starting from the newest version, and save it for cohorts starting from a school year. The service holds
 * the rules; refused cells are marked and the reader's edits stay on the form. A version saved by someone
 * else while the form was open is never overwritten.
 */
@Named
@ViewScoped
public class ScheduleEdit implements Serializable {

    static final String FORM = "scheduleForm";
    /** How many school years ahead a version may be planned (the service allows up to five). */
    static final int YEARS_AHEAD = 5;

    @Inject
    ProgrammeService programmes;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    PageFeedback feedback;

    private String id;
    private long programmeId;
    private String name;
    private Long basedOnId;
    private Integer basedOnNumber;
    private Integer basedOnValidFrom;
    private int schoolYearStart;
    private List<ScheduleGrid.SubjectName> subjects;
    private Map<String, String> subjectNames;
    private List<EditRow> rows;
    private Integer validFromYear;
    private String note;
    private List<Choice> years;
    private List<String> problems = List.of();
    private ScheduleGrid grid;

    public void load() {
        ULocale locale = userLocale.current();
        Programme programme = programmes.get(ProgrammeView.parseId(id));
        programmeId = programme.getId();
        name = names.name(RefName.Kind.PROGRAMME, String.valueOf(programme.getId()), locale, programme.getName());
        schoolYearStart = programmes.currentSchoolYearStart();
        List<ScheduleVersion> versions = programmes.versions(programme);
        ScheduleVersion newest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        basedOnId = newest == null ? null : newest.getId();
        basedOnNumber = newest == null ? null : newest.getNumber();
        basedOnValidFrom = newest == null ? null : newest.getValidFromYear();
        Schedule start = newest == null ? new Schedule(List.of()) : newest.schedule();
        subjects = ScheduleGrid.SubjectName.of(programmes.subjects(),
                code -> names.name(RefName.Kind.SUBJECT, code, locale, code));
        subjectNames = new HashMap<>();
        subjects.forEach(s -> subjectNames.put(s.code(), s.name()));
        rows = new ArrayList<>();
        for (ScheduleGrid.SubjectName s : subjects) {
            List<EditCell> cells = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                cells.add(new EditCell(stage.name(), s.code(), name(start.mode(stage, 1, s.code()).orElse(null)),
                        name(start.mode(stage, 2, s.code()).orElse(null))));
            }
            rows.add(new EditRow(s.code(), s.name(), s.core(), List.copyOf(cells)));
        }
        // Offered: school years not yet begun (cohorts under way keep the schedule they started with), or the
        // newest version's year (a correction); a programme without a schedule may also record past years.
        // By default the next school year.
        int earliest = newest == null ? schoolYearStart - YEARS_AHEAD : Math.max(schoolYearStart + 1, newest.getValidFromYear());
        validFromYear = Math.max(schoolYearStart + 1, earliest);
        years = new ArrayList<>();
        for (int year = earliest; year <= Math.max(earliest, schoolYearStart + YEARS_AHEAD); year++) {
            String label = msg.format("schedule.schoolYear", year, year + 1);
            if (newest != null && year == newest.getValidFromYear()) {
                label = msg.format("schedule.edit.yearCorrects", label, newest.getNumber());
            }
            years.add(new Choice(String.valueOf(year), label));
        }
        changed();
    }

    /** A cell changed: the picture of the transition follows the form (nothing is saved). */
    public void changed() {
        grid = ScheduleGrid.of(new Schedule(entries()), subjects, userLocale.current());
    }

    public String save() {
        rows.forEach(r -> r.cells().forEach(c -> c.setProblem(false)));
        problems = List.of();
        ScheduleVersion saved;
        try {
            saved = programmes.saveSchedule(programmeId, validFromYear == null ? 0 : validFromYear, entries(), note, basedOnId);
        } catch (ValidationException e) {
            refused(e);
            return null;
        } catch (AppException e) {
            if (e.status() != 412) {
                throw e;
            }
            // Someone saved a version since this form was opened: the reader's edits stay, nothing is saved.
            feedback.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.format("schedule.edit.saved",
                saved.getNumber(), msg.format("schedule.schoolYear", saved.getValidFromYear(), saved.getValidFromYear() + 1)), ""));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "/programmes/view?faces-redirect=true&id=" + programmeId + "&version=" + saved.getNumber();
    }

    /** The service's reasons, in words: schedule problems listed above the grid and marked on their cells. */
    private void refused(ValidationException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<String> listed = new ArrayList<>();
        for (FieldError error : e.fieldErrors()) {
            Map<String, Object> args = new HashMap<>(error.args());
            if (args.get("stage") instanceof String stage) {
                args.put("stage", msg.label("stage", stage));
            }
            if (args.get("subject") instanceof String subject) {
                args.put("subject", subjectNames.getOrDefault(subject, subject));
                mark(subject, (String) error.args().get("stage"));
            }
            String text = msg.formatNamed(error.messageKey(), args);
            UIComponent input = "entries".equals(error.field()) ? null
                    : faces.getViewRoot().findComponent(FORM + ":" + error.field());
            if (input != null) {
                faces.addMessage(input.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, ""));
            } else {
                listed.add(text);
            }
        }
        problems = List.copyOf(listed);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                msg.format("schedule.edit.refused", e.fieldErrors().size()), ""));
        faces.validationFailed();
    }

    private void mark(String subject, String stage) {
        rows.stream().filter(r -> r.subject().equals(subject)).flatMap(r -> r.cells().stream())
                .filter(c -> stage == null || c.getStage().equals(stage)).forEach(c -> c.setProblem(true));
    }

    /**
     * The cells as schedule entries: one for the whole year where both semesters agree, one per semester
     * where they differ, none where the subject is not taught.
     */
    List<ScheduleEntry> entries() {
        List<ScheduleEntry> entries = new ArrayList<>();
        for (EditRow row : rows) {
            for (EditCell cell : row.cells()) {
                Stage stage = Stage.valueOf(cell.getStage());
                InstructionMode first = mode(cell.getFirst());
                InstructionMode second = mode(cell.secondOrFirst());
                if (first == second) {
                    if (first != null) {
                        entries.add(ScheduleEntry.wholeYear(stage, row.subject(), first));
                    }
                } else {
                    if (first != null) {
                        entries.add(new ScheduleEntry(stage, 1, row.subject(), first));
                    }
                    if (second != null) {
                        entries.add(new ScheduleEntry(stage, 2, row.subject(), second));
                    }
                }
            }
        }
        return entries;
    }

    private static InstructionMode mode(String name) {
        return name == null || name.isBlank() ? null : InstructionMode.valueOf(name);
    }

    private static String name(InstructionMode mode) {
        return mode == null ? null : mode.name();
    }

    public List<String> getModes() {
        return List.of(InstructionMode.MOTHER_TONGUE.name(), InstructionMode.BILINGUAL.name(), InstructionMode.VIETNAMESE.name());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public Integer getBasedOnNumber() {
        return basedOnNumber;
    }

    public Integer getBasedOnValidFrom() {
        return basedOnValidFrom;
    }

    public List<EditRow> getRows() {
        return rows;
    }

    public List<String> getStages() {
        return grid.getStages();
    }

    public ScheduleGrid getGrid() {
        return grid;
    }

    public List<String> getProblems() {
        return problems;
    }

    public List<Choice> getYears() {
        return years;
    }

    public Integer getValidFromYear() {
        return validFromYear;
    }

    public void setValidFromYear(Integer validFromYear) {
        this.validFromYear = validFromYear;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
