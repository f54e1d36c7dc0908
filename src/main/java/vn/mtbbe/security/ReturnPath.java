package vn.mtbbe.security;

import jakarta.servlet.http.HttpServletRequest;
import vn.mtbbe.platform.web.RequestPaths;

import java.util.Optional;

/**
 * Where to send a caller after signing in: the page they asked for, kept as a path inside this application.
 * Anything that could leave the site (a scheme, {@code //host}, a backslash that browsers read as a slash,
 * control characters) is refused, so the sign-in page can never be used to redirect elsewhere.
 */
public final class ReturnPath {

    private static final int MAX_LENGTH = 1000;

    private ReturnPath() {
    }

    /** The path and query of {@code request} within the application, e.g. {@code /pupils/list.xhtml?q=a}. */
    public static String of(HttpServletRequest request) {
        String path = RequestPaths.path(request);
        String query = request.getQueryString();
        return query == null ? path : path + "?" + query;
    }

    /**
     * Where to redirect to show the address of {@code request} again, with {@code query} instead of its own query
     * string: the context path and the request's path when that is a safe path ({@link #safe}), otherwise the
     * application's start page. (At the root context a request for {@code //other.example/} has the path
     * {@code //other.example/}, which a browser would read as another site.)
     */
    public static String sameAddress(HttpServletRequest request, String query) {
        String path = RequestPaths.path(request);
        String target = query == null || query.isEmpty() ? path : path + "?" + query;
        return request.getContextPath() + safe(target).orElse("/");
    }

    /** {@code candidate} when it is a safe path within the application, otherwise empty. */
    public static Optional<String> safe(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//") || candidate.startsWith("/\\")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return Optional.empty();
            }
        }
        String path = candidate.contains("?") ? candidate.substring(0, candidate.indexOf('?')) : candidate;
        if (path.contains(":") || path.contains("/../") || path.endsWith("/..")) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
