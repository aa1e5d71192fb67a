package uk.safeguardcases.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.cases.TimelineLine;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.reports.Documents;

/** The documents, laid out with OpenPDF and the fonts the product carries (Liberation, Noto Emoji). */
@ApplicationScoped
public class OpenPdfDocuments implements Documents {

    @Override
    public byte[] caseReport(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt) {
        return CaseReportDocument.render(boardName, file, timeline, printedAt);
    }

    @Override
    public byte[] referralPack(ReferralPack pack) {
        return ReferralPackDocument.render(pack);
    }

    @Override
    public byte[] referralPackAsItIsNow(ReferralPack pack, Instant printedAt, String sentSha256, Instant sentAt) {
        return ReferralPackDocument.renderCurrent(pack, printedAt, sentSha256, sentAt);
    }
}
