package vn.mtbbe.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy of the application, in one place: PrimeFaces sends {@link #PAGE} with Faces pages
 * (web.xml, {@code primefaces.CSP_POLICY = #{contentSecurityPolicy.page}}), appending the response's nonce to its
 * last directive, script-src; {@link SecurityHeadersFilter} sends it without a nonce for other responses, and
 * {@link #API} with the API's.
 */
@Named
@ApplicationScoped
public class ContentSecurityPolicy {

    /** Scripts from this site, or inline with the nonce; no eval; styles may be inline (PrimeFaces sets them). */
    public static final String PAGE = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self';"
            + " form-action 'self'; script-src 'self'";
    /** The API serves only JSON: nothing may be loaded, framed or submitted. */
    public static final String API = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public String getPage() {
        return PAGE;
    }
}
