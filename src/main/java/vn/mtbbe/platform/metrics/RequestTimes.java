package vn.mtbbe.platform.metrics;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;

/**
 * Times every request into {@link AppMetrics#request}, by route template: an API call by its resource method's path
 * (put into the request by {@link ApiRoutes}), a page by its view, Faces resources as one route, and whatever else or
 * was not found as "other", so that the number of routes stays that of the application's pages and resources
 * whatever paths clients ask for.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTimes extends HttpFilter {

    /** The request attribute naming an API call's route template. */
    static final String ROUTE = RequestTimes.class.getName() + ".route";

    @Inject
    AppMetrics metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.isAsyncStarted()) {
                metrics.request(route(request, response.getStatus()), request.getMethod(),
                        Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    static String route(HttpServletRequest request, int status) {
        Object api = request.getAttribute(ROUTE);
        if (api != null) {
            return api.toString();
        }
        String path = request.getServletPath();
        if (path.startsWith("/jakarta.faces.resource/")) {
            return "/jakarta.faces.resource/*";
        }
        if (status == HttpServletResponse.SC_NOT_FOUND || path.startsWith("/api/")) {
            return "other";
        }
        return path.endsWith(".xhtml") ? path : "other";
    }
}
