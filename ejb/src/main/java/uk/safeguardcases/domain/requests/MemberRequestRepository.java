package uk.safeguardcases.domain.requests;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The requests to members of the caller's board (a member: those about themselves). */
public interface MemberRequestRepository {

    /** A case's current request of one kind (at most one; those set aside by a reopening are not current). */
    Optional<MemberRequest> of(long caseId, RequestKind kind);

    /** One request of the caller's board (a member: about themselves, as the scope limits their cases). */
    Optional<MemberRequest> byId(long id);

    /** A case's requests, oldest first. */
    List<MemberRequest> ofCase(long caseId);

    /** The requests on these cases, newest first. */
    List<MemberRequest> ofCases(Collection<Long> caseIds);

    void add(MemberRequest request);
}
