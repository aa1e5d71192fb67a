package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSummary;

/** The signed-in officer's board's cases. Another board's case is "not found", exactly like a missing one. */
@Path("/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    @Inject
    private CaseService cases;

    @GET
    public List<CaseSummary> list() {
        return cases.boardCases();
    }

    @GET
    @Path("/{reference}")
    public CaseSummary one(@PathParam("reference") String reference) {
        return cases.findByReference(reference);
    }
}
