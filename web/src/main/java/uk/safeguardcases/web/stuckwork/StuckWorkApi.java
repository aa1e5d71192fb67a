package uk.safeguardcases.web.stuckwork;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.stuckwork.StuckItem;
import uk.safeguardcases.application.stuckwork.StuckWork;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.ApiWords;
import uk.safeguardcases.web.api.Problem;

/**
 * The board's stuck work through the API, for its senior managers and administrators (the service refuses anyone
 * else): the same list as the Stuck work page, steps, e-mails and the processes' own (webhook deliveries), each with
 * an id of its kind ({@code step:…}, {@code email:…}, {@code webhook:…}) to try it again or, but for a step, to mark it
 * dealt with another way. Words in Welsh or English as {@code Accept-Language} asks. Described by
 * {@link StuckWorkApiDescription}.
 */
@Path("/stuck-work")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class StuckWorkApi {

    private static final String STEP = "step:";
    private static final String EMAIL = "email:";

    @Inject
    private StuckWork stuckWork;

    /** One line of the list. {@code since} is when it stopped, or, while it is being tried, its next try. */
    public record Line(String id, String kind, boolean stopped, String what, String detail, int attempts,
            String reference, String caseReference, String since, String cause, String error) {
    }

    public record Lines(List<Line> items) {
    }

    @GET
    public Lines list(@Context HttpHeaders headers) {
        Locale language = AcceptLanguage.of(headers);
        return CallerContext.runAs(CallerContext.current().speaking(language),
                () -> new Lines(stuckWork.list().stream().map(item -> line(item, language)).toList()));
    }

    @POST
    @Path("/{id}/retry")
    public Response tryAgain(@PathParam("id") String id) {
        if (id.startsWith(STEP)) {
            stuckWork.tryStepAgain(id.substring(STEP.length()));
        } else if (id.startsWith(EMAIL)) {
            stuckWork.tryEmailAgain(number(id));
        } else {
            stuckWork.tryPartAgain(id);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/dealt-with")
    public Response dealtWith(@PathParam("id") String id) {
        if (id.startsWith(STEP)) {
            throw new InvalidInputException(Map.of("id", "A stopped step cannot be marked dealt with another way:"
                    + " try it again."));
        } else if (id.startsWith(EMAIL)) {
            stuckWork.emailDealtWith(number(id));
        } else {
            stuckWork.partDealtWith(id);
        }
        return Response.noContent().build();
    }

    private static long number(String id) {
        try {
            return Long.parseLong(id.substring(EMAIL.length()));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No stuck work with id " + id);
        }
    }

    private static Line line(StuckItem item, Locale language) {
        String kind = item.isPart() ? item.id().substring(0, Math.max(0, item.id().indexOf(':')))
                : item.isStep() ? "step" : "email";
        String id = item.isPart() ? item.id() : (item.isStep() ? STEP : EMAIL) + item.id();
        String detail = item.isPart() || item.isStep() ? item.processName()
                : words(language, "stuck.audience." + item.audience());
        String cause = item.isPart() ? item.cause() : words(language, "stuck.cause." + item.cause());
        return new Line(id, kind, item.isStopped(), item.name(), detail, item.attempts(), item.reference(),
                item.caseReference(), item.since() == null ? null : item.since().toString(), cause, item.error());
    }

    private static String words(Locale language, String key) {
        return ApiWords.text("officer", language, key);
    }
}
