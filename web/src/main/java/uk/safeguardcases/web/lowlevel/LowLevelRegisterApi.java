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
 * {@link LowLevelRegisterApiDescription}.
 */
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
