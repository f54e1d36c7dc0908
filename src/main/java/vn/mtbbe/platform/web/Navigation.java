package vn.mtbbe.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

/**
 * What the layout shows of the signed-in caller and which sections the menu offers their role. The menu
 * only mirrors the rules; the services and the web.xml constraints enforce them.
 */
@Named("nav")
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    /** Someone signed in (not a share link's holder, who has no account, no menu and nothing to sign out of). */
    public boolean isSignedIn() {
        return currentUser.isSignedIn() && !currentUser.isShareGuest();
    }

    public String getDisplayName() {
        return currentUser.user().map(AppUser::getDisplayName).orElse("");
    }

    /** The bundle key of the caller's role, e.g. {@code role.OFFICER}. */
    public String getRoleKey() {
        return currentUser.role().map(r -> "role." + r.name()).orElse("");
    }

    /** The dashboard: officers (their provinces) and ministry staff. */
    public boolean isReports() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY);
    }

    /** The delegation report and its share links: ministry staff (who preview it) and delegation guests. */
    public boolean isDelegationReport() {
        return currentUser.hasRole(Role.MINISTRY, Role.DELEGATION);
    }

    /** Schools: officers (their provinces), ministry staff and administrators. */
    public boolean isSchools() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
    }

    /** Pupils' personal data: officers (their provinces) and ministry staff only. */
    public boolean isPupils() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY);
    }

    /** Changing pupils' details: officers of the pupil's province. */
    public boolean isEditPupils() {
        return currentUser.hasRole(Role.OFFICER);
    }

    /** Programmes and their transition schedules: everybody but delegation guests. */
    public boolean isProgrammes() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY, Role.ADMIN);
    }

    /** Changing transition schedules: ministry staff. */
    public boolean isEditSchedules() {
        return currentUser.hasRole(Role.MINISTRY);
    }

    /** Cohorts, classes and their transition: officers (their provinces) and ministry staff. */
    public boolean isCohorts() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY);
    }

    /** Recording what was taught, opening classes, enrolling, mid-year departures: officers of the province. */
    public boolean isRecordClasses() {
        return currentUser.hasRole(Role.OFFICER);
    }

    /**
     * The year-end rollover: officers of the province, and ministry staff (who alone may hand a preschool's children
     * over to a school of another officer's province).
     */
    public boolean isRollover() {
        return currentUser.hasRole(Role.OFFICER, Role.MINISTRY);
    }

    public boolean isUsers() {
        return currentUser.hasRole(Role.ADMIN);
    }

    /** Ministry staff and administrators create and change schools and school years. */
    public boolean isEditSchools() {
        return currentUser.hasRole(Role.MINISTRY, Role.ADMIN);
    }

    public boolean isAudit() {
        return currentUser.hasRole(Role.ADMIN, Role.MINISTRY);
    }

    /** The style class of a menu entry: marked when the page shown lies in {@code section} (e.g. {@code /pupils/}). */
    public String item(String section) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        boolean active = "/".equals(section) ? "/index.xhtml".equals(viewId) : viewId.startsWith(section);
        return active ? "app-nav-item app-nav-item-active" : "app-nav-item";
    }
}
