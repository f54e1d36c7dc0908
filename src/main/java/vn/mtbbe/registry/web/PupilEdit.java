package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.ReferenceData;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /pupils/edit.xhtml?code=...}: changes a pupil's details. The service checks every rule and the
 * version read here (someone else's change in between is refused); its field errors appear at the inputs
 * of the same name.
 */
@Named
@ViewScoped
public class PupilEdit implements Serializable {

    static final String FORM = "pupilForm";

    @Inject
    PupilService pupils;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    private String code;
    private long version;
    private String nativeName;
    private String vietnameseName;
    private String sex;
    private LocalDate dateOfBirth;
    private String ethnicity;
    private String motherTongue;
    private List<Choice> ethnicities;
    private List<Choice> languages;

    public void load() {
        Pupil pupil = pupils.getForChange(code);
        code = pupil.getCode();
        version = pupil.getVersion();
        nativeName = pupil.getNativeName();
        vietnameseName = pupil.getVietnameseName();
        sex = pupil.getSex().name();
        dateOfBirth = pupil.getDateOfBirth();
        ethnicity = pupil.getEthnicityCode();
        motherTongue = pupil.getMotherTongue();
        var locale = userLocale.current();
        ethnicities = reference.ethnicities(locale).stream().map(c -> new Choice(c.code(), c.name())).toList();
        languages = reference.languages(locale).stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    public String save() {
        PupilService.PupilInput input = new PupilService.PupilInput(null, nativeName, vietnameseName, sex,
                dateOfBirth == null ? null : dateOfBirth.toString(), ethnicity, motherTongue, null);
        try {
            pupils.update(code, input, version);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
            return null;
        }
        feedback.done("pupil.edit.saved");
        return "/pupils/view?faces-redirect=true&code=" + code;
    }

    public List<Choice> getEthnicities() {
        return ethnicities;
    }

    public List<Choice> getLanguages() {
        return languages;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName;
    }

    public String getVietnameseName() {
        return vietnameseName;
    }

    public void setVietnameseName(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getEthnicity() {
        return ethnicity;
    }

    public void setEthnicity(String ethnicity) {
        this.ethnicity = ethnicity;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public void setMotherTongue(String motherTongue) {
        this.motherTongue = motherTongue;
    }
}
