package vn.mtbbe.registry.web;

import com.ibm.icu.util.ULocale;
import vn.mtbbe.registry.domain.Pupil;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A pupil as a list shows it. {@code nativeLanguage} is the mother tongue's code, for the {@code lang}
 * attribute of the name in that language (fonts and screen readers need it, e.g. for Khmer script).
 */
public record PupilRow(String code, String vietnameseName, String nativeName, String nativeLanguage, String sex,
                       LocalDate dateOfBirth, String ethnicity, String schoolCode, String schoolName)
        implements Serializable {

    static PupilRow of(Pupil p, ReferenceNames names, ULocale locale) {
        return new PupilRow(p.getCode(), p.getVietnameseName(), p.getNativeName(), p.getMotherTongue(),
                p.getSex().name(), p.getDateOfBirth(),
                names.name(RefName.Kind.ETHNICITY, p.getEthnicityCode(), locale, p.getEthnicityCode()),
                p.getSchool().getCode(), p.getSchool().getName());
    }

    /** Whether the name in the mother tongue differs from the Vietnamese form (else it is not shown twice). */
    public boolean isNativeNameDifferent() {
        return nativeName != null && !nativeName.equals(vietnameseName);
    }
}
