package vn.mtbbe.programme.web;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.programme.domain.Programme;
import vn.mtbbe.programme.domain.ScheduleVersion;
import vn.mtbbe.programme.service.ProgrammeService;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code /programmes/list.xhtml}: the programmes, sorted by name in the reader's order, each with its
 * schedule versions and the one in force this school year; ministry staff create programmes in a dialog.
 */
@Named
@ViewScoped
public class ProgrammeList implements Serializable {

    static final String FORM = "newProgrammeForm";

    @Inject
    ProgrammeService programmes;

    @Inject
    ReferenceNames names;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    private List<ProgrammeRow> rows;
    private List<Choice> languages;
    private int schoolYearStart;
    private String name;
    private String motherTongue;
    private String description;

    @PostConstruct
    void init() {
        ULocale locale = userLocale.current();
        schoolYearStart = programmes.currentSchoolYearStart();
        rows = rows(locale);
        // A programme teaches in a mother tongue other than Vietnamese, the language it leads to.
        languages = reference.languages(locale).stream().filter(l -> !"vi".equals(l.code()))
                .map(l -> new Choice(l.code(), l.name())).toList();
    }

    private List<ProgrammeRow> rows(ULocale locale) {
        Collator collator = TextKeys.collator(locale);
        return programmes.list().stream().map(p -> row(p, locale))
                .sorted(Comparator.comparing(ProgrammeRow::name, collator)).toList();
    }

    private ProgrammeRow row(Programme p, ULocale locale) {
        List<ScheduleVersion> versions = programmes.versions(p);
        ScheduleVersion current = ScheduleVersion.inForce(versions, schoolYearStart).orElse(null);
        return new ProgrammeRow(p.getId(), names.name(RefName.Kind.PROGRAMME, String.valueOf(p.getId()), locale, p.getName()),
                p.getMotherTongue(),
                names.name(RefName.Kind.LANGUAGE, p.getMotherTongue(), locale, p.getMotherTongue()), versions.size(),
                current == null ? null : current.getNumber(), current == null ? null : current.getValidFromYear());
    }

    /** Creates the programme and opens it, where its first schedule is made; errors stay in the dialog. */
    public String create() {
        Programme created;
        try {
            created = programmes.create(name, motherTongue, description);
        } catch (ValidationException e) {
            feedback.fieldErrors(e, FORM);
            return null;
        } catch (AppException e) {
            if (e.status() != 409) {
                throw e;
            }
            // The name is taken: said at the name field, inside the dialog the reader is looking at.
            feedback.fieldErrors(new ValidationException(List.of(FieldError.of("name", e.detailKey(),
                    Map.of("0", e.args().length > 0 ? e.args()[0] : "")))), FORM);
            return null;
        }
        feedback.done("programme.new.created");
        return "/programmes/view?faces-redirect=true&id=" + created.getId();
    }

    public List<ProgrammeRow> getRows() {
        return rows;
    }

    public List<Choice> getLanguages() {
        return languages;
    }

    public int getSchoolYearStart() {
        return schoolYearStart;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMotherTongue() {
        return motherTongue;
    }

    public void setMotherTongue(String motherTongue) {
        this.motherTongue = motherTongue;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
