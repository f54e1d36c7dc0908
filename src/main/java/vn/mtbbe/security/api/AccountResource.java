package vn.mtbbe.security.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.platform.api.IfMatch;
import vn.mtbbe.platform.api.Page;
import vn.mtbbe.platform.api.PageRequest;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.security.AccountDirectory;
import vn.mtbbe.security.AppUser;
import vn.mtbbe.security.Role;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code /api/accounts}: the accounts, for administrators only (everyone else 403). Creating an account or resetting
 * its password answers the password made for it once; the user must change it at the first sign-in.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "accounts")
public class AccountResource {

    /** An account as the API shows it: never its password or hash. */
    @Schema(name = "Account", description = "An account: role ADMIN, MINISTRY, OFFICER or DELEGATION; provinces an "
            + "officer's; expiresOn the last day of a guest's account", example = """
            {"username": "officer.laocai", "displayName": "Vàng Seo Phủ", "role": "OFFICER",
             "provinces": ["10"], "expiresOn": null, "locale": "vi", "enabled": true, "locked": false,
             "passwordChangeRequired": false}""")
    public record AccountView(String username, String displayName, String role, List<String> provinces,
                              LocalDate expiresOn, String locale, boolean enabled, boolean locked,
                              boolean passwordChangeRequired) {
    }

    /** A new account, or one whose password was reset, with the password made for it (shown this once). */
    @Schema(name = "AccountWithPassword", description = "An account and the password made for it, shown this once")
    public record AccountWithPassword(AccountView account, String password) {
    }

    @Inject
    AccountDirectory directory;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "listAccounts", summary = "Accounts, by name (administrators)")
    @APIResponse(responseCode = "200", description = "A page of accounts")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Page<AccountView> list(@QueryParam("q") @Parameter(description = "part of the username or display name") String q,
                                  @QueryParam("role") @Parameter(description = "ADMIN, MINISTRY, OFFICER or DELEGATION") String role,
                                  @QueryParam("province") @Parameter(description = "officers of this province") String province,
                                  @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        Role r = null;
        if (role != null && !role.isBlank()) {
            try {
                r = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw AppException.badRequest("error.badRequest.parameter", "role");
            }
        }
        return directory.list(new AccountDirectory.Filter(q, r, province), PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "getAccount", summary = "One account, with its ETag")
    @APIResponse(responseCode = "200", description = "The account, with an ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account")
    public Response get(@PathParam("username") String username) {
        AppUser account = directory.get(username);
        return Response.ok(view(account)).tag(tag(account)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account; the answer carries its first password, once")
    @APIResponse(responseCode = "201", description = "Created; Location names it; the password must be changed at the "
            + "first sign-in",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountWithPassword.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    public Response create(AccountDirectory.AccountInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        AccountDirectory.Created created = directory.create(input);
        AppUser account = created.account();
        return Response.created(uri.getAbsolutePathBuilder().path(account.getUsername()).build())
                .tag(tag(account)).entity(new AccountWithPassword(view(account), created.password())).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAccount", summary = "Change an account (name, role, provinces, expiry, language, "
            + "enabled); its sessions end at once")
    @APIResponse(responseCode = "200", description = "The account as saved, with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "412", description = "The account changed since the ETag sent; nothing saved")
    @APIResponse(responseCode = "422", description = "Invalid fields, each listed in errors[]")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response update(@PathParam("username") String username, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AccountDirectory.AccountInput input) {
        long version = IfMatch.version(ifMatch);
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        AppUser account = directory.update(username, input, version);
        return Response.ok(view(account)).tag(tag(account)).build();
    }

    @POST
    @Path("{username}/unlock")
    @Operation(operationId = "unlockAccount", summary = "End a lock after failed sign-ins")
    @APIResponse(responseCode = "204", description = "Unlocked (or was not locked)")
    public Response unlock(@PathParam("username") String username) {
        directory.unlock(username);
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(operationId = "resetAccountPassword", summary = "Make a new password for the account, answered once; the "
            + "user must change it at the next sign-in, and the account's sessions end")
    @APIResponse(responseCode = "200", description = "The account and its new password")
    public AccountWithPassword resetPassword(@PathParam("username") String username) {
        String password = directory.resetPassword(username);
        return new AccountWithPassword(view(directory.get(username)), password);
    }

    private AccountView view(AppUser u) {
        return new AccountView(u.getUsername(), u.getDisplayName(), u.getRole().name(), List.copyOf(new TreeSet<>(u.getProvinces())),
                directory.lastDay(u.getExpiresAt()), u.getLocale(), u.isEnabled(), directory.isLocked(u),
                u.isPasswordChangeRequired());
    }

    private static EntityTag tag(AppUser account) {
        return new EntityTag(String.valueOf(account.getVersion()));
    }
}
