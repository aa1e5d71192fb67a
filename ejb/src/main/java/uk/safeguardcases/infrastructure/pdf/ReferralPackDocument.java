package uk.safeguardcases.infrastructure.pdf;

import uk.safeguardcases.domain.cases.Redaction;

import uk.safeguardcases.application.reports.Documents;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The referral pack (CHSCB 6.2) as the PDF the HR partner of the member's parent organisation receives: a
 * cover, the allegations with their clauses quoted, the evidence with capture time, method and SHA-256, the
 * member's responses, the board's findings and the senior's approval, and the timeline. It prints exactly
 * the {@link ReferralPack}, which already holds only what HR may see.
 */
public final class ReferralPackDocument {

    /** What every page of a pack printed from the case as it is now says, so it is never taken for the one sent. */
    static final String CURRENT_LABEL = Documents.CURRENT_LABEL;

    private ReferralPackDocument() {
    }

    /** The pack as it is sent to the HR partner (the process keeps these bytes; see {@code ReferralPackPdf}). */
    public static byte[] render(ReferralPack pack, java.util.function.UnaryOperator<String> names) {
        ReferralPack.Referred referral = pack.referral();
        Instant created = referral.sentAt() == null ? Instant.now() : referral.sentAt();
        return PdfSheets.write("Referral pack", referral.reference(), created, pdf -> {
            pdf.naming(names);
            content(pdf, pack);
        });
    }

    /**
     * The pack printed from the case as it is now, labelled on the cover and on every page as not the pack that
     * was sent; the cover names the sent pack's SHA-256 ({@code sentSha256}, null when no copy was kept).
     */
    public static byte[] renderCurrent(ReferralPack pack, Instant printedAt, String sentSha256, Instant sentAt,
            java.util.function.UnaryOperator<String> names) {
        return PdfSheets.write("Referral pack, current version", pack.referral().reference(), CURRENT_LABEL,
                printedAt, pdf -> {
                    pdf.naming(names);
                    pdf.markingBlock();
                    pdf.title("Current version of the referral pack");
                    pdf.paragraph("Printed on " + PdfSheets.when(printedAt) + " from the case as it is now. This is"
                            + " not the pack sent to the HR partner"
                            + (sentSha256 == null ? ", which was sent before Safeguard Cases kept sent packs."
                                    : ": that pack is kept unchanged, and its SHA-256 is the one in the timeline."));
                    pdf.facts()
                            .fact("Pack sent", PdfSheets.when(sentAt))
                            .fact("SHA-256 of the pack sent", sentSha256)
                            .done();
                    content(pdf, pack);
                });
    }

    private static void content(PdfSheets pdf, ReferralPack pack) {
        cover(pdf, pack);
        concern(pdf, pack.referral());
        allegations(pdf, pack);
        evidence(pdf, pack);
        responses(pdf, pack);
        findings(pdf, pack.decision());
        timeline(pdf, pack);
    }

    private static void cover(PdfSheets pdf, ReferralPack pack) {
        ReferralPack.Referred r = pack.referral();
        pdf.markingBlock();
        pdf.title("Disciplinary referral pack");
        pdf.paragraph(r.boardName());
        pdf.facts()
                .fact("Board", r.boardName())
                .fact("Reference", r.reference())
                .fact("Member", r.subjectName())
                .fact("Parent organisation", r.organisationName())
                .fact("Referral", r.kind() == null ? null : r.kind().label())
                .fact("Sent", PdfSheets.when(r.sentAt()))
                .fact("Approved by", pdf.named(r.approvedBy()))
                .fact("Acknowledgement due", PdfSheets.when(r.acknowledgementDue()))
                .fact("Contact at the board", contact(pack.contact()))
                .done();
        pdf.paragraph("This pack is sent to the HR partner of the member's parent organisation,"
                + " which decides any disciplinary action. Handle it as " + PdfSheets.MARKING + ": share it only"
                + " with those who need it for the disciplinary process. The evidence files stay with the board;"
                + " each item is listed with its SHA-256 so that a copy can be matched.");
        if (pack.declaration() != null) {
            // NSCB model policy 4.2 and Appendix 1: what an HR panel asks first.
            pdf.subheading("Policy declaration");
            pdf.paragraph(pack.declaration().english());
        }
        if (pack.redacted() > 0) {
            pdf.paragraph(pack.redacted() + (pack.redacted() == 1 ? " passage" : " passages") + " of other people's"
                    + " details (third parties) have been redacted from this pack and read " + Redaction.MARK
                    + ". The board keeps them.");
        }
    }

    private static String contact(ReferralPack.Contact contact) {
        if (contact == null || contact.name() == null) {
            return null;
        }
        return contact.name() + (contact.email() == null ? "" : " <" + contact.email() + ">");
    }

    private static void concern(PdfSheets pdf, ReferralPack.Referred r) {
        pdf.heading("1. The concern");
        pdf.facts()
                .fact("Source", r.source() == null ? null : r.source().label())
                .fact("Raised", PdfSheets.when(r.raisedAt()))
                .done();
        pdf.paragraph(r.concernSummary());
    }

    static void allegations(PdfSheets pdf, java.util.List<AllegationView> allegations, String number) {
        pdf.heading(number + " Allegations");
        if (allegations.isEmpty()) {
            pdf.paragraph("No allegation was recorded.");
        }
        for (AllegationView a : allegations) {
            pdf.subheading("Clause " + a.clauseReference());
            pdf.quoted(a.clauseText());
            pdf.add(pdf.labelled("Category", a.category().label()));
            pdf.add(pdf.labelled("Severity", a.severity().label()));
            if (a.possibleOffence() != null) {
                pdf.add(pdf.labelled("Possible offence", a.possibleOffence().label()));
            }
            pdf.add(pdf.labelled("Particulars", a.particulars()));
        }
    }

    private static void allegations(PdfSheets pdf, ReferralPack pack) {
        allegations(pdf, pack.allegations(), "2.");
    }

    private static void evidence(PdfSheets pdf, ReferralPack pack) {
        pdf.heading("3. Evidence");
        if (pack.evidence().isEmpty()) {
            pdf.paragraph("No evidence was captured.");
            return;
        }
        PdfPTable table = pdf.table(new float[] {0.35f, 1.3f, 1.5f, 3f, 2.6f}, "No.", "Captured", "Method",
                "Where and what", "SHA-256");
        for (ReferralPack.EvidenceItem e : pack.evidence()) {
            table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.capturedAt()) + "\nby " + pdf.named(e.capturedBy()),
                    pdf.small));
            table.addCell(pdf.cell(e.captureMethod().label(), pdf.small));
            table.addCell(pdf.cell(what(e), pdf.small));
            table.addCell(e.detailsWithheld() ? pdf.cell("Held by the board", pdf.small)
                    : pdf.cell(PdfSheets.inTwoLines(e.sha256()), pdf.hash));
        }
        pdf.add(table);
    }

    private static String what(ReferralPack.EvidenceItem e) {
        StringBuilder text = new StringBuilder(e.platform().label());
        if (e.url() != null && !e.url().isBlank()) {
            text.append(": ").append(e.url());
        }
        if (e.detailsWithheld()) {
            text.append("\nDetails of this item are held by the board and are not part of this pack.");
        } else {
            if (e.capturedText() != null && !e.capturedText().isBlank()) {
                text.append("\n“").append(e.capturedText()).append("”");
            }
            if (e.fileName() != null) {
                text.append("\nFile kept by the board: ").append(e.fileName());
            }
        }
        return text.toString();
    }

    private static void responses(PdfSheets pdf, ReferralPack pack) {
        pdf.heading("4. The member's responses");
        if (pack.requests().isEmpty()) {
            pdf.paragraph("No request was sent to the member.");
            return;
        }
        for (ReferralPack.RequestItem request : pack.requests()) {
            pdf.subheading(request.kind().label() + " request");
            pdf.add(pdf.labelled("Sent", PdfSheets.when(request.sentAt())));
            pdf.add(pdf.labelled("Deadline", PdfSheets.when(request.deadline())));
            statement(pdf, request.kind(), request.response(), request.respondedAt(), request.responseText());
            if (request.nonComplianceAt() != null) {
                pdf.add(pdf.labelled("Not complied with by the deadline", PdfSheets.when(request.nonComplianceAt())));
            }
        }
        exchanges(pdf, pack.exchanges());
    }

    /**
     * The member's account in answer to the co-operation request, answered once, in full (the timeline says only
     * how they co-operated). The answers to a removal request are among the exchanges, with their reasons.
     */
    static void statement(PdfSheets pdf, RequestKind kind, MemberResponse response, Instant at, String text) {
        if (kind != RequestKind.COOPERATION || response == null) {
            return;
        }
        pdf.add(pdf.labelled("Response", response.label() + ", " + PdfSheets.when(at)));
        if (text != null && !text.isBlank()) {
            pdf.quoted(text);
        }
    }

    /**
     * Every answer the member gave and every decision the board made on it, in the order they happened, with the
     * member's reasons and the board's in full: the last answer alone beside an earlier decision reads as a
     * contradiction.
     */
    static void exchanges(PdfSheets pdf, java.util.List<TimelineLine> exchanges) {
        pdf.subheading("What was said and decided, in order");
        if (exchanges.isEmpty()) {
            pdf.paragraph("The member has not answered.");
            return;
        }
        PdfPTable table = pdf.table(new float[] {1.3f, 1.2f, 1.8f, 4.5f}, "When", "Who", "What", "Detail");
        for (TimelineLine line : exchanges) {
            table.addCell(pdf.cell(PdfSheets.when(line.occurredAt()), pdf.small));
            table.addCell(pdf.cell(pdf.named(line.actor()), pdf.small));
            table.addCell(pdf.cell(line.action(), pdf.smallStrong));
            table.addCell(pdf.cell(line.detail(), pdf.small));
        }
        pdf.add(table);
    }

    private static void findings(PdfSheets pdf, ReferralPack.Decision decision) {
        pdf.heading("5. Findings and approval");
        pdf.facts()
                .fact("Outcome", decision.outcome() == null ? null : decision.outcome().label())
                .fact("Decided by", pdf.named(decision.decidedBy()))
                .done();
        pdf.subheading("The officer's findings");
        pdf.paragraph(decision.reasons());
        pdf.subheading("The senior manager's approval");
        pdf.add(pdf.labelled("Approved by", pdf.named(decision.approvedBy())));
        if (decision.approvalNote() != null && !decision.approvalNote().isBlank()) {
            pdf.quoted(decision.approvalNote());
        }
    }

    private static void timeline(PdfSheets pdf, ReferralPack pack) {
        pdf.heading("6. Timeline");
        timeline(pdf, pack.timeline(), false);
    }

    /** The timeline as a table; {@code markBoardOnly} notes under each entry HR does not see that it is the board's. */
    static void timeline(PdfSheets pdf, java.util.List<TimelineLine> lines, boolean markBoardOnly) {
        PdfPTable table = pdf.table(new float[] {1.3f, 1.2f, 1.8f, 4.5f}, "When", "Who", "What", "Detail");
        for (TimelineLine line : lines) {
            table.addCell(pdf.cell(PdfSheets.when(line.occurredAt()), pdf.small));
            table.addCell(pdf.cell(pdf.named(line.actor()), pdf.small));
            table.addCell(pdf.cell(line.action() + (markBoardOnly && !line.sharedWithHr() ? "\n(board only)" : ""),
                    pdf.smallStrong));
            table.addCell(pdf.cell(line.detail(), pdf.small));
        }
        pdf.add(table);
    }
}
