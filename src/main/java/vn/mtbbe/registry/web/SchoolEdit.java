package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.registry.service.SchoolYearService;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /schools/edit.xhtml?code=} (ministry, administrators): a new school (without {@code code}) or a change of one.
 * A new designation or programme holds from a chosen school year on; the years before keep theirs, so their reports do
 * not change. A district typed for the first time is created in the school's province.
 */
@Named
@ViewScoped
public class SchoolEdit implements Serializable {

    static final String FORM = "schoolForm";

    @Inject
    SchoolService schools;

    @Inject
    SchoolYearService years;

    @Inject
    ProgrammeService programmes;

    @Inject
    ReferenceData reference;

    @Inject
    PlaceChoices places;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    @Inject
    Today today;

    private String code;
    private boolean existing;
    private long version;
    private String name;
    private String nativeName;
    private String province;
    private String district;
    private String level = "PRIMARY";
    private String designation = "PILOT";
    private String programmeLanguage;
    private String programmeId;
    private String fromYear;
    private List<Choice> provinceChoices;
    private List<String> districtNames = List.of();
    private List<Choice> languageChoices;
    private List<Choice> programmeChoices;
    private List<String> yearChoices;

    public void load() {
        var locale = userLocale.current();
        provinceChoices = places.provinces(locale);
        languageChoices = reference.languages(locale).stream().filter(c -> !"vi".equals(c.code()))
                .map(c -> new Choice(c.code(), c.name())).toList();
        programmeChoices = programmes.list().stream()
                .map(p -> new Choice(String.valueOf(p.getId()), p.getName() + " (" + p.getMotherTongue() + ")")).toList();
        yearChoices = years.list().stream().map(SchoolYear::getCode).toList();
        fromYear = SchoolYear.codeStarting(today.schoolYearStart());
        existing = code != null && !code.isBlank();
        if (existing) {
            School s = schools.get(code.strip());
            code = s.getCode();
            version = s.getVersion();
            name = s.getName();
            nativeName = s.getNativeName();
            province = s.getProvinceCode();
            district = s.getDistrict().getName();
            level = s.getLevel().name();
            designation = s.getDesignation().name();
            programmeLanguage = s.getProgrammeLanguage();
            programmeId = s.getProgrammeId() == null ? null : String.valueOf(s.getProgrammeId());
        }
        provinceChanged();
    }

    /** The districts of the province chosen, offered while typing. */
    public void provinceChanged() {
        districtNames = province == null || province.isBlank() ? List.of()
                : schools.districts(province).stream().map(d -> d.getName()).toList();
    }

    public String save() {
        School[] saved = new School[1];
        boolean done = feedback.attempt(FORM, () -> saved[0] = existing
                ? schools.update(code, new SchoolService.SchoolChange(name, nativeName, district, level, designation,
                programmeLanguage, programmeId, fromYear), version)
                : schools.create(new SchoolService.NewSchool(code, name, nativeName, province, district, level,
                designation, programmeLanguage, programmeId)));
        if (!done) {
            return null;
        }
        feedback.done(existing ? "school.edit.saved" : "school.edit.created");
        return "/schools/view?faces-redirect=true&code=" + saved[0].getCode();
    }

    public boolean isPilot() {
        return "PILOT".equals(designation);
    }

    public void designationChanged() {
        if (!isPilot()) {
            programmeLanguage = null;
            programmeId = null;
        }
    }

    public List<String> completeDistrict(String query) {
        String q = query == null ? "" : vn.mtbbe.platform.text.TextKeys.fold(query);
        return districtNames.stream().filter(d -> vn.mtbbe.platform.text.TextKeys.fold(d).contains(q)).toList();
    }

    public boolean isExisting() {
        return existing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNativeName() {
        return nativeName;
    }

    public void setNativeName(String nativeName) {
        this.nativeName = nativeName;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getDesignation() {
        return designation;
    }

    public void setDesignation(String designation) {
        this.designation = designation;
    }

    public String getProgrammeLanguage() {
        return programmeLanguage;
    }

    public void setProgrammeLanguage(String programmeLanguage) {
        this.programmeLanguage = programmeLanguage;
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getFromYear() {
        return fromYear;
    }

    public void setFromYear(String fromYear) {
        this.fromYear = fromYear;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Choice> getLanguageChoices() {
        return languageChoices;
    }

    public List<Choice> getProgrammeChoices() {
        return programmeChoices;
    }

    public List<String> getYearChoices() {
        return yearChoices;
    }
}
