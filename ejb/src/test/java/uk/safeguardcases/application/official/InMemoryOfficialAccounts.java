package uk.safeguardcases.application.official;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.Wiring;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;

/**
 * Every board's official accounts, business cases, accreditations and listings in lists, each question narrowed to
 * the caller's board as the tenant filter narrows it; a record stored gets its id and board as the database and
 * Hibernate would give them.
 */
class InMemoryOfficialAccounts implements OfficialAccountRepository {

    private final List<OfficialAccount> accounts = new ArrayList<>();
    private final List<OfficialAccountRequest> requests = new ArrayList<>();
    private final List<Accreditation> accreditations = new ArrayList<>();
    private final List<AccreditedUser> listings = new ArrayList<>();
    private long lastId;

    private static String board() {
        return CallerContext.current().tenantId();
    }

    private <T> void store(T row, List<T> into) {
        Wiring.set(row, "tenantId", board());
        Wiring.set(row, "id", ++lastId);
        into.add(row);
    }

    private static String tenantOf(Object row) {
        try {
            java.lang.reflect.Field field = row.getClass().getDeclaredField("tenantId");
            field.setAccessible(true);
            return (String) field.get(row);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> ours(List<T> rows) {
        String board = board();
        return rows.stream().filter(r -> tenantOf(r).equals(board)).toList();
    }

    /** Every board's listings, as the database holds them. */
    List<AccreditedUser> everyBoardsListings() {
        return List.copyOf(listings);
    }

    @Override
    public List<OfficialAccount> accounts() {
        return ours(accounts).stream().sorted(Comparator.comparing(OfficialAccount::shared).reversed()
                .thenComparing(OfficialAccount::handle)).toList();
    }

    @Override
    public Optional<OfficialAccount> account(long id) {
        return ours(accounts).stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public Optional<OfficialAccount> byHandle(Platform platform, String handle) {
        return ours(accounts).stream().filter(a -> a.platform() == platform && a.handle().equalsIgnoreCase(handle))
                .findFirst();
    }

    @Override
    public void add(OfficialAccount account) {
        store(account, accounts);
    }

    private static Comparator<OfficialAccountRequest> newestFirst() {
        return Comparator.comparing(OfficialAccountRequest::requestedAt).thenComparing(OfficialAccountRequest::id)
                .reversed();
    }

    @Override
    public List<OfficialAccountRequest> requests() {
        return ours(requests).stream().sorted(newestFirst()).limit(500).toList();
    }

    @Override
    public List<OfficialAccountRequest> requestsBy(String username) {
        return ours(requests).stream().filter(r -> r.requestedBy().equals(username)).sorted(newestFirst()).toList();
    }

    @Override
    public Optional<OfficialAccountRequest> request(String reference) {
        String wanted = reference == null ? "" : reference.strip();
        return ours(requests).stream().filter(r -> r.reference().equals(wanted)).findFirst();
    }

    @Override
    public Optional<OfficialAccountRequest> requestById(long id) {
        return ours(requests).stream().filter(r -> r.id() == id).findFirst();
    }

    @Override
    public int highestRequestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return ours(requests).stream().map(OfficialAccountRequest::reference).filter(r -> r.startsWith(start))
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public void add(OfficialAccountRequest request) {
        store(request, requests);
    }

    @Override
    public List<Accreditation> accreditations() {
        return ours(accreditations).stream().sorted(Comparator.comparing(Accreditation::expiresOn)
                .thenComparing(Accreditation::username)).toList();
    }

    @Override
    public Optional<Accreditation> accreditationOf(String username) {
        return ours(accreditations).stream().filter(a -> a.username().equals(username)).findFirst();
    }

    @Override
    public Optional<Accreditation> accreditation(long id) {
        return ours(accreditations).stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public void add(Accreditation accreditation) {
        store(accreditation, accreditations);
    }

    @Override
    public List<AccreditedUser> usersOf(long accountId) {
        return ours(listings).stream().filter(u -> u.accountId() == accountId)
                .sorted(Comparator.comparing(AccreditedUser::listedAt).thenComparing(AccreditedUser::id)).toList();
    }

    @Override
    public List<AccreditedUser> listingsOf(String username) {
        return ours(listings).stream().filter(u -> u.username().equals(username))
                .sorted(Comparator.comparing(AccreditedUser::id)).toList();
    }

    @Override
    public void add(AccreditedUser user) {
        store(user, listings);
    }
}
