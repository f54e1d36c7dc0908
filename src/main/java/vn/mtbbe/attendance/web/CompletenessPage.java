package vn.mtbbe.attendance.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.attendance.service.CompletenessService;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.web.PlaceChoices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /attendance/completeness.xhtml?province=&from=&to=}: for an officer, the class-days still to be marked in
 * their provinces, newest first, each a link to its entry page; and for every reader the reporting completeness
 * (class-days marked ÷ expected) by province, district and school over the period (the last four weeks unless asked).
 */
@Named
@RequestScoped
public class CompletenessPage {

    /** A line of the table: a province, a district or a school, with its figures. */
    public record Line(String level, String name, long expected, long marked) {
        public double getRate() {
            return expected == 0 ? 1.0 : (double) marked / expected;
        }
    }

    /** How many missing class-days the page lists; the API pages through all of them. */
    static final int SHOWN = 200;

    @Inject
    CompletenessService completeness;

    @Inject
    PlaceChoices places;

    @Inject
    UserLocale userLocale;

    @Inject
    Today today;

    private String province;
    private String from;
    private String to;
    private List<Choice> provinceChoices;
    private CompletenessService.Result result;
    private List<Line> lines = List.of();
    private Map<String, String> provinceNames;

    @PostConstruct
    void init() {
        provinceChoices = places.provinces(userLocale.current());
        provinceNames = new LinkedHashMap<>();
        provinceChoices.forEach(c -> provinceNames.put(c.value(), c.label()));
    }

    public void load() {
        LocalDate last = parse(to, today.date());
        LocalDate first = parse(from, last.minusDays(27));
        if (first.isAfter(last)) {
            first = last.minusDays(27);
        }
        from = first.toString();
        to = last.toString();
        result = completeness.completeness(province == null || province.isBlank() ? null : province, first, last);
        List<Line> list = new ArrayList<>();
        String currentProvince = null;
        String currentDistrict = null;
        for (CompletenessService.SchoolRow s : result.schools()) {
            if (!s.provinceCode().equals(currentProvince)) {
                currentProvince = s.provinceCode();
                currentDistrict = null;
                String p = currentProvince;
                list.add(total("province", provinceNames.getOrDefault(p, p),
                        result.schools().stream().filter(r -> r.provinceCode().equals(p)).toList()));
            }
            if (!s.districtName().equals(currentDistrict)) {
                currentDistrict = s.districtName();
                String p = currentProvince;
                String d = currentDistrict;
                list.add(total("district", d, result.schools().stream()
                        .filter(r -> r.provinceCode().equals(p) && r.districtName().equals(d)).toList()));
            }
            list.add(new Line("school", s.schoolName(), s.expected(), s.marked()));
        }
        lines = list;
    }

    private static Line total(String level, String name, List<CompletenessService.SchoolRow> rows) {
        return new Line(level, name, rows.stream().mapToLong(CompletenessService.SchoolRow::expected).sum(),
                rows.stream().mapToLong(CompletenessService.SchoolRow::marked).sum());
    }

    private static LocalDate parse(String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public List<Choice> getProvinceChoices() {
        return provinceChoices;
    }

    public CompletenessService.Result getResult() {
        return result;
    }

    public double getRate() {
        return result.expected() == 0 ? 1.0 : (double) result.marked() / result.expected();
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<CompletenessService.Missing> getMissing() {
        return result.missing().subList(0, Math.min(SHOWN, result.missing().size()));
    }

    public int getMoreMissing() {
        return Math.max(0, result.missing().size() - SHOWN);
    }
}
