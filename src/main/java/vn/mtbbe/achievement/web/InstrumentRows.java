package vn.mtbbe.achievement.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.mtbbe.achievement.domain.Instrument;
import vn.mtbbe.platform.time.Today;
import vn.mtbbe.platform.web.Formats;
import vn.mtbbe.platform.web.PageMessages;
import vn.mtbbe.platform.web.UserLocale;
import vn.mtbbe.registry.domain.RefName;
import vn.mtbbe.registry.domain.Stage;
import vn.mtbbe.registry.service.ReferenceNames;

import java.time.LocalDate;
import java.util.List;

/** Turns instrument versions into {@link InstrumentRow}s in the reader's language. */
@RequestScoped
public class InstrumentRows {

    @Inject
    ReferenceNames names;

    @Inject
    UserLocale userLocale;

    @Inject
    PageMessages msg;

    @Inject
    Formats fmt;

    @Inject
    Today today;

    public InstrumentRow of(Instrument i) {
        return new InstrumentRow(i.getId(), i.getSeries(), i.getVersion(), i.getName(), i.getArea().name(),
                i.getLanguageCode(), languageName(i.getLanguageCode()), stages(i.getStages()), i.getSubtasks().size(),
                LocalDate.ofInstant(i.getCreatedAt(), today.zone()), i.getCreatedBy());
    }

    public String languageName(String code) {
        return names.name(RefName.Kind.LANGUAGE, code, userLocale.current(), code);
    }

    /** The stages' names joined as the reader's language lists them, e.g. "Lớp 1, Lớp 2 và Lớp 3". */
    public String stages(List<Stage> stages) {
        return fmt.list(stages.stream().map(s -> msg.label("stage", s.name())).toList());
    }
}
