package vn.mtbbe.security.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.ProvinceService;
import vn.mtbbe.security.AccountDirectory;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /admin/user.xhtml?username=}: an administrator creates an account (without {@code username}) or changes one:
 * name, role, an officer's provinces, a guest's last day, language, active or not; unlocks it after failed sign-ins;
 * resets its password. A password made here is shown once, on this page, and must be changed at the next sign-in.
 */
@Named
@ViewScoped
public class AccountEdit implements Serializable {

    static final String FORM = "accountForm";

    @Inject
    AccountDirectory directory;

    @Inject
    ProvinceService provinces;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    private String username;
    private boolean existing;
    private long version;
    private String displayName;
    private String role = Role.OFFICER.name();
    private List<String> provinceCodes = new ArrayList<>();
    private LocalDate expiresOn;
    private String locale;
    private boolean enabled = true;
    private boolean locked;
    private boolean expired;
    private boolean passwordChangeRequired;
    /** A password made by the last action, shown once. */
    private String newPassword;
    private List<Choice> provinceChoices;
    private List<Choice> roleChoices;
    private List<Choice> localeChoices;

    public void load() {
        var reader = userLocale.current();
        provinceChoices = provinces.list(reader).stream().map(p -> new Choice(p.code(), p.name())).toList();
        roleChoices = Arrays.stream(Role.values()).map(r -> new Choice(r.name(), msg.get("role." + r.name()))).toList();
        localeChoices = Messages.SUPPORTED.stream()
                .map(l -> new Choice(l.getLanguage(), l.getDisplayName(l))).toList();
        existing = username != null && !username.isBlank();
        if (existing) {
            read(directory.get(username));
        }
    }

    private void read(AppUser account) {
        username = account.getUsername();
        version = account.getVersion();
        displayName = account.getDisplayName();
        role = account.getRole().name();
        provinceCodes = new ArrayList<>(account.getProvinces());
        expiresOn = directory.lastDay(account.getExpiresAt());
        locale = account.getLocale();
        enabled = account.isEnabled();
        locked = directory.isLocked(account);
        expired = account.getExpiresAt() != null && !account.isActiveAt(java.time.Instant.now()) && account.isEnabled();
        passwordChangeRequired = account.isPasswordChangeRequired();
    }

    private AccountDirectory.AccountInput input() {
        boolean officer = Role.OFFICER.name().equals(role);
        return new AccountDirectory.AccountInput(username, displayName, role, officer ? provinceCodes : List.of(),
                expiresOn == null ? null : expiresOn.toString(), locale, enabled);
    }

    public String save() {
        newPassword = null;
        try {
            if (existing) {
                read(directory.update(username, input(), version));
                feedback.done("account.saved");
                return "/admin/user?faces-redirect=true&username=" + username;
            }
            AccountDirectory.Created created = directory.create(input());
            read(created.account());
            existing = true;
            newPassword = created.password();
            feedback.info("account.created");
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
        } catch (AppException e) {
            feedback.error(e);
        }
        return null;
    }

    public void unlock() {
        directory.unlock(username);
        read(directory.get(username));
        feedback.info("account.unlocked");
    }

    public void resetPassword() {
        newPassword = directory.resetPassword(username);
        read(directory.get(username));
        feedback.info("account.passwordReset");
    }

    public boolean isOfficer() {
        return Role.OFFICER.name().equals(role);
    }

    public boolean isExisting() {
        return existing;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<String> getProvinceCodes() {
        return provinceCodes;
    }

    public void setProvinceCodes(List<String> provinceCodes) {
        this.provinceCodes = provinceCodes == null ? new ArrayList<>() : new ArrayList<>(provinceCodes);
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isExpired() {
        return expired;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Choice> getRoleChoices() {
        return roleChoices;
    }

    public List<Choice> getLocaleChoices() {
        return localeChoices;
    }
}
