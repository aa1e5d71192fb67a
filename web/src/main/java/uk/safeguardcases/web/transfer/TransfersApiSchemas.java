package uk.safeguardcases.web.transfer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the transfers' part of the API's bodies, as its description (MicroProfile OpenAPI, generated at build
 * time) gives them: each record is a schema of {@code /api/openapi.json}, named as there.
 */
public final class TransfersApiSchemas {

    private TransfersApiSchemas() {
    }

    /** The description's example: one case received and accepted. */
    public static final String RECEIVED_LIST_EXAMPLE = """
            {
              "rows": [
                {
                  "id": 12,
                  "fromBoard": "Cwm Taf Morgannwg Safeguarding Board",
                  "fromReference": "CTSB-2026-0007",
                  "receivedAt": "2026-11-30T10:15:00Z",
                  "status": "ACCEPTED",
                  "statusText": "Accepted",
                  "ownReference": "CHSCB-2026-0042",
                  "changedSince": false
                }
              ]
            }
            """;

    /** The description's example: a case received, waiting for a decision. */
    public static final String RECEIVED_EXAMPLE = """
            {
              "id": 12,
              "fromBoard": "Cwm Taf Morgannwg Safeguarding Board",
              "fromReference": "CTSB-2026-0007",
              "legalBasis": "TRANSFERABLE_RISK_WALES",
              "reason": "Coaches an under-11s team in your area on Sundays.",
              "subjectName": "Siôn Ŵyn",
              "organisationName": "Ysgol Gymraeg Aberdâr",
              "summary": "Posted a photograph of a pupil without consent.",
              "outcome": "DISCIPLINARY_REFERRAL",
              "redactedPassages": 2,
              "status": "AWAITING_DECISION",
              "statusText": "Waiting for your decision",
              "receivedAt": "2026-11-30T10:15:00Z",
              "allegations": [
                {"title": "CTSB 4.2 Photographs of children (Privacy, High)",
                 "particulars": "A photograph of a pupil, named."}
              ],
              "evidence": [
                {"title": "Evidence 1: Instagram, captured 28 Nov 2026, 09:40",
                 "url": "https://www.instagram.com/p/example",
                 "sha256": "9f2c1e6a4b7d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081",
                 "capturedAt": "2026-11-28T09:40:00Z"}
              ],
              "files": [
                {"id": 31, "kind": "EVIDENCE", "title": "Evidence 1: Instagram, captured 28 Nov 2026, 09:40",
                 "fileName": "screenshot.png", "contentType": "image/png", "sizeBytes": 48213,
                 "sha256": "9f2c1e6a4b7d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7081"}
              ],
              "changes": []
            }
            """;

    /** The description's example: one case sent and accepted. */
    public static final String SENT_LIST_EXAMPLE = """
            {
              "rows": [
                {
                  "id": 41,
                  "caseReference": "CHSCB-2026-0042",
                  "toBoard": "Cwm Taf Morgannwg Safeguarding Board",
                  "asPackage": false,
                  "legalBasis": "CROSS_BORDER_PROTOCOL",
                  "status": "ACCEPTED",
                  "statusText": "Accepted",
                  "proposedAt": "2026-11-29T14:02:00Z",
                  "sentAt": "2026-11-29T14:02:03Z",
                  "decidedAt": "2026-11-30T10:20:00Z",
                  "receivedReference": "CTSB-2026-0012"
                }
              ]
            }
            """;

    @Schema(name = "ReceivedTransferList", requiredProperties = {"rows"})
    public record ReceivedTransferList(List<ReceivedTransferLine> rows) {
    }

    @Schema(name = "ReceivedTransferLine", requiredProperties = {"id", "fromBoard", "fromReference", "receivedAt",
            "status", "statusText", "changedSince"})
    public record ReceivedTransferLine(
            long id,
            @Schema(description = "The sending board's name, in the reader's language.") String fromBoard,
            @Schema(description = "For a package imported from another deployment: that deployment, as the board "
                    + "named it when it trusted it.") String fromDeployment,
            @Schema(description = "The sending board's case reference.") String fromReference,
            @Schema(format = "date-time") String receivedAt,
            @Schema(enumeration = {"AWAITING_DECISION", "ACCEPTED", "DECLINED", "REMOVED"}) String status,
            String statusText,
            @Schema(description = "The board's own case, once accepted.") String ownReference,
            @Schema(description = "Whether the sending board changed its case since it came.") boolean changedSince) {
    }

    @Schema(name = "ReceivedTransfer", requiredProperties = {"id", "fromBoard", "fromReference", "legalBasis",
            "redactedPassages", "status", "statusText", "receivedAt", "allegations", "evidence", "files", "changes"})
    public record ReceivedTransfer(
            long id,
            String fromBoard,
            String fromDeployment,
            @Schema(description = "For an imported package: the SHA-256 of the certificate that signed it.")
            String signerSha256,
            @Schema(format = "date-time", description = "For an imported package: the trusted time in its "
                    + "signature, when it carried one.") String signedAt,
            String fromReference,
            @Schema(enumeration = {"DUTY_TO_SHARE", "SAFEGUARDING_PUBLIC_TASK", "CROSS_BORDER_PROTOCOL",
                    "TRANSFERABLE_RISK_WALES"}) String legalBasis,
            String reason,
            String subjectName,
            String organisationName,
            String summary,
            @Schema(description = "The sending board's outcome of its investigation.") String outcome,
            @Schema(description = "The sending board's finding on the allegation.") String finding,
            String findings,
            @Schema(description = "How many passages the sending board's redactions replaced.") int redactedPassages,
            @Schema(enumeration = {"AWAITING_DECISION", "ACCEPTED", "DECLINED", "REMOVED"}) String status,
            String statusText,
            @Schema(format = "date-time") String receivedAt,
            @Schema(format = "date-time") String decidedAt,
            String decisionReason,
            String ownReference,
            @Schema(format = "date-time", description = "When what came was erased (declined, or removed with the "
                    + "sending board's record): then only the fact stays.") String erasedAt,
            List<ReceivedAllegation> allegations,
            List<ReceivedEvidence> evidence,
            List<ReceivedFile> files,
            List<ReceivedChange> changes) {
    }

    @Schema(name = "ReceivedAllegation", requiredProperties = {"title"})
    public record ReceivedAllegation(String title, String particulars) {
    }

    @Schema(name = "ReceivedEvidence", requiredProperties = {"title"})
    public record ReceivedEvidence(String title, String capturedText, String url, String sha256,
            @Schema(format = "date-time") String capturedAt) {
    }

    @Schema(name = "ReceivedFile", requiredProperties = {"id", "kind", "title", "fileName", "contentType",
            "sizeBytes", "sha256"})
    public record ReceivedFile(long id, @Schema(enumeration = {"EVIDENCE", "REFERRAL_PACK"}) String kind,
            String title, String fileName, String contentType, long sizeBytes, String sha256) {
    }

    @Schema(name = "ReceivedChange", requiredProperties = {"kind", "changedAt"})
    public record ReceivedChange(
            @Schema(enumeration = {"REOPENED", "FOUND", "REMOVED"}) String kind,
            String finding,
            @Schema(format = "date-time") String changedAt) {
    }

    @Schema(name = "SentTransferList", requiredProperties = {"rows"})
    public record SentTransferList(List<SentTransferLine> rows) {
    }

    @Schema(name = "SentTransferLine", requiredProperties = {"id", "caseReference", "toBoard", "asPackage",
            "legalBasis", "status", "statusText", "proposedAt"})
    public record SentTransferLine(
            long id,
            String caseReference,
            @Schema(description = "The board it went to; a board on another deployment as its name was typed.")
            String toBoard,
            @Schema(description = "Whether it went as a signed package to a board on another deployment.")
            boolean asPackage,
            String legalBasis,
            @Schema(enumeration = {"AWAITING_CHECK", "REFUSED_AT_CHECK", "SENDING", "SENT", "ACCEPTED", "DECLINED"})
            String status,
            String statusText,
            @Schema(format = "date-time") String proposedAt,
            @Schema(format = "date-time") String sentAt,
            @Schema(format = "date-time") String decidedAt,
            @Schema(description = "The other board's case, once accepted.") String receivedReference,
            @Schema(description = "Why the other board declined it, or why the check refused it.")
            String decisionReason) {
    }
}
