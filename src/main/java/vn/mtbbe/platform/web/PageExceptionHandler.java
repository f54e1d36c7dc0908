package vn.mtbbe.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import org.primefaces.csp.CspException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.security.PageAuthentication;
import vn.mtbbe.security.ReturnPath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns what a page's services throw into an answer for the reader, never a stack trace:
 * <ul>
 * <li>an expired view (the server no longer holds the form's state, or an Ajax request lacks the page's CSP
 * nonce): the same page again, freshly loaded, with a message saying so;</li>
 * <li>401: the sign-in page, returning here afterwards; 403 and 404: the error page of that status;</li>
 * <li>a refused change (400, 409, 412, 422) from an action: its translated message on the same page.</li>
 * </ul>
 * Anything else goes on to the next handler (OmniFaces' FullAjaxExceptionHandler, then the container's
 * error pages in web.xml).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageExceptionHandler.class.getName());

    public PageExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** Registered in faces-config.xml after OmniFaces' factory, so this handler sees exceptions first. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        boolean answered = false;
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            if (answered) {
                // One answer per request; what failed after the first failure is noted, not shown.
                LOG.log(Level.WARNING, "Further failure in the same request", thrown);
                events.remove();
            } else if (answer(faces, thrown)) {
                answered = true;
                events.remove();
            }
        }
        getWrapped().handle();
    }

    private boolean answer(FacesContext faces, Throwable thrown) {
        // An Ajax request without the page's CSP nonce (PrimeFaces keeps it with the view) comes from a page whose
        // state the server no longer holds: the page is loaded afresh, as for an expired view. PrimeFaces finds the
        // nonce missing while the partial response is already begun, so the answer is written from a reset response.
        if (cause(thrown, CspException.class) != null && faces.getPartialViewContext().isAjaxRequest()) {
            return reloadFromAjax(faces);
        }
        if (cause(thrown, ViewExpiredException.class) != null) {
            backToPage(faces);
            return true;
        }
        AppException failure = cause(thrown, AppException.class);
        if (failure == null) {
            return false;
        }
        switch (failure.status()) {
            case 401 -> {
                redirect(faces, faces.getExternalContext().getRequestContextPath() + PageAuthentication.SIGN_IN_PAGE
                        + "?" + PageAuthentication.RETURN_PARAMETER + "="
                        + URLEncoder.encode(ReturnPath.of(request(faces)), StandardCharsets.UTF_8));
                return true;
            }
            case 403, 404 -> {
                return sendError(faces, failure.status());
            }
            default -> {
                if (failure.status() >= 500 || faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
                    return false;
                }
                CDI.current().select(PageFeedback.class).get().error(failure);
                faces.validationFailed();
                faces.renderResponse();
                return true;
            }
        }
    }

    /** The page whose state expired, loaded afresh (a GET), with a message that says why. */
    private static void backToPage(FacesContext faces) {
        PageMessages msg = CDI.current().select(PageMessages.class).get();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, msg.get("error.expired.title"),
                msg.get("error.expired.detail")));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        HttpServletRequest request = request(faces);
        redirect(faces, ReturnPath.sameAddress(request, request.getQueryString()));
    }

    private static boolean sendError(FacesContext faces, int status) {
        ExternalContext external = faces.getExternalContext();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                redirect(faces, external.getRequestContextPath() + "/errors/" + status + ".xhtml");
                return true;
            }
            if (external.isResponseCommitted()) {
                return false;
            }
            external.responseReset();
            external.responseSendError(status, null);
            faces.responseComplete();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A partial response that only sends the browser to this page again (a GET), on a response reset first. */
    private static boolean reloadFromAjax(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (external.isResponseCommitted()) {
            return false;
        }
        HttpServletRequest request = request(faces);
        String target = ReturnPath.sameAddress(request, request.getQueryString());
        external.responseReset();
        external.setResponseContentType(PartialResponses.CONTENT_TYPE);
        try {
            PartialResponses.redirect(external.getResponseOutputWriter(), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return true;
    }

    private static void redirect(FacesContext faces, String url) {
        try {
            faces.getExternalContext().redirect(url);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServletRequest request(FacesContext faces) {
        return (HttpServletRequest) faces.getExternalContext().getRequest();
    }

    private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
