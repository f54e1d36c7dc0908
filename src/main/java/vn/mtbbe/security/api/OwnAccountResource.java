package vn.mtbbe.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.security.AccountService;
import vn.mtbbe.security.CurrentUser;

/** {@code /api/account}: the caller's own account. */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class OwnAccountResource {

    /** The current password and the new one. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password (the current one required; "
            + "at least 12 characters, not a common password); the account's other sessions end")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "422", description = "Wrong current password, or the new one breaks a rule")
    public Response changePassword(PasswordChange change) {
        if (change == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        String username = currentUser.account().getUsername();
        accounts.changeOwnPassword(username, chars(change.currentPassword()), chars(change.newPassword()));
        return Response.noContent().build();
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }
}
