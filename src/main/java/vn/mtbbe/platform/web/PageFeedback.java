package vn.mtbbe.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.i18n.Messages;

/**
 * Messages for the reader from a backing bean, translated: a service's field errors on the inputs of the
 * same name (each input marked invalid, so that it says so to assistive technology), other failures and confirmations
 * at the top of the page.
 */
@RequestScoped
public class PageFeedback {

    @Inject
    PageMessages msg;

    /**
     * Shows each field error of {@code e} at the input whose id is the field's name inside {@code form}
     * (e.g. field {@code vietnameseName} at {@code pupilForm:vietnameseName}); an error without such an
     * input goes to the top of the page.
     */
    public void fieldErrors(ValidationException e, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent formComponent = faces.getViewRoot().findComponent(form);
        for (FieldError error : e.fieldErrors()) {
            String text = msg.formatNamed(error.messageKey(), error.args());
            UIComponent input = formComponent == null ? null : formComponent.findComponent(error.field());
            if (input == null) {
                faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, text));
            } else {
                faces.addMessage(input.getClientId(faces), message(FacesMessage.SEVERITY_ERROR, text));
                if (input instanceof EditableValueHolder field) {
                    // Rendered as aria-invalid="true" (and the error style) until the next submission decodes it again.
                    field.setValid(false);
                }
            }
        }
        faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, msg.format(e.detailKey(), e.fieldErrors().size())));
        faces.validationFailed();
    }

    /**
     * Runs a form's service call: its field errors land at the inputs of {@code form} (and the page stays with what
     * was typed), any other refusal at the top of the page. True when the call went through.
     */
    public boolean attempt(String form, Runnable call) {
        try {
            call.run();
            return true;
        } catch (ValidationException e) {
            fieldErrors(e, form);
        } catch (AppException e) {
            error(e);
            FacesContext.getCurrentInstance().validationFailed();
        }
        return false;
    }

    /** A failure as one message at the top of the page: its title, and its detail with the arguments. */
    public void error(AppException e) {
        String detail = Messages.format(msg.locale(), e.detailKey(), e.args());
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.get(e.titleKey()), detail));
    }

    public void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_ERROR, msg.get(key)));
    }

    public void error(String key, Object arg) {
        FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_ERROR, msg.format(key, arg)));
    }

    /** A confirmation on the page as it is rendered now (no redirect follows). */
    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, message(FacesMessage.SEVERITY_INFO, msg.get(key)));
    }

    /** A confirmation that survives the redirect that usually follows it. */
    public void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, msg.get(key)));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A confirmation with arguments that survives the redirect that usually follows it. */
    public void doneFormatted(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, Messages.format(msg.locale(), key, args)));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A message of one text (an empty detail: Faces would repeat the summary as the detail). */
    static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, "");
    }
}
