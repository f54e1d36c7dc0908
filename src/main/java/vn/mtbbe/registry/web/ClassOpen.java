package vn.mtbbe.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.SchoolService;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The "open a class" dialog of {@code /schools/view.xhtml?code=} (officers): a class of the running school year, of a
 * stage the school teaches; its programme language follows the school's programme.
 */
@Named
@ViewScoped
public class ClassOpen implements Serializable {

    static final String FORM = "openClassForm";

    @Inject
    ClassService classes;

    @Inject
    SchoolService schools;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    @Inject
    Today today;

    private String schoolCode;
    private String year;
    private String stage;
    private String name;
    private String teacherNames;
    private List<Choice> stageChoices = List.of();

    @PostConstruct
    void init() {
        schoolCode = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        year = SchoolYear.codeStarting(today.schoolYearStart());
        if (schoolCode == null || schoolCode.isBlank()) {
            return;
        }
        try {
            School school = schools.get(schoolCode.strip());
            schoolCode = school.getCode();
            stageChoices = Arrays.stream(Stage.values()).filter(s -> s.taughtAt(school.getLevel()))
                    .map(s -> new Choice(s.name(), msg.get("stage." + s.name()))).toList();
        } catch (AppException e) {
            stageChoices = List.of();
        }
    }

    public String open() {
        SchoolClass[] created = new SchoolClass[1];
        if (!feedback.attempt(FORM, () -> created[0] = classes.create(
                new ClassService.NewClass(schoolCode, year, stage, name, null, teacherNames)))) {
            return null;
        }
        feedback.done("class.open.done");
        return "/classes/view?faces-redirect=true&id=" + created[0].getId();
    }

    public String getYear() {
        return year;
    }

    public List<Choice> getStageChoices() {
        return stageChoices;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTeacherNames() {
        return teacherNames;
    }

    public void setTeacherNames(String teacherNames) {
        this.teacherNames = teacherNames;
    }
}
