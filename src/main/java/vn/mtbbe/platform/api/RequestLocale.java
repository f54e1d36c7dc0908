package vn.mtbbe.platform.api;

import com.ibm.icu.util.ULocale;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import vn.mtbbe.platform.i18n.Messages;

import java.util.Collections;

/** The reader's language for an API call: the first supported language of Accept-Language, else Vietnamese. */
public final class RequestLocale {

    private RequestLocale() {
    }

    /** The same for a servlet request (the container's own answers, the pages' fallback). */
    public static ULocale of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Messages.DEFAULT;
        }
        return Messages.negotiate(Collections.list(request.getLocales()));
    }

    public static ULocale of(HttpHeaders headers) {
        if (headers == null) {
            return Messages.DEFAULT;
        }
        try {
            return Messages.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.DEFAULT;
        }
    }
}
