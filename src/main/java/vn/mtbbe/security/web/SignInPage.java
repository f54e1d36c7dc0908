package vn.mtbbe.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.ReturnPath;
import vn.mtbbe.security.SignInThrottle;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * The sign-in page ({@code /login.xhtml}): hands the credential to the application's authentication
 * mechanism and, once signed in, returns the caller to the page they asked for (a path inside the
 * application only) or to the home page.
 */
@Named("signIn")
@RequestScoped
public class SignInPage {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    @Inject
    PageFeedback feedback;

    @Inject
    SignInThrottle throttle;

    @Inject
    vn.mtbbe.security.PageAuthentication pages;

    private String username;
    private String password;
    private String next;
    private boolean signedOut;
    private boolean idle;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String name = username == null ? "" : username.strip();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(name, new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> {
                // The language chosen for the account (by the administrator) is the reader's from this sign-in on.
                accounts.findByUsername(name).map(u -> u.getLocale()).flatMap(vn.mtbbe.platform.web.UserLocale::supported)
                        .ifPresent(language -> vn.mtbbe.platform.web.LocaleFilter.remember((HttpServletRequest) external.getRequest(),
                                (HttpServletResponse) external.getResponse(), language.toLanguageTag()));
                external.redirect(external.getRequestContextPath() + ReturnPath.safe(next).orElse("/"));
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(name);
        }
    }

    /** Why the sign-in failed, as far as it may be told: a locked name (account or not) says for how long. */
    private void refused(String name) {
        Optional<Instant> locked = name.isEmpty() ? Optional.empty() : throttle.lockedUntilHere(name);
        if (locked.isPresent()) {
            long seconds = Duration.between(accounts.now(), locked.get()).toSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            feedback.error("signIn.locked", minutes);
        } else {
            feedback.error("signIn.failed");
        }
    }

    /** No account exists yet: the page says what the installer must set (see {@code FirstAdministrator}). */
    public boolean isSetupNeeded() {
        return !accounts.anyAccount();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    /** Whether the caller comes here because their session ended after a time without activity. */
    public boolean isIdle() {
        return idle;
    }

    public void setIdle(boolean idle) {
        this.idle = idle;
    }

    public int getIdleMinutes() {
        return pages.idleMinutes();
    }
}
