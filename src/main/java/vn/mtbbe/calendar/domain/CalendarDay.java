package vn.mtbbe.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One holiday or make-up day of a school calendar, for one province or (scope {@link #NATIONAL}) for all. */
@Entity
@Table(name = "calendar_day")
@NamedQuery(name = "CalendarDay.findByYearAndScopes",
        query = "SELECT d FROM CalendarDay d WHERE d.schoolYear = :year AND d.scope IN :scopes ORDER BY d.day, d.scope")
public class CalendarDay {

    /** The scope of the ministry's national entries, which hold in every province. */
    public static final String NATIONAL = "VN";

    public enum Kind { HOLIDAY, MAKE_UP }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "school_year")
    private String schoolYear;
    private String scope;
    @Column(name = "calendar_date")
    private LocalDate day;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private String name;

    protected CalendarDay() {
    }

    public CalendarDay(String schoolYear, String scope, LocalDate day, Kind kind, String name) {
        this.schoolYear = schoolYear;
        this.scope = scope;
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getScope() {
        return scope;
    }

    public boolean isNational() {
        return NATIONAL.equals(scope);
    }

    public LocalDate getDay() {
        return day;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
