package vn.mtbbe.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.PageAuthentication;
import vn.mtbbe.security.PasswordPolicy;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /account/password.xhtml}: every user changes their own password (the current one required). An account whose
 * password someone else set is sent here before anything else. The other sessions of the account end; this one stays.
 */
@Named
@RequestScoped
public class PasswordPage {

    static final String FORM = "passwordForm";

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @Inject
    PageAuthentication pages;

    @Inject
    PageFeedback feedback;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;

    public boolean isRequired() {
        return currentUser.user().map(u -> u.isPasswordChangeRequired()).orElse(false);
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String save() {
        String username = currentUser.account().getUsername();
        List<FieldError> mismatch = new ArrayList<>();
        if (newPassword != null && !newPassword.isEmpty() && !newPassword.equals(repeatPassword)) {
            mismatch.add(FieldError.of("repeatPassword", "validation.password.repeat"));
        }
        try {
            if (!mismatch.isEmpty()) {
                throw new ValidationException(mismatch);
            }
            accounts.changeOwnPassword(username, chars(currentPassword), chars(newPassword));
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
            return null;
        } finally {
            currentPassword = null;
            newPassword = null;
            repeatPassword = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        pages.renew((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), username);
        feedback.done("password.saved");
        return "/index?faces-redirect=true";
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
