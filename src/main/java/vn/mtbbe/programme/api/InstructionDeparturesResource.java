package vn.mtbbe.programme.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.programme.service.InstructionService;

import java.util.List;

@Path("reports/instruction-departures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "programmes")
public class InstructionDeparturesResource {

    @Inject
    InstructionService instruction;

    @GET
    @Operation(operationId = "listInstructionDepartures", summary = "Classes of a school year whose recorded language "
            + "of instruction departs from the plan (officers: own provinces; ministry)")
    @APIResponse(responseCode = "200", description = "The classes with their plans")
    @APIResponse(responseCode = "400", description = "No year")
    public List<InstructionResource.PlanView> departures(@QueryParam("year") String year, @QueryParam("province") String province) {
        if (year == null || year.isBlank()) {
            throw AppException.badRequest("error.badRequest.parameter", "year");
        }
        return instruction.departures(year.strip(), province == null || province.isBlank() ? null : province.strip())
                .stream().map(InstructionResource.PlanView::of).toList();
    }

}
