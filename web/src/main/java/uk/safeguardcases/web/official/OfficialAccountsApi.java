package uk.safeguardcases.web.official;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.safeguardcases.application.official.AccountRegister;
import uk.safeguardcases.application.official.AccreditationView;
import uk.safeguardcases.application.official.Accreditations;
import uk.safeguardcases.application.official.OfficialAccountView;
import uk.safeguardcases.web.api.Problem;

/**
 * The board's official accounts and its people's accreditations through the API, for its officers and senior managers
 * (the services refuse anyone else): the register with each account's accredited users and whether each is
 * authorised now, one account, and the accreditations, soonest to expire first (renewed every three years). Read only:
 * requests, decisions and listings stay on the pages with their check steps. Described by
 * {@link OfficialAccountsApiDescription}.
 */
@Path("/official-accounts")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class OfficialAccountsApi {

    @Inject
    private AccountRegister register;

    @Inject
    private Accreditations accreditations;

    public record Accounts(List<OfficialAccountView> accounts) {
    }

    public record AccreditationList(List<AccreditationView> accreditations) {
    }

    @GET
    public Accounts accounts() {
        return new Accounts(register.register());
    }

    @GET
    @Path("/{accountId}")
    public OfficialAccountView account(@PathParam("accountId") String accountId) {
        // An id that is not a number names no account: the service still checks the caller first (a monitoring
        // tool's key is refused, 403, whatever the id), then finds none (404).
        long id;
        try {
            id = Long.parseLong(accountId.strip());
        } catch (NumberFormatException e) {
            id = 0;
        }
        return register.account(id);
    }

    @GET
    @Path("/accreditations")
    public AccreditationList accreditations() {
        return new AccreditationList(accreditations.accreditations());
    }
}
