package uk.safeguardcases.infrastructure.pdf;

import uk.safeguardcases.domain.cases.Redaction;

import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.requests.CooperationAccount;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The referral pack (CHSCB 6.2) as the PDF the HR partner of the member's parent organisation receives: a
 * cover, the allegations with their clauses quoted, the evidence with capture time, method, form and SHA-256, the
 * member's responses, the board's findings and the senior's approval, and the timeline. It prints exactly
 * the {@link ReferralPack}, which already holds only what HR may see. For a bilingual board every heading, label
 * and sentence of the product's is in Welsh and English ({@link DocumentWords}), and the board's names and its
 * clauses in the Welsh it gave; people's own words are printed once, as they wrote them.
 */
public final class ReferralPackDocument {

    private ReferralPackDocument() {
    }

    /** The pack as it is sent to the HR partner (the process keeps these bytes; see {@code ReferralPackPdf}). */
    public static byte[] render(ReferralPack pack, java.util.function.UnaryOperator<String> names) {
        ReferralPack.Referred referral = pack.referral();
        Instant created = referral.sentAt() == null ? Instant.now() : referral.sentAt();
        DocumentWords words = wordsFor(pack);
        return PdfSheets.write(words, words.label("pack.docTitle"), referral.reference(), null, created, pdf -> {
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
        DocumentWords words = wordsFor(pack);
        return PdfSheets.write(words, words.label("pack.current.docTitle"), pack.referral().reference(),
                words.label("pack.current.label"), printedAt, pdf -> {
                    pdf.naming(names);
                    pdf.markingBlock();
                    pdf.title(words.label("pack.current.title"));
                    pdf.paragraphs(words.sentences(sentSha256 == null ? "pack.current.printed"
                            : "pack.current.printedKept", PdfSheets.when(printedAt)));
                    pdf.facts()
                            .fact(words.label("pack.current.sent"), PdfSheets.when(sentAt))
                            .fact(words.label("pack.current.sha256"), sentSha256)
                            .done();
                    content(pdf, pack);
                });
    }

    private static DocumentWords wordsFor(ReferralPack pack) {
        return DocumentWords.forBoard(pack.welsh() != null);
    }

    private static void content(PdfSheets pdf, ReferralPack pack) {
        cover(pdf, pack);
        concern(pdf, pack.referral());
        allegations(pdf, pack);
        evidence(pdf, pack);
        responses(pdf, pack);
        findings(pdf, pack);
        timeline(pdf, pack);
    }

    private static void cover(PdfSheets pdf, ReferralPack pack) {
        DocumentWords words = pdf.words();
        ReferralPack.Referred r = pack.referral();
        ReferralPack.InWelsh welsh = pack.welsh();
        String board = words.name(r.boardName(), welsh == null ? null : welsh.boardName());
        pdf.markingBlock();
        pdf.title(words.label("pack.title"));
        pdf.paragraph(board);
        pdf.facts()
                .fact(words.label("pack.board"), board)
                .fact(words.label("pack.reference"), r.reference())
                .fact(words.label("pack.member"), r.subjectName())
                .fact(words.label("pack.organisation"),
                        words.name(r.organisationName(), welsh == null ? null : welsh.organisationName()))
                .fact(words.label("pack.referral"), words.of(r.kind()))
                .fact(words.label("sent"), PdfSheets.when(r.sentAt()))
                .fact(words.label("approvedBy"), pdf.named(r.approvedBy()))
                .fact(words.label("pack.acknowledgementDue"), PdfSheets.when(r.acknowledgementDue()))
                .fact(words.label("pack.contact"), contact(pack.contact()))
                .done();
        pdf.paragraphs(words.sentences("pack.intro", words.label("marking")));
        if (pack.declaration() != null) {
            // NSCB model policy 4.2 and Appendix 1: what an HR panel asks first.
            pdf.subheading(words.label("pack.declaration"));
            if (welsh != null && welsh.declaration() != null) {
                pdf.paragraph(welsh.declaration());
            }
            pdf.paragraph(pack.declaration().english());
        }
        for (ReferralPack.Section section : pack.sections() == null ? List.<ReferralPack.Section>of()
                : pack.sections()) {
            // A process's own section (ReferralPackSections), worded by the process in the board's languages.
            pdf.subheading(section.heading());
            PdfSheets.Facts facts = pdf.facts();
            section.facts().forEach(fact -> facts.fact(fact.label(), fact.value()));
            facts.done();
        }
        if (pack.redacted() > 0) {
            pdf.paragraphs(pack.redacted() == 1 ? words.sentences("pack.redacted.one", Redaction.MARK)
                    : words.sentences("pack.redacted.many", pack.redacted(), Redaction.MARK));
        }
    }

    private static String contact(ReferralPack.Contact contact) {
        if (contact == null || contact.name() == null) {
            return null;
        }
        return contact.name() + (contact.email() == null ? "" : " <" + contact.email() + ">");
    }

    private static void concern(PdfSheets pdf, ReferralPack.Referred r) {
        DocumentWords words = pdf.words();
        pdf.heading("1. " + words.label("pack.concern"));
        pdf.facts()
                .fact(words.label("pack.source"), words.of(r.source()))
                .fact(words.label("pack.raised"), PdfSheets.when(r.raisedAt()))
                .done();
        pdf.paragraph(r.concernSummary());
    }

    /** The allegations, each clause quoted in the Welsh the board gave ({@code welshClauses}, by id) and in English. */
    static void allegations(PdfSheets pdf, List<AllegationView> allegations, String number,
            java.util.Map<Long, String> welshClauses) {
        DocumentWords words = pdf.words();
        pdf.heading(number + " " + words.label("pack.allegations"));
        if (allegations.isEmpty()) {
            pdf.paragraphs(words.sentences("pack.allegations.none"));
        }
        for (AllegationView a : allegations) {
            pdf.subheading(words.label("pack.clause", a.clauseReference()));
            String welsh = welshClauses.get(a.id());
            if (welsh != null) {
                pdf.quoted(welsh);
            }
            pdf.quoted(a.clauseText());
            if (words.bilingual() && welsh == null) {
                pdf.paragraph("(" + DocumentWords.in(uk.safeguardcases.application.Texts.WELSH, "englishOnly") + ")");
            }
            pdf.add(pdf.labelled(words.label("pack.category"), words.of(a.category())));
            pdf.add(pdf.labelled(words.label("pack.severity"), words.of(a.severity())));
            if (a.possibleOffence() != null) {
                pdf.add(pdf.labelled(words.label("pack.offence"), words.of(a.possibleOffence())));
            }
            pdf.add(pdf.labelled(words.label("pack.particulars"), a.particulars()));
        }
    }

    private static void allegations(PdfSheets pdf, ReferralPack pack) {
        allegations(pdf, pack.allegations(), "2.",
                pack.welsh() == null ? java.util.Map.of() : pack.welsh().clauseWords());
    }

    private static void evidence(PdfSheets pdf, ReferralPack pack) {
        DocumentWords words = pdf.words();
        pdf.heading("3. " + words.label("pack.evidence"));
        if (pack.evidence().isEmpty()) {
            pdf.paragraphs(words.sentences("pack.evidence.none"));
            return;
        }
        PdfPTable table = pdf.table(new float[] {0.35f, 1.3f, 1.5f, 3f, 2.6f}, words.label("number"),
                words.label("pack.evidence.captured"), words.label("pack.evidence.method"),
                words.label("pack.evidence.what"), words.label("pack.evidence.sha256"));
        for (ReferralPack.EvidenceItem e : pack.evidence()) {
            table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
            table.addCell(pdf.cell(PdfSheets.when(e.capturedAt()) + "\n"
                    + words.label("pack.evidence.by", pdf.named(e.capturedBy())), pdf.small));
            table.addCell(pdf.cell(words.of(e.captureMethod()) + "\n" + words.captureForm(e.captureForm()),
                    pdf.small));
            table.addCell(pdf.cell(what(words, e), pdf.small));
            table.addCell(e.detailsWithheld() ? pdf.cell(words.label("pack.evidence.held"), pdf.small)
                    : pdf.cell(PdfSheets.inTwoLines(e.sha256()), pdf.hash));
        }
        pdf.add(table);
    }

    private static String what(DocumentWords words, ReferralPack.EvidenceItem e) {
        StringBuilder text = new StringBuilder(words.of(e.platform()));
        if (e.url() != null && !e.url().isBlank()) {
            text.append(": ").append(e.url());
        }
        if (e.detailsWithheld()) {
            words.sentences("pack.evidence.withheld").forEach(s -> text.append("\n").append(s));
        } else {
            if (e.capturedText() != null && !e.capturedText().isBlank()) {
                text.append("\n“").append(e.capturedText()).append("”");
            }
            if (e.fileName() != null) {
                text.append("\n").append(words.label("pack.evidence.file", e.fileName()));
            }
        }
        return text.toString();
    }

    private static void responses(PdfSheets pdf, ReferralPack pack) {
        DocumentWords words = pdf.words();
        pdf.heading("4. " + words.label("pack.responses"));
        if (pack.requests().isEmpty()) {
            pdf.paragraphs(words.sentences("pack.responses.none"));
            return;
        }
        for (ReferralPack.RequestItem request : pack.requests()) {
            pdf.subheading(words.label("pack.request", request.kind()));
            pdf.add(pdf.labelled(words.label("sent"), PdfSheets.when(request.sentAt())));
            pdf.add(pdf.labelled(words.label("deadline"), PdfSheets.when(request.deadline())));
            statement(pdf, request.kind(), request.response(), request.respondedAt(), request.responseText());
            if (request.nonComplianceAt() != null) {
                pdf.add(pdf.labelled(words.label("pack.notComplied"), PdfSheets.when(request.nonComplianceAt())));
            }
        }
        exchanges(pdf, pack.exchanges());
    }

    /**
     * What the member answered to a request, or that they did not. To the co-operation request: how, when, whether
     * they accept an interview (a box they ticked: the product's words, so a label, never in quotation marks) and
     * their own words, quoted in full. To the removal request: how and when; their reasons and the board's decision
     * on them are among the exchanges, in order.
     */
    static void statement(PdfSheets pdf, RequestKind kind, MemberResponse response, Instant at, String text) {
        DocumentWords words = pdf.words();
        if (response == null) {
            pdf.add(pdf.labelled(words.label("pack.response"), words.label("pack.response.none")));
            return;
        }
        pdf.add(pdf.labelled(words.label("pack.response"), words.of(response) + ", " + PdfSheets.when(at)));
        if (kind != RequestKind.COOPERATION) {
            if (text != null && !text.isBlank()) {
                pdf.paragraph("(" + words.label("pack.response.reasons") + ")");
            }
            return;
        }
        CooperationAccount account = CooperationAccount.of(text);
        if (account.acceptsInterview()) {
            pdf.add(pdf.labelled(words.label("pack.response.interview"), words.label("pack.response.interview.yes")));
        }
        if (!account.ownWords().isBlank()) {
            pdf.add(pdf.labelled(words.label("pack.response.ownWords"), ""));
            pdf.quoted(account.ownWords());
        }
    }

    /**
     * Every answer the member gave and every decision the board made on it, in the order they happened, with the
     * member's reasons and the board's in full: the last answer alone beside an earlier decision reads as a
     * contradiction.
     */
    static void exchanges(PdfSheets pdf, List<TimelineLine> exchanges) {
        DocumentWords words = pdf.words();
        pdf.subheading(words.label("pack.exchanges"));
        if (exchanges.isEmpty()) {
            pdf.paragraphs(words.sentences("pack.exchanges.none"));
            return;
        }
        PdfPTable table = pdf.table(new float[] {1.3f, 1.2f, 1.8f, 4.5f}, words.label("when"), words.label("who"),
                words.label("what"), words.label("detail"));
        for (TimelineLine line : exchanges) {
            table.addCell(pdf.cell(PdfSheets.when(line.occurredAt()), pdf.small));
            table.addCell(pdf.cell(pdf.named(line.actor()), pdf.small));
            table.addCell(pdf.cell(action(words, line), pdf.smallStrong));
            table.addCell(pdf.cell(line.detail(), pdf.small));
        }
        pdf.add(table);
    }

    private static void findings(PdfSheets pdf, ReferralPack pack) {
        DocumentWords words = pdf.words();
        ReferralPack.Decision decision = pack.decision();
        pdf.heading("5. " + words.label("pack.findings"));
        pdf.facts()
                .fact(words.label("pack.outcome"), words.of(decision.outcome()))
                .fact(words.label("pack.decidedBy"), pdf.named(decision.decidedBy()))
                .done();
        pdf.subheading(words.label("pack.officersFindings"));
        pdf.paragraph(decision.reasons());
        pdf.subheading(words.label("pack.approval"));
        if (!pack.approved()) {
            pdf.paragraphs(words.sentences("pack.notYetApproved"));
            return;
        }
        pdf.add(pdf.labelled(words.label("approvedBy"), pdf.named(decision.approvedBy())));
        if (decision.approvalNote() != null && !decision.approvalNote().isBlank()) {
            pdf.quoted(decision.approvalNote());
        }
    }

    private static void timeline(PdfSheets pdf, ReferralPack pack) {
        pdf.heading("6. " + pdf.words().label("pack.timeline"));
        if (pdf.words().bilingual()) {
            pdf.paragraphs(pdf.words().sentences("pack.timeline.english"));
        }
        timeline(pdf, pack.timeline(), false);
    }

    /** The timeline as a table; {@code markBoardOnly} notes under each entry HR does not see that it is the board's. */
    static void timeline(PdfSheets pdf, List<TimelineLine> lines, boolean markBoardOnly) {
        DocumentWords words = pdf.words();
        PdfPTable table = pdf.table(new float[] {1.3f, 1.2f, 1.8f, 4.5f}, words.label("when"), words.label("who"),
                words.label("what"), words.label("detail"));
        for (TimelineLine line : lines) {
            table.addCell(pdf.cell(PdfSheets.when(line.occurredAt()), pdf.small));
            table.addCell(pdf.cell(pdf.named(line.actor()), pdf.small));
            table.addCell(pdf.cell(action(words, line) + (markBoardOnly && !line.sharedWithHr()
                    ? "\n" + words.label("pack.boardOnly") : ""), pdf.smallStrong));
            table.addCell(pdf.cell(line.detail(), pdf.small));
        }
        pdf.add(table);
    }

    /** What a timeline entry records: its English label as kept, after the Welsh in a bilingual document. */
    private static String action(DocumentWords words, TimelineLine line) {
        return words.action(line.action(), AuditAction.byLabel(line.action()).orElse(null));
    }
}
