package vn.mtbbe.registry.web;

import vn.mtbbe.registry.domain.School;

import java.io.Serializable;

/**
 * A school as the list shows it; province and programme language are already named in the reader's
 * language, {@code languageCode} marks the language of the school's own name.
 */
public record SchoolRow(String code, String name, String nativeName, String languageCode, String province,
                        String district, String level, String designation, String programmeLanguage)
        implements Serializable {

    static SchoolRow of(School s, String provinceName, String languageName) {
        return new SchoolRow(s.getCode(), s.getName(), s.getNativeName(), s.getProgrammeLanguage(), provinceName,
                s.getDistrict().getName(), s.getLevel().name(), s.getDesignation().name(), languageName);
    }
}
