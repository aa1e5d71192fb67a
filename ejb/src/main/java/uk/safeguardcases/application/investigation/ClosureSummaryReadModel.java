package uk.safeguardcases.application.investigation;

import java.util.List;
import uk.safeguardcases.domain.requests.MemberRequest;

/** What a case's closure summary tells of its way (implemented beside the persistence). */
public interface ClosureSummaryReadModel {

    /** The references of the clauses the case's allegations cite, each once, in order. */
    List<String> clausesAlleged(String board, long caseId);

    /** The agencies the case was referred to (their names as stored), each once, in order. */
    List<String> agenciesReferredTo(String board, long caseId);

    /** The case's requests to the member not set aside, in the order sent. */
    List<MemberRequest> currentRequests(long caseId);
}
