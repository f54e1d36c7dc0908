package vn.mtbbe.platform.api;

import com.ibm.icu.util.ULocale;
import jakarta.json.Json;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.i18n.Messages;

import java.io.IOException;

/**
 * The error pages of web.xml are HTML for people; when the container sends an API call to one (a failure
 * no exception mapper answered), the caller gets problem+json instead, as the API promises.
 */
@WebFilter(urlPatterns = "/errors/*", dispatcherTypes = DispatcherType.ERROR)
public class ApiErrorFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object failedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String api = request.getContextPath() + "/api";
        if (!(failedUri instanceof String uri) || !(uri.equals(api) || uri.startsWith(api + "/"))) {
            chain.doFilter(request, response);
            return;
        }
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 500;
        ULocale locale = RequestLocale.of(request);
        String title = switch (status) {
            case 401 -> "error.unauthorized.title";
            case 403 -> "error.forbidden.title";
            case 404 -> "error.notFound.title";
            case 405 -> "error.methodNotAllowed.title";
            default -> status < 500 ? "error.badRequest.title" : "error.internal.title";
        };
        String detail = switch (status) {
            case 401 -> "error.unauthorized.detail";
            case 403 -> "error.forbidden.detail";
            case 404 -> "error.notFound.path";
            case 405 -> "error.methodNotAllowed.detail";
            default -> status < 500 ? "error.badRequest.detail" : "error.internal.detail";
        };
        response.setStatus(status);
        response.setContentType(Problems.PROBLEM_JSON + ";charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", status)
                .add("title", Messages.format(locale, title))
                .add("detail", Messages.format(locale, detail))
                .build().toString());
    }
}
