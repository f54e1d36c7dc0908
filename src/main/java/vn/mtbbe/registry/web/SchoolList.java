package vn.mtbbe.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PagedRows;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.Designation;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.service.ReferenceNames;
import vn.mtbbe.registry.service.SchoolService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code /schools/list.xhtml}: the schools the caller may see, filtered by province, designation and name. */
@Named
@ViewScoped
public class SchoolList implements Serializable {

    @Inject
    PlaceChoices places;

    @Inject
    SchoolService schools;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private String province;
    private String designation;
    private String q;
    private List<Choice> provinceChoices;
    private PagedRows<SchoolRow> rows;

    @PostConstruct
    void init() {
        provinceChoices = places.provinces(userLocale.current());
        rows = new PagedRows<>(() -> schools.count(filter()), this::slice);
    }

    private List<SchoolRow> slice(int first, int max) {
        var locale = userLocale.current();
        // The schools listed lie in the caller's provinces, which the province filter already names.
        Map<String, String> provinceNames = provinceChoices.stream().collect(Collectors.toMap(Choice::value, Choice::label));
        return schools.range(filter(), first, max).stream()
                .map(s -> SchoolRow.of(s, provinceNames.getOrDefault(s.getProvinceCode(), s.getProvinceCode()),
                        names.name(RefName.Kind.LANGUAGE, s.getProgrammeLanguage(), locale, s.getProgrammeLanguage())))
                .toList();
    }

    private SchoolService.Filter filter() {
        Designation d = designation != null && getDesignations().contains(designation) ? Designation.valueOf(designation) : null;
        return new SchoolService.Filter(province, q, d, null);
    }

    /** The filters changed: show their first page. */
    public void filterChanged() {
        PagedRows.firstPage("schoolsForm:schools");
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<String> getDesignations() {
        return List.of(Designation.PILOT.name(), Designation.COMPARISON.name());
    }

    public PagedRows<SchoolRow> getRows() {
        return rows;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getDesignation() {
        return designation;
    }

    public void setDesignation(String designation) {
        this.designation = designation;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
