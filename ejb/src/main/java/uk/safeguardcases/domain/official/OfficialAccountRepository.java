package uk.safeguardcases.domain.official;

import java.util.List;
import java.util.Optional;

/** The board's official accounts, the business cases for them, accreditations and listings; another board's are never found. */
public interface OfficialAccountRepository {

    List<OfficialAccount> accounts();

    /** By id; another board's account is not found. */
    Optional<OfficialAccount> account(long id);

    Optional<OfficialAccount> byHandle(uk.safeguardcases.domain.evidence.Platform platform, String handle);

    /** Stores the account now: its id is known on return. */
    void add(OfficialAccount account);

    List<OfficialAccountRequest> requests();

    List<OfficialAccountRequest> requestsBy(String username);

    Optional<OfficialAccountRequest> request(String reference);

    Optional<OfficialAccountRequest> requestById(long id);

    /** The highest number given to a request of the board in {@code year} (0 for none). */
    int highestRequestNumber(String prefix, int year);

    /** Stores the request now: its id is known on return. */
    void add(OfficialAccountRequest request);

    List<Accreditation> accreditations();

    Optional<Accreditation> accreditationOf(String username);

    Optional<Accreditation> accreditation(long id);

    /** Stores the accreditation now: its id is known on return. */
    void add(Accreditation accreditation);

    /** The people listed on an account, in the order listed. */
    List<AccreditedUser> usersOf(long accountId);

    /** Every account {@code username} is listed on. */
    List<AccreditedUser> listingsOf(String username);

    void add(AccreditedUser user);
}
