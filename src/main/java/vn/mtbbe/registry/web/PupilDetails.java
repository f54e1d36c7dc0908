package vn.mtbbe.registry.web;

import com.ibm.icu.util.ULocale;
import vn.mtbbe.registry.domain.Enrolment;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.SchoolClass;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A pupil with the enrolment history, as the detail page shows it (names of codes in the reader's language). */
public record PupilDetails(String code, String vietnameseName, String nativeName, String nativeLanguage, String sex,
                           LocalDate dateOfBirth, String ethnicity, String motherTongue, String schoolCode,
                           String schoolName, List<EnrolmentRow> enrolments) implements Serializable {

    /** One class the pupil attended; {@code outcome} is null while the enrolment is open. */
    public record EnrolmentRow(String schoolYear, String stage, String className, String schoolName,
                               LocalDate startDate, LocalDate endDate, String outcome, LocalDate outcomeDate)
            implements Serializable {

        static EnrolmentRow of(Enrolment e) {
            SchoolClass c = e.getSchoolClass();
            return new EnrolmentRow(c.getSchoolYear(), c.getStage().name(), c.getName(), c.getSchool().getName(),
                    e.getStartDate(), e.getEndDate(), e.getOutcome() == null ? null : e.getOutcome().name(),
                    e.getOutcomeDate());
        }
    }

    static PupilDetails of(Pupil p, ReferenceNames names, ULocale locale) {
        return new PupilDetails(p.getCode(), p.getVietnameseName(), p.getNativeName(), p.getMotherTongue(),
                p.getSex().name(), p.getDateOfBirth(),
                names.name(RefName.Kind.ETHNICITY, p.getEthnicityCode(), locale, p.getEthnicityCode()),
                names.name(RefName.Kind.LANGUAGE, p.getMotherTongue(), locale, p.getMotherTongue()),
                p.getSchool().getCode(), p.getSchool().getName(),
                p.getEnrolments().stream().map(EnrolmentRow::of).toList());
    }
}
