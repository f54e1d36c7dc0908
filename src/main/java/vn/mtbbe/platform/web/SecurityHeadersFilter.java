package vn.mtbbe.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every response: the {@link ContentSecurityPolicy} (for Faces pages PrimeFaces sends it, with
 * the response's nonce), and no storing of pages by browsers or proxies (they show children's data); the
 * versioned Faces resources may be stored.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    static final String FACES_RESOURCES = "/jakarta.faces.resource/";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also called where a response is written before the filters run (sign-in challenges). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api") || path.startsWith("/openapi") || path.startsWith("/health");
        if (api) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.API);
        } else if (!isFacesPage(path)) {
            response.setHeader("Content-Security-Policy", ContentSecurityPolicy.PAGE);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (!path.startsWith(FACES_RESOURCES)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Whether Faces renders the response, and PrimeFaces sends its policy with the nonce: pages and the start page. */
    static boolean isFacesPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
