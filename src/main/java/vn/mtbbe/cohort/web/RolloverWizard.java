package vn.mtbbe.cohort.web;

import com.ibm.icu.text.Collator;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.cohort.domain.YearEnd;
import vn.mtbbe.cohort.service.RolloverService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.platform.error.FieldError;
import vn.mtbbe.platform.error.ValidationException;
import vn.mtbbe.platform.text.TextKeys;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageFeedback;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.Outcome;
import vn.mtbbe.registry.domain.School;
import vn.mtbbe.registry.domain.SchoolLevel;
import vn.mtbbe.registry.domain.SchoolYear;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.SchoolService;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /schools/rollover.xhtml?school=CODE}: the year-end rollover of one school as a wizard for the officer.
 * Review (every pupil still enrolled, by class, with the proposed outcome and next year's class, changeable one by
 * one or for a whole class), confirm (what will happen), done (what happened). The service decides and writes;
 * when it refuses, its reasons are shown at the pupils concerned and every decision stays as it was.
 */
@Named
@ViewScoped
public class RolloverWizard implements Serializable {

    public enum Step { REVIEW, CONFIRM, DONE }

    /** The separator between a school's code and name in the destination field. */
    static final String CODE_NAME_SEPARATOR = " — ";
    /** How many receiving schools the choices list before "another school" is needed. */
    static final int MAX_RECEIVING = 200;
    private static final Pattern DECISION_FIELD = Pattern.compile("decisions\\[(\\d+)]\\.(\\w+)");

    @Inject
    RolloverService rollover;

    @Inject
    SchoolService schools;

    @Inject
    PageMessages msg;

    @Inject
    PageFeedback feedback;

    @Inject
    UserLocale userLocale;

    private String school;
    private String schoolName;
    private String programmeLanguage;
    private SchoolLevel level;
    private String schoolYear;
    private String nextSchoolYear;
    private Step step = Step.REVIEW;
    private List<Group> groups = List.of();
    private List<RolloverService.NextClass> nextYearClasses = List.of();
    private final Map<String, List<RolloverService.NextClass>> receivingClasses = new HashMap<>();
    private List<RolloverService.ReceivingSchool> receivingChoices = new ArrayList<>();
    private String findSchool;
    private RolloverService.Result result;

    /** The school (404 outside the officer's provinces), the year whose end is due, and the proposal. */
    public void load() {
        School s = schools.get(school);
        school = s.getCode();
        schoolName = s.getName();
        programmeLanguage = s.getProgrammeLanguage();
        level = s.getLevel();
        Optional<String> open = rollover.openYear(school);
        if (open.isEmpty()) {
            return;
        }
        schoolYear = open.get();
        nextSchoolYear = SchoolYear.codeStarting(Integer.parseInt(schoolYear.substring(0, 4)) + 1);
        groups = merge(List.of());
    }

    /**
     * The proposal as it stands in the database, keeping the decisions already made for pupils still in it:
     * pupils enrolled meanwhile come in with the proposed outcome, pupils who left meanwhile go.
     */
    private List<Group> merge(List<Row> previous) {
        Map<String, Row> known = new HashMap<>();
        previous.forEach(r -> known.put(r.pupilCode, r));
        nextYearClasses = rollover.nextYearClasses(school, schoolYear);
        receivingClasses.clear();
        Map<Long, Group> byClass = new LinkedHashMap<>();
        for (RolloverService.Line line : rollover.preview(school, schoolYear)) {
            Group g = byClass.computeIfAbsent(line.classId(), id -> new Group(id, line.className(), line.stage()));
            if (line.handOver() && receivingChoices.isEmpty()) {
                receivingChoices = new ArrayList<>(rollover.receivingSchools(school, null, MAX_RECEIVING, userLocale.current()));
            }
            if (line.receivingSchool() != null) {
                offer(line.receivingSchool());
            }
            Row row = known.get(line.pupilCode());
            if (row == null || row.classId != line.classId()) {
                row = new Row(line.pupilCode(), line.vietnameseName(), line.nativeName(), line.classId(), line.className(),
                        line.stage(), line.proposed().name());
                row.receivingSchool = line.receivingSchool() == null ? "" : line.receivingSchool();
                row.nextClass = defaultNextClass(row);
            }
            g.rows.add(row);
        }
        Collator collator = TextKeys.collator(userLocale.current());
        Comparator<Row> byName = Comparator.comparing((Row r) -> r.vietnameseName, collator).thenComparing(r -> r.pupilCode);
        byClass.values().forEach(g -> g.rows.sort(byName));
        return new ArrayList<>(byClass.values());
    }

    // --- review --------------------------------------------------------------------------------------

    /** The outcome of {@code row} changed: its next class follows, a destination only for transfers. */
    public void outcomeChanged(Row row) {
        row.error = null;
        if (!Outcome.TRANSFERRED.name().equals(row.outcome)) {
            row.transferSchool = null;
        }
        String current = row.nextClass;
        boolean stillOffered = nextClassChoices(row).stream().anyMatch(c -> c.value().equals(current));
        if (!stillOffered) {
            row.nextClass = defaultNextClass(row);
        }
    }

    /** The receiving school of {@code row} changed: its next class follows. */
    public void receivingChanged(Row row) {
        row.error = null;
        row.nextClass = defaultNextClass(row);
    }

    /** "Receiving school for all in this class": every child of the class who is handed over. */
    public void applyReceivingToGroup(Group group) {
        if (group.bulkReceiving == null) {
            return;
        }
        for (Row row : group.rows) {
            if (isHandOver(row)) {
                row.receivingSchool = group.bulkReceiving;
                receivingChanged(row);
            }
        }
        group.bulkReceiving = null;
    }

    /** Whether the row's child, with the outcome decided, moves on to a stage this school does not teach. */
    public boolean isHandOver(Row row) {
        return outcome(row).map(o -> YearEnd.handsOver(row.stage, o, level)).orElse(false);
    }

    /** Whether some child of {@code group} is handed over, as decided so far. */
    public boolean handsOver(Group group) {
        return group.rows.stream().anyMatch(this::isHandOver);
    }

    /** Whether any child of the school may be handed over to a receiving school (a preschool-only school). */
    public boolean isHandsOver() {
        return !receivingChoices.isEmpty() || rows().stream().anyMatch(this::isHandOver);
    }

    /**
     * The receiving schools as choices, grouped by how near they are (same district, same province, other provinces),
     * after "none" (the child goes on at a school outside the register).
     */
    public List<SelectItem> getReceivingItems() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", msg.get("rollover.receiving.none")));
        for (RolloverService.ReceivingSchool.Place place : RolloverService.ReceivingSchool.Place.values()) {
            SelectItem[] group = receivingChoices.stream().filter(r -> r.place() == place)
                    .map(r -> new SelectItem(r.code(), r.name() + " (" + r.code() + ")")).toArray(SelectItem[]::new);
            if (group.length > 0) {
                items.add(new SelectItemGroup(msg.label("rollover.receiving", place.name()), null, false, group));
            }
        }
        return items;
    }

    /** Schools teaching grade 1 the officer may choose whose code or name contains {@code query}, as "code — name". */
    public List<String> completeReceiving(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return rollover.receivingSchools(school, query.strip(), 12, userLocale.current()).stream()
                .map(r -> r.code() + CODE_NAME_SEPARATOR + r.name()).toList();
    }

    /** "Another school": the school found becomes one of the receiving choices. */
    public void addReceivingSchool() {
        String code = transferCode(findSchool);
        Optional<RolloverService.ReceivingSchool> found = code == null ? Optional.empty()
                : rollover.receivingSchools(school, code, 12, userLocale.current()).stream()
                        .filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
        if (found.isEmpty()) {
            addMessage(FacesMessage.SEVERITY_ERROR, msg.get("rollover.receiving.notFound"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        if (receivingChoices.stream().noneMatch(r -> r.code().equals(found.get().code()))) {
            receivingChoices.add(found.get());
        }
        findSchool = null;
        addMessage(FacesMessage.SEVERITY_INFO, msg.format("rollover.receiving.added", found.get().name()));
    }

    /** Makes the school of {@code code} a receiving choice (the proposal's, which may lie beyond the list's length). */
    private void offer(String code) {
        if (receivingChoices.stream().noneMatch(r -> r.code().equals(code))) {
            rollover.receivingSchools(school, code, 12, userLocale.current()).stream()
                    .filter(r -> r.code().equals(code)).findFirst().ifPresent(receivingChoices::add);
        }
    }

    /** The name of a receiving school by its code, as the choices give it. */
    public String receivingName(String code) {
        return receivingChoices.stream().filter(r -> r.code().equals(code)).map(RolloverService.ReceivingSchool::name)
                .findFirst().orElse(code);
    }

    /** "Set all in this class to …". */
    public void applyToGroup(Group group) {
        if (group.bulkOutcome == null || group.bulkOutcome.isBlank()) {
            return;
        }
        for (Row row : group.rows) {
            row.outcome = group.bulkOutcome;
            outcomeChanged(row);
        }
        group.bulkOutcome = null;
    }

    /** Schools other than this one whose code or name contains {@code query}, as "code — name". */
    public List<String> completeSchool(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return schools.range(new SchoolService.Filter(null, query.strip(), null, null), 0, 12).stream()
                .filter(s -> !s.getCode().equals(school))
                .map(s -> s.getCode() + CODE_NAME_SEPARATOR + s.getName()).toList();
    }

    /** The outcomes a pupil at {@code stage} may have, as choices in the reader's language. */
    public List<Choice> outcomeChoices(Stage stage) {
        return YearEnd.allowed(stage).stream().map(o -> new Choice(o.name(), msg.label("outcome", o.name()))).toList();
    }

    /** The stage the row's pupil is in next year at this school, or null when the pupil leaves it. */
    public Stage nextStage(Row row) {
        if (isHandOver(row)) {
            return row.receivingSchool.isBlank() ? null : outcome(row).flatMap(o -> YearEnd.nextStage(row.stage, o)).orElse(null);
        }
        return outcome(row).flatMap(o -> YearEnd.stageAtSchool(row.stage, o, level)).orElse(null);
    }

    /** Next year's classes of the school the row's child goes to: this one, or the receiving school. */
    private List<RolloverService.NextClass> classesFor(Row row) {
        if (!isHandOver(row)) {
            return nextYearClasses;
        }
        return receivingClasses.computeIfAbsent(row.receivingSchool, code -> rollover.nextYearClasses(code, schoolYear));
    }

    /** The automatic name of the row's class next year (as the service gives it), or null when the pupil leaves. */
    public String automaticName(Row row) {
        Stage next = nextStage(row);
        return next == null ? null : YearEnd.nextClassName(row.className, row.stage, next);
    }

    /**
     * Next year's classes the row's pupil may go to: the new class of the automatic name (value "") unless a class
     * of that name exists, then every existing class of next year at that stage.
     */
    public List<Choice> nextClassChoices(Row row) {
        Stage next = nextStage(row);
        if (next == null) {
            return List.of();
        }
        String name = automaticName(row);
        List<Choice> choices = new ArrayList<>();
        List<RolloverService.NextClass> existing = classesFor(row).stream().filter(c -> c.stage() == next).toList();
        if (existing.stream().noneMatch(c -> c.name().equals(name))) {
            choices.add(new Choice("", msg.format("rollover.newClass", name)));
        }
        existing.forEach(c -> choices.add(new Choice(String.valueOf(c.id()), c.name())));
        return choices;
    }

    private String defaultNextClass(Row row) {
        Stage next = nextStage(row);
        if (next == null) {
            return "";
        }
        String name = automaticName(row);
        return classesFor(row).stream().filter(c -> c.stage() == next && c.name().equals(name))
                .map(c -> String.valueOf(c.id())).findFirst().orElse("");
    }

    /** How many pupils have {@code outcome} as decided so far. */
    public long count(String outcome) {
        return rows().stream().filter(r -> outcome.equals(r.outcome)).count();
    }

    public long getTotal() {
        return rows().size();
    }

    public List<String> getOutcomes() {
        return java.util.Arrays.stream(Outcome.values()).filter(Outcome::isYearEnd).map(Enum::name).toList();
    }

    private List<Row> rows() {
        return groups.stream().flatMap(g -> g.rows.stream()).toList();
    }

    // --- steps ---------------------------------------------------------------------------------------

    public void confirm() {
        step = Step.CONFIRM;
    }

    public void back() {
        step = Step.REVIEW;
    }

    /** Commits every decision in one go; on refusal back to the review with the reasons, nothing written. */
    public void commit() {
        List<Row> rows = rows();
        List<RolloverService.Decision> decisions = rows.stream().map(this::decision).toList();
        try {
            result = rollover.commit(school, schoolYear, decisions);
            step = Step.DONE;
            feedback.done("rollover.committed");
        } catch (ValidationException e) {
            rows.forEach(r -> r.error = null);
            showAtRows(e, rows);
            List<String> before = rows.stream().map(r -> r.pupilCode).toList();
            groups = merge(rows);
            List<String> after = rows().stream().map(r -> r.pupilCode).toList();
            long added = after.stream().filter(c -> !before.contains(c)).count();
            long removed = before.stream().filter(c -> !after.contains(c)).count();
            if (added + removed > 0) {
                addMessage(FacesMessage.SEVERITY_WARN, msg.format("rollover.listChanged", added, removed));
            }
            step = Step.REVIEW;
        } catch (AppException e) {
            feedback.error(e);
        }
    }

    private RolloverService.Decision decision(Row row) {
        boolean transfer = Outcome.TRANSFERRED.name().equals(row.outcome);
        String destination = transfer ? transferCode(row.transferSchool) : null;
        Long nextClass = nextStage(row) != null && row.nextClass != null && !row.nextClass.isBlank()
                ? Long.valueOf(row.nextClass) : null;
        String receiving = isHandOver(row) && !row.receivingSchool.isBlank() ? row.receivingSchool : null;
        return new RolloverService.Decision(row.pupilCode, row.outcome, destination, nextClass, receiving);
    }

    /** The school code in the destination field: what precedes the name the suggestion adds, or what was typed. */
    static String transferCode(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int separator = value.indexOf(CODE_NAME_SEPARATOR);
        return (separator < 0 ? value : value.substring(0, separator)).strip();
    }

    private void showAtRows(ValidationException e, List<Row> rows) {
        for (FieldError error : e.fieldErrors()) {
            String text = msg.formatNamed(error.messageKey(), error.args());
            Matcher m = DECISION_FIELD.matcher(error.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                Row row = rows.get(Integer.parseInt(m.group(1)));
                row.error = row.error == null ? text : row.error + " " + text;
                addMessage(FacesMessage.SEVERITY_ERROR, msg.format("rollover.pupilError", row.pupilCode, text));
            } else {
                addMessage(FacesMessage.SEVERITY_ERROR, text);
            }
        }
        addMessage(FacesMessage.SEVERITY_ERROR, msg.get("rollover.nothingWritten"));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void addMessage(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, ""));
    }

    // --- confirmation --------------------------------------------------------------------------------

    /** The classes the commit will create: name, stage and how many pupils go to each. */
    public List<NewClass> getClassesToCreate() {
        Map<String, NewClass> byName = new LinkedHashMap<>();
        for (Row row : rows()) {
            Stage next = nextStage(row);
            if (next != null && (row.nextClass == null || row.nextClass.isBlank())) {
                String name = automaticName(row);
                String at = isHandOver(row) ? receivingName(row.receivingSchool) : null;
                String key = at + "/" + next + "/" + name;
                NewClass c = byName.get(key);
                byName.put(key, new NewClass(name, next, c == null ? 1 : c.pupils() + 1, at));
            }
        }
        return byName.values().stream().sorted(Comparator.comparing((NewClass c) -> c.school() == null ? "" : c.school())
                .thenComparing(NewClass::stage).thenComparing(NewClass::name)).toList();
    }

    /** The receiving schools and how many children each takes, for the confirmation. */
    public List<HandOver> getHandOvers() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        rows().stream().filter(r -> isHandOver(r) && !r.receivingSchool.isBlank())
                .forEach(r -> counts.merge(r.receivingSchool, 1, Integer::sum));
        return counts.entrySet().stream().map(e -> new HandOver(e.getKey(), receivingName(e.getKey()), e.getValue())).toList();
    }

    public record HandOver(String code, String name, int children) implements Serializable {
    }

    /** The pupils who move to another school, for the confirmation. */
    public List<Row> getTransfers() {
        return rows().stream().filter(r -> Outcome.TRANSFERRED.name().equals(r.outcome)).toList();
    }

    /** The rows whose decision differs from the proposal. */
    public long getChanged() {
        return rows().stream().filter(r -> !r.outcome.equals(YearEnd.proposed(r.stage).name())).count();
    }

    /** A class the commit creates; {@code school} the receiving school's name, null for this school. */
    public record NewClass(String name, Stage stage, int pupils, String school) implements Serializable {
    }

    // --- view model ----------------------------------------------------------------------------------

    /** The pupils of one class this year. */
    public static class Group implements Serializable {
        private final long classId;
        private final String className;
        private final Stage stage;
        private final List<Row> rows = new ArrayList<>();
        private String bulkOutcome;
        private String bulkReceiving;

        Group(long classId, String className, Stage stage) {
            this.classId = classId;
            this.className = className;
            this.stage = stage;
        }

        public long getClassId() {
            return classId;
        }

        public String getClassName() {
            return className;
        }

        public Stage getStage() {
            return stage;
        }

        public List<Row> getRows() {
            return rows;
        }

        public String getBulkOutcome() {
            return bulkOutcome;
        }

        public void setBulkOutcome(String bulkOutcome) {
            this.bulkOutcome = bulkOutcome;
        }

        public String getBulkReceiving() {
            return bulkReceiving;
        }

        public void setBulkReceiving(String bulkReceiving) {
            this.bulkReceiving = bulkReceiving;
        }
    }

    /** One pupil and the decision for them; {@code nextClass} is a class id, or "" for the class of the automatic name. */
    public static class Row implements Serializable {
        private final String pupilCode;
        private final String vietnameseName;
        private final String nativeName;
        private final long classId;
        private final String className;
        private final Stage stage;
        private String outcome;
        private String transferSchool;
        private String nextClass = "";
        private String receivingSchool = "";
        private String error;

        Row(String pupilCode, String vietnameseName, String nativeName, long classId, String className, Stage stage,
            String outcome) {
            this.pupilCode = pupilCode;
            this.vietnameseName = vietnameseName;
            this.nativeName = nativeName;
            this.classId = classId;
            this.className = className;
            this.stage = stage;
            this.outcome = outcome;
        }

        public String getPupilCode() {
            return pupilCode;
        }

        public String getVietnameseName() {
            return vietnameseName;
        }

        public String getNativeName() {
            return nativeName;
        }

        public String getClassName() {
            return className;
        }

        public Stage getStage() {
            return stage;
        }

        public boolean isTransfer() {
            return Outcome.TRANSFERRED.name().equals(outcome);
        }

        public boolean isChanged() {
            return !YearEnd.proposed(stage).name().equals(outcome);
        }

        public String getOutcome() {
            return outcome;
        }

        public void setOutcome(String outcome) {
            this.outcome = outcome;
        }

        public String getTransferSchool() {
            return transferSchool;
        }

        public void setTransferSchool(String transferSchool) {
            this.transferSchool = transferSchool;
        }

        public String getNextClass() {
            return nextClass;
        }

        public void setNextClass(String nextClass) {
            this.nextClass = nextClass == null ? "" : nextClass;
        }

        public String getError() {
            return error;
        }

        public String getReceivingSchool() {
            return receivingSchool;
        }

        public void setReceivingSchool(String receivingSchool) {
            this.receivingSchool = receivingSchool == null ? "" : receivingSchool;
        }
    }

    // --- page state ----------------------------------------------------------------------------------

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getProgrammeLanguage() {
        return programmeLanguage;
    }

    public String getSchoolYear() {
        return schoolYear;
    }

    public String getNextSchoolYear() {
        return nextSchoolYear;
    }

    public boolean isOpen() {
        return schoolYear != null;
    }

    public Step getStep() {
        return step;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public String getFindSchool() {
        return findSchool;
    }

    public void setFindSchool(String findSchool) {
        this.findSchool = findSchool;
    }

    public RolloverService.Result getResult() {
        return result;
    }

    private Optional<Outcome> outcome(Row row) {
        try {
            return Optional.of(Outcome.valueOf(row.outcome));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
