package vn.mtbbe.registry.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /schools/districts.xhtml?province=}: the districts of a province (a district is created with the first school
 * named in it); ministry staff and administrators rename one.
 */
@Named
@ViewScoped
public class DistrictsPage implements Serializable {

    /** A district as the page edits it. */
    public static final class Row implements Serializable {
        private final String code;
        private String name;

        Row(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Inject
    SchoolService schools;

    @Inject
    PlaceChoices places;

    @Inject
    UserLocale userLocale;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageFeedback feedback;

    private String province;
    private List<Choice> provinceChoices;
    private List<Row> rows = List.of();

    public void load() {
        provinceChoices = places.provinces(userLocale.current());
        if (province == null || province.isBlank()) {
            province = provinceChoices.isEmpty() ? null : provinceChoices.get(0).value();
        }
        provinceChanged();
    }

    public void provinceChanged() {
        rows = province == null ? List.of() : new ArrayList<>(schools.districts(province).stream()
                .map(d -> new Row(d.getCode(), d.getName())).toList());
    }

    public void rename(Row row) {
        try {
            schools.renameDistrict(row.getCode(), row.getName());
            feedback.info("district.saved");
        } catch (ValidationException e) {
            feedback.fieldErrors(e, "districtsForm");
        } catch (AppException e) {
            feedback.error(e);
        }
        provinceChanged();
    }

    public boolean isMayRename() {
        return currentUser.hasRole(Role.MINISTRY, Role.ADMIN);
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Row> getRows() {
        return rows;
    }
}
