package vn.mtbbe.platform.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The REST API for the systems around the product (provincial EMIS, tablet apps, scripts). Its OpenAPI document is
 * served at {@code /openapi}: built by Payara from the resources' annotations and completed by
 * {@link vn.mtbbe.platform.api.openapi.ApiDocumentFilter}.
 */
@ApplicationPath("api")
@DeclareRoles({"admin", "ministry", "officer", "delegation"})
@OpenAPIDefinition(
        info = @Info(title = "MTBBE pilot manager API", version = "1",
                description = "Schools, classes, pupils and outcomes of mother-tongue-based bilingual education pilots. "
                        + "HTTP Basic with the accounts and roles of the web pages; a record outside the caller's "
                        + "provinces is a 404. JSON in and out, dates ISO-8601; a property without a value is sent as "
                        + "null. Lists are paged (page from 0, size up to 500). Changes of records that can clash carry "
                        + "an ETag and take it back as If-Match (412 when stale). Errors are application/problem+json "
                        + "(RFC 9457); titles and messages follow Accept-Language (vi, en, zh, ms, km)."),
        security = @SecurityRequirement(name = "basic"),
        tags = {
                @Tag(name = "registry", description = "Provinces, districts, schools, school years, classes and pupils; "
                        + "class lists imported from spreadsheets"),
                @Tag(name = "programmes", description = "Programmes and their transition schedules (the language of "
                        + "each subject at each stage), and planned against actual instruction per class"),
                @Tag(name = "cohorts", description = "Cohorts and their flow year by year, the year-end rollover and "
                        + "departures during the year"),
                @Tag(name = "calendars", description = "School calendars per province and school year: school days, "
                        + "national and provincial holidays, make-up days"),
                @Tag(name = "attendance", description = "Attendance by class-day and class-month, imports, reporting "
                        + "completeness and early warning"),
                @Tag(name = "achievement", description = "Assessment instruments and sittings, a class's results, "
                        + "imports, and a pupil's learning profile"),
                @Tag(name = "reports", description = "Aggregate reports (attendance, achievement, flow, dashboard, "
                        + "delegation report) and share links; for delegation guests small cells are suppressed"),
                @Tag(name = "accounts", description = "Accounts, roles and province assignments (administrators), and "
                        + "the caller's own password"),
                @Tag(name = "audit", description = "The audit log (administrators, ministry staff)"),
                @Tag(name = "health", description = "Liveness and readiness for load balancers and monitors, without "
                        + "sign-in")
        })
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The accounts of the web pages; an account whose password someone else set gets 403 until its "
                + "user changes it (PUT /api/account/password)")
public class RestApplication extends Application {
}
