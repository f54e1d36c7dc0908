package vn.mtbbe.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** A school year such as 2025-2026, from its first to its last day. */
@Entity
@Table(name = "school_year")
@NamedQuery(name = "SchoolYear.findAll", query = "SELECT y FROM SchoolYear y ORDER BY y.code")
public class SchoolYear {

    private static final Pattern CODE = Pattern.compile("(\\d{4})-(\\d{4})");

    @Id
    private String code;
    @Column(name = "start_date")
    private LocalDate startDate;
    @Column(name = "end_date")
    private LocalDate endDate;

    protected SchoolYear() {
    }

    public SchoolYear(String code, LocalDate startDate, LocalDate endDate) {
        this.code = code;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** Whether {@code code} is written "YYYY-YYYY" with consecutive years. */
    public static boolean isValidCode(String code) {
        if (code == null) {
            return false;
        }
        var m = CODE.matcher(code);
        return m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
    }

    /** The calendar year in which the school year running on {@code day} began: school years start in August or September. */
    public static int startYearOn(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    public static String codeStarting(int year) {
        return year + "-" + (year + 1);
    }

    public int startYear() {
        return Integer.parseInt(code.substring(0, 4));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    public String getCode() {
        return code;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setDates(LocalDate startDate, LocalDate endDate) {
        this.startDate = startDate;
        this.endDate = endDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
