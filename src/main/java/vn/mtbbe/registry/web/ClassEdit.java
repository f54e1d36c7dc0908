package vn.mtbbe.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ClassService;

import java.io.Serializable;

/**
 * The "change class" dialog and the "close class" button of {@code /classes/view.xhtml?id=} (officers): a new name or
 * teachers, saved against the version read; closing once no pupil is in the class any more.
 */
@Named
@ViewScoped
public class ClassEdit implements Serializable {

    static final String FORM = "classEditForm";

    @Inject
    ClassService classes;

    @Inject
    PageFeedback feedback;

    private long id;
    private long version;
    private String name;
    private String teacherNames;
    private boolean closed;
    private long pupils;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        try {
            SchoolClass c = classes.get(Long.parseLong(param == null ? "" : param.strip()));
            id = c.getId();
            version = c.getVersion();
            name = c.getName();
            teacherNames = c.getTeacherNames();
            closed = c.isClosed();
            pupils = classes.pupilsNow(id);
        } catch (NumberFormatException | AppException e) {
            id = 0;
        }
    }

    public String save() {
        if (!feedback.attempt(FORM, () -> classes.update(id, new ClassService.ClassChange(name, teacherNames), version))) {
            return null;
        }
        feedback.done("class.edit.saved");
        return "/classes/view?faces-redirect=true&id=" + id;
    }

    public String close() {
        if (!feedback.attempt(FORM, () -> classes.close(id))) {
            return null;
        }
        feedback.done("class.close.done");
        return "/classes/view?faces-redirect=true&id=" + id;
    }

    /** Whether the class may be closed now: open, and no pupil in it. */
    public boolean isClosable() {
        return id != 0 && !closed && pupils == 0;
    }

    public boolean isClosed() {
        return closed;
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
