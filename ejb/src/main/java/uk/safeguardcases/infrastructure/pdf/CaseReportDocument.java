package uk.safeguardcases.infrastructure.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.EvidenceView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * The case report for the board's own file: everything the case page shows (header, concern, allegations,
 * evidence, requests, the referral, external referrals, deadlines, the whole timeline), printed at a moment. For a
 * bilingual board it is in Welsh and English as the referral pack is ({@link DocumentWords}): the product's words
 * Welsh first, the board's names and clauses in the Welsh it gave or marked as English only, people's own words once.
 */
public final class CaseReportDocument {

    private CaseReportDocument() {
    }

    /** The report in English. */
    public static byte[] render(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt,
            java.util.function.UnaryOperator<String> names) {
        return render(boardName, file, timeline, printedAt, names, null);
    }

    /** The report; in Welsh and English when {@code welsh} (the board's own words in Welsh) is given. */
    public static byte[] render(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt,
            java.util.function.UnaryOperator<String> names, ReferralPack.InWelsh welsh) {
        CaseSummary summary = file.summary();
        DocumentWords words = DocumentWords.forBoard(welsh != null);
        return PdfSheets.write(words, words.label("report.docTitle"), summary.reference(), null, printedAt, pdf -> {
            pdf.naming(names);
            pdf.markingBlock();
            pdf.title(words.label("report.title", summary.reference()));
            pdf.facts()
                    .fact(words.label("pack.board"), words.name(boardName, welsh == null ? null : welsh.boardName()))
                    .fact(words.label("pack.reference"), summary.reference())
                    .fact(words.label("pack.member"), summary.subjectName())
                    .fact(words.label("pack.organisation"), words.name(summary.organisationName(),
                            welsh == null ? null : welsh.organisationName()))
                    .fact(words.label("report.step"), summary.statusValue() == null ? summary.status()
                            : words.of(summary.statusValue()))
                    .fact(words.label("pack.source"), summary.sourceValue() == null ? summary.source()
                            : words.of(summary.sourceValue()))
                    .fact(words.label("pack.raised"), PdfSheets.when(summary.raisedAt()) + " "
                            + words.label("pack.evidence.by", pdf.named(summary.raisedBy())))
                    .fact(words.label("report.triageDecision"), words.of(file.triageDecision()))
                    .fact(words.label("pack.outcome"), words.of(file.outcome()))
                    .fact(words.label("report.closed"), file.closedAt() == null ? null : PdfSheets.when(file.closedAt())
                            + " (" + (file.closureReason() == null ? "" : words.of(file.closureReason())) + ")")
                    .fact(words.label("report.keptUntil"), PdfSheets.day(file.retentionUntil()))
                    .fact(words.label("report.printed"), PdfSheets.when(printedAt))
                    .done();

            if (!file.deadlines().isEmpty()) {
                pdf.heading(words.label("report.deadlines"));
                for (CaseFile.Deadline d : file.deadlines()) {
                    pdf.add(pdf.labelled(words.of(d.kind()),
                            PdfSheets.when(d.due()) + (d.overdue() ? " (" + words.label("report.overdue") + ")" : "")));
                }
            }

            pdf.heading("1. " + words.label("pack.concern"));
            pdf.paragraph(file.concern());

            ReferralPackDocument.allegations(pdf, file.allegations(), "2.",
                    welsh == null ? java.util.Map.of() : welsh.clauseWords());
            evidence(pdf, file.evidence());
            requests(pdf, file.requests(), timeline.stream()
                    .filter(line -> AuditAction.isMemberRequestExchange(line.action())).toList());
            referrals(pdf, file.referral(), file.externalReferrals(), welsh);

            pdf.heading("6. " + words.label("pack.timeline"));
            pdf.paragraphs(words.sentences("report.boardOnly"));
            if (words.bilingual()) {
                pdf.paragraphs(words.sentences("pack.timeline.english"));
            }
            ReferralPackDocument.timeline(pdf, timeline, true);
        });
    }

    private static void evidence(PdfSheets pdf, List<EvidenceView> evidence) {
        DocumentWords words = pdf.words();
        pdf.heading("3. " + words.label("pack.evidence"));
        if (evidence.isEmpty()) {
            pdf.paragraphs(words.sentences("pack.evidence.none"));
            return;
        }
        PdfPTable table = pdf.table(new float[] {0.5f, 1.3f, 1.5f, 3f, 2.6f}, words.label("number"),
                words.label("pack.evidence.captured"), words.label("pack.evidence.method"),
                words.label("pack.evidence.what"), words.label("pack.evidence.sha256"));
        for (EvidenceView e : evidence) {
            table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.capturedAt()) + "\n"
                    + words.label("pack.evidence.by", pdf.named(e.capturedBy())), pdf.small));
            table.addCell(pdf.cell((e.captureMethodValue() == null ? e.captureMethod()
                    : words.of(e.captureMethodValue())) + "\n" + words.captureForm(e.captureFormValue()), pdf.small));
            StringBuilder what = new StringBuilder(e.platformValue() == null ? PdfSheets.nonNull(e.platform())
                    : words.of(e.platformValue()));
            if (e.url() != null && !e.url().isBlank()) {
                what.append(": ").append(e.url());
            }
            if (e.illegalImagery()) {
                what.append("\n").append(e.reportReference() == null ? words.label("report.evidence.illegal")
                        : words.label("report.evidence.illegalReference", e.reportReference()));
            }
            if (e.capturedText() != null && !e.capturedText().isBlank()) {
                what.append("\n“").append(e.capturedText()).append("”");
            }
            if (e.hasFile()) {
                what.append("\n").append(words.label("report.evidence.file", e.fileName()));
            }
            table.addCell(pdf.cell(what.toString(), pdf.small));
            table.addCell(pdf.cell(PdfSheets.inTwoLines(e.sha256()), pdf.hash));
        }
        pdf.add(table);
    }

    private static void requests(PdfSheets pdf, List<CaseFile.Request> requests, List<TimelineLine> exchanges) {
        DocumentWords words = pdf.words();
        pdf.heading("4. " + words.label("report.requests"));
        if (requests.isEmpty()) {
            pdf.paragraphs(words.sentences("pack.responses.none"));
            return;
        }
        for (CaseFile.Request request : requests) {
            pdf.subheading(words.label("pack.request", request.kind()));
            pdf.add(pdf.labelled(words.label("sent"), PdfSheets.when(request.sentAt())));
            pdf.add(pdf.labelled(words.label("deadline"), PdfSheets.when(request.deadline())));
            ReferralPackDocument.statement(pdf, request.kind(), request.response(), request.respondedAt(),
                    request.responseText());
            if (request.supervisedAccess()) {
                pdf.paragraphs(words.sentences("report.supervisedAccess"));
            }
            if (request.nonComplianceAt() != null) {
                pdf.add(pdf.labelled(words.label("pack.notComplied"), PdfSheets.when(request.nonComplianceAt())));
            }
        }
        ReferralPackDocument.exchanges(pdf, exchanges);
    }

    private static void referrals(PdfSheets pdf, CaseFile.Referral referral, List<CaseFile.ExternalReferral> external,
            ReferralPack.InWelsh welsh) {
        DocumentWords words = pdf.words();
        pdf.heading("5. " + words.label("report.referrals"));
        pdf.subheading(words.label("report.disciplinaryReferral"));
        if (referral == null) {
            pdf.paragraphs(words.sentences("report.notReferred"));
        } else {
            pdf.facts()
                    .fact(words.label("pack.referral"), words.of(referral.kind()))
                    .fact(words.label("report.to"), words.name(referral.organisation(),
                            welsh == null ? null : welsh.organisationName()))
                    .fact(words.label("approvedBy"), pdf.named(referral.approvedBy()))
                    .fact(words.label("sent"), PdfSheets.when(referral.sentAt()))
                    .fact(words.label("pack.acknowledgementDue"), PdfSheets.when(referral.acknowledgementDue()))
                    .fact(words.label("report.acknowledged"), referral.acknowledgedAt() == null ? null
                            : PdfSheets.when(referral.acknowledgedAt()) + " "
                            + words.label("pack.evidence.by", pdf.named(referral.acknowledgedBy())))
                    .fact(words.label("report.hrOutcome"), words.of(referral.hrOutcome()))
                    .fact(words.label("report.appealed"), referral.appealed() ? words.label("report.yes") : null)
                    .done();
        }
        pdf.subheading(words.label("report.external"));
        if (external.isEmpty()) {
            pdf.paragraphs(words.sentences("none"));
            return;
        }
        PdfPTable table = pdf.table(new float[] {3f, 1.6f, 1.4f, 1.2f}, words.label("report.agency"),
                words.label("report.theirReference"), words.label("report.referred"), words.label("report.by"));
        for (CaseFile.ExternalReferral e : external) {
            table.addCell(pdf.cell(words.of(e.agency()), pdf.small));
            table.addCell(pdf.cell(e.reference(), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.referredAt()), pdf.small));
            table.addCell(pdf.cell(e.referredBy(), pdf.small));
        }
        pdf.add(table);
    }
}
