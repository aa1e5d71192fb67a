package uk.safeguardcases.web.officer;

import java.io.Serializable;
import java.time.Instant;
import uk.safeguardcases.application.cases.CaseNext;
import uk.safeguardcases.application.cases.CaseSummary;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.web.shell.Formats;
import uk.safeguardcases.web.shell.Labels;

/**
 * A row of the case list with its words already written, in the page's language: the page reads properties only.
 * Calling a method from the page ({@code #{labels.of(c.statusValue)}}) made the expression language look the method
 * up by reflection on every call, eight calls a row (issue 45: a tenth of the list's time on the national data set).
 * {@code source}, {@code status} and {@code raisedAt} keep the names the list's sortable columns are known by.
 */
public record CaseRow(Long id, String reference, String subjectName, String organisationName, CaseSource source,
        CaseStatus status, Instant raisedAt, String sourceWords, String stepWords, boolean held, String raisedWords,
        String deadlineWords, boolean overdue, String holderNames, boolean untaken) implements Serializable {

    static CaseRow of(CaseSummary c, CaseNext next, Labels labels, Formats formats) {
        boolean deadline = next != null && next.deadline() != null;
        return new CaseRow(c.id(), c.reference(), c.subjectName(), c.organisationName(), c.sourceValue(),
                c.statusValue(), c.raisedAt(), labels.of(c.sourceValue()), labels.of(c.statusValue()), c.held(),
                formats.when(c.raisedAt()),
                deadline ? labels.deadline(next.deadlineKind()) + ": " + formats.when(next.deadline()) : null,
                deadline && next.overdue(), next == null ? null : next.holderNames(), next != null && next.untaken());
    }
}
