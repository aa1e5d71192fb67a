package uk.safeguardcases.web.official;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
 * {@link OfficialAccountsApiSchemas}.
 */
@Tag(name = "Official accounts",
        description = "The board's official social media accounts and its people's accreditations, for its officers "
        + "and senior managers.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
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

    @Operation(operationId = "listOfficialAccounts",
            summary = "The board's register of official accounts, each with its accredited users.",
            description = "Every official account the board runs, with who set it up, who checked its picture "
                    + "and registered it, and each person listed on it in a designated role, with their "
                    + "accreditation's dates and whether they are suspended. Officers and senior managers only.")
    @APIResponse(responseCode = "200", description = "The register.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficialAccountsApiSchemas.OfficialAccounts.class),
            examples = @ExampleObject(name = "the board's account", value = OfficialAccountsApiSchemas.OFFICIAL_ACCOUNTS_EXAMPLE)))
    @GET
    public Accounts accounts() {
        return new Accounts(register.register());
    }

    @Operation(operationId = "getOfficialAccount", summary = "One official account of the board.",
            description = "One account of the register, by its id as the register gives it. Another board's "
                    + "account, or an id that names none, is 404.")
    @Parameter(name = "accountId", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.INTEGER,
            minimum = "1"))
    @APIResponse(responseCode = "200", description = "The account.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficialAccountsApiSchemas.OfficialAccount.class),
            examples = @ExampleObject(name = "the board's account", value = OfficialAccountsApiSchemas.OFFICIAL_ACCOUNT_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
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

    @Operation(operationId = "listAccreditations",
            summary = "The board's accreditations of authorised users, soonest to expire first.",
            description = "Each person certified to use the board's official accounts: when they trained and "
                    + "passed, when it expires (three years after passing), whether it has expired, the "
                    + "reminders sent before it does, and how many times it was renewed. Officers and senior "
                    + "managers only.")
    @APIResponse(responseCode = "200", description = "The accreditations.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OfficialAccountsApiSchemas.Accreditations.class),
            examples = @ExampleObject(name = "one accreditation", value = OfficialAccountsApiSchemas.ACCREDITATIONS_EXAMPLE)))
    @GET
    @Path("/accreditations")
    public AccreditationList accreditations() {
        return new AccreditationList(accreditations.accreditations());
    }
}
