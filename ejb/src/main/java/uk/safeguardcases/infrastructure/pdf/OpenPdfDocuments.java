package uk.safeguardcases.infrastructure.pdf;

import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.people.PersonName;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.cases.CaseFile;
import uk.safeguardcases.application.audit.TimelineLine;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.reports.Documents;

/** The documents, laid out with OpenPDF and the fonts the product carries (Liberation, Noto Emoji). */
@ApplicationScoped
public class OpenPdfDocuments implements Documents {

    @Inject
    private PeopleNames people;

    @Inject
    private uk.safeguardcases.domain.board.BoardRepository boards;

    /** The words of the caller's board's documents: Welsh and English when its pages are bilingual. */
    private DocumentWords boardWords() {
        return DocumentWords.forBoard(boards.current().welshInterface());
    }

    @Override
    public byte[] caseReport(String boardName, CaseFile file, List<TimelineLine> timeline, Instant printedAt,
            ReferralPack.InWelsh welsh) {
        Set<String> logins = new HashSet<>();
        timeline.forEach(line -> logins.add(line.actor()));
        file.evidence().forEach(e -> logins.add(e.capturedBy()));
        logins.add(file.summary().raisedBy());
        if (file.referral() != null) {
            logins.add(file.referral().approvedBy());
            logins.add(file.referral().acknowledgedBy());
        }
        return CaseReportDocument.render(boardName, file, timeline, printedAt, names(logins), welsh);
    }

    @Override
    public byte[] referralPack(ReferralPack pack) {
        return ReferralPackDocument.render(pack, names(loginsIn(pack)));
    }

    @Override
    public byte[] referralPackAsItIsNow(ReferralPack pack, Instant printedAt, String sentSha256, Instant sentAt) {
        return ReferralPackDocument.renderCurrent(pack, printedAt, sentSha256, sentAt, names(loginsIn(pack)));
    }

    @Override
    public byte[] subjectAccess(Map<String, Object> disclosure, String reference, Instant preparedAt, int redacted) {
        return SubjectAccessDocument.render(boardWords(), boards.current().nameCy(), disclosure, reference, preparedAt, redacted, false);
    }

    @Override
    public byte[] subjectAccessDraft(Map<String, Object> disclosure, String reference, Instant preparedAt,
            int redacted) {
        return SubjectAccessDocument.render(boardWords(), boards.current().nameCy(), disclosure, reference, preparedAt, redacted, true);
    }

    private static Set<String> loginsIn(ReferralPack pack) {
        Set<String> logins = new HashSet<>();
        pack.timeline().forEach(line -> logins.add(line.actor()));
        pack.evidence().forEach(e -> logins.add(e.capturedBy()));
        logins.add(pack.referral().approvedBy());
        logins.add(pack.decision().decidedBy());
        logins.add(pack.decision().approvedBy());
        return logins;
    }

    /** The people a document names, looked up once: by name and role ("Siân Rhys (Senior manager)"). */
    private UnaryOperator<String> names(Set<String> logins) {
        logins.remove(null);
        Map<String, PersonName> found = people.of(logins);
        return login -> {
            PersonName name = found.get(login);
            return name == null ? login : name.described();
        };
    }
}
