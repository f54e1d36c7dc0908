package vn.mtbbe.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Security headers on every response: the {@link ContentSecurityPolicy} (for Faces pages PrimeFaces sends it, with
 * the response's nonce), and no storing of pages by browsers or proxies (they show children's data); the
 * versioned Faces resources and the fonts may be stored.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String FACES_RESOURCES = "/jakarta.faces.resource/";
    static final String POLICY = "Content-Security-Policy";
    /** The interface's fonts (static, the same for everyone): browsers keep them for a week. */
    static final String FONTS = "/fonts/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, isFacesPage(path(request)) ? new DefaultPolicy(response) : response);
    }

    /**
     * Sets the headers; for a Faces page all but the policy, which PrimeFaces sends when the page is rendered (and
     * {@link DefaultPolicy} when it is not, e.g. a redirect).
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        boolean api = path.startsWith("/api") || path.startsWith("/openapi") || path.startsWith("/health");
        if (api) {
            response.setHeader(POLICY, ContentSecurityPolicy.API);
        } else if (!isFacesPage(path)) {
            response.setHeader(POLICY, ContentSecurityPolicy.PAGE);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (vn.mtbbe.security.ClientAddress.secure(request)) {
            // Over TLS (directly or at a trusted proxy): browsers keep to HTTPS for this site for a year.
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (path.startsWith(FONTS)) {
            response.setHeader("Cache-Control", "public, max-age=604800");
        } else if (!path.startsWith(FACES_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The headers of a redirect written before the filters run (the sign-in challenge): the page policy included. */
    public static void applyToRedirect(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response);
        if (!response.containsHeader(POLICY)) {
            response.setHeader(POLICY, ContentSecurityPolicy.PAGE);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Whether Faces renders the response, and PrimeFaces sends its policy with the nonce: pages and the start page. */
    static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }

    /**
     * A Faces page's response that nothing gave a policy by the time its body is written or it redirects: it gets
     * the page policy without a nonce. (An error is not such a case: its error page is a Faces page, rendered with
     * PrimeFaces' policy.)
     */
    static final class DefaultPolicy extends HttpServletResponseWrapper {

        DefaultPolicy(HttpServletResponse response) {
            super(response);
        }

        private void ensure() {
            if (!isCommitted() && !containsHeader(POLICY)) {
                setHeader(POLICY, ContentSecurityPolicy.PAGE);
            }
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            ensure();
            return super.getWriter();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ensure();
            return super.getOutputStream();
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            ensure();
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            ensure();
            super.flushBuffer();
        }
    }
}
