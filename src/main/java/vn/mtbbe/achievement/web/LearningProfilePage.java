package vn.mtbbe.achievement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import vn.mtbbe.achievement.domain.Band;
import vn.mtbbe.achievement.domain.Skill;
import vn.mtbbe.achievement.service.LearningProfile;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.service.ReferenceData;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code /pupils/learning.xhtml?code=}: a pupil's learning profile. One row per sitting, oldest first, one column per
 * skill, and in each cell the pupil's result in each language side by side (mother tongue and Vietnamese); a small
 * chart follows the oral reading fluency band in each language across the sittings. Bands, not speeds, are drawn:
 * speeds in different languages are not on one scale.
 */
@Named
@ViewScoped
public class LearningProfilePage implements Serializable {

    /** One language's result in a cell. */
    public record Result(String language, String languageCode, String text, String band) implements Serializable {
    }

    /** One sitting's line: its label and, by skill column, the results. */
    public record SittingRow(long sitting, String name, String schoolYear, String round, String stage,
                             List<List<Result>> cells) implements Serializable {
    }

    @Inject
    LearningProfile profiles;

    @Inject
    ReferenceData reference;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    Formats formats;

    private String code;
    private String pupilCode;
    private String nativeName;
    private String nativeLanguage;
    private String vietnameseName;
    private List<Skill> skills = List.of();
    private List<SittingRow> rows = List.of();
    private String chart;

    public void load() {
        LearningProfile.Profile profile = profiles.of(code);
        pupilCode = profile.pupil().getCode();
        nativeName = profile.pupil().getNativeName();
        nativeLanguage = profile.pupil().getMotherTongue();
        vietnameseName = profile.pupil().getVietnameseName();
        Map<String, String> languages = new HashMap<>();
        reference.languages(userLocale.current()).forEach(c -> languages.put(c.code(), c.name()));
        Set<Skill> present = EnumSet.noneOf(Skill.class);
        profile.lines().forEach(l -> present.add(l.subtask().getSkill()));
        skills = List.copyOf(present);
        Map<Long, SittingRow> bySitting = new LinkedHashMap<>();
        for (LearningProfile.Line l : profile.lines()) {
            SittingRow row = bySitting.computeIfAbsent(l.sitting().getId(), id -> {
                List<List<Result>> cells = new ArrayList<>();
                skills.forEach(s -> cells.add(new ArrayList<>()));
                return new SittingRow(id, l.sitting().getName(), l.sitting().getSchoolYear(), l.sitting().getRound().name(),
                        l.schoolClass().getStage().name(), cells);
            });
            String language = l.subtask().getInstrument().getLanguageCode();
            row.cells().get(skills.indexOf(l.subtask().getSkill())).add(new Result(languages.getOrDefault(language, language),
                    language, describe(l), l.derived().band() == null ? null : l.derived().band().name()));
        }
        rows = List.copyOf(bySitting.values());
        chart = chart(profile, languages);
    }

    /** A result as a cell says it: absent, or the score (of the items), the per-minute rate, the band, a zero. */
    private String describe(LearningProfile.Line l) {
        if (l.entry().absent()) {
            return msg.get("achievement.absent");
        }
        List<String> parts = new ArrayList<>();
        parts.add(msg.format("achievement.scoreOfItems", l.entry().score(), l.subtask().getItems()));
        if (l.derived().perMinute() != null) {
            parts.add(msg.format("achievement.perMinute", formats.tenths(l.derived().perMinute())));
        }
        if (l.derived().band() != null) {
            parts.add(msg.get("achievement.band." + l.derived().band().name()));
        }
        if (l.derived().zeroScore()) {
            parts.add(msg.get("achievement.zeroScore"));
        }
        return String.join(" · ", parts);
    }

    /**
     * A Chart.js line chart: the oral reading fluency band of each language at each sitting (a category axis of the
     * three bands), or null when the pupil has no banded fluency result.
     */
    private String chart(LearningProfile.Profile profile, Map<String, String> languages) {
        List<Long> sittings = new ArrayList<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        Map<String, Map<Long, Band>> bands = new LinkedHashMap<>();
        Set<String> languageCodes = new TreeSet<>();
        for (LearningProfile.Line l : profile.lines()) {
            if (!sittings.contains(l.sitting().getId())) {
                sittings.add(l.sitting().getId());
                labels.put(l.sitting().getId(), l.sitting().getSchoolYear() + " · "
                        + msg.get("achievement.round." + l.sitting().getRound().name()));
            }
            if (l.subtask().getSkill() == Skill.ORAL_READING_FLUENCY && l.derived().band() != null) {
                String language = l.subtask().getInstrument().getLanguageCode();
                languageCodes.add(language);
                bands.computeIfAbsent(language, k -> new HashMap<>()).put(l.sitting().getId(), l.derived().band());
            }
        }
        if (bands.isEmpty()) {
            return null;
        }
        JsonArrayBuilder x = Json.createArrayBuilder();
        sittings.forEach(s -> x.add(labels.get(s)));
        JsonArrayBuilder y = Json.createArrayBuilder();
        for (Band b : List.of(Band.MEETING, Band.APPROACHING, Band.BELOW)) {
            y.add(msg.get("achievement.band." + b.name()));
        }
        String[] colours = {"#1769aa", "#b45309", "#2e7d32", "#6a1b9a"};
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (String language : languageCodes) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Long s : sittings) {
                Band b = bands.get(language).get(s);
                if (b == null) {
                    data.addNull();
                } else {
                    data.add(msg.get("achievement.band." + b.name()));
                }
            }
            datasets.add(Json.createObjectBuilder().add("label", languages.getOrDefault(language, language))
                    .add("data", data).add("borderColor", colours[i % colours.length])
                    .add("backgroundColor", colours[i % colours.length]).add("spanGaps", true).add("tension", 0));
            i++;
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("type", "category").add("labels", y))
                        .add("x", Json.createObjectBuilder().add("type", "category")))
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true)
                                .add("text", msg.get("achievement.profile.chartTitle"))));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", x).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPupilCode() {
        return pupilCode;
    }

    public String getNativeName() {
        return nativeName;
    }

    /** The language the native name is written in (the child's mother tongue), for its {@code lang}. */
    public String getNativeLanguage() {
        return nativeLanguage;
    }

    public String getVietnameseName() {
        return vietnameseName;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public List<SittingRow> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }
}
