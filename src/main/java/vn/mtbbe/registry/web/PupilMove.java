package vn.mtbbe.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.PupilService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The "move to another class" dialog of {@code /pupils/view.xhtml?code=} (officers): another class of the same school
 * and school year, from a day after the enrolment began up to today. The service checks every rule.
 */
@Named
@ViewScoped
public class PupilMove implements Serializable {

    static final String FORM = "moveForm";

    @Inject
    PupilService pupils;

    @Inject
    ClassService classes;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    @Inject
    Today today;

    private String code;
    private String classId;
    private LocalDate date;
    private LocalDate earliest;
    private List<Choice> classChoices = List.of();

    @PostConstruct
    void init() {
        date = today.date();
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            Pupil pupil = pupils.getForChange(code.strip());
            code = pupil.getCode();
            Enrolment open = pupil.currentEnrolment().orElse(null);
            if (open == null) {
                return;
            }
            SchoolClass current = open.getSchoolClass();
            earliest = open.getStartDate().plusDays(1);
            classChoices = classes.list(current.getSchool().getCode(), current.getSchoolYear(), PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items().stream().filter(c -> !c.equals(current) && !c.isClosed())
                    .map(c -> new Choice(String.valueOf(c.getId()), c.getName() + " · " + msg.get("stage." + c.getStage().name())))
                    .toList();
        } catch (AppException e) {
            classChoices = List.of();
        }
    }

    public String move() {
        if (!feedback.attempt(FORM, () -> pupils.move(code, classId, date))) {
            return null;
        }
        feedback.done("pupil.move.done");
        return "/pupils/view?faces-redirect=true&code=" + code;
    }

    /** Whether the pupil is in a class now, since before today, and the school has another class that year. */
    public boolean isPossible() {
        // Enrolled today (or from tomorrow, after a transfer): no day yet from which a move could count.
        return !classChoices.isEmpty() && earliest != null && !earliest.isAfter(today.date());
    }

    public List<Choice> getClassChoices() {
        return classChoices;
    }

    public LocalDate getEarliest() {
        return earliest;
    }

    public LocalDate getToday() {
        return today.date();
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
