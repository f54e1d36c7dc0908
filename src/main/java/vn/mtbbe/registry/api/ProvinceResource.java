package vn.mtbbe.registry.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.RequestLocale;
import vn.mtbbe.registry.service.ProvinceService;

import java.util.List;

@Path("provinces")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "registry")
public class ProvinceResource {

    @Inject
    ProvinceService provinces;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(operationId = "listProvinces", summary = "All provinces, named in the caller's language (Accept-Language) "
            + "and sorted by that name")
    @APIResponse(responseCode = "200", description = "The provinces")
    public List<ProvinceService.ProvinceName> list() {
        return provinces.list(RequestLocale.of(headers));
    }
}
