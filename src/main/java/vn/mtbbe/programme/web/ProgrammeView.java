package vn.mtbbe.programme.web;

import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.Schedule;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code /programmes/view.xhtml?id=...&version=...}: a programme's transition schedule as a grid with the
 * picture of the transition, and the history of its versions. Without {@code version} it shows the version
 * in force for cohorts starting this school year (else the newest); any version can be shown by its number.
 */
@Named
@RequestScoped
public class ProgrammeView {

    @Inject
    ProgrammeService programmes;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    @Inject
    vn.mtbbe.attendance.service.WarningService warnings;

    @Inject
    vn.mtbbe.security.CurrentUser currentUser;

    @Inject
    vn.mtbbe.platform.web.PageFeedback feedback;

    private String id;
    private String version;
    private long programmeId;
    private String name;
    private String description;
    private String motherTongue;
    private String motherTongueName;
    private int schoolYearStart;
    private List<VersionRow> versions;
    private VersionRow shown;
    private ScheduleGrid grid;
    private Integer pupilThreshold;
    private Integer classThreshold;
    private double[] defaultThresholds;

    public void load() {
        ULocale locale = userLocale.current();
        Programme programme = programmes.get(parseId(id));
        programmeId = programme.getId();
        name = names.name(RefName.Kind.PROGRAMME, String.valueOf(programme.getId()), locale, programme.getName());
        description = programme.getDescription();
        motherTongue = programme.getMotherTongue();
        motherTongueName = names.name(RefName.Kind.LANGUAGE, motherTongue, locale, motherTongue);
        defaultThresholds = warnings.defaults();
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            pupilThreshold = percent(programme.getWarningPupilRate());
            classThreshold = percent(programme.getWarningClassRate());
        }
        schoolYearStart = programmes.currentSchoolYearStart();
        List<ScheduleVersion> all = programmes.versions(programme);
        ScheduleVersion current = ScheduleVersion.inForce(all, schoolYearStart).orElse(null);
        ScheduleVersion selected;
        if (version != null && !version.isBlank()) {
            int number = parseVersion(version, name);
            selected = all.stream().filter(v -> v.getNumber() == number).findFirst()
                    .orElseThrow(() -> AppException.notFound("error.notFound.scheduleVersion", number, name));
        } else {
            selected = current != null ? current : all.isEmpty() ? null : all.get(all.size() - 1);
        }
        versions = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ScheduleVersion v = all.get(i);
            Integer until = i + 1 < all.size() ? all.get(i + 1).getValidFromYear() - 1 : null;
            String status = v == current ? "CURRENT" : v.getValidFromYear() > schoolYearStart ? "UPCOMING" : "EARLIER";
            VersionRow row = new VersionRow(v.getNumber(), v.getValidFromYear(), until, status, v.getCreatedBy(),
                    v.getCreatedAt(), v.getNote(), v == selected);
            versions.add(row);
            if (v == selected) {
                shown = row;
            }
        }
        // Newest first: the version people look for is usually the latest one.
        Collections.reverse(versions);
        if (selected != null) {
            grid = ScheduleGrid.of(selected.schedule(), ScheduleGrid.SubjectName.of(programmes.subjects(),
                    code -> names.name(RefName.Kind.SUBJECT, code, locale, code)), locale);
        }
    }

    private static int parseVersion(String version, String programme) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.scheduleVersion", 0, programme);
        }
    }

    static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw AppException.notFound("error.notFound.programme", String.valueOf(id));
        }
    }

    /** The programme's name in each other interface language, as the form edits them (language → name). */
    private final java.util.Map<String, String> otherNames = new java.util.LinkedHashMap<>();

    public java.util.Map<String, String> getOtherNames() {
        if (otherNames.isEmpty() && programmeId != 0) {
            ProgrammeService.otherLanguages().forEach(l -> otherNames.put(l, ""));
            otherNames.putAll(programmes.names(programmeId));
        }
        return otherNames;
    }

    public List<String> getOtherLanguages() {
        return ProgrammeService.otherLanguages();
    }

    /** A language's name as its speakers write it (the form's labels: each in its own language). */
    public String languageName(String tag) {
        ULocale language = new ULocale(tag);
        return language.getDisplayName(language);
    }

    /** Saves the programme's names in the other languages (ministry staff); a blank one returns to its own name. */
    public String saveNames() {
        java.util.Map<String, String> typed = new java.util.LinkedHashMap<>(otherNames);
        load();
        try {
            programmes.setNames(programmeId, typed);
        } catch (vn.mtbbe.platform.error.ValidationException e) {
            feedback.fieldErrors(e, "names");
            otherNames.clear();
            otherNames.putAll(typed);
            return null;
        }
        feedback.done("programme.names.saved");
        return "/programmes/view?faces-redirect=true&id=" + programmeId;
    }

    /** Saves the early-warning thresholds (ministry staff); an empty field returns to the default. */
    public String saveThresholds() {
        load(); // a postback skips the view action: the page's data, for the answer, with the thresholds as typed
        try {
            programmes.setWarningThresholds(programmeId, pupilThreshold, classThreshold);
        } catch (vn.mtbbe.platform.error.ValidationException e) {
            feedback.fieldErrors(e, "thresholds");
            return null;
        }
        feedback.done("programme.warnings.saved");
        return "/programmes/view?faces-redirect=true&id=" + programmeId;
    }

    private static Integer percent(java.math.BigDecimal share) {
        return share == null ? null : share.movePointRight(2).intValue();
    }

    public boolean isThresholdsEditable() {
        return currentUser.hasRole(vn.mtbbe.security.Role.MINISTRY);
    }

    public Integer getPupilThreshold() {
        return pupilThreshold;
    }

    public void setPupilThreshold(Integer pupilThreshold) {
        this.pupilThreshold = pupilThreshold;
    }

    public Integer getClassThreshold() {
        return classThreshold;
    }

    public void setClassThreshold(Integer classThreshold) {
        this.classThreshold = classThreshold;
    }

    /** The thresholds in force: the programme's, else the defaults (shares). */
    public double getPupilThresholdInForce() {
        return pupilThreshold == null ? defaultThresholds[0] : pupilThreshold / 100.0;
    }

    public double getClassThresholdInForce() {
        return classThreshold == null ? defaultThresholds[1] : classThreshold / 100.0;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public String getMotherTongueName() {
        return motherTongueName;
    }

    public int getSchoolYearStart() {
        return schoolYearStart;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public VersionRow getShown() {
        return shown;
    }

    public ScheduleGrid getGrid() {
        return grid;
    }
}
