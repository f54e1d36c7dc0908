package vn.mtbbe.platform.web;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.platform.i18n.Messages;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reader's language for the pages: the one chosen in the language menu (a cookie, so that it holds
 * before sign-in and needs no session), else the first supported one the browser asks for, else Vietnamese.
 */
@Named
@RequestScoped
public class UserLocale {

    /** The cookie that keeps the chosen language; {@link LocaleFilter} sets it from {@code ?lang=}. */
    public static final String COOKIE = "lang";
    public static final String PARAMETER = "lang";

    /** One entry of the language menu: the language's name in that language, and the link that picks it. */
    public record Option(String tag, String name, String href, boolean current) {
    }

    @Inject
    HttpServletRequest request;

    private ULocale current;

    public ULocale current() {
        if (current == null) {
            current = resolve(request);
        }
        return current;
    }

    static ULocale resolve(HttpServletRequest request) {
        return supported(cookie(request)).orElseGet(() -> RequestLocale.of(request));
    }

    /** The interface language a language tag (from the menu or the cookie) stands for, if it is one. */
    public static Optional<ULocale> supported(String tag) {
        return Messages.isSupported(tag) ? Optional.of(Messages.supported(ULocale.forLanguageTag(tag))) : Optional.empty();
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** For {@code f:view locale}. */
    public Locale getLocale() {
        return current().toLocale();
    }

    /** For the {@code dir} attribute of the page: the writing direction of its language, as CLDR gives it. */
    public String getDirection() {
        return "right-to-left".equals(current().getCharacterOrientation()) ? "rtl" : "ltr";
    }

    /** For the {@code lang} attribute of the page. */
    public String getLanguage() {
        return current().toLanguageTag();
    }

    /** The interface languages, each named in its own language (ICU display names), linking to this page. */
    public List<Option> getOptions() {
        String page = currentPage();
        List<Option> options = new ArrayList<>();
        for (ULocale language : Messages.SUPPORTED) {
            String name = LocaleDisplayNames.getInstance(language, DisplayContext.CAPITALIZATION_FOR_UI_LIST_OR_MENU)
                    .localeDisplayName(language);
            String tag = language.toLanguageTag();
            String href = page + (page.contains("?") ? "&" : "?") + PARAMETER + "=" + tag;
            options.add(new Option(tag, name, href, language.equals(current())));
        }
        return options;
    }

    /**
     * The address of the page being shown, without a {@code lang} parameter. On an error page that is the
     * address that failed, so that the language menu shows the same error in another language.
     */
    private String currentPage() {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri;
        String query;
        if (failed instanceof String failedUri) {
            uri = failedUri;
            query = null;
        } else if (forwarded instanceof String forwardedUri) {
            uri = forwardedUri;
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        } else {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String rest = withoutParameter(query, PARAMETER);
        return rest.isEmpty() ? uri : uri + "?" + rest;
    }

    /** {@code query} without any {@code name=...} pair, parameters kept in order and encoding. */
    static String withoutParameter(String query, String name) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair);
        }
        return out.toString();
    }
}
