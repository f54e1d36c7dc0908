package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ClassService;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.registry.service.SchoolService;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /pupils/new.xhtml?school=&class=}: an officer enrols a new child in a class of the school's running school
 * year, from the keyboard (Tab from field to field, Enter saves). Before anything is written, children of the province
 * born the same day with the same or a similar name are shown with links: the officer opens the existing child or
 * confirms that this is another one. Field errors keep what was typed.
 */
@Named
@ViewScoped
public class PupilEnrol implements Serializable {

    static final String FORM = "enrolForm";

    /** A possible duplicate as the page lists it. */
    public record Duplicate(String code, String vietnameseName, String nativeName, String motherTongue, LocalDate dateOfBirth,
                            String school)
            implements Serializable {
    }

    @Inject
    PupilService pupils;

    @Inject
    SchoolService schools;

    @Inject
    ClassService classes;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    @Inject
    Today today;

    private String schoolCode;
    private String schoolName;
    private String classId;
    private String code;
    private String vietnameseName;
    private String nativeName;
    private String sex;
    private LocalDate dateOfBirth;
    private String ethnicity;
    private String motherTongue;
    private List<Choice> classChoices;
    private List<Choice> ethnicities;
    private List<Choice> languages;
    private List<Duplicate> duplicates = List.of();
    /** The child arriving by transfer (from the address's {@code code}), whose details are already known. */
    private Duplicate arrival;

    public void load() {
        School school = schools.get(schoolCode == null ? "" : schoolCode.strip());
        schoolCode = school.getCode();
        schoolName = school.getName();
        String year = SchoolYear.codeStarting(today.schoolYearStart());
        classChoices = classes.list(schoolCode, year, PageRequest.of(0, PageRequest.MAX_SIZE)).items().stream()
                .filter(c -> !c.isClosed())
                .map(c -> new Choice(String.valueOf(c.getId()), c.getName() + " · " + msg.get("stage." + c.getStage().name())))
                .toList();
        if (classId != null && classChoices.stream().noneMatch(c -> c.value().equals(classId))) {
            classId = null;
        }
        if (motherTongue == null) {
            motherTongue = school.getProgrammeLanguage();
        }
        if (code != null && !code.isBlank()) {
            String wanted = code.strip().toUpperCase(java.util.Locale.ROOT);
            arrival = pupils.arrivals(schoolCode).stream().filter(a -> a.pupil().getCode().equals(wanted)).findFirst()
                    .map(a -> new Duplicate(a.pupil().getCode(), a.pupil().getVietnameseName(), a.pupil().getNativeName(),
                            a.pupil().getMotherTongue(), a.pupil().getDateOfBirth(), a.left().getSchoolClass().getSchool().getName()))
                    .orElse(null);
            code = arrival == null ? code : arrival.code();
        }
        var locale = userLocale.current();
        ethnicities = reference.ethnicities(locale).stream().map(c -> new Choice(c.code(), c.name())).toList();
        languages = reference.languages(locale).stream().map(c -> new Choice(c.code(), c.name())).toList();
    }

    private PupilService.PupilInput input() {
        return new PupilService.PupilInput(code, nativeName, vietnameseName, sex,
                dateOfBirth == null ? null : dateOfBirth.toString(), ethnicity, motherTongue, classId);
    }

    /** Saves, unless the child may already be in the registry: then the possible duplicates are shown first. */
    public String save() {
        if (arrival != null) {
            return receive();
        }
        if (code == null || code.isBlank()) {
            duplicates = pupils.possibleDuplicates(input()).stream()
                    .map(p -> new Duplicate(p.getCode(), p.getVietnameseName(), p.getNativeName(), p.getMotherTongue(), p.getDateOfBirth(),
                            p.getSchool().getName())).toList();
            if (!duplicates.isEmpty()) {
                return null;
            }
        }
        return enrol();
    }

    /** The officer has looked at the possible duplicates: this is another child. */
    public String confirm() {
        return enrol();
    }

    /** Back to the form from the possible duplicates, to correct what was typed. */
    public void back() {
        duplicates = List.of();
    }

    private String enrol() {
        Pupil[] enrolled = new Pupil[1];
        if (!feedback.attempt(FORM, () -> enrolled[0] = pupils.enrol(input()))) {
            duplicates = List.of();
            return null;
        }
        Pupil pupil = enrolled[0];
        feedback.doneFormatted("pupil.enrol.done", pupil.getVietnameseName(), pupil.getCode());
        return "/pupils/new?faces-redirect=true&school=" + schoolCode + "&class=" + classId;
    }

    private String receive() {
        Pupil[] pupil = new Pupil[1];
        if (!feedback.attempt(FORM, () -> pupil[0] = pupils.receive(arrival.code(), classId))) {
            return null;
        }
        feedback.doneFormatted("pupil.enrol.done", pupil[0].getVietnameseName(), pupil[0].getCode());
        return "/pupils/view?faces-redirect=true&code=" + pupil[0].getCode();
    }

    public Duplicate getArrival() {
        return arrival;
    }

    public boolean isDuplicatesShown() {
        return !duplicates.isEmpty();
    }

    public List<Duplicate> getDuplicates() {
        return duplicates;
    }

    public List<Choice> getClassChoices() {
        return classChoices;
    }

    public List<Choice> getEthnicities() {
        return ethnicities;
    }

    public List<Choice> getLanguages() {
        return languages;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getVietnameseName() {
        return vietnameseName;
    }

    public void setVietnameseName(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName;
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
