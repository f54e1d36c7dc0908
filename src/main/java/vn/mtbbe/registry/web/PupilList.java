package vn.mtbbe.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PagedRows;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.PupilService;
import vn.mtbbe.registry.service.ReferenceNames;

import java.io.Serializable;
import java.util.List;

/**
 * {@code /pupils/list.xhtml}: the pupils the caller may see, a page at a time, in the reader's collation
 * order; filtered by province, school and a search box that ignores accents ("nguyen" finds "Nguyễn").
 * The filters can also come from the address ({@code ?school=...&q=...}), e.g. from the school list.
 */
@Named
@ViewScoped
public class PupilList implements Serializable {

    @Inject
    PlaceChoices places;

    @Inject
    PupilService pupils;

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    private String province;
    private String school;
    private String q;
    private List<Choice> provinceChoices;
    private List<Choice> schoolChoices;
    private PagedRows<PupilRow> rows;

    @PostConstruct
    void init() {
        provinceChoices = places.provinces(userLocale.current());
        rows = new PagedRows<>(() -> pupils.count(filter()), this::slice);
    }

    /** After the address's filters are read: the schools to choose from. */
    public void load() {
        loadSchoolChoices();
    }

    private void loadSchoolChoices() {
        schoolChoices = places.schools(province, userLocale.current());
    }

    private List<PupilRow> slice(int first, int max) {
        var locale = userLocale.current();
        return pupils.range(filter(), first, max, locale).stream().map(p -> PupilRow.of(p, names, locale)).toList();
    }

    private PupilService.Filter filter() {
        return new PupilService.Filter(province, school, null, q);
    }

    /** Another province: its schools to choose from, and the school chosen before no longer applies. */
    public void provinceChanged() {
        school = null;
        loadSchoolChoices();
        filterChanged();
    }

    /** The filters changed: show their first page. */
    public void filterChanged() {
        PagedRows.firstPage("pupilsForm:pupils");
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public List<Choice> getSchoolChoices() {
        return schoolChoices;
    }

    public PagedRows<PupilRow> getRows() {
        return rows;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
