package vn.mtbbe.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.health.HealthChecks;

/**
 * Health for load balancers and monitors, without sign-in: {@code /api/health} is the liveness answer (the
 * application runs and its database answers), {@code /api/health/ready} the readiness answer (and its start,
 * migrations and demo data, is done). MicroProfile Health gives the same at {@code /health/live} and
 * {@code /health/ready}. In the OpenAPI document both are public: an empty security requirement.
 */
@Path("health")
@RequestScoped
@Tag(name = "health")
public class HealthResource {

    /** The answer, up or down. */
    @Schema(name = "Health", description = "UP or DOWN", example = "{\"status\": \"UP\"}")
    public record Status(String status) {
    }

    @Inject
    HealthChecks checks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getHealth", summary = "Liveness: 200 when the application runs and its database answers")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "The application and its database are up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    @APIResponse(responseCode = "503", description = "The database does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    public Response health() {
        return answer(checks.databaseAnswers());
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReadiness", summary = "Readiness: 200 once the instance has started (migrations and "
            + "demo data done) and its database answers")
    @SecurityRequirementsSet
    @APIResponse(responseCode = "200", description = "Ready for work",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    @APIResponse(responseCode = "503", description = "Still starting, or the database does not answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Status.class)))
    public Response ready() {
        return answer(checks.isReady());
    }

    private static Response answer(boolean up) {
        return Response.status(up ? 200 : 503).entity(new Status(up ? "UP" : "DOWN")).build();
    }
}
