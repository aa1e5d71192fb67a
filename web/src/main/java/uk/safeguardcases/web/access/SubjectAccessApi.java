package uk.safeguardcases.web.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.access.SubjectAccessDetail;
import uk.safeguardcases.application.access.SubjectAccessRequests;
import uk.safeguardcases.application.access.SubjectAccessSummary;
import uk.safeguardcases.domain.deadline.DeadlineState;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.ApiWords;
import uk.safeguardcases.web.api.Problem;
import uk.safeguardcases.web.api.QueryNumbers;

/**
 * The board's subject access requests through the API, for its officers and senior managers (the service refuses
 * anyone else): the list as its page shows it, a page at a time and by state, and one request's dates and state (its
 * due date as extended or paused). Read only: recording, extending and answering stay on the pages, with their
 * check steps. The state in words, Welsh or English as {@code Accept-Language} asks. Described by
 * {@link SubjectAccessApiSchemas}.
 */
@Tag(name = "Subject access",
        description = "Subject access requests (UK GDPR Article 15), for the board's officers and senior "
        + "managers.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/subject-access-requests")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class SubjectAccessApi {

    static final int LARGEST_PAGE = 100;

    @Inject
    private SubjectAccessRequests requests;

    /** One request in the list; {@code state} is {@code PAUSED} while its clock is paused. */
    public record Line(String reference, String subjectName, String requestedBy, LocalDate receivedOn,
            LocalDate answerDue, boolean extended, String state, String stateText, LocalDate pausedOn,
            String answeredAt) {
    }

    public record Page(List<Line> rows, int total, int first, int pageSize) {
    }

    /** One request's dates and state. */
    public record Request(String reference, String subjectName, String requestedBy, LocalDate receivedOn,
            LocalDate firstDue, LocalDate extendedTo, String extensionReason, LocalDate answerDue,
            LocalDate firstMonthEnds, String state, String stateText, LocalDate pausedOn, String pausedFor,
            int pausedDays, String answeredAt, String erasedAt) {
    }

    @Operation(operationId = "listSubjectAccessRequests",
            summary = "The board's subject access requests, unanswered first (soonest due first), a page at a "
            + "time.",
            description = "The list of the subject access page as data, for the board's officers and senior "
                    + "managers: each request's person, who asked, when it was received, the date it must be "
                    + "answered by (as extended or moved by a pause) and its state, in words in Welsh or English "
                    + "as Accept-Language asks. Read only: recording, extending and answering a request stay on "
                    + "its page, with their check steps.")
    @Parameter(name = "first", in = ParameterIn.QUERY, description = "The first row (0 for the first page).",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, description = "Rows in the page, 1 to 100.",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "25", minimum = "1", maximum = "100"))
    @Parameter(name = "state", in = ParameterIn.QUERY, description = "Only the requests in this state.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"ON_TIME", "DUE_SOON", "OVERDUE", "MET",
            "PAUSED"}, description = "MET once answered; PAUSED while its clock is paused (UK GDPR Article 12A)."))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the state in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubjectAccessApiSchemas.SubjectAccessPage.class),
            examples = @ExampleObject(name = "one request due soon", value = SubjectAccessApiSchemas.SUBJECT_ACCESS_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @GET
    public Page list(@QueryParam("first") @DefaultValue("0") String first,
            @QueryParam("size") @DefaultValue("25") String size, @QueryParam("state") String state,
            @Context HttpHeaders headers) {
        int from = QueryNumbers.number("first", first, 0, Integer.MAX_VALUE);
        int most = QueryNumbers.number("size", size, 1, LARGEST_PAGE);
        String wanted = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        if (wanted != null && !wanted.equals("PAUSED") && !isState(wanted)) {
            throw new InvalidInputException(Map.of("state", "State is one of ON_TIME, DUE_SOON, OVERDUE, MET or"
                    + " PAUSED."));
        }
        Locale language = AcceptLanguage.of(headers);
        List<Line> all = requests.list().stream().map(r -> line(r, language))
                .filter(l -> wanted == null || l.state().equals(wanted)).toList();
        int to = (int) Math.min(all.size(), (long) from + most);
        List<Line> rows = from >= all.size() ? List.of() : all.subList(from, to);
        return new Page(rows, all.size(), from, most);
    }

    @Operation(operationId = "getSubjectAccessRequest", summary = "One subject access request's dates and state.",
            description = "When it was received, its first due date, any extension and why, the date it must be "
                    + "answered by now, the end of its first month (moved by pauses), any pause and what the "
                    + "board waits for, and when it was answered and its answer erased. Another board's "
                    + "reference is 404.")
    @Parameter(name = "requestReference", in = ParameterIn.PATH, required = true, example = "CHSCB-SAR-2026-0004",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the state in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The request.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SubjectAccessApiSchemas.SubjectAccessRequest.class),
            examples = @ExampleObject(name = "a request paused", value = SubjectAccessApiSchemas.SUBJECT_ACCESS_REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{requestReference}")
    public Request one(@PathParam("requestReference") String reference, @Context HttpHeaders headers) {
        SubjectAccessDetail d = requests.detail(reference);
        String state = d.paused() ? "PAUSED" : d.state().name();
        return new Request(d.reference(), d.subjectName(), d.requestedBy(), d.receivedOn(), d.firstDue(),
                d.extendedTo(), d.extensionReason(), d.answerDue(), d.firstMonthEnds(), state,
                words(AcceptLanguage.of(headers), state), d.pausedOn(),
                d.pausedFor() == null ? null : d.pausedFor().name(), d.pausedDays(),
                d.answeredAt() == null ? null : d.answeredAt().toString(),
                d.erasedAt() == null ? null : d.erasedAt().toString());
    }

    private static Line line(SubjectAccessSummary r, Locale language) {
        String state = r.pausedOn() != null ? "PAUSED" : r.state().name();
        return new Line(r.reference(), r.subjectName(), r.requestedBy(), r.receivedOn(), r.answerDue(), r.extended(),
                state, words(language, state), r.pausedOn(), r.answeredAt() == null ? null : r.answeredAt().toString());
    }

    private static String words(Locale language, String state) {
        return ApiWords.text("officer", language, "sar.state." + state);
    }

    private static boolean isState(String name) {
        for (DeadlineState state : DeadlineState.values()) {
            if (state.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
