package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.mtbbe.platform.imports.ImportProgress;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.ImportRun;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.service.PupilImport;
import vn.mtbbe.registry.service.SchoolService;

import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * {@code /pupils/import.xhtml?school=}: an officer imports a school's class lists for the running school year from a
 * spreadsheet (the template in their language), checked whole: every bad row and every child who may already be
 * registered is listed and nothing is written; after checking those children, the officer may enrol them anyway.
 */
@Named
@ViewScoped
public class PupilImportPage implements Serializable {

    @Inject
    PupilImport imports;

    @Inject
    SchoolService schools;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    PageFeedback feedback;

    @Inject
    Formats formats;

    private final ImportRun run = new ImportRun();
    private String schoolCode;
    private String schoolName;
    private boolean acceptDuplicates;

    public void load() {
        School school = schools.get(schoolCode == null ? "" : schoolCode.strip());
        schoolCode = school.getCode();
        schoolName = school.getName();
    }

    public void upload(FileUploadEvent event) {
        run.run(event.getFile(), file -> {
            PupilImport.Result result = imports.importFile(file, schoolCode, acceptDuplicates, userLocale.current(),
                    ImportProgress.Reporter.NONE);
            return result.earlier() != null
                    ? msg.format("import.page.earlier", formats.dateTime(result.earlier().at()), result.earlier().username())
                    : msg.formatNamed("import.pupils.done", Map.of("rows", result.rows(), "enrolled", result.enrolled(),
                    "unchanged", result.unchanged()));
        }, column -> "import.pupils.column." + column, msg, feedback);
    }

    public void template(String format) throws IOException {
        ImportRun.download(imports.template(), format, userLocale.current(), "pupils-template");
    }

    public ImportRun getRun() {
        return run;
    }

    public long getMaxBytes() {
        return imports.maxBytes();
    }

    public long getMaxMegabytes() {
        return imports.maxBytes() / (1024 * 1024);
    }

    public String getSchoolCode() {
        return schoolCode;
    }

    public void setSchoolCode(String schoolCode) {
        this.schoolCode = schoolCode;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public boolean isAcceptDuplicates() {
        return acceptDuplicates;
    }

    public void setAcceptDuplicates(boolean acceptDuplicates) {
        this.acceptDuplicates = acceptDuplicates;
    }
}
