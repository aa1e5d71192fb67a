package uk.safeguardcases.web.publicconcern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.application.publicconcern.ReportForOfficers;
import uk.safeguardcases.application.publicconcern.ReportsForOfficers;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.api.JsonBody;
import uk.safeguardcases.web.api.Problem;

/**
 * The report behind a case raised by someone outside the board, through the API: for the board's officers and senior
 * managers, the reporter (if they said who they are), whether their e-mail address is confirmed, and the messages
 * between them and the board; for its officers, a message to the reporter, shown on their follow-up page (a reporter
 * with a confirmed address is told by e-mail only that a message waits). The services check roles and the board.
 * Described by {@link PublicReportsApiSchemas}.
 */
@Tag(name = "Reports from outside the board",
        description = "Concerns raised by members of the public and others outside the board, and the messages "
        + "between them and the board's officers.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@APIResponse(responseCode = "404", ref = "Problem404")
@Path("/public-reports")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReporterMessagesApi {

    @Inject
    private ReportsForOfficers reports;

    @Operation(operationId = "getPublicReport",
            summary = "The report behind a case raised from outside the board, with its messages.",
            description = "Who reported it, if they said, how they relate to the member, whether their e-mail "
                    + "address is confirmed, whether the outcome is shared with them, and the messages between "
                    + "them and the board, oldest first. Officers and senior managers; a case not raised so, or "
                    + "another board's, is 404.")
    @Parameter(name = "caseReference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The report.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PublicReportsApiSchemas.PublicReport.class),
            examples = @ExampleObject(name = "a report from a parent", value = PublicReportsApiSchemas.PUBLIC_REPORT_EXAMPLE)))
    @GET
    @Path("/{caseReference}")
    public ReportForOfficers report(@PathParam("caseReference") String reference) {
        return reports.ofCase(reference).orElseThrow(() -> new NotFoundException("No case " + reference
                + " raised by someone outside the board."));
    }

    @Operation(operationId = "messageReporter", summary = "Write to the person who raised the concern.",
            description = "The message is shown on the reporter's follow-up page (opened with their receipt "
                    + "code); a reporter with a confirmed e-mail address is told only that a message waits, with "
                    + "nothing of the case. Recorded on the case's timeline by its length. Officers only; a "
                    + "message is at most 4000 characters.")
    @Parameter(name = "caseReference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = PublicReportsApiSchemas.ReporterMessage.class),
            examples = @ExampleObject(name = "a reply to the reporter", value = PublicReportsApiSchemas.REPORTER_MESSAGE_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Sent.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{caseReference}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response message(@PathParam("caseReference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        String words = body.text("message");
        body.check();
        reports.message(reference, words);
        return Response.noContent().build();
    }
}
