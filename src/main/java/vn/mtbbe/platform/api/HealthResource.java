package vn.mtbbe.platform.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.inject.Inject;
import vn.mtbbe.platform.health.HealthChecks;

/**
 * Health for load balancers and monitors, without sign-in: {@code /api/health} is the liveness answer (the
 * application runs and its database answers), {@code /api/health/ready} the readiness answer (and its start,
 * migrations and demo data, is done). MicroProfile Health gives the same at {@code /health/live} and
 * {@code /health/ready}.
 */
@Path("health")
@RequestScoped
@Tag(name = "health")
public class HealthResource {

    @Inject
    HealthChecks checks;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "200 when the database answers; for load balancers")
    @SecurityRequirement(name = "none")
    @APIResponse(responseCode = "200", description = "The application and its database are up")
    @APIResponse(responseCode = "503", description = "The database does not answer")
    public Response health() {
        return answer(checks.databaseAnswers());
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "200 once the instance has started (migrations and demo data done) and its database answers")
    @SecurityRequirement(name = "none")
    @APIResponse(responseCode = "200", description = "Ready for work")
    @APIResponse(responseCode = "503", description = "Still starting, or the database does not answer")
    public Response ready() {
        return answer(checks.isReady());
    }

    private static Response answer(boolean up) {
        String body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").build().toString();
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
