package uk.safeguardcases.application.reports;

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

/** The case report for the board's own file, for its officers and seniors (the services check both). */
@Stateless
public class CaseReportPdf {

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

    public byte[] forBoard(String reference) {
        // The report is an English document: its board's and organisations' names too, whatever the page's language.
        byte[] report = CallerContext.runAs(CallerContext.current().speaking(Texts.ENGLISH), () -> {
            CaseFile file = files.fileOf(reference);
            return documents.caseReport(boards.currentBoard().name(), file, cases.timelineOf(reference),
                    Instant.now());
        });
        reads.record(ReadKind.CASE_REPORT_DOWNLOADED, reference, null);
        return report;
    }
}
