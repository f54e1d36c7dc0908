package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.mtbbe.platform.web.PartialResponses;
import vn.mtbbe.platform.web.SecurityHeadersFilter;

import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Sign-in for the pages. The sign-in page hands the credential over through
 * {@code SecurityContext.authenticate}; a signed-in caller is then remembered in the HTTP session (small
 * and serialisable, so sessions can move between clustered nodes) and restored on every request. An
 * anonymous request for a protected page is sent to the sign-in page, which returns the caller there
 * afterwards.
 */
@ApplicationScoped
public class PageAuthentication {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    /** The request parameter of the sign-in page that names the page to return to. */
    public static final String RETURN_PARAMETER = "next";
    /** The sign-in page's parameter saying that the caller's session ended after a time without activity. */
    public static final String IDLE_PARAMETER = "idle";
    /** Where an account whose password someone else set must go first. */
    public static final String PASSWORD_PAGE = "/account/password.xhtml";

    static final String SESSION_KEY = PageAuthentication.class.getName();

    /**
     * What the session keeps of a signed-in caller. On every request the account is read again (one small query):
     * the session ends when the account was deactivated, has expired, or changed in any way since the sign-in
     * (its version moved on: a new role, provinces, expiry or password).
     */
    public record SignedIn(String username, Set<String> groups, long version) implements Serializable {

        boolean isStill(AccountService.SessionState state) {
            return state.active() && state.version() == version && groups.equals(Set.of(state.role().group()));
        }
    }

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    AccountService accounts;

    /** How long a signed-in session lasts without a request ({@code MTBBE_SESSION_IDLEMINUTES}). */
    @Inject
    @ConfigProperty(name = "mtbbe.session.idleMinutes", defaultValue = "30")
    int idleMinutes;

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential password) {
            return signIn(password, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            var state = accounts.sessionState(signedIn.username()).filter(signedIn::isStill);
            if (state.isPresent()) {
                if (state.get().passwordChangeRequired() && !isAllowedBeforePasswordChange(request)) {
                    return send(request, response, request.getContextPath() + PASSWORD_PAGE);
                }
                return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
            }
            session.invalidate();
        }
        if (context.isProtected()) {
            return sendToSignIn(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The sign-in page tells the caller; nothing is written to the response here.
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        long version = accounts.sessionState(username).map(AccountService.SessionState::version).orElse(-1L);
        HttpSession session = newSession(request, username);
        session.setMaxInactiveInterval(Math.max(1, idleMinutes) * 60);
        session.setAttribute(SESSION_KEY, new SignedIn(username, Set.copyOf(result.getCallerGroups()), version));
        secureCookie(request, context.getResponse(), session);
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * A session id the caller has not had before (no fixation): the same session under a new id when it was
     * the same caller's or anonymous, a fresh session when someone else was signed in on it.
     */
    private static HttpSession newSession(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return request.getSession(true);
        }
        if (session.getAttribute(SESSION_KEY) instanceof SignedIn previous && !previous.username().equals(username)) {
            session.invalidate();
            return request.getSession(true);
        }
        request.changeSessionId();
        return session;
    }

    /**
     * The caller changed their own account (a new password): the session follows the account's new version and gets
     * a new id, while every other session of the account ends at its next request.
     */
    public void renew(HttpServletRequest request, HttpServletResponse response, String username) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn
                && signedIn.username().equals(username)) {
            long version = accounts.sessionState(username).map(AccountService.SessionState::version).orElse(-1L);
            request.changeSessionId();
            session.setAttribute(SESSION_KEY, new SignedIn(username, signedIn.groups(), version));
            secureCookie(request, response, session);
        }
    }

    /**
     * Over TLS ({@link ClientAddress#secure}), the signed-in session's cookie goes out again, Secure: the container
     * wrote it as configured for every connection, and a browser keeps the last one a response sets.
     */
    static void secureCookie(HttpServletRequest request, HttpServletResponse response, HttpSession session) {
        if (!ClientAddress.secure(request) || response.isCommitted()) {
            return;
        }
        var config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader("Set-Cookie", name + "=" + session.getId() + "; Path=" + path + "; Secure; HttpOnly; SameSite=Lax");
    }

    /** What an account that must change its password may still ask for: that page, sign-out, static resources. */
    static boolean isAllowedBeforePasswordChange(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.equals(PASSWORD_PAGE) || path.equals("/signout") || path.equals(SIGN_IN_PAGE)
                || path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")
                || path.startsWith("/errors/") || path.equals("/favicon.svg");
    }

    /**
     * To the sign-in page, which returns the caller here afterwards; when the request names a session the server no
     * longer has (it ended after the idle time, or the server restarted), the page says the caller was signed out.
     */
    private static AuthenticationStatus sendToSignIn(HttpServletRequest request, HttpServletResponse response) {
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        return send(request, response, request.getContextPath() + SIGN_IN_PAGE + "?" + RETURN_PARAMETER + "="
                + URLEncoder.encode(ReturnPath.of(request), StandardCharsets.UTF_8) + (ended ? "&" + IDLE_PARAMETER + "=true" : ""));
    }

    public int idleMinutes() {
        return Math.max(1, idleMinutes);
    }

    private static AuthenticationStatus send(HttpServletRequest request, HttpServletResponse response, String target) {
        SecurityHeadersFilter.applyToRedirect(request, response);
        try {
            if (PartialResponses.isAjax(request)) {
                // An Ajax request (e.g. after the session ran out) cannot follow a 302: tell the Faces client.
                response.setContentType(PartialResponses.CONTENT_TYPE);
                PartialResponses.redirect(response.getWriter(), target);
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
