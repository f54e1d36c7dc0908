package vn.mtbbe.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.cohort.service.RolloverService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.SchoolService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The "record departure" dialog of {@code /pupils/view.xhtml?code=...} (officers): a pupil leaves during the year,
 * dropped out or transferred (to a known school or not), on a date between the start of the open enrolment and
 * today. The service checks every rule; its field errors appear in the dialog.
 */
@Named
@ViewScoped
public class PupilDeparture implements Serializable {

    static final String FORM = "departureForm";

    @Inject
    RolloverService rollover;

    @Inject
    PupilService pupils;

    @Inject
    SchoolService schools;

    @Inject
    PageFeedback feedback;

    @Inject
    Today today;

    private String code;
    private String schoolCode;
    private LocalDate enrolmentStart;
    private String outcome = Outcome.DROPPED_OUT.name();
    private LocalDate date;
    private String transferSchool;

    /** The pupil of the page's address; the dialog is offered only while the pupil is in a class. */
    @PostConstruct
    void init() {
        date = today.date();
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("code");
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            Pupil pupil = pupils.getForChange(code.strip());
            code = pupil.getCode();
            schoolCode = pupil.getSchool().getCode();
            enrolmentStart = pupil.currentEnrolment().map(Enrolment::getStartDate).orElse(null);
        } catch (AppException e) {
            enrolmentStart = null;
        }
    }

    public String record() {
        String destination = Outcome.TRANSFERRED.name().equals(outcome) ? RolloverWizard.transferCode(transferSchool) : null;
        try {
            rollover.withdraw(code, outcome, date, destination);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
            return null;
        } catch (AppException e) {
            feedback.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        feedback.done("departure.recorded");
        return "/pupils/view?faces-redirect=true&code=" + code;
    }

    /** Other schools whose code or name contains {@code query}, as "code — name". */
    public List<String> completeSchool(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return schools.directory(query.strip(), 12).stream()
                .filter(s -> !s.getCode().equals(schoolCode))
                .map(s -> s.getCode() + RolloverWizard.CODE_NAME_SEPARATOR + s.getName()).toList();
    }

    /** Whether the pupil is in a class now, so that a departure can be recorded. */
    public boolean isOpen() {
        // A child received by transfer today starts tomorrow: no day to leave on yet.
        return enrolmentStart != null && !enrolmentStart.isAfter(today.date());
    }

    public LocalDate getEnrolmentStart() {
        return enrolmentStart;
    }

    /** The latest date a departure may have (the date picker offers no later day). */
    public LocalDate getToday() {
        return today.date();
    }

    public boolean isTransfer() {
        return Outcome.TRANSFERRED.name().equals(outcome);
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTransferSchool() {
        return transferSchool;
    }

    public void setTransferSchool(String transferSchool) {
        this.transferSchool = transferSchool;
    }
}
