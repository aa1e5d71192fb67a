package uk.safeguardcases.infrastructure.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * The case report for the board's own file: everything the case page shows (header, concern, allegations,
 * evidence, requests, the referral, external referrals, deadlines, the whole timeline), printed at a moment.
 */
public final class CaseReportDocument {

    private CaseReportDocument() {
    }

    public static byte[] render(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt,
            java.util.function.UnaryOperator<String> names) {
        CaseSummary summary = file.summary();
        return PdfSheets.write("Case report", summary.reference(), printedAt, pdf -> {
            pdf.naming(names);
            pdf.markingBlock();
            pdf.title("Case report " + summary.reference());
            pdf.facts()
                    .fact("Board", boardName)
                    .fact("Reference", summary.reference())
                    .fact("Member", summary.subjectName())
                    .fact("Parent organisation", summary.organisationName())
                    .fact("Step", summary.status())
                    .fact("Source", summary.source())
                    .fact("Raised", PdfSheets.when(summary.raisedAt()) + " by " + pdf.named(summary.raisedBy()))
                    .fact("Triage decision", file.triageDecision() == null ? null : file.triageDecision().label())
                    .fact("Outcome", file.outcome() == null ? null : file.outcome().label())
                    .fact("Closed", file.closedAt() == null ? null : PdfSheets.when(file.closedAt()) + " ("
                            + (file.closureReason() == null ? "" : file.closureReason().label()) + ")")
                    .fact("Kept until", PdfSheets.day(file.retentionUntil()))
                    .fact("Printed", PdfSheets.when(printedAt))
                    .done();

            if (!file.deadlines().isEmpty()) {
                pdf.heading("Deadlines");
                for (CaseFile.Deadline d : file.deadlines()) {
                    pdf.add(pdf.labelled(d.kind().label(),
                            PdfSheets.when(d.due()) + (d.overdue() ? " (overdue)" : "")));
                }
            }

            pdf.heading("1. The concern");
            pdf.paragraph(file.concern());

            ReferralPackDocument.allegations(pdf, file.allegations(), "2.");
            evidence(pdf, file.evidence());
            requests(pdf, file.requests(), timeline.stream()
                    .filter(line -> AuditAction.isMemberRequestExchange(line.action())).toList());
            referrals(pdf, file.referral(), file.externalReferrals());

            pdf.heading("6. Timeline");
            pdf.paragraph("Entries marked “board only” are not shown to the HR partner in a referral pack.");
            ReferralPackDocument.timeline(pdf, timeline, true);
        });
    }

    private static void evidence(PdfSheets pdf, List<EvidenceView> evidence) {
        pdf.heading("3. Evidence");
        if (evidence.isEmpty()) {
            pdf.paragraph("No evidence was captured.");
            return;
        }
        PdfPTable table = pdf.table(new float[] {0.5f, 1.3f, 1.5f, 3f, 2.6f}, "No.", "Captured", "Method",
                "Where and what", "SHA-256");
        for (EvidenceView e : evidence) {
            table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.capturedAt()) + "\nby " + pdf.named(e.capturedBy()),
                    pdf.small));
            table.addCell(pdf.cell(e.captureMethod(), pdf.small));
            StringBuilder what = new StringBuilder(PdfSheets.nonNull(e.platform()));
            if (e.url() != null && !e.url().isBlank()) {
                what.append(": ").append(e.url());
            }
            if (e.illegalImagery()) {
                what.append("\nIllegal imagery: not kept; reported")
                        .append(e.reportReference() == null ? "" : " (reference " + e.reportReference() + ")");
            }
            if (e.capturedText() != null && !e.capturedText().isBlank()) {
                what.append("\n“").append(e.capturedText()).append("”");
            }
            if (e.hasFile()) {
                what.append("\nFile: ").append(e.fileName());
            }
            table.addCell(pdf.cell(what.toString(), pdf.small));
            table.addCell(pdf.cell(PdfSheets.inTwoLines(e.sha256()), pdf.hash));
        }
        pdf.add(table);
    }

    private static void requests(PdfSheets pdf, List<CaseFile.Request> requests, List<TimelineLine> exchanges) {
        pdf.heading("4. Requests to the member");
        if (requests.isEmpty()) {
            pdf.paragraph("No request was sent to the member.");
            return;
        }
        for (CaseFile.Request request : requests) {
            pdf.subheading(request.kind().label() + " request");
            pdf.add(pdf.labelled("Sent", PdfSheets.when(request.sentAt())));
            pdf.add(pdf.labelled("Deadline", PdfSheets.when(request.deadline())));
            ReferralPackDocument.statement(pdf, request.kind(), request.response(), request.respondedAt(),
                    request.responseText());
            if (request.supervisedAccess()) {
                pdf.paragraph("Supervised access to the member's account took place (no password is kept).");
            }
            if (request.nonComplianceAt() != null) {
                pdf.add(pdf.labelled("Not complied with by the deadline", PdfSheets.when(request.nonComplianceAt())));
            }
        }
        ReferralPackDocument.exchanges(pdf, exchanges);
    }

    private static void referrals(PdfSheets pdf, CaseFile.Referral referral, List<CaseFile.ExternalReferral> external) {
        pdf.heading("5. Referrals");
        pdf.subheading("Disciplinary referral");
        if (referral == null) {
            pdf.paragraph("The case has not been referred to the parent organisation.");
        } else {
            pdf.facts()
                    .fact("Referral", referral.kind().label())
                    .fact("To", referral.organisation())
                    .fact("Approved by", pdf.named(referral.approvedBy()))
                    .fact("Sent", PdfSheets.when(referral.sentAt()))
                    .fact("Acknowledgement due", PdfSheets.when(referral.acknowledgementDue()))
                    .fact("Acknowledged", referral.acknowledgedAt() == null ? null
                            : PdfSheets.when(referral.acknowledgedAt()) + " by " + pdf.named(referral.acknowledgedBy()))
                    .fact("Disciplinary outcome", referral.hrOutcome() == null ? null : referral.hrOutcome().label())
                    .fact("Appealed", referral.appealed() ? "Yes" : null)
                    .done();
        }
        pdf.subheading("External referrals");
        if (external.isEmpty()) {
            pdf.paragraph("None.");
            return;
        }
        PdfPTable table = pdf.table(new float[] {3f, 1.6f, 1.4f, 1.2f}, "Agency", "Their reference", "Referred",
                "By");
        for (CaseFile.ExternalReferral e : external) {
            table.addCell(pdf.cell(e.agency().label(), pdf.small));
            table.addCell(pdf.cell(e.reference(), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.referredAt()), pdf.small));
            table.addCell(pdf.cell(e.referredBy(), pdf.small));
        }
        pdf.add(table);
    }
}
