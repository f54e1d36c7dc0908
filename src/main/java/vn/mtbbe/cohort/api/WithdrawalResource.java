package vn.mtbbe.cohort.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.mtbbe.cohort.service.RolloverService;
import vn.mtbbe.platform.error.AppException;
import vn.mtbbe.registry.domain.Enrolment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Path("pupils/{code}/withdrawal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cohorts")
public class WithdrawalResource {

    @Schema(name = "WithdrawalInput", description = "outcome DROPPED_OUT or TRANSFERRED; date (ISO-8601) the day it "
            + "happened; transferSchool the code of the school a transferred pupil goes to, if known (any province)")
    public record WithdrawalInput(String outcome, String date, String transferSchool) {
    }

    @Schema(name = "Withdrawal")
    public record WithdrawalView(String pupil, String outcome, LocalDate date, String transferSchool) {
    }

    @Inject
    RolloverService rollover;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawPupil", summary = "A pupil leaves during the year (officers of the province): "
            + "DROPPED_OUT or TRANSFERRED (optionally to a school), with the date")
    @APIResponse(responseCode = "200", description = "How the pupil's enrolment ended")
    @APIResponse(responseCode = "404", description = "Unknown pupil, or outside the caller's provinces")
    @APIResponse(responseCode = "422", description = "An unknown outcome, a pupil not enrolled, a date missing, before "
            + "the enrolment or in the future, an unknown school; nothing written")
    public WithdrawalView withdraw(@PathParam("code") String pupil, WithdrawalInput input) {
        if (input == null) {
            throw AppException.badRequest("error.badRequest.body");
        }
        LocalDate date;
        try {
            date = input.date() == null ? null : LocalDate.parse(input.date());
        } catch (DateTimeParseException e) {
            date = null;
        }
        Enrolment e = rollover.withdraw(pupil, input.outcome(), date, input.transferSchool());
        return new WithdrawalView(pupil, e.getOutcome().name(), e.getOutcomeDate(),
                e.getTransferSchool() == null ? null : e.getTransferSchool().getCode());
    }

}
