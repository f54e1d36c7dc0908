package vn.mtbbe.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.mtbbe.security.ReturnPath;

import java.io.IOException;
import java.time.Duration;

/**
 * The language menu's links ({@code ?lang=en}) on any page: remembers the choice in a cookie and shows the
 * same address again without the parameter. The API is left alone: it follows Accept-Language.
 */
@WebFilter(urlPatterns = "/*")
public class LocaleFilter extends HttpFilter {

    static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    /** Keeps {@code languageTag} (a supported interface language) as the reader's choice, for a year. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String languageTag) {
        Cookie cookie = new Cookie(UserLocale.COOKIE, languageTag);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String chosen = "GET".equals(request.getMethod()) && !RequestPaths.isApi(request)
                ? request.getParameter(UserLocale.PARAMETER) : null;
        if (chosen == null) {
            chain.doFilter(request, response);
            return;
        }
        UserLocale.supported(chosen).ifPresent(language -> remember(request, response, language.toLanguageTag()));
        SecurityHeadersFilter.applyToRedirect(request, response);
        String rest = UserLocale.withoutParameter(request.getQueryString(), UserLocale.PARAMETER);
        response.sendRedirect(ReturnPath.sameAddress(request, rest));
    }
}
