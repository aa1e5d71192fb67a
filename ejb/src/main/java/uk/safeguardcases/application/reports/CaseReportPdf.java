package uk.safeguardcases.application.reports;

import java.time.Clock;
import uk.safeguardcases.application.tenancy.CallerContext;

import uk.safeguardcases.application.Texts;

import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.application.audit.ReadAudit;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import uk.safeguardcases.application.board.BoardService;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.CaseFileService;
import uk.safeguardcases.application.cases.CaseService;
import java.util.Map;
import java.util.stream.Collectors;
import uk.safeguardcases.application.investigation.AllegationView;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.domain.board.Board;
import uk.safeguardcases.domain.board.BoardRepository;

/** The case report for the board's own file, for its officers and seniors (the services check both). */
@Stateless
public class CaseReportPdf {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    @Inject
    private ReadAudit reads;

    @Inject
    private CaseFileService files;

    @Inject
    private CaseService cases;

    @Inject
    private BoardService boards;

    @Inject
    private Documents documents;

    @Inject
    private OutgoingDocuments outgoing;

    /** What the issued documents call a case report. */
    public static final String ISSUED_AS = "CASE_REPORT";

    @Inject
    private BoardRepository boardRecords;

    public byte[] forBoard(String reference) {
        // The report is an English document, in Welsh too for a bilingual board: the board's own names and clauses
        // are read once in each language, and a Welsh text the board has not given is left out (marked English only).
        byte[] report = CallerContext.runAs(CallerContext.current().speaking(Texts.ENGLISH), () -> {
            CaseFile file = files.fileOf(reference);
            return documents.caseReport(boards.currentBoard().name(), file, cases.timelineOf(reference),
                    Instant.now(clock), inWelsh(reference, file));
        });
        reads.record(ReadKind.CASE_REPORT_DOWNLOADED, reference, null);
        return outgoing.issue(ISSUED_AS, reference, report);
    }

    private ReferralPack.InWelsh inWelsh(String reference, CaseFile english) {
        Board board = boardRecords.current();
        if (!board.welshInterface()) {
            return null;
        }
        CaseFile welsh = CallerContext.runAs(CallerContext.current().speaking(Texts.WELSH), () -> files.fileOf(reference));
        // A clause's words as a Welsh page quotes them: the Welsh the board gave, or else the English.
        Map<Long, String> clauses = welsh.allegations().stream()
                .filter(a -> a.clauseWords() != null && !a.clauseWords().equals(a.clauseText()))
                .collect(Collectors.toMap(AllegationView::id, AllegationView::clauseWords, (a, b) -> a));
        return new ReferralPack.InWelsh(board.nameCy(), given(welsh.summary().organisationName(),
                english.summary().organisationName()), clauses, null);
    }

    /** The Welsh the board gave, or null where the page falls back to the English. */
    private static String given(String welsh, String english) {
        return welsh == null || welsh.equals(english) ? null : welsh;
    }
}
