package uk.safeguardcases.web.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of this part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class ApiSchemas {

    private ApiSchemas() {
    }

    /** The description's example: a post a monitoring tool found. */
    public static final String CONCERN_EXAMPLE = """
            {
              "memberIdentifier": "chscb.member",
              "organisationId": "1",
              "platform": "FACEBOOK",
              "url": "https://www.facebook.com/example/posts/1234",
              "capturedText": "Met a family I work with at the match – “best day” 🎉",
              "detectedAt": "2026-11-30T09:00:00Z",
              "suggestedClause": "3.5",
              "category": "CONFIDENTIALITY"
            }
            """;

    /** The description's example: the case raised. */
    public static final String INTAKE_RESULT_EXAMPLE = """
            {
              "reference": "CHSCB-2026-0042",
              "replayed": false,
              "memberMatched": true
            }
            """;

    /** The description's example: a concern from a colleague. */
    public static final String NEW_CONCERN_EXAMPLE = """
            {
              "subjectName": "Morgan Evans",
              "organisationId": "1",
              "source": "COLLEAGUE_REPORT",
              "summary": "A colleague saw a post naming a child’s school, with a photo of the gates.",
              "subjectUsername": "chscb.member"
            }
            """;

    /** The description's example: the case raised. */
    public static final String CASE_SUMMARY_EXAMPLE = """
            {
              "id": 4,
              "reference": "CHSCB-2026-0004",
              "subjectName": "Morgan Evans",
              "organisationName": "Metropolitan Police Service",
              "source": "Colleague report",
              "status": "Awaiting triage",
              "raisedAt": "2026-11-30T17:59:47.725041Z",
              "raisedBy": "chscb.officer"
            }
            """;

    /** The description's example: a case. */
    public static final String CASE_EXAMPLE = """
            {
              "id": 3,
              "reference": "CHSCB-2026-0003",
              "subjectName": "Morgan Evans",
              "organisationName": "Metropolitan Police Service",
              "source": "Public complaint",
              "status": "Awaiting content removal",
              "raisedAt": "2026-11-30T17:59:47.725041Z",
              "raisedBy": "chscb.officer"
            }
            """;

    /** The description's example: the first page, its one row the case of {@link #CASE_EXAMPLE}. */
    public static final String CASE_PAGE_EXAMPLE = "{\"first\": 0, \"pageSize\": 2, \"total\": 3, \"rows\": ["
            + CASE_EXAMPLE + "]}";

    /** The description's example: an investigation. */
    public static final String TRIAGE_EXAMPLE = """
            {
              "childAtImmediateRisk": false,
              "indecentImages": false,
              "grooming": false,
              "harmThresholdMet": false,
              "decision": "INVESTIGATE",
              "note": "The post names a school; the clause on confidentiality applies."
            }
            """;

    /** The description's example: citing a clause by its reference. */
    public static final String NEW_ALLEGATION_EXAMPLE = """
            {
              "clause": "3.5",
              "category": "CONFIDENTIALITY",
              "severity": "MEDIUM",
              "particulars": "Posted a photo of a child’s school gates with its name on 12 November."
            }
            """;

    /** The description's example: the allegation recorded. */
    public static final String ALLEGATION_EXAMPLE = """
            {
              "id": 7,
              "clauseReference": "3.5",
              "clauseText": "Do not share information about children, families or colleagues.",
              "category": "CONFIDENTIALITY",
              "severity": "MEDIUM",
              "particulars": "Posted a photo of a child’s school gates with its name on 12 November.",
              "recordedBy": "chscb.officer"
            }
            """;

    /** The description's example: a public page as viewed. */
    public static final String NEW_EVIDENCE_EXAMPLE = """
            {
              "url": "https://www.facebook.com/example/posts/1234",
              "capturedText": "Met a family I work with at the match – “best day” 🎉",
              "platform": "FACEBOOK",
              "capturedAt": "2026-11-30T09:05:00Z",
              "captureMethod": "PUBLIC_PAGE_VIEWED",
              "captureForm": "TEXT_COPIED",
              "openMethodDeclared": true
            }
            """;

    /** The description's example: the evidence recorded. */
    public static final String EVIDENCE_EXAMPLE = """
            {
              "id": 12,
              "url": "https://www.facebook.com/example/posts/1234",
              "platform": "FACEBOOK",
              "captureMethod": "PUBLIC_PAGE_VIEWED",
              "capturedAt": "2026-11-30T09:05:00Z",
              "captureForm": "Text copied",
              "captureFormValue": "TEXT_COPIED",
              "capturedBy": "chscb.officer",
              "recordedAt": "2026-11-30T09:06:12.204Z",
              "sha256": "9f2c1a0b6d3e4f5a7b8c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c",
              "capturedText": "Met a family I work with at the match – “best day” 🎉",
              "illegalImagery": false
            }
            """;

    /** The description's example: the organisation's referrals. */
    public static final String REFERRALS_EXAMPLE = """
            [
              {
                "reference": "CHSCB-2026-0002",
                "subjectName": "Morgan Evans",
                "kind": "DISCIPLINARY_REFERRAL",
                "sentAt": "2026-11-20T10:15:00Z",
                "acknowledgementDue": "2026-11-27T17:00:00Z",
                "acknowledgement": "MET",
                "acknowledgedAt": "2026-11-21T09:00:00Z",
                "status": "AWAITING_OUTCOME",
                "open": true
              }
            ]
            """;

    /** The description's example: a referral as its HR partner sees it. */
    public static final String REFERRAL_EXAMPLE = """
            {
              "pack": {
                "referral": {
                  "reference": "CHSCB-2026-0002",
                  "member": "Morgan Evans",
                  "organisation": "Metropolitan Police Service"
                },
                "decision": {
                  "outcome": "Referral to the employer"
                },
                "allegations": [
                  {
                    "id": 7,
                    "clauseReference": "3.5",
                    "clauseText": "Do not share information about children, families or colleagues.",
                    "category": "CONFIDENTIALITY",
                    "severity": "MEDIUM",
                    "particulars": "Posted a photo of a child’s school gates.",
                    "recordedBy": "chscb.officer"
                  }
                ],
                "evidence": [
                  {
                    "platform": "FACEBOOK",
                    "detailsWithheld": false
                  }
                ],
                "requests": [],
                "contact": {},
                "hr": {},
                "timeline": [
                  {
                    "action": "Referral pack sent"
                  }
                ]
              },
              "sentPack": {
                "sha256": "5b1d7e0c2a4f6b8d0e2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2c4e6b",
                "sentAt": "2026-11-20T10:15:00Z",
                "sizeBytes": 48213,
                "href": "/api/referrals/CHSCB-2026-0002/pack"
              }
            }
            """;

    /** The description's example: an appeal lodged. */
    public static final String APPEAL_EXAMPLE = """
            {
              "lodgedOn": "2026-11-28",
              "grounds": "The member says the photo was of a public event, not a pupil."
            }
            """;

    /** The description's example: the appeal dismissed. */
    public static final String APPEAL_RESULT_EXAMPLE = """
            {
              "result": "DISMISSED",
              "decidedOn": "2026-11-29",
              "note": "The panel upheld the outcome."
            }
            """;

    /** The description's example: a written warning. */
    public static final String OUTCOME_EXAMPLE = """
            {
              "outcome": "FINAL_WRITTEN_WARNING",
              "decidedOn": "2026-11-25",
              "note": "Final written warning, 12 months."
            }
            """;

    /** The description's example: the latest check. */
    public static final String CHAIN_CHECK_EXAMPLE = """
            {
              "checked": true,
              "checkedAt": "2026-11-30T02:00:00Z",
              "checkedBy": "the nightly check",
              "intact": true,
              "entriesChecked": 1284
            }
            """;

    /** The description's example: a node ready. */
    public static final String READINESS_EXAMPLE = """
            {
              "ready": true,
              "database": {
                "status": "UP",
                "product": "H2",
                "version": "2.4.240 (2025-09-22)",
                "durableCommits": true,
                "boards": 4,
                "responseMillis": 3
              },
              "engine": {
                "status": "UP",
                "name": "safeguard",
                "investigationDefinitions": 4,
                "jobExecutorActive": true,
                "stuckSteps": 0,
                "stuckStepsByBoard": {},
                "stuckJobsOfNoBoard": 0
              },
              "references": {
                "kept": true,
                "status": "UP"
              },
              "mail": {
                "failingByBoard": {},
                "givenUpByBoard": {},
                "asOf": "2026-11-30T18:00:30.002Z"
              },
              "warmUp": {
                "status": "OFF"
              }
            }
            """;

    @Schema(name = "Problem")
    public record Problem(
            String type,
            String title,
            long status,
            String detail,
            @Schema(description = "A message per field, by the field's name.", nullable = true) java.util.Map<String,
                    String> errors) {
    }

    @Schema(name = "Concern", requiredProperties = {"memberIdentifier", "platform", "detectedAt"})
    public record Concern(
            @Schema(description = "The member's user name on the board, or their name. A name that is no member's "
                    + "user name is kept as free text: the answer says memberMatched false.",
                    maxLength = 200) String memberIdentifier,
            @Schema(description = "The member's parent organisation's id. Optional when 'organisation' is given, or "
                    + "when the member has an account with an organisation; a matched member's own organisation only "
                    + "(another is refused).") String organisationId,
            @Schema(description = "The member's parent organisation's name (used when organisationId is not "
                    + "given).") String organisation,
            @Schema(enumeration = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN", "YOUTUBE",
                    "BLOG_OR_WEBSITE", "MESSAGING", "OTHER"}) String platform,
            @Schema(description = "Where the content was (http or https).", maxLength = 2000) String url,
            @Schema(description = "The content as captured. At least one of url and capturedText.",
                    maxLength = 20000) String capturedText,
            @Schema(description = "When the content was captured, with its offset; not in the future.",
                    format = "date-time") String detectedAt,
            @Schema(description = "The reference of the board's policy clause the tool suggests, e.g. '3.5'. "
                    + "Recorded on the case's timeline; allegations stay the officer's "
                    + "decision.") String suggestedClause,
            @Schema(description = "Optional: the category of online conduct the tool suggests, among them the KCSIE "
                    + "2025 and 2026 content risks (MISINFORMATION: misinformation, disinformation or conspiracy "
                    + "theories; SELF_GENERATED_INTIMATE_IMAGES: self-generated intimate images, including AI-made "
                    + "ones). Recorded on the case's timeline; allegations stay the officer's decision.",
                    enumeration = {"CONFIDENTIALITY", "REPUTATION", "OFFENSIVE_CONTENT", "HARASSMENT",
                    "IMAGES_WITHOUT_CONSENT", "CONTACT_WITH_SERVICE_USERS", "SPEAKING_WITHOUT_AUTHORITY",
                    "MISINFORMATION", "SELF_GENERATED_INTIMATE_IMAGES", "OTHER"}) String category) {
    }

    @Schema(name = "IntakeResult")
    public record IntakeResult(
            @Schema(examples = "CHSCB-2026-0042") String reference,
            @Schema(description = "True when an earlier request with the same Idempotency-Key created the "
                    + "case.") boolean replayed,
            @Schema(description = "True when memberIdentifier is the user name of a member of the board. False: the "
                    + "case names the member as given (free text), the member gets no e-mail or portal request, and "
                    + "the case's timeline says so.") boolean memberMatched) {
    }

    @Schema(name = "CasePage")
    public record CasePage(
            java.util.List<CaseSummary> rows,
            @Schema(description = "How many cases match the filters in all.") long total,
            @Schema(description = "The index (0-based) of the first row of this page.") long first,
            long pageSize) {
    }

    @Schema(name = "NewConcern", requiredProperties = {"subjectName", "organisationId", "source", "summary"})
    public record NewConcern(
            @Schema(description = "The member's name.", maxLength = 200) String subjectName,
            @Schema(description = "The member's parent organisation (of the board).") String organisationId,
            @Schema(enumeration = {"MONITORING", "PUBLIC_COMPLAINT", "COLLEAGUE_REPORT", "SELF_REPORT",
                    "PRESS_ENQUIRY", "MANUAL"}) String source,
            @Schema(maxLength = 4000) String summary,
            @Schema(description = "The member's user name when they have an account on the "
                    + "board.") String subjectUsername,
            @Schema(description = "Evidence to record with the concern (officers only). If it is refused, the "
                    + "concern is not raised either; its problems are named evidence.<field>.") NewEvidence evidence) {
    }

    @Schema(name = "Triage", requiredProperties = {"decision", "note"})
    public record Triage(
            boolean childAtImmediateRisk,
            @Schema(description = "Required when a child is at immediate risk or indecent images were found.",
                    maxLength = 100) String policeReference,
            boolean indecentImages,
            @Schema(description = "Required with indecentImages.", maxLength = 100) String iwfReference,
            boolean grooming,
            @Schema(description = "Required with grooming.", maxLength = 100) String ceopReference,
            @Schema(description = "The LADO referral is then due within one working day.") boolean harmThresholdMet,
            @Schema(description = "The core's decisions, then each process's own triage outcomes, as this deployment "
                    + "knows them.", enumeration = {"NO_FURTHER_ACTION", "ADVICE_ONLY", "INVESTIGATE"}) String decision,
            @Schema(description = "What the triage found (the board's only; never in a referral pack).",
                    maxLength = 4000) String note) {
    }

    @Schema(name = "NewAllegation", requiredProperties = {"category", "severity", "particulars"})
    public record NewAllegation(
            @Schema(description = "The clause of the board's policy the allegation cites; or give "
                    + "'clause'.") String clauseId,
            @Schema(description = "The clause's reference, e.g. '3.5(d)' (a clause in force).") String clause,
            @Schema(enumeration = {"CONFIDENTIALITY", "REPUTATION", "OFFENSIVE_CONTENT", "HARASSMENT",
                    "IMAGES_WITHOUT_CONSENT", "CONTACT_WITH_SERVICE_USERS", "SPEAKING_WITHOUT_AUTHORITY",
                    "MISINFORMATION", "SELF_GENERATED_INTIMATE_IMAGES", "OTHER"}) String category,
            @Schema(enumeration = {"LOW", "MEDIUM", "HIGH"}) String severity,
            @Schema(nullable = true, enumeration = {"THREATS_TO_KILL", "HARASSMENT", "FEAR_OF_VIOLENCE",
                    "MALICIOUS_COMMUNICATIONS", "THREATS_TO_DAMAGE_PROPERTY",
                    "HARASSMENT_ALARM_DISTRESS"}) String possibleOffence,
            @Schema(maxLength = 4000) String particulars) {
    }

    @Schema(name = "Allegation")
    public record Allegation(
            long id,
            String clauseReference,
            String clauseText,
            String category,
            String severity,
            @Schema(nullable = true) String possibleOffence,
            String particulars,
            String recordedBy) {
    }

    @Schema(name = "NewEvidence", requiredProperties = {"platform", "capturedAt", "captureMethod", "captureForm",
            "openMethodDeclared"})
    public record NewEvidence(
            @Schema(maxLength = 2000) String url,
            @Schema(maxLength = 20000) String capturedText,
            @Schema(enumeration = {"FACEBOOK", "X_TWITTER", "INSTAGRAM", "TIKTOK", "SNAPCHAT", "LINKEDIN", "YOUTUBE",
                    "BLOG_OR_WEBSITE", "MESSAGING", "OTHER"}) String platform,
            @Schema(description = "With its offset; not in the future.", format = "date-time") String capturedAt,
            @Schema(description = "How the content came to the board.", enumeration = {"PUBLIC_PAGE_VIEWED",
                    "PROVIDED_BY_COMPLAINANT", "PROVIDED_BY_MEMBER", "MONITORING_TOOL"}) String captureMethod,
            @Schema(description = "How it was captured, the form of its record. ADDRESS_ONLY when no capturedText is "
                    + "given, and always with illegalImagery; any other when capturedText is given.",
                    enumeration = {"SCREENSHOT", "SCREEN_RECORDING", "SAVED_PAGE", "PLATFORM_EXPORT", "TEXT_COPIED",
                    "FILE_AS_SENT", "ADDRESS_ONLY"}) String captureForm,
            @Schema(description = "Must be true: gathered by open methods only, no password guessing or subterfuge "
                    + "(LSCB section 3).") boolean openMethodDeclared,
            @Schema(description = "Indecent images of children: give no text, only the IWF / CEOP "
                    + "reportReference.") boolean illegalImagery,
            @Schema(maxLength = 100) String reportReference) {
    }

    @Schema(name = "Evidence")
    public record Evidence(
            long id,
            @Schema(nullable = true) String url,
            String platform,
            String captureMethod,
            @Schema(format = "date-time") String capturedAt,
            @Schema(description = "How it was captured, in words; \"Not recorded\" for evidence recorded before it "
                    + "was asked for.") String captureForm,
            @Schema(description = "How it was captured, by name (null when not recorded).",
                    nullable = true) String captureFormValue,
            String capturedBy,
            @Schema(format = "date-time") String recordedAt,
            String sha256,
            @Schema(nullable = true) String capturedText,
            boolean illegalImagery,
            @Schema(nullable = true) String reportReference) {
    }

    @Schema(name = "ReferralPack")
    public record ReferralPack(
            @Schema(description = "Reference, member, organisation, board, kind, concern, source, when raised and "
                    + "sent, who approved, the acknowledgement deadline.", type = SchemaType.OBJECT) Object referral,
            @Schema(description = "The board's outcome, the officer's findings and the senior's approval.",
                    type = SchemaType.OBJECT) Object decision,
            java.util.List<Allegation> allegations,
            @Schema(comment = "Each item: Address, platform, method, capture time and who captured it, SHA-256 and "
                    + "text; detailsWithheld true for an item whose details stay with the "
                    + "board.") java.util.List<java.util.Map<String, Object>> evidence,
            java.util.List<java.util.Map<String, Object>> requests,
            @Schema(type = SchemaType.OBJECT) Object contact,
            @Schema(description = "What the HR partner has recorded.", type = SchemaType.OBJECT) Object hr,
            @Schema(comment = "Each item: The entries shared with the HR partner, in order, up to the pack's sending "
                    + "(what the HR partner recorded since is under hr).") java.util.List<java.util.Map<String,
                    Object>> timeline) {
    }

    @Schema(name = "ReferralSentPack", nullable = true)
    public record ReferralSentPack(
            @Schema(description = "The SHA-256 the timeline records for the pack sent.") String sha256,
            @Schema(format = "date-time") String sentAt,
            long sizeBytes,
            @Schema(description = "Where to download the pack as sent.") String href) {
    }

    @Schema(name = "Referral",
            description = "A referral as the HR partner sees it: the referral pack's content (never the safeguarding "
            + "screen, referrals to other agencies, internal notes or details of illegal imagery) and the pack PDF "
            + "as sent.")
    public record Referral(
            ReferralPack pack,
            @Schema(nullable = true) ReferralSentPack sentPack) {
    }

    @Schema(name = "Appeal", requiredProperties = {"lodgedOn", "grounds"})
    public record Appeal(
            @Schema(description = "Not before the outcome was decided; not in the future.",
                    format = "date") String lodgedOn,
            @Schema(maxLength = 4000) String grounds) {
    }

    @Schema(name = "AppealResult", requiredProperties = {"result", "decidedOn", "note"})
    public record AppealResult(
            @Schema(enumeration = {"DISMISSED", "VARIED", "UPHELD"}) String result,
            @Schema(description = "Not before the appeal was lodged; not in the future.",
                    format = "date") String decidedOn,
            @Schema(maxLength = 200) String note) {
    }

    @Schema(name = "CaseSummary")
    public record CaseSummary(
            long id,
            String reference,
            String subjectName,
            String organisationName,
            String source,
            String status,
            @Schema(format = "date-time") String raisedAt,
            String raisedBy) {
    }

    @Schema(name = "ReferralSummary")
    public record ReferralSummary(
            String reference,
            String subjectName,
            @Schema(enumeration = {"DISCIPLINARY_REFERRAL", "GROSS_MISCONDUCT_REFERRAL"}) String kind,
            @Schema(format = "date-time") String sentAt,
            @Schema(format = "date-time") String acknowledgementDue,
            @Schema(description = "Where the acknowledgement stands against its deadline.",
                    enumeration = {"MET", "ON_TIME", "DUE_SOON", "OVERDUE"}) String acknowledgement,
            @Schema(nullable = true, format = "date-time") String acknowledgedAt,
            @Schema(enumeration = {"AWAITING_ACKNOWLEDGEMENT", "AWAITING_OUTCOME", "UNDER_APPEAL", "OUTCOME_RECORDED"})
            String status,
            @Schema(nullable = true) String outcome,
            boolean open) {
    }

    @Schema(name = "Outcome", requiredProperties = {"outcome", "decidedOn", "note"})
    public record Outcome(
            @Schema(enumeration = {"NO_ACTION", "INFORMAL_ACTION", "WRITTEN_WARNING", "FINAL_WRITTEN_WARNING",
                    "DISMISSAL", "SUMMARY_DISMISSAL"}) String outcome,
            @Schema(description = "Not before the referral was sent.", format = "date") String decidedOn,
            @Schema(maxLength = 4000) String note) {
    }

    @Schema(name = "Readiness")
    public record Readiness(
) {
    }

    @Schema(name = "ChainCheck")
    public record ChainCheck(
            @Schema(description = "False when the chain has never been checked (the other fields are then "
                    + "empty).") boolean checked,
            @Schema(format = "date-time") String checkedAt,
            @Schema(description = "The administrator's user name, or 'system' for the nightly check.") String checkedBy,
            @Schema(description = "Every entry matched its hash, in order, up to the chain's recorded "
                    + "end.") boolean intact,
            @Schema(format = "int64") long entriesChecked,
            @Schema(description = "The first entry that did not match, when broken.",
                    format = "int64") long firstBrokenSequence,
            @Schema(description = "What was wrong with that entry, when broken.") String problem) {
    }
}
