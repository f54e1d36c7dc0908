package vn.mtbbe.achievement.web;

import com.ibm.icu.text.Collator;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.achievement.domain.Round;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.service.InstrumentService;
import vn.mtbbe.achievement.service.SittingService;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.registry.service.SchoolService;
import vn.mtbbe.registry.service.SchoolYearService;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /achievement/sittings.xhtml?year=}: the assessment rounds of a school year. Officers see the rounds their
 * provinces' classes take part in and, first, the classes still waiting for results; ministry staff see every round
 * and create new ones.
 */
@Named
@ViewScoped
public class SittingsPage implements Serializable {

    /** A sitting as the list shows it. */
    public record Line(long id, String name, String round, String days, String instruments, boolean started)
            implements Serializable {
    }

    /** A class waiting for results. */
    public record Waiting(long sitting, String sittingName, long classId, String className, String school, String stage,
                          long pupils, long withResults) implements Serializable {
    }

    @Inject
    SittingService sittings;

    @Inject
    InstrumentService instruments;

    @Inject
    SchoolService schools;

    @Inject
    SchoolYearService years;

    @Inject
    ReferenceData reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserLocale userLocale;

    @Inject
    PageFeedback feedback;

    @Inject
    PageMessages msg;

    @Inject
    Formats formats;

    @Inject
    Today today;

    private String year;
    private List<Choice> yearChoices = List.of();
    private List<Line> lines = List.of();
    private List<Waiting> waiting = List.of();
    private boolean ministry;
    private boolean officer;

    // The new sitting's form (ministry staff).
    private String name;
    private String round = Round.BASELINE.name();
    private LocalDate from;
    private LocalDate to;
    private List<String> instrumentIds = new ArrayList<>();
    private List<String> schoolCodes = new ArrayList<>();
    private List<Choice> roundChoices = List.of();
    private List<Choice> instrumentChoices = List.of();
    private List<Choice> schoolChoices = List.of();

    public void load() {
        ministry = currentUser.hasRole(Role.MINISTRY);
        officer = currentUser.hasRole(Role.OFFICER);
        if (!ministry && !officer) {
            sittings.list(""); // refused for every other role, as the page's service would be
        }
        String current = SchoolYear.codeStarting(today.schoolYearStart());
        List<SchoolYear> all = years.list();
        year = year == null || all.stream().noneMatch(y -> y.getCode().equals(year.strip())) ? current : year.strip();
        yearChoices = all.stream().map(y -> new Choice(y.getCode(), y.getCode())).toList();
        Map<String, String> languages = new HashMap<>();
        reference.languages(userLocale.current()).forEach(c -> languages.put(c.code(), c.name()));
        LocalDate now = today.date();
        lines = sittings.list(year).stream().map(s -> new Line(s.getId(), s.getName(), s.getRound().name(),
                msg.format("achievement.days", formats.date(s.getStartsOn()), formats.date(s.getEndsOn())),
                formats.list(s.getInstruments().stream().map(i -> i.getName() + " (" + languages.getOrDefault(
                        i.getLanguageCode(), i.getLanguageCode()) + ")").toList()), !s.getStartsOn().isAfter(now))).toList();
        if (officer) {
            waiting = sittings.waiting(year).stream().map(w -> new Waiting(w.sitting().getId(), w.sitting().getName(),
                    w.schoolClass().getId(), w.schoolClass().getName(), w.schoolClass().getSchool().getName(),
                    w.schoolClass().getStage().name(), w.pupils(), w.withResults())).toList();
        }
        if (ministry) {
            form(languages);
        }
    }

    private void form(Map<String, String> languages) {
        roundChoices = Arrays.stream(Round.values()).map(r -> new Choice(r.name(), msg.get("achievement.round." + r.name())))
                .toList();
        // The newest version of each series is offered first; older versions stay choosable.
        instrumentChoices = instruments.list().stream().map(i -> new Choice(String.valueOf(i.getId()),
                msg.format("achievement.instrumentChoice", i.getName(), languages.getOrDefault(i.getLanguageCode(),
                        i.getLanguageCode()), i.getVersion()))).toList();
        Collator collator = Collator.getInstance(userLocale.current());
        schoolChoices = schools.range(new SchoolService.Filter(null, null, null, null), 0, 5000).stream()
                .map(s -> new Choice(s.getCode(), s.getName() + " · " + s.getCode()))
                .sorted(Comparator.comparing(Choice::label, collator)).toList();
        SchoolYear chosen = years.get(year);
        if (from == null) {
            LocalDate now = today.date();
            from = chosen.contains(now) ? now : chosen.getStartDate();
            to = from.plusDays(13).isAfter(chosen.getEndDate()) ? chosen.getEndDate() : from.plusDays(13);
        }
    }

    /** Creates the sitting; a refusal keeps what was typed and shows each problem at its field. */
    public String create() {
        Sitting[] created = new Sitting[1];
        boolean ok = feedback.attempt("sittingForm", () -> created[0] = sittings.create(new SittingService.SittingInput(
                name, round, year, from, to, instrumentIds.stream().map(Long::valueOf).toList(), schoolCodes, List.of())));
        if (!ok) {
            return null;
        }
        feedback.done("achievement.sitting.created");
        return "/achievement/sitting?faces-redirect=true&id=" + created[0].getId();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public List<Choice> getYearChoices() {
        return yearChoices;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    public boolean isMinistry() {
        return ministry;
    }

    public boolean isOfficer() {
        return officer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRound() {
        return round;
    }

    public void setRound(String round) {
        this.round = round;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<String> getInstrumentIds() {
        return instrumentIds;
    }

    public void setInstrumentIds(List<String> instrumentIds) {
        this.instrumentIds = instrumentIds;
    }

    public List<String> getSchoolCodes() {
        return schoolCodes;
    }

    public void setSchoolCodes(List<String> schoolCodes) {
        this.schoolCodes = schoolCodes;
    }

    public List<Choice> getRoundChoices() {
        return roundChoices;
    }

    public List<Choice> getInstrumentChoices() {
        return instrumentChoices;
    }

    public List<Choice> getSchoolChoices() {
        return schoolChoices;
    }
}
