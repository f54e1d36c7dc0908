package vn.mtbbe.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.attendance.service.WarningService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.util.List;

/**
 * The early-warning panel of an officer's home page: the classes and pupils of their provinces under the attendance
 * thresholds, the switching year first, each a link to the class's month or the pupil's page.
 */
@Named
@RequestScoped
public class WarningPanel {

    static final int SHOWN = 10;

    @Inject
    WarningService warnings;

    @Inject
    CurrentUser currentUser;

    private WarningService.Result result;

    public void load() {
        if (currentUser.hasRole(Role.OFFICER)) {
            result = warnings.warnings(null);
        }
    }

    public boolean isShown() {
        return result != null;
    }

    public int getWindow() {
        return result.window();
    }

    public List<WarningService.ClassWarning> getClasses() {
        return result.classes().subList(0, Math.min(SHOWN, result.classes().size()));
    }

    public int getClassCount() {
        return result.classes().size();
    }

    public List<WarningService.PupilWarning> getPupils() {
        return result.pupils().subList(0, Math.min(SHOWN, result.pupils().size()));
    }

    public int getPupilCount() {
        return result.pupils().size();
    }
}
