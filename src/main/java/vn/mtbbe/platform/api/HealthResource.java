package vn.mtbbe.platform.api;

import jakarta.annotation.Resource;
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
import vn.mtbbe.platform.db.DatabaseStartup;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

@Path("health")
@RequestScoped
@Tag(name = "health")
public class HealthResource {

    @Resource(lookup = DatabaseStartup.DATA_SOURCE)
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "200 when the database answers; for load balancers")
    @SecurityRequirement(name = "none")
    @APIResponse(responseCode = "200", description = "The application and its database are up")
    @APIResponse(responseCode = "503", description = "The database does not answer")
    public Response health() {
        boolean up;
        try (Connection connection = dataSource.getConnection()) {
            up = connection.isValid(2);
        } catch (SQLException e) {
            up = false;
        }
        String body = Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").build().toString();
        return Response.status(up ? 200 : 503).entity(body).build();
    }
}
