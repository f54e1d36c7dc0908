package vn.mtbbe.achievement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.achievement.domain.Sitting;
import vn.mtbbe.achievement.service.SittingService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.ReferenceData;
import vn.mtbbe.security.CurrentUser;
import vn.mtbbe.security.Role;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /achievement/sitting.xhtml?id=}: one assessment round: its days and instruments, and the classes of the
 * reader's provinces taking part with how far their results are entered; each class opens its score entry.
 */
@Named
@ViewScoped
public class SittingPage implements Serializable {

    public record InstrumentLine(long id, String name, String language, int version, String stages, int subtasks)
            implements Serializable {
    }

    public record ClassLine(long classId, String className, String school, String stage, long pupils, long withResults,
                            boolean waiting) implements Serializable {
    }

    @Inject
    SittingService sittings;

    @Inject
    ReferenceData reference;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    Formats formats;

    @Inject
    Today today;

    private String id;
    private long sittingId;
    private String name;
    private String round;
    private String schoolYear;
    private String days;
    private boolean started;
    private boolean officer;
    private List<InstrumentLine> instruments = List.of();
    private List<ClassLine> classes = List.of();

    public void load() {
        try {
            sittingId = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.sitting", id);
        }
        Sitting s = sittings.get(sittingId);
        officer = currentUser.hasRole(Role.OFFICER);
        name = s.getName();
        round = s.getRound().name();
        schoolYear = s.getSchoolYear();
        days = msg.format("achievement.days", formats.date(s.getStartsOn()), formats.date(s.getEndsOn()));
        started = !s.getStartsOn().isAfter(today.date());
        Map<String, String> languages = new HashMap<>();
        reference.languages(userLocale.current()).forEach(c -> languages.put(c.code(), c.name()));
        instruments = s.getInstruments().stream().map(i -> new InstrumentLine(i.getId(), i.getName(),
                languages.getOrDefault(i.getLanguageCode(), i.getLanguageCode()), i.getVersion(),
                formats.list(i.getStages().stream().map(st -> msg.get("stage." + st.name())).toList()),
                i.getSubtasks().size())).toList();
        classes = sittings.classes(sittingId).stream().map(c -> new ClassLine(c.schoolClass().getId(),
                c.schoolClass().getName(), c.schoolClass().getSchool().getName(), c.schoolClass().getStage().name(),
                c.pupils(), c.withResults(), c.waiting())).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String getName() {
        return name;
    }

    public String getRound() {
        return round;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getDays() {
        return days;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isOfficer() {
        return officer;
    }

    public List<InstrumentLine> getInstruments() {
        return instruments;
    }

    public List<ClassLine> getClasses() {
        return classes;
    }
}
