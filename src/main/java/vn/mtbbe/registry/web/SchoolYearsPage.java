package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.registry.service.SchoolYearService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /schools/years.xhtml}: the school years with their dates; ministry staff open the next one (its usual dates
 * proposed) and correct the dates of one.
 */
@Named
@ViewScoped
public class SchoolYearsPage implements Serializable {

    static final String FORM = "yearForm";

    /** A year as the table shows it. */
    public record Row(String code, LocalDate startDate, LocalDate endDate, String tag) implements Serializable {
    }

    @Inject
    SchoolYearService years;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    private List<Row> rows = List.of();
    private boolean editing;
    private String code;
    private String tag;
    private LocalDate startDate;
    private LocalDate endDate;

    public void load() {
        rows = years.list().stream().map(y -> new Row(y.getCode(), y.getStartDate(), y.getEndDate(), SchoolYearService.tag(y)))
                .toList();
        if (isMayChange()) {
            propose();
        }
    }

    /** The form proposes the year after the last one. */
    public void propose() {
        SchoolYearService.YearDates next = years.proposal();
        editing = false;
        tag = null;
        code = next.code();
        startDate = LocalDate.parse(next.startDate());
        endDate = LocalDate.parse(next.endDate());
    }

    /** The form takes the dates of {@code row} for a correction. */
    public void edit(Row row) {
        editing = true;
        code = row.code();
        tag = row.tag();
        startDate = row.startDate();
        endDate = row.endDate();
    }

    public String save() {
        SchoolYearService.YearDates input = new SchoolYearService.YearDates(code,
                startDate == null ? null : startDate.toString(), endDate == null ? null : endDate.toString());
        if (!feedback.attempt(FORM, () -> {
            if (editing) {
                years.update(code, input, tag);
            } else {
                years.open(input);
            }
        })) {
            return null;
        }
        feedback.done(editing ? "schoolYear.saved" : "schoolYear.opened");
        return "/schools/years?faces-redirect=true";
    }

    public boolean isMayChange() {
        return currentUser.hasRole(Role.MINISTRY, Role.ADMIN);
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
