package uk.safeguardcases.infrastructure.search;

import com.lowagie.text.pdf.PdfPTable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.safeguardcases.application.search.RegisterFilter;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.SearchDocuments;
import uk.safeguardcases.application.search.SearchLogView;
import uk.safeguardcases.infrastructure.pdf.DocumentWords;
import uk.safeguardcases.infrastructure.pdf.PdfSheets;

/**
 * The search register and one search's log, for inspection (LSCB §3: "authorised by a member of staff of appropriate
 * seniority and the process and its outcomes logged"): every authorisation and its use. People are named as the
 * views name them (never by login). For a bilingual board both are in Welsh and English as the referral pack is
 * ({@link DocumentWords}), their words in the child searches' own bundle ({@code search/SearchDocumentTexts}); what
 * people wrote (the concern, the reasons, what was found) is printed once, as written.
 */
@ApplicationScoped
public class ChildSearchDocuments implements SearchDocuments {

    @Inject
    private BoardRepository boards;

    @Override
    public byte[] register(String boardName, RegisterFilter filter, List<ChildSearchView> searches,
            Instant printedAt) {
        Board board = boards.current();
        return register(DocumentWords.forBoard(board.welshInterface()), boardName, board.nameCy(), filter, searches,
                printedAt);
    }

    static byte[] register(DocumentWords words, String boardName, String boardNameCy, RegisterFilter filter,
            List<ChildSearchView> searches, Instant printedAt) {
        return PdfSheets.write(words, words.label("search.register.title"), words.label("search.register.reference"),
                null, printedAt, pdf -> {
            pdf.title(words.label("search.register.title"));
            pdf.markingBlock();
            pdf.facts().fact(words.label("pack.board"), words.name(boardName, boardNameCy))
                    .fact(words.label("report.printed"), PdfSheets.when(printedAt))
                    .fact(words.label("search.shown"), shown(words, filter))
                    .fact(words.label("search.searches"), String.valueOf(searches.size())).done();
            if (searches.isEmpty()) {
                pdf.paragraphs(words.sentences("search.none"));
                return;
            }
            PdfPTable table = pdf.table(new float[] {2.2f, 1.7f, 2.4f, 2.1f, 1.6f}, words.label("search.reference"),
                    words.label("search.requested"), words.label("search.authorisation"), words.label("search.use"),
                    words.label("search.outcome"));
            for (ChildSearchView s : searches) {
                table.addCell(pdf.cell(s.reference() + "\n" + words.label("search.child", s.childReference()) + "\n"
                        + words.label("search.agencyCase", s.agencyCaseNumber()), pdf.small));
                table.addCell(pdf.cell(PdfSheets.when(s.requestedAt()) + "\n"
                        + words.label("pack.evidence.by", s.requestedBy()) + "\n"
                        + words.label("search.asked", s.platforms()), pdf.small));
                table.addCell(pdf.cell(authorisation(words, s), pdf.small));
                table.addCell(pdf.cell(use(words, s), pdf.small));
                table.addCell(pdf.cell(outcome(words, s), pdf.small));
            }
            pdf.add(table);
        });
    }

    @Override
    public byte[] searchLog(String boardName, ChildSearchView s, List<SearchLogView> log, Instant printedAt) {
        Board board = boards.current();
        return searchLog(DocumentWords.forBoard(board.welshInterface()), boardName, board.nameCy(), s, log,
                printedAt);
    }

    static byte[] searchLog(DocumentWords words, String boardName, String boardNameCy, ChildSearchView s,
            List<SearchLogView> log, Instant printedAt) {
        return PdfSheets.write(words, words.label("search.log.docTitle"), s.reference(), null, printedAt, pdf -> {
            pdf.title(words.label("search.log.title", s.reference()));
            pdf.markingBlock();
            pdf.facts().fact(words.label("pack.board"), words.name(boardName, boardNameCy))
                    .fact(words.label("search.childReference"), s.childReference())
                    .fact(words.label("search.agencyCaseNumber"), s.agencyCaseNumber())
                    .fact(words.label("report.printed"), PdfSheets.when(printedAt))
                    .fact(words.label("report.keptUntil"), PdfSheets.day(s.keepUntil())).done();
            pdf.heading("1. " + words.label("search.theRequest"));
            pdf.facts().fact(words.label("search.requested"), PdfSheets.when(s.requestedAt()) + " "
                            + words.label("pack.evidence.by", s.requestedBy()))
                    .fact(words.label("search.concern"), s.concern())
                    .fact(words.label("search.platforms"), s.platforms())
                    .fact(words.label("search.lookedAt"), s.lookedAt())
                    .fact(words.label("search.openMethods"), words.joined(words.sentences(s.openMethodsDeclared()
                            ? "search.openMethods.declared" : "search.openMethods.notDeclared")))
                    .done();
            pdf.heading("2. " + words.label("search.theAuthorisation"));
            pdf.paragraph(authorisation(words, s));
            pdf.heading("3. " + words.label("search.theLog"));
            if (log.isEmpty()) {
                pdf.paragraphs(words.sentences("search.log.none"));
            } else {
                PdfPTable table = pdf.table(new float[] {0.4f, 1.4f, 1.2f, 3f, 2.4f}, words.label("number"),
                        words.label("when"), words.label("search.platform"),
                        words.label("search.log.what"), words.label("search.log.sha256"));
                for (SearchLogView e : log) {
                    table.addCell(pdf.cell(String.valueOf(e.number()), pdf.small));
                    table.addCell(pdf.cell(PdfSheets.when(e.searchedAt()) + "\n"
                            + words.label("pack.evidence.by", e.loggedBy()), pdf.small));
                    table.addCell(pdf.cell(words.of(e.platform()), pdf.small));
                    StringBuilder what = new StringBuilder(e.searchedFor()).append("\n")
                            .append(words.label("search.log.method", e.method())).append("\n")
                            .append(words.label("search.log.found", e.found()));
                    if (e.capturedText() != null) {
                        what.append("\n“").append(e.capturedText()).append("”");
                    }
                    if (e.fileName() != null) {
                        what.append("\n").append(words.label("report.evidence.file", e.fileName()));
                    }
                    table.addCell(pdf.cell(what.toString(), pdf.small));
                    table.addCell(pdf.cell(e.sha256() == null ? words.label("search.log.noEvidence")
                            : PdfSheets.inTwoLines(e.sha256()), pdf.hash));
                }
                pdf.add(table);
            }
            pdf.heading("4. " + words.label("search.theOutcome"));
            pdf.paragraph(use(words, s));
            pdf.paragraph(outcome(words, s));
            if (s.outcomeSummary() != null) {
                pdf.quoted(s.outcomeSummary());
            }
        });
    }

    /** What the register shows: "All searches", or its filter ("state Closed, platform TikTok, from 1 Nov 2026"). */
    private static String shown(DocumentWords words, RegisterFilter filter) {
        RegisterFilter f = filter == null ? RegisterFilter.all() : filter;
        List<String> parts = new java.util.ArrayList<>();
        if (f.status() != null) {
            parts.add(words.label("search.filter.state", f.status()));
        }
        if (f.platform() != null) {
            parts.add(words.label("search.filter.platform", f.platform()));
        }
        if (f.from() != null) {
            parts.add(words.label("search.filter.from", PdfSheets.day(f.from())));
        }
        if (f.to() != null) {
            parts.add(words.label("search.filter.to", PdfSheets.day(f.to())));
        }
        return parts.isEmpty() ? words.label("search.filter.all") : String.join(", ", parts);
    }

    /** Who authorised or refused the search, when and why: the product's sentence in each language, their words once. */
    private static String authorisation(DocumentWords words, ChildSearchView s) {
        String next = words.bilingual() ? "\n" : " ";
        return switch (s.status()) {
            case AWAITING_AUTHORISATION -> words.joined(words.sentences("search.awaiting"));
            case REFUSED -> words.joined(words.sentences("search.refusedBy", s.decidedBy(),
                    PdfSheets.when(s.decidedAt()))) + " " + s.decisionReason();
            default -> words.joined(words.sentences("search.authorised", s.decidedBy(), PdfSheets.when(s.decidedAt()),
                    s.authorisedPlatforms(), PdfSheets.when(s.authorisedUntil()))) + next
                    + words.label("search.scope") + ": " + s.authorisedScope() + "." + next
                    + words.label("search.reason") + ": " + s.decisionReason();
        };
    }

    /** How many searches were logged and how the window ended, a sentence in each language. */
    private static String use(DocumentWords words, ChildSearchView s) {
        List<String> sentences = new java.util.ArrayList<>();
        for (java.util.Locale language : words.languages()) {
            String searches = DocumentWords.count(language, "search.used", s.searchesLogged());
            if (s.windowEndedAt() == null) {
                sentences.add(s.status() == uk.safeguardcases.domain.search.ChildSearchStatus.AUTHORISED
                        ? searches + "; " + DocumentWords.in(language, "search.window.open") : searches + ".");
            } else {
                sentences.add(searches + "; " + DocumentWords.in(language, s.windowExpired() ? "search.window.expired"
                        : "search.window.closed", PdfSheets.when(s.windowEndedAt())));
            }
        }
        return words.joined(sentences);
    }

    private static String outcome(DocumentWords words, ChildSearchView s) {
        if (s.outcome() == null) {
            return words.joined(words.sentences("search.outcome.none"));
        }
        return words.of(s.outcome()) + (s.outcomeReference() == null ? ""
                : " " + words.label("search.outcome.reference", s.outcomeReference()))
                + "; " + words.label("search.outcome.closed", s.closedBy(), PdfSheets.when(s.closedAt()));
    }
}
