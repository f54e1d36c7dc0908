package vn.mtbbe.achievement.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.achievement.service.LearningProfile;

import java.time.LocalDate;
import java.util.List;

@Path("pupils/{code}/achievement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "achievement")
public class LearningProfileResource {

    @JsonbNillable(false)
    @Schema(name = "ProfileResult", description = "One result of a pupil's learning profile: the sitting, class, "
            + "subtask and instrument, and the score (absent: true instead when the pupil was absent) with what it "
            + "gives")
    public record ResultLine(long sitting, String sittingName, String round, String schoolYear, LocalDate from,
                             long classId, String stage, long subtask, String skill, String language, long instrument,
                             Integer score, Integer seconds, Boolean absent, Double perMinute, Boolean zeroScore,
                             String band) {
    }

    @Schema(name = "LearningProfile")
    public record ProfileView(String pupil, List<ResultLine> results) {
    }

    @Inject
    LearningProfile profiles;

    @GET
    @Operation(operationId = "getLearningProfile", summary = "A pupil's learning profile: every result across sittings, "
            + "years and languages with what it gives (officer of the province, ministry staff; audited as a reading "
            + "of the child's record). Rates in different languages are not on one scale: compare bands and zero scores")
    @APIResponse(responseCode = "200", description = "The profile, oldest sitting first")
    @APIResponse(responseCode = "404", description = "No such pupil in the caller's provinces")
    public ProfileView get(@PathParam("code") String code) {
        LearningProfile.Profile p = profiles.of(code);
        return new ProfileView(p.pupil().getCode(), p.lines().stream().map(l -> new ResultLine(l.sitting().getId(),
                l.sitting().getName(), l.sitting().getRound().name(), l.sitting().getSchoolYear(), l.sitting().getStartsOn(),
                l.schoolClass().getId(), l.schoolClass().getStage().name(), l.subtask().getId(), l.subtask().getSkill().name(),
                l.subtask().getInstrument().getLanguageCode(), l.subtask().getInstrument().getId(),
                l.entry().absent() ? null : l.entry().score(), l.entry().absent() ? null : l.entry().seconds(),
                l.entry().absent() ? Boolean.TRUE : null,
                l.derived().perMinute() == null ? null : Math.round(l.derived().perMinute() * 10) / 10.0,
                l.entry().absent() ? null : l.derived().zeroScore(),
                l.derived().band() == null ? null : l.derived().band().name())).toList());
    }
}
