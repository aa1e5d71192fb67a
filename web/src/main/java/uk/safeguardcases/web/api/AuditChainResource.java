package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.safeguardcases.application.chaincheck.AuditChainChecks;
import uk.safeguardcases.application.audit.ChainCheckView;

/**
 * The board's audit chain, for its administrator: the last check (nightly or asked for) and what it found, and a
 * check run now. Always the caller's own board.
 */
@Path("/board/audit-chain")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class AuditChainResource {

    @Inject
    private AuditChainChecks checks;

    @GET
    public ChainCheckView latest() {
        return checks.latest();
    }

    @POST
    public ChainCheckView checkNow() {
        return checks.checkNow();
    }
}
