package vn.mtbbe.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error pages' one piece of logic: an unexpected failure is logged with an incident id, and the reader
 * gets that id (to quote to support) instead of any detail of the failure.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    HttpServletRequest request;

    /** Where OmniFaces leaves the id it logged a failure under. */
    static final String OMNIFACES_INCIDENT = "org.omnifaces.exception_uuid";

    private String incident;

    /**
     * The id under which the failure was logged: OmniFaces' when its filter or handler logged it (they
     * catch what Faces throws), else a new one, logged here with the failure.
     */
    public String getIncident() {
        if (incident == null) {
            if (request.getAttribute(OMNIFACES_INCIDENT) instanceof String logged) {
                incident = logged;
            } else {
                incident = UUID.randomUUID().toString();
                if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
                    LOG.log(Level.SEVERE, failure, () -> "Page failed: incident " + incident + " at "
                            + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
                }
            }
        }
        return incident;
    }
}
