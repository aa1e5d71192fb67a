package uk.safeguardcases.application.publicconcern;

import java.time.LocalDate;
import java.util.List;
import uk.safeguardcases.domain.publicconcern.ReporterRelation;

/**
 * A concern as a reporter gives it on the public page. Only {@code whatHappened}, {@code subjectName} and an
 * organisation (picked, or named) are needed; the rest is optional, the reporter's contact details above all.
 *
 * @param addresses web addresses, one a line (http or https)
 * @param organisationId one of the board's parent organisations, or null when {@code organisationAsKnown} names it
 */
public record ConcernFromAnyone(String whatHappened, String addresses, LocalDate happenedOn, String subjectName,
        Long organisationId, String organisationAsKnown, ReporterRelation relation, List<ReportFile> files,
        String reporterName, String reporterEmail, String reporterPhone, String challenge, String nonce) {

    /** A file the reporter attaches, as the browser sent it. */
    public record ReportFile(String name, String contentType, byte[] content) {

        @Override
        public String toString() {
            return "ReportFile[" + contentType + ", " + (content == null ? 0 : content.length) + " bytes]";
        }
    }

    @Override
    public String toString() {
        return "ConcernFromAnyone[relation=" + relation + ", files=" + (files == null ? 0 : files.size()) + "]";
    }
}
