package vn.mtbbe.cohort.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.cohort.domain.Cohort;
import vn.mtbbe.cohort.domain.CohortFlow;
import vn.mtbbe.cohort.service.CohortService;
import vn.mtbbe.platform.error.AppException;

import java.util.List;

@Path("cohorts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts")
public class CohortResource {

    public record CohortView(String id, String schoolCode, int startYear, String programmeId, String entryStage) {
        static CohortView of(Cohort c) {
            return new CohortView(String.valueOf(c.getId()), c.getSchool().getCode(), c.getStartYear(),
                    c.getProgramme() == null ? null : String.valueOf(c.getProgramme().getId()), c.getEntryStage().name());
        }
    }

    public record YearView(String schoolYear, String stage, int enrolled, int promoted, int repeated, int transferred,
                           int droppedOut, int completed) {
        static YearView of(CohortFlow.Year y) {
            return new YearView(y.schoolYear(), y.stage() == null ? null : y.stage().name(), y.enrolled(), y.promoted(),
                    y.repeated(), y.transferred(), y.droppedOut(), y.completed());
        }
    }

    public record FlowView(List<YearView> years) {
    }

    @Inject
    CohortService cohorts;

    @GET
    @Operation(summary = "Cohorts the caller may see, optionally of one school")
    @APIResponse(responseCode = "200", description = "[{\"id\",\"schoolCode\",\"startYear\",\"programmeId\"}]")
    @APIResponse(responseCode = "404", description = "The school is unknown or outside the caller's provinces")
    public List<CohortView> list(@QueryParam("school") String school) {
        return cohorts.list(school).stream().map(CohortView::of).toList();
    }

    @GET
    @Path("{id}/flow")
    @Operation(summary = "The cohort's flow year by year: enrolled, promoted, repeated, transferred, dropped out, completed")
    @APIResponse(responseCode = "200", description = "{\"years\":[...]}")
    @APIResponse(responseCode = "404", description = "Unknown, or outside the caller's provinces")
    public FlowView flow(@PathParam("id") String id) {
        long cohortId;
        try {
            cohortId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw AppException.notFound("error.notFound.cohort", id);
        }
        return new FlowView(cohorts.flow(cohortId).stream().map(YearView::of).toList());
    }
}
