package vn.mtbbe.platform.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import vn.mtbbe.platform.i18n.Messages;

import java.util.Collections;
import java.util.Locale;

/** The home page's texts in the reader's language. */
@Named
@RequestScoped
public class HomePage {

    public Locale getLocale() {
        return uLocale().toLocale();
    }

    public String text(String key) {
        return Messages.format(uLocale(), key);
    }

    private ULocale uLocale() {
        var request = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("Accept-Language");
        if (request == null) {
            return Messages.DEFAULT;
        }
        return Messages.negotiate(Collections.list(((jakarta.servlet.http.HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest()).getLocales()));
    }
}
