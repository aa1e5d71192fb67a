package uk.safeguardcases.web.transfer;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
import uk.safeguardcases.application.transfer.CaseTransfers;
import uk.safeguardcases.application.transfer.ReceivedCase;
import uk.safeguardcases.application.transfer.ReceivedTransfers;
import uk.safeguardcases.application.transfer.SentTransfer;
import uk.safeguardcases.application.transfer.TransferWords;
import uk.safeguardcases.domain.transfer.ReceivedChange;
import uk.safeguardcases.domain.transfer.ReceivedItem;
import uk.safeguardcases.domain.transfer.ReceivedTransfer;
import uk.safeguardcases.web.api.AcceptLanguage;
import uk.safeguardcases.web.api.Problem;

/**
 * Cases sent to and from other boards through the API (issue 67), for the board's senior managers (the services
 * refuse anyone else): what it received, each as it came (what changed at the sending board since, the files by
 * their names and SHA-256), and what it sent and how each stands. Read only: sending, importing, accepting and
 * declining stay on the pages, with their check steps. Where a transfer stands, in words in Welsh or English as
 * {@code Accept-Language} asks. Another board's transfer is not found, as one that does not exist. Described by
 * {@link TransfersApiSchemas}.
 */
@Tag(name = "Transfers", description = "Cases sent to and received from other boards, for the board's senior "
        + "managers.")
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/transfers")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class TransfersApi {

    @Inject
    private CaseTransfers sending;

    @Inject
    private ReceivedTransfers receiving;

    /** A case another board sent, in the list. */
    public record ReceivedLine(long id, String fromBoard, String fromDeployment, String fromReference,
            String receivedAt, String status, String statusText, String ownReference, boolean changedSince) {
    }

    public record ReceivedList(List<ReceivedLine> rows) {
    }

    /** A case another board sent, as it came. */
    public record Received(long id, String fromBoard, String fromDeployment, String signerSha256, String signedAt,
            String fromReference, String legalBasis, String reason, String subjectName, String organisationName,
            String summary, String outcome, String finding, String findings, int redactedPassages, String status,
            String statusText, String receivedAt, String decidedAt, String decisionReason, String ownReference,
            String erasedAt, List<Allegation> allegations, List<Evidence> evidence, List<File> files,
            List<Change> changes) {
    }

    public record Allegation(String title, String particulars) {
    }

    public record Evidence(String title, String capturedText, String url, String sha256, String capturedAt) {
    }

    public record File(long id, String kind, String title, String fileName, String contentType, long sizeBytes,
            String sha256) {
    }

    public record Change(String kind, String finding, String changedAt) {
    }

    /** A case the board sent, in the list. */
    public record SentLine(long id, String caseReference, String toBoard, boolean asPackage, String legalBasis,
            String status, String statusText, String proposedAt, String sentAt, String decidedAt,
            String receivedReference, String decisionReason) {
    }

    public record SentList(List<SentLine> rows) {
    }

    @Operation(operationId = "listReceivedTransfers", summary = "The cases other boards sent the board, newest first.",
            description = "What the Transfers page lists, as data: from which board (and, for a package imported "
                    + "from another deployment, which), their reference, when it came, where it stands (in words in "
                    + "Welsh or English as Accept-Language asks), the board's own case once accepted, and whether "
                    + "the sending board changed its case since. The 200 newest.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The list.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TransfersApiSchemas.ReceivedTransferList.class),
            examples = @ExampleObject(name = "one accepted", value = TransfersApiSchemas.RECEIVED_LIST_EXAMPLE)))
    @GET
    @Path("/received")
    public ReceivedList received(@Context HttpHeaders headers) {
        Locale language = AcceptLanguage.of(headers);
        return new ReceivedList(receiving.receivedList().stream().map(rc -> {
            ReceivedTransfer r = rc.received();
            return new ReceivedLine(r.id(), rc.fromBoardName(), r.fromDeployment(), r.fromReference(),
                    time(r.receivedAt()), r.status().name(), words(language, "ReceivedStatus." + r.status().name()),
                    rc.ownReference(), !r.changes().isEmpty());
        }).toList());
    }

    @Operation(operationId = "getReceivedTransfer", summary = "A case another board sent, as it came.",
            description = "Read-only, as the sending board sent it (its redactions applied; never who raised the "
                    + "concern): the person, their organisation, the summary, the outcome and findings, the "
                    + "allegations and evidence items, the files by their names and SHA-256 (their bytes are "
                    + "downloaded from the page), and what the sending board changed since. Once declined or "
                    + "removed with the sending board's record, only the fact. Another board's is 404.")
    @Parameter(name = "transferId", in = ParameterIn.PATH, required = true, example = "12",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "What came.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TransfersApiSchemas.ReceivedTransfer.class),
            examples = @ExampleObject(name = "waiting for a decision", value = TransfersApiSchemas.RECEIVED_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/received/{transferId}")
    public Received receivedOne(@PathParam("transferId") String transferId, @Context HttpHeaders headers) {
        // An id that is not a number names no transfer: the service still checks the caller first (a monitoring
        // tool's key is refused, 403, whatever the id), then finds none (404).
        long id;
        try {
            id = Long.parseLong(transferId.strip());
        } catch (NumberFormatException e) {
            id = 0;
        }
        Locale language = AcceptLanguage.of(headers);
        ReceivedCase rc = receiving.received(id);
        ReceivedTransfer r = rc.received();
        return new Received(r.id(), rc.fromBoardName(), r.fromDeployment(), r.signerSha256(), time(r.signedAt()),
                r.fromReference(), r.legalBasis().name(), r.reason(), r.subjectName(), r.organisationName(),
                r.summary(), r.outcome(), r.finding(), r.findings(), r.redactedPassages(), r.status().name(),
                words(language, "ReceivedStatus." + r.status().name()), time(r.receivedAt()), time(r.decidedAt()),
                r.decisionReason(), rc.ownReference(), time(r.erasedAt()),
                r.allegations().stream().map(a -> new Allegation(a.title(), a.detail())).toList(),
                r.evidence().stream().map(TransfersApi::evidence).toList(),
                rc.files().stream().map(f -> new File(f.id(), f.kind(), f.title(), f.fileName(), f.contentType(),
                        f.sizeBytes(), f.sha256())).toList(),
                r.changes().stream().map(TransfersApi::change).toList());
    }

    @Operation(operationId = "listSentTransfers", summary = "The cases the board sent to other boards, newest first.",
            description = "Each with its case, the board it went to (a board on another deployment as its name was "
                    + "typed, with asPackage), the legal basis, where it stands in words in Welsh or English as "
                    + "Accept-Language asks, and the answer: the other board's case reference once accepted, or why "
                    + "it declined. The 200 newest.")
    @Parameter(name = "Accept-Language", in = ParameterIn.HEADER,
            description = "'cy' for the words in Welsh, 'en' in English; otherwise the caller's own language.",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The list.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = TransfersApiSchemas.SentTransferList.class),
            examples = @ExampleObject(name = "one accepted", value = TransfersApiSchemas.SENT_LIST_EXAMPLE)))
    @GET
    @Path("/sent")
    public SentList sent(@Context HttpHeaders headers) {
        Locale language = AcceptLanguage.of(headers);
        return new SentList(sending.sentList().stream().map(t -> sentLine(t, language)).toList());
    }

    private static SentLine sentLine(SentTransfer t, Locale language) {
        return new SentLine(t.id(), t.caseReference(), t.toBoardName(), t.asPackage(), t.legalBasis().name(),
                t.status().name(), words(language, "TransferStatus." + t.status().name()), time(t.proposedAt()),
                time(t.sentAt()), time(t.decidedAt()), t.receivedReference(), t.decisionReason());
    }

    private static Evidence evidence(ReceivedItem e) {
        return new Evidence(e.title(), e.detail(), e.url(), e.sha256(), time(e.capturedAt()));
    }

    private static Change change(ReceivedChange c) {
        return new Change(c.kind().name(), c.finding() == null ? null : c.finding().name(), time(c.changedAt()));
    }

    private static String words(Locale language, String key) {
        return TransferWords.in(language, key);
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
