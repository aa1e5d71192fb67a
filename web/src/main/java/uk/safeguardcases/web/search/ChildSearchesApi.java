package uk.safeguardcases.web.search;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.application.search.SearchLogView;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchStatus;
import uk.safeguardcases.web.api.Problem;

/**
 * Online searches about a child through the API, for the board's officers and senior managers (the service refuses
 * anyone else): the register of searches, each with its authorisation (who, why, which platforms, what scope, until
 * when) or refusal, its use and its outcome, filtered as the register's page filters it; one search; and its log,
 * every search made under it in order. Read only: requests, authorisations and logging stay on the pages, with their
 * check steps. Described by {@link ChildSearchesApiDescription}.
 */
@Path("/child-searches")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ChildSearchesApi {

    @Inject
    private SearchRegister register;

    public record Searches(List<ChildSearchView> searches) {
    }

    public record Log(String reference, List<SearchLogView> entries) {
    }

    @GET
    public Searches list(@QueryParam("status") String status, @QueryParam("platform") String platform,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        RegisterFilter filter = new RegisterFilter(choice("status", status, ChildSearchStatus.class),
                choice("platform", platform, Platform.class), day("from", from), day("to", to));
        return new Searches(register.register(filter));
    }

    @GET
    @Path("/{searchReference}")
    public ChildSearchView one(@PathParam("searchReference") String reference) {
        return register.search(reference);
    }

    @GET
    @Path("/{searchReference}/log")
    public Log log(@PathParam("searchReference") String reference) {
        return new Log(reference, register.log(reference));
    }

    private static <E extends Enum<E>> E choice(String field, String given, Class<E> type) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Map.of(field, field.substring(0, 1).toUpperCase(Locale.ROOT)
                    + field.substring(1) + " is one of " + List.of(type.getEnumConstants()) + "."));
        }
    }

    private static LocalDate day(String field, String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(given.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Map.of(field, "Write the day as 2026-04-01."));
        }
    }
}
