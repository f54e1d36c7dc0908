package vn.mtbbe.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.ReferenceNames;

/** {@code /pupils/view.xhtml?code=...}: one pupil with the enrolment history; 404 outside the caller's provinces. */
@Named
@RequestScoped
public class PupilView {

    @Inject
    PupilService pupils;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private String code;
    private PupilDetails pupil;

    public void load() {
        pupil = PupilDetails.of(pupils.read(code), names, userLocale.current());
    }

    public PupilDetails getPupil() {
        return pupil;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
