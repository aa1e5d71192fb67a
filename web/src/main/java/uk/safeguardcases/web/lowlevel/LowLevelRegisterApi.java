package uk.safeguardcases.web.lowlevel;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
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
import uk.safeguardcases.application.lowlevel.ConcernLine;
import uk.safeguardcases.application.lowlevel.LowLevelRegister;
import uk.safeguardcases.application.lowlevel.RegisterEntry;
import uk.safeguardcases.web.api.Problem;
import uk.safeguardcases.web.api.QueryNumbers;

/**
 * The board's low-level concerns register through the API, for its officers and senior managers (the service refuses
 * anyone else): each member's entry (their low-level concerns and cases in the board's window against its threshold,
 * whether an alert waits for a review) and the concerns, all or one member's, as the register's page shows them. Each
 * read is recorded as the page's is. Read only: recording, moving and reviewing stay on the pages. Described by
 * {@link LowLevelRegisterApiSchemas}.
 */
@Tag(name = "Low-level concerns",
        description = "The board's register of low-level concerns, for its officers and senior managers.")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "400", ref = "Problem400")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/low-level-concerns")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LowLevelRegisterApi {

    @Inject
    private LowLevelRegister register;

    /** One member's entry. */
    public record Entry(long memberId, String member, String organisation, int lowLevelInWindow, int casesInWindow,
            int together, int threshold, boolean thresholdReached, int lowLevelAll, LocalDate lastOccurred,
            Instant lastReviewed, boolean alerted) {
    }

    /** One low-level concern. */
    public record Concern(long id, long memberId, String member, LocalDate occurredOn, String summary,
            String caseReference, String recordedBy, Instant recordedAt, Instant movedAt, String moveReason) {
    }

    public record Register(List<Entry> entries, List<Concern> concerns) {
    }

    @Operation(operationId = "getLowLevelRegister",
            summary = "The board's low-level concerns register: each member's entry and the concerns.",
            description = "Each member with a low-level concern or an alert: their low-level concerns and cases "
                    + "in the board's window against its threshold, when they were last reviewed and whether an "
                    + "alert waits; and the concerns, newest first, of every member or of one (member). Each "
                    + "read is recorded on the board's read log, as the register page's is. Officers and senior "
                    + "managers only.")
    @Parameter(name = "member", in = ParameterIn.QUERY,
            description = "One member's entry and concerns, by the member's id as the register gives it.",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1"))
    @APIResponse(responseCode = "200", description = "The register.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = LowLevelRegisterApiSchemas.LowLevelRegister.class),
            examples = @ExampleObject(name = "one member's entry", value = LowLevelRegisterApiSchemas.LOW_LEVEL_REGISTER_EXAMPLE)))
    @GET
    public Register read(@QueryParam("member") String member) {
        Long memberId = member == null || member.isBlank() ? null
                : (long) QueryNumbers.number("member", member, 1, Integer.MAX_VALUE);
        List<Entry> entries = register.register().stream()
                .filter(e -> memberId == null || e.personId() == memberId).map(LowLevelRegisterApi::entry).toList();
        List<Concern> concerns = register.concerns(memberId).stream().map(LowLevelRegisterApi::concern).toList();
        return new Register(entries, concerns);
    }

    private static Entry entry(RegisterEntry e) {
        return new Entry(e.personId(), e.name(), e.organisation(), e.lowLevelInWindow(), e.casesInWindow(),
                e.together(), e.threshold(), e.reached(), e.lowLevelAll(), e.lastOccurred(), e.lastReviewed(),
                e.alerted());
    }

    private static Concern concern(ConcernLine c) {
        return new Concern(c.id(), c.personId(), c.member(), c.occurredOn(), c.summary(), c.caseReference(),
                c.recordedBy(), c.recordedAt(), c.movedAt(), c.moveReason());
    }
}
