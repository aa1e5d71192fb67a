package uk.safeguardcases.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.board.ClauseView;
import uk.safeguardcases.application.cases.CaseFilter;
import uk.safeguardcases.application.cases.CasePage;
import uk.safeguardcases.application.cases.CaseSearch;
import uk.safeguardcases.application.cases.CaseService;
import uk.safeguardcases.application.cases.CaseSort;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.NewConcern;
import uk.safeguardcases.application.investigation.AllegationService;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.TriageInput;
import uk.safeguardcases.application.investigation.TriageService;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * The caller's board's cases for its officers and seniors: searched and paged in the database (the case list's
 * own search), read, and acted on through the same services as the case pages, which check the role, the board
 * and the step exactly as there. Another board's case is "not found", exactly like a missing one.
 */
@Tag(name = "Cases")
// Every operation of this class: the doors it takes and the problems it may answer.
@SecurityRequirement(name = "personalToken")
@SecurityRequirement(name = "providerToken")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", ref = "Problem401")
@APIResponse(responseCode = "403", ref = "Problem403")
@Path("/cases")
// Problems too: a client that accepts only problem+json for an operation answering 204 (as generated clients ask).
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class CaseResource {

    static final int DEFAULT_PAGE_SIZE = 50;

    @Inject
    private ReadAudit reads;

    @Inject
    private uk.safeguardcases.application.outcomes.KnownTriageOutcomes outcomes;

    @Inject
    private CaseSearch search;

    @Inject
    private CaseService cases;

    @Inject
    private TriageService triage;

    @Inject
    private AllegationService allegations;

    @Inject
    private EvidenceService evidence;

    @Inject
    private BoardService board;

    /** One page of the board's cases matching the filters, in the order asked (newest first by default). */
    @Operation(operationId = "listCases",
            summary = "One page of the board's cases, filtered and sorted in the database (officers and seniors).",
            description = "The board's cases a page at a time, filtered and sorted in the database as the case "
                    + "list page does. Officers and senior managers; any other role is 403.")
    @Parameter(name = "first", in = ParameterIn.QUERY,
            description = "Index (0-based) of the first case; past the end gives the last page.",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0"))
    @Parameter(name = "size", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50",
            minimum = "1", maximum = "100"))
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"REFERENCE", "MEMBER", "ORGANISATION", "STEP", "SOURCE", "RAISED"}, defaultValue = "RAISED"))
    @Parameter(name = "order", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING, enumeration = {"asc",
            "desc"}, defaultValue = "desc"))
    @Parameter(name = "reference", in = ParameterIn.QUERY, description = "Part of the reference, any case.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "member", in = ParameterIn.QUERY, description = "Part of the member's name, any case.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "organisationId", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "step", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"AWAITING_TRIAGE", "AWAITING_LADO_REFERRAL", "AWAITING_AUTHORISATION", "GATHERING_EVIDENCE",
            "AWAITING_REMOVAL", "REVIEWING_CONTEST", "DECIDING_EXTENSION", "AWAITING_COOPERATION", "VERIFYING_REMOVAL",
            "DECIDING_OUTCOME", "AWAITING_REFERRAL_APPROVAL", "REFERRED_TO_HR", "AWAITING_HR_OUTCOME", "CLOSED"}))
    @Parameter(name = "clauseId", in = ParameterIn.QUERY, description = "Cases with an allegation citing this clause.",
            schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "source", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"MONITORING", "PUBLIC_COMPLAINT", "COLLEAGUE_REPORT", "SELF_REPORT", "PRESS_ENQUIRY",
            "MANUAL"}))
    @Parameter(name = "raisedFrom", in = ParameterIn.QUERY, description = "First day (UK time) raised.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @Parameter(name = "raisedTo", in = ParameterIn.QUERY, description = "Last day (UK time) raised, inclusive.",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    @APIResponse(responseCode = "200", description = "The page.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.CasePage.class),
            examples = @ExampleObject(name = "the first page", value = ApiSchemas.CASE_PAGE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @GET
    public CasePage list(@QueryParam("first") String first, @QueryParam("size") String size,
            @QueryParam("sort") String sort, @QueryParam("order") String order,
            @QueryParam("reference") String reference, @QueryParam("member") String member,
            @QueryParam("organisationId") String organisationId, @QueryParam("step") String step,
            @QueryParam("clauseId") String clauseId, @QueryParam("source") String source,
            @QueryParam("raisedFrom") String raisedFrom, @QueryParam("raisedTo") String raisedTo) {
        Map<String, String> problems = new LinkedHashMap<>();
        int from = Fields.wholeNumber(problems, "first", first, 0, Integer.MAX_VALUE, 0);
        int pageSize = Fields.wholeNumber(problems, "size", size, 1, CaseSearch.MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        CaseSort.Column column = Fields.choice(problems, "sort", sort, CaseSort.Column.class);
        boolean ascending = false;
        if (order != null && !order.isBlank()) {
            if (order.strip().equalsIgnoreCase("asc") || order.strip().equalsIgnoreCase("desc")) {
                ascending = order.strip().equalsIgnoreCase("asc");
            } else {
                problems.put("order", "This must be asc or desc.");
            }
        }
        LocalDate fromDay = Fields.date(problems, "raisedFrom", raisedFrom);
        LocalDate toDay = Fields.date(problems, "raisedTo", raisedTo);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.put("raisedTo", "This must not be before raisedFrom.");
        }
        CaseFilter filter = new CaseFilter(reference, member, Fields.wholeNumber(problems, "organisationId",
                organisationId), Fields.choice(problems, "step", step, CaseStatus.class),
                Fields.wholeNumber(problems, "clauseId", clauseId), Fields.choice(problems, "source", source,
                CaseSource.class), fromDay, toDay);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return search.page(filter, new CaseSort(column, ascending), from, pageSize);
    }

    @Operation(operationId = "getCase", summary = "One case of the board (officers and seniors).",
            description = "One case of the caller's board: its reference, member, parent organisation, source and "
                    + "step, and when and by whom it was raised (its allegations, evidence and timeline are the case "
                    + "page's and the case report's). Another board's reference is 404, as one that does not exist.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The case.", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.CaseSummary.class),
            examples = @ExampleObject(name = "a case", value = ApiSchemas.CASE_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "Problem404")
    @GET
    @Path("/{reference}")
    public CaseSummary one(@PathParam("reference") String reference) {
        CaseSummary summary = cases.findByReference(reference);
        reads.record(ReadKind.CASE_OPENED, summary.id(), summary.reference(), null);
        return summary;
    }

    /** Raises a concern, with its first evidence if given (both or neither). */
    @Operation(operationId = "raiseConcern",
            summary = "Raise a concern (officers and seniors), with its first evidence if given (officers): both are "
            + "recorded, or neither.",
            description = "Raises a concern as an officer or senior manager does on the concern form, optionally "
                    + "with its first evidence (officers only): both are recorded in one transaction, or "
                    + "neither. A field that cannot be read is a 400 naming it.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.NewConcern.class),
            examples = @ExampleObject(name = "a concern from a colleague", value = ApiSchemas.NEW_CONCERN_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The case.", headers = {@Header(name = "Location",
            schema = @Schema(type = SchemaType.STRING))}, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.CaseSummary.class),
            examples = @ExampleObject(name = "the case raised", value = ApiSchemas.CASE_SUMMARY_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @APIResponse(responseCode = "503", ref = "Problem503")
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response raise(@Context HttpHeaders headers, @Context UriInfo uri, InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        NewConcern concern = new NewConcern(body.text("subjectName"), body.wholeNumber("organisationId"),
                body.choice("source", CaseSource.class), body.text("summary"), body.text("subjectUsername"));
        JsonBody first = body.object("evidence");
        EvidenceInput firstEvidence = first == null ? null : evidence(first);
        body.check();
        CaseSummary raised = cases.raiseConcern(concern, firstEvidence);
        return Response.created(uri.getBaseUriBuilder().path("cases").path(raised.reference()).build())
                .entity(raised).build();
    }

    /** Records the triage: the safeguarding screen, its references, the harm threshold and the decision. */
    @Operation(operationId = "triageCase", summary = "Record the triage of a case waiting for it (officers).",
            description = "Records the triage decision of a case waiting for it, as on the triage form; the "
                    + "decisions are the core's and every installed process's. A case no longer waiting for "
                    + "triage is 409.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Triage.class),
            examples = @ExampleObject(name = "an investigation", value = ApiSchemas.TRIAGE_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Recorded.")
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "409", ref = "Problem409")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response recordTriage(@PathParam("reference") String reference, @Context HttpHeaders headers,
            InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        TriageInput input = new TriageInput(body.flag("childAtImmediateRisk"), body.text("policeReference"),
                body.flag("indecentImages"), body.text("iwfReference"), body.flag("grooming"),
                body.text("ceopReference"), body.flag("harmThresholdMet"),
                decision(body), body.text("note"));
        body.check();
        triage.recordTriage(reference, input);
        return Response.noContent().build();
    }

    /** The decision named, the core's or a process's; any other is refused, naming every one known. */
    private TriageDecision decision(JsonBody body) {
        String named = body.text("decision");
        if (named == null || named.isBlank()) {
            return null;
        }
        return outcomes.decisionNamed(named.strip().toUpperCase(java.util.Locale.ROOT)).orElseGet(() -> {
            body.problem("decision", "This must be one of " + outcomes.decisionNames() + ".");
            return null;
        });
    }

    /** Adds an allegation citing a clause of the board's policy, by its id ({@code clauseId}) or reference. */
    @Operation(operationId = "addAllegation",
            summary = "Add an allegation citing a clause of the board's own policy (officers; not on a closed case).",
            description = "Adds an allegation citing a clause of the board's own policy, by its id or its "
                    + "reference, with its category and severity. Not on a closed case (409).")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.NewAllegation.class),
            examples = @ExampleObject(name = "citing a clause by its reference", value = ApiSchemas.NEW_ALLEGATION_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The allegation.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Allegation.class),
            examples = @ExampleObject(name = "the allegation recorded", value = ApiSchemas.ALLEGATION_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/allegations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response allege(@PathParam("reference") String reference, @Context HttpHeaders headers, InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        Long clauseId = body.wholeNumber("clauseId");
        String clause = body.text("clause");
        AllegationCategory category = body.choice("category", AllegationCategory.class);
        Severity severity = body.choice("severity", Severity.class);
        PossibleOffence offence = body.choice("possibleOffence", PossibleOffence.class);
        String particulars = body.text("particulars");
        body.check();
        if (clauseId == null && clause != null && !clause.isBlank()) {
            clauseId = board.clauses().stream().filter(c -> c.reference().equals(clause.strip()))
                    .map(ClauseView::id).findFirst().orElseThrow(() -> new InvalidInputException(Map.of("clause",
                            "There is no current clause " + clause.strip() + " in your board's policy.")));
        }
        AllegationView made = allegations.allege(reference, clauseId, category, severity, offence, particulars);
        return Response.status(Response.Status.CREATED).entity(made).build();
    }

    /**
     * Records evidence: a web address and/or captured text (files are added on the case page), or illegal imagery
     * reported to the IWF / CEOP with only its report reference.
     */
    @Operation(operationId = "addEvidence",
            summary = "Record evidence: a web address and/or captured text, or illegal imagery reported to the IWF / "
            + "CEOP (officers; not on a closed case).",
            description = "Records one item of evidence: a web address and/or captured text, or illegal imagery "
                    + "reported to the IWF or CEOP (its report reference only, never a copy). How it came to the "
                    + "board and how it was captured are both required.")
    @Parameter(name = "reference", in = ParameterIn.PATH, required = true, example = "CHSCB-2026-0042",
            schema = @Schema(type = SchemaType.STRING))
    @RequestBody(required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.NewEvidence.class),
            examples = @ExampleObject(name = "a public page as viewed", value = ApiSchemas.NEW_EVIDENCE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The evidence, with its SHA-256.",
            content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = ApiSchemas.Evidence.class),
            examples = @ExampleObject(name = "the evidence recorded", value = ApiSchemas.EVIDENCE_EXAMPLE)))
    @APIResponse(responseCode = "400", ref = "Problem400")
    @APIResponse(responseCode = "404", ref = "Problem404")
    @APIResponse(responseCode = "413", ref = "Problem413")
    @APIResponse(responseCode = "415", ref = "Problem415")
    @POST
    @Path("/{reference}/evidence")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response capture(@PathParam("reference") String reference, @Context HttpHeaders headers, InputStream in) {
        JsonBody body = JsonBody.read(headers, in);
        EvidenceInput input = evidence(body);
        body.check();
        EvidenceView captured = evidence.capture(reference, input);
        return Response.status(Response.Status.CREATED).entity(captured).build();
    }

    private static EvidenceInput evidence(JsonBody body) {
        return new EvidenceInput(body.text("url"), body.choice("platform", Platform.class), body.text("capturedText"),
                body.dateTime("capturedAt"), body.choice("captureMethod", CaptureMethod.class),
                body.choice("captureForm", CaptureForm.class), body.flag("openMethodDeclared"), null, null, null,
                body.flag("illegalImagery"), body.text("reportReference"));
    }
}
