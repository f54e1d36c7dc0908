package vn.mtbbe.platform.api;

import com.ibm.icu.util.ULocale;
import jakarta.ws.rs.core.HttpHeaders;
import vn.mtbbe.platform.i18n.Messages;

/** The reader's language for an API call: the first supported language of Accept-Language, else Vietnamese. */
public final class RequestLocale {

    private RequestLocale() {
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
