package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.application.audit.ReadAudit;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralService;
import uk.safeguardcases.application.investigation.ReferralSummary;
import uk.safeguardcases.application.reports.ReferralPackPdf;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;

/**
 * An HR system's view of the disciplinary referrals to its own organisation: list them, read one (the referral
 * pack's content, only what HR may see, and the pack PDF exactly as it was sent), acknowledge it, record the
 * outcome, and lodge and decide an appeal, as the HR page does. A referral to another organisation, or of another
 * board, is "not found".
 */
@Tag(name = "Referrals")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "apiKey")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/referrals")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ReferralResource {

    static final String PDF = "application/pdf";

    @Inject
    private ReadAudit reads;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralPackPdf packs;

    /**
     * A referral as the HR partner sees it: the pack's content and, when the sent pack was kept, its SHA-256
     * (the one in the timeline) and where to download it.
     */
    public record Referral(ReferralPack pack, SentPack sentPack) {
    }

    /** The pack PDF as it was sent: its SHA-256, when, its size, and its address under the API. */
    public record SentPack(String sha256, Instant sentAt, int sizeBytes, String href) {
    }

    @Operation(operationId = "listReferrals",
            summary = "The disciplinary referrals to the HR partner's own organisation, open ones first.",
            description = "The disciplinary referrals to the caller's own parent organisation, open ones first: "
                    + "for the organisation's HR partners and its HR system's service account.")
    @Parameter(name = "show", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"open",
            "closed", "all"}, defaultValue = "all"))
    @APIResponse(responseCode = "200", description = "The referrals.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY,
            implementation = ApiSchemas.ReferralSummary.class),
            examples = @ExampleObject(name = "the organisation's referrals", value = ApiSchemas.REFERRALS_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @GET
    public List<ReferralSummary> list(@QueryParam("show") @DefaultValue("all") String show) {
        ReferralService.Show which = Arrays.stream(ReferralService.Show.values())
                .filter(s -> s.name().equalsIgnoreCase(show)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Map.of("show", "Show is one of open, closed or all.")));
        return referrals.inbox(which);
    }

    @Operation(operationId = "getReferral",
            summary = "A referral to the HR partner's organisation: the referral pack's content, and the pack PDF as "
            + "sent.",
            description = "A referral as its HR partner sees it: the referral pack's content (only what HR may "
                    + "see) and the sent pack's SHA-256. Another organisation's referral is 404.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The referral.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Referral.class),
            examples = @ExampleObject(name = "a referral as its HR partner sees it", value = ApiSchemas.REFERRAL_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{reference}")
    public Referral one(@PathParam("reference") String reference, @Context UriInfo uri) {
        ReferralPack pack = referrals.packFor(reference);
        reads.record(ReadKind.REFERRAL_OPENED, reference, null);
        SentPack sent = packs.sentCopyForHr(reference).map(copy -> new SentPack(copy.sha256(), copy.sentAt(),
                copy.sizeBytes(), uri.getBaseUriBuilder().path("referrals").path(pack.referral().reference())
                        .path("pack").build().getPath())).orElse(null);
        return new Referral(pack, sent);
    }

    /** The referral pack PDF exactly as it was sent, with its SHA-256 in a Repr-Digest header (RFC 9530). */
    @Operation(operationId = "getReferralPack",
            summary = "The referral pack PDF exactly as it was sent; its SHA-256 is the one in the timeline (also in "
            + "the Repr-Digest header).",
            description = "The referral pack PDF byte for byte as it was sent, its SHA-256 in the Repr-Digest "
                    + "header equal to the one on the case's timeline.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The PDF.", headers = {@Header(name = "Repr-Digest",
            description = "sha-256=:<base64>: (RFC 9530).", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{reference}/pack")
    @Produces({PDF, Problem.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response pack(@PathParam("reference") String reference) {
        ReferralPackPdf.Pdf pdf = packs.forHr(reference);
        String fileName = "referral-pack-" + reference.strip().replaceAll("[^A-Za-z0-9-]", "_")
                + (pdf.asSent() ? "" : "-current");
        return Response.ok(pdf.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(pdf.sha256())) + ":")
                .header("Cache-Control", "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /** The member appealed against the outcome (once the outcome is recorded). */
    @Operation(operationId = "lodgeAppeal", summary = "Lodge the member's appeal against the recorded outcome (once).",
            description = "Records that the member appealed against the recorded outcome, with the date and the "
                    + "grounds. Once only; before the outcome is recorded it is 409.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Appeal.class),
            examples = @ExampleObject(name = "an appeal lodged", value = ApiSchemas.APPEAL_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Lodged; the referral is open again until the appeal's result.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "409", ref = "Problem409")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lodgeAppeal(@PathParam("reference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        LocalDate lodgedOn = body.date("lodgedOn");
        String grounds = body.text("grounds");
        body.check();
        referrals.lodgeAppeal(reference, lodgedOn, grounds);
        return Response.noContent().build();
    }

    /** How the appeal ended. */
    @Operation(operationId = "recordAppealResult", summary = "Record how the appeal ended.",
            description = "Records how the member's appeal ended and when. Only after an appeal was lodged (409 "
                    + "otherwise).")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.AppealResult.class),
            examples = @ExampleObject(name = "the appeal dismissed", value = ApiSchemas.APPEAL_RESULT_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "409", ref = "Problem409")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/appeal-result")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordAppealResult(@PathParam("reference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        AppealOutcome result = body.choice("result", AppealOutcome.class);
        LocalDate decidedOn = body.date("decidedOn");
        String note = body.text("note");
        body.check();
        referrals.recordAppealResult(reference, result, decidedOn, note);
        return Response.noContent().build();
    }

    @Operation(operationId = "acknowledgeReferral",
            summary = "Acknowledge a referral to the HR partner's organisation (once).",
            description = "Acknowledges the referral on behalf of the organisation: the board stops reminding. "
                    + "Once only; a second acknowledgement is 409 and says who acknowledged and when.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "204", description = "Acknowledged.")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "409", ref = "Problem409")
    @POST
    @Path("/{reference}/acknowledgement")
    public Response acknowledge(@PathParam("reference") String reference) {
        referrals.acknowledge(reference);
        return Response.noContent().build();
    }

    @Operation(operationId = "recordOutcome",
            summary = "Record the disciplinary outcome the organisation decided; the case then closes.",
            description = "Records the disciplinary outcome the organisation decided and the date; the case then "
                    + "closes and the member is told. Once only (409 afterwards).")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Outcome.class),
            examples = @ExampleObject(name = "a written warning", value = ApiSchemas.OUTCOME_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "409", ref = "Problem409")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordOutcome(@PathParam("reference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        String outcomeName = body.text("outcome");
        String decidedOnText = body.text("decidedOn");
        String note = body.text("note");
        body.checkTypes();
        Map<String, String> problems = new LinkedHashMap<>();
        HrOutcome outcome = null;
        if (outcomeName != null) {
            outcome = Arrays.stream(HrOutcome.values()).filter(o -> o.name().equalsIgnoreCase(outcomeName.strip()))
                    .findFirst().orElse(null);
            if (outcome == null) {
                problems.put("outcome", "The outcome must be one of "
                        + Arrays.stream(HrOutcome.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        LocalDate decidedOn = null;
        if (decidedOnText != null) {
            try {
                decidedOn = LocalDate.parse(decidedOnText.strip());
            } catch (DateTimeParseException e) {
                problems.put("decidedOn", "Give the date as year-month-day, like 2026-03-01.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        referrals.recordOutcome(reference, outcome, decidedOn, note);
        return Response.noContent().build();
    }
}
