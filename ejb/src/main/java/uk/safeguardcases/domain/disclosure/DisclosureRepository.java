package uk.safeguardcases.domain.disclosure;

import java.util.List;
import java.util.Optional;

/** The board's disclosures, its own legal bases and its choices of basis; another board's are never found. */
public interface DisclosureRepository {

    void add(Disclosure disclosure);

    /** The board's disclosures, newest first; only those of {@code reference} when it is given. */
    List<Disclosure> disclosures(String reference, int most);

    /** The board's disclosure of this id; another board's is not found. */
    Optional<Disclosure> disclosure(long id);

    /** The id of the board's case of this reference, if it is a case of the board's. */
    Optional<Long> caseId(String reference);

    void add(LegalBasis basis);

    List<LegalBasis> bases();

    Optional<LegalBasis> basis(long id);

    Optional<DisclosureBasisChoice> choice(DisclosureKind kind);

    void add(DisclosureBasisChoice choice);

    /** The reference of the board's case, if it is the board's. */
    Optional<String> caseReference(long caseId);
}
