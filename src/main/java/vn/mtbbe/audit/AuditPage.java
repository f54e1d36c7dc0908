package vn.mtbbe.audit;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.mtbbe.platform.web.Choice;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.PagedRows;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /admin/audit.xhtml}: the audit log for administrators and (read-only) ministry staff, filtered by user,
 * record and period, newest first, a page at a time; the same selection downloads as CSV. Reached from an account or
 * another record with {@code ?entity=&key=}.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    /** An entry as a row of the table. */
    public record Row(long id, Instant at, String username, String action, String entity, String key,
                      List<AuditReader.Change> changes) implements Serializable {
    }

    @Inject
    AuditReader reader;

    @Inject
    PageMessages msg;

    private String username;
    private String entity;
    private String key;
    private LocalDate from;
    private LocalDate to;
    private boolean readings;
    private List<Choice> entityChoices;
    private PagedRows<Row> rows;

    @PostConstruct
    void init() {
        entityChoices = AuditReader.ENTITIES.stream().map(e -> new Choice(e, msg.get("audit.entity." + e))).toList();
        rows = new PagedRows<>(() -> reader.count(filter()), (first, max) -> reader.range(filter(), first, max).stream()
                .map(e -> new Row(e.getId(), e.getAt(), e.getUsername(), e.getAction(), e.getEntity(), e.getEntityKey(),
                        AuditReader.changes(e))).toList());
    }

    private AuditReader.Filter filter() {
        return new AuditReader.Filter(username, entity, key, from, to, readings);
    }

    public void filterChanged() {
        PagedRows.firstPage("auditForm:entries");
    }

    /** The selection as a CSV download. */
    public void export() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        List<String> headers = List.of(msg.get("audit.at"), msg.get("audit.user"), msg.get("audit.action"),
                msg.get("audit.entity"), msg.get("audit.key"), msg.get("audit.before"), msg.get("audit.after"));
        Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
        reader.export(filter(), headers, out);
        out.flush();
        faces.responseComplete();
    }

    public String entityLabel(String name) {
        return AuditReader.ENTITIES.contains(name) ? msg.get("audit.entity." + name) : name;
    }

    public boolean isReadings() {
        return readings;
    }

    public void setReadings(boolean readings) {
        this.readings = readings;
    }

    public List<Choice> getEntityChoices() {
        return entityChoices;
    }

    public PagedRows<Row> getRows() {
        return rows;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEntity() {
        return entity;
    }

    public void setEntity(String entity) {
        this.entity = entity;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
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
}
