package uk.safeguardcases.domain.allegation;

import java.util.Collection;
import java.util.List;

/** The allegations recorded on the board's cases, each against a clause of its policy. */
public interface AllegationRepository {

    /** The case's allegations, with their clauses, in the order recorded. */
    List<Allegation> allegationsOn(long caseId);

    /** The allegations on these cases, with their clauses, in the policy's order. */
    List<Allegation> allegationsOf(Collection<Long> caseIds);

    void add(Allegation allegation);
}
