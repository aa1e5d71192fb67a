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
 * Described by {@link ReporterMessagesApiDescription}.
 */
@Path("/public-reports")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReporterMessagesApi {

    @Inject
    private ReportsForOfficers reports;

    @GET
    @Path("/{caseReference}")
    public ReportForOfficers report(@PathParam("caseReference") String reference) {
        return reports.ofCase(reference).orElseThrow(() -> new NotFoundException("No case " + reference
                + " raised by someone outside the board."));
    }

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
