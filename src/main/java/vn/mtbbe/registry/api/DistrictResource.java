package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.registry.domain.District;
import vn.mtbbe.registry.service.SchoolService;

import java.util.List;

/**
 * {@code /api/districts}: the districts of a province. A district is created with the first school named in it
 * ({@code POST /api/schools}); ministry staff rename one here.
 */
@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class DistrictResource {

    /** A district. */
    @Schema(name = "District")
    public record DistrictView(String code, String provinceCode, String name) {
        static DistrictView of(District d) {
            return new DistrictView(d.getCode(), d.getProvinceCode(), d.getName());
        }
    }

    /** A district's new name. */
    @Schema(name = "DistrictName")
    public record DistrictName(String name) {
    }

    @Inject
    SchoolService schools;

    @GET
    @Operation(operationId = "listDistricts", summary = "The districts of a province the caller may see, by name")
    @APIResponse(responseCode = "200", description = "The districts")
    @APIResponse(responseCode = "404", description = "The province is unknown or outside the caller's provinces")
    public List<DistrictView> list(@QueryParam("province") String province) {
        return schools.districts(province).stream().map(DistrictView::of).toList();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "renameDistrict", summary = "Rename a district (ministry, admin)")
    @APIResponse(responseCode = "200", description = "The district as saved")
    @APIResponse(responseCode = "409", description = "Another district of the province has the name")
    public DistrictView rename(@PathParam("code") String code, DistrictName input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        return DistrictView.of(schools.renameDistrict(code, input.name()));
    }
}
