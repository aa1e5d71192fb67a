package uk.safeguardcases.application.publicconcern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import uk.safeguardcases.application.investigation.EvidenceInput;
import uk.safeguardcases.application.investigation.EvidenceService;
import uk.safeguardcases.domain.evidence.CaptureForm;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.evidence.Platform;

/**
 * The reporter's files, kept on their case as evidence supplied by the reporter, each named
 * {@code evidence-<its number in the case>.<ext of its checked type>}: the name they gave it (which may carry their
 * own name) is kept nowhere, as it would reach the member and HR. The page does not ask how a file was made (a
 * screenshot, a saved page, …), so each is recorded as a file as it was sent to the board. Run as the page's caller.
 */
@ApplicationScoped
public class ReporterFiles {

    @Inject
    private ReportedCases cases;

    @Inject
    private EvidenceService evidence;

    void capture(String reference, List<ConcernFromAnyone.ReportFile> files, Instant now) {
        for (ConcernFromAnyone.ReportFile file : files) {
            long caseId = cases.idOf(reference).orElseThrow();
            long number = cases.evidenceCount(caseId) + 1;
            // Supplied by the reporter, not gathered by the board: no open-methods declaration (an officer reviews it).
            evidence.supplyFromReporter(reference, EvidenceInput.file(null, Platform.OTHER,
                    FileType.evidenceFileName(number, file.contentType()), file.contentType(),
                    file.content(), now, CaptureMethod.PROVIDED_BY_COMPLAINANT, CaptureForm.FILE_AS_SENT, false));
        }
    }
}
