package vn.mtbbe.platform.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for the systems around the product (provincial EMIS, tablet apps, scripts). */
@ApplicationPath("api")
@DeclareRoles({"admin", "ministry", "officer", "delegation"})
@OpenAPIDefinition(
        info = @Info(title = "MTBBE pilot manager API", version = "1",
                description = "Schools, classes, pupils and outcomes of mother-tongue-based bilingual education pilots. "
                        + "Errors are application/problem+json; titles and messages follow Accept-Language."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
