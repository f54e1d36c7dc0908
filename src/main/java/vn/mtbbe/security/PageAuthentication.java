package vn.mtbbe.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.Set;

/**
 * Sign-in for the pages: a signed-in caller is remembered in the HTTP session (small and serialisable,
 * so sessions can move between clustered nodes) and restored on every request.
 */
@ApplicationScoped
public class PageAuthentication {

    static final String SESSION_KEY = PageAuthentication.class.getName();

    /** What the session keeps of a signed-in caller. */
    public record SignedIn(String username, Set<String> groups) implements Serializable {
    }

    AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof SignedIn signedIn) {
            return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
        }
        return context.doNothing();
    }

    void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
