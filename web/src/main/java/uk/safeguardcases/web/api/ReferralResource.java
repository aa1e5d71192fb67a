package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.ReferralSummary;
import uk.safeguardcases.domain.referral.HrOutcome;

/**
 * An HR system's view of the disciplinary referrals to its own organisation: list them, acknowledge one,
 * record the outcome. A referral to another organisation, or of another board, is "not found".
 */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
public class ReferralResource {

    @Inject
    private ReferralService referrals;

    @GET
    public List<ReferralSummary> list(@QueryParam("show") @DefaultValue("all") String show) {
        ReferralService.Show which = Arrays.stream(ReferralService.Show.values())
                .filter(s -> s.name().equalsIgnoreCase(show)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("show", "Show is one of open, closed or all.")));
        return referrals.inbox(which);
    }

    @POST
    @Path("/{reference}/acknowledgement")
    public Response acknowledge(@PathParam("reference") String reference) {
        referrals.acknowledge(reference);
        return Response.noContent().build();
    }

    @POST
    @Path("/{reference}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOutcome(@PathParam("reference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        String outcomeName = body.text("outcome");
        String decidedOnText = body.text("decidedOn");
        String note = body.text("note");
        body.checkTypes();
        Map<String, String> problems = new LinkedHashMap<>();
        HrOutcome outcome = null;
        if (outcomeName != null) {
            outcome = Arrays.stream(HrOutcome.values()).filter(o -> o.name().equalsIgnoreCase(outcomeName.strip()))
                    .findFirst().orElse(null);
            if (outcome == null) {
                problems.put("outcome", "The outcome must be one of "
                        + Arrays.stream(HrOutcome.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        LocalDate decidedOn = null;
        if (decidedOnText != null) {
            try {
                decidedOn = LocalDate.parse(decidedOnText.strip());
            } catch (DateTimeParseException e) {
                problems.put("decidedOn", "Give the date as year-month-day, like 2026-03-01.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        referrals.recordOutcome(reference, outcome, decidedOn, note);
        return Response.noContent().build();
    }
}
