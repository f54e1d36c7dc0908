package vn.mtbbe.security;

import com.ibm.icu.util.ULocale;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.i18n.Messages;
import vn.mtbbe.platform.web.SecurityHeadersFilter;

import java.io.IOException;

/** The 401 answer to an API call with wrong credentials, as problem+json in the caller's language. */
final class ApiChallenge {

    private ApiChallenge() {
    }

    static void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ULocale locale = RequestLocale.of(request);
        String body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("status", 401)
                .add("title", Messages.format(locale, "error.unauthorized.title"))
                .add("detail", Messages.format(locale, "error.unauthorized.badCredentials"))
                .build().toString();
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"mtbbe\", charset=\"UTF-8\"");
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter().write(body);
    }
}
