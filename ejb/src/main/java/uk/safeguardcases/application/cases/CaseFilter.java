package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.time.LocalDate;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;

/**
 * Which of the board's cases a list, an export or an API call wants; every part is optional (null = any).
 *
 * @param reference  part of the case reference, any case
 * @param member     part of the member's name, any case
 * @param clauseId   cases with an allegation citing this clause of the board's policy, in any of its versions
 * @param raisedFrom first day (UK time) the case may have been raised on
 * @param raisedTo   last day (UK time) the case may have been raised on, inclusive
 * @param concern    words in what the concern says, any case
 * @param whom       cases about children, adults at risk, or both, as triage said
 */
public record CaseFilter(String reference, String member, Long organisationId, CaseStatus step, Long clauseId,
        CaseSource source, LocalDate raisedFrom, LocalDate raisedTo, String concern,
        uk.safeguardcases.domain.cases.ConcernsWhom whom) implements Serializable {

    public CaseFilter {
        reference = blankToNull(reference);
        member = blankToNull(member);
        concern = blankToNull(concern);
    }

    public CaseFilter(String reference, String member, Long organisationId, CaseStatus step, Long clauseId,
            CaseSource source, LocalDate raisedFrom, LocalDate raisedTo, String concern) {
        this(reference, member, organisationId, step, clauseId, source, raisedFrom, raisedTo, concern, null);
    }

    public CaseFilter(String reference, String member, Long organisationId, CaseStatus step, Long clauseId,
            CaseSource source, LocalDate raisedFrom, LocalDate raisedTo) {
        this(reference, member, organisationId, step, clauseId, source, raisedFrom, raisedTo, null, null);
    }

    public static CaseFilter any() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(any());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
