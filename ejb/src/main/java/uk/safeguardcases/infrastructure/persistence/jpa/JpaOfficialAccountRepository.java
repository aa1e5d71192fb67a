package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.official.Accreditation;
import uk.safeguardcases.domain.official.AccreditedUser;
import uk.safeguardcases.domain.official.OfficialAccount;
import uk.safeguardcases.domain.official.OfficialAccountRepository;
import uk.safeguardcases.domain.official.OfficialAccountRequest;

@ApplicationScoped
public class JpaOfficialAccountRepository implements OfficialAccountRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<OfficialAccount> accounts() {
        return BoardQuery.list(em.createQuery("select a from OfficialAccount a where a.tenantId = :board"
                + " order by a.shared desc, a.handle", OfficialAccount.class));
    }

    /** By primary key, which Hibernate's tenant filter does not restrict: the board is checked here. */
    @Override
    public Optional<OfficialAccount> account(long id) {
        OfficialAccount found = em.find(OfficialAccount.class, id);
        return found != null && ours(found.tenantId()) ? Optional.of(found) : Optional.empty();
    }

    @Override
    public Optional<OfficialAccount> byHandle(Platform platform, String handle) {
        return em.createQuery("select a from OfficialAccount a where a.platform = :p and lower(a.handle) = lower(:h)",
                        OfficialAccount.class)
                .setParameter("p", platform).setParameter("h", handle).getResultStream().findFirst();
    }

    @Override
    public void add(OfficialAccount account) {
        em.persist(account);
        em.flush();
    }

    @Override
    public List<OfficialAccountRequest> requests() {
        return em.createQuery("select r from OfficialAccountRequest r order by r.requestedAt desc, r.id desc",
                OfficialAccountRequest.class).setMaxResults(500).getResultList();
    }

    @Override
    public List<OfficialAccountRequest> requestsBy(String username) {
        return em.createQuery("select r from OfficialAccountRequest r where r.requestedBy = :u"
                        + " order by r.requestedAt desc, r.id desc", OfficialAccountRequest.class)
                .setParameter("u", username).getResultList();
    }

    @Override
    public Optional<OfficialAccountRequest> request(String reference) {
        return em.createQuery("select r from OfficialAccountRequest r where r.reference = :ref",
                        OfficialAccountRequest.class)
                .setParameter("ref", reference == null ? "" : reference.strip()).getResultStream().findFirst();
    }

    @Override
    public Optional<OfficialAccountRequest> requestById(long id) {
        OfficialAccountRequest found = em.find(OfficialAccountRequest.class, id);
        return found != null && ours(found.tenantId()) ? Optional.of(found) : Optional.empty();
    }

    @Override
    public int highestRequestNumber(String prefix, int year) {
        String start = prefix + "-" + year + "-";
        return em.createQuery("select r.reference from OfficialAccountRequest r where r.reference like :start",
                        String.class)
                .setParameter("start", start + "%").getResultStream()
                .map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public void add(OfficialAccountRequest request) {
        em.persist(request);
        em.flush();
    }

    @Override
    public List<Accreditation> accreditations() {
        return em.createQuery("select a from Accreditation a order by a.expiresOn, a.username", Accreditation.class)
                .getResultList();
    }

    @Override
    public Optional<Accreditation> accreditationOf(String username) {
        return em.createQuery("select a from Accreditation a where a.username = :u", Accreditation.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public Optional<Accreditation> accreditation(long id) {
        Accreditation found = em.find(Accreditation.class, id);
        return found != null && ours(found.tenantId()) ? Optional.of(found) : Optional.empty();
    }

    @Override
    public void add(Accreditation accreditation) {
        em.persist(accreditation);
        em.flush();
    }

    @Override
    public List<AccreditedUser> usersOf(long accountId) {
        return em.createQuery("select u from AccreditedUser u where u.accountId = :a order by u.listedAt, u.id",
                AccreditedUser.class).setParameter("a", accountId).getResultList();
    }

    @Override
    public List<AccreditedUser> listingsOf(String username) {
        return em.createQuery("select u from AccreditedUser u where u.username = :u order by u.id",
                AccreditedUser.class).setParameter("u", username).getResultList();
    }

    @Override
    public void add(AccreditedUser user) {
        em.persist(user);
    }

    private static boolean ours(String tenantId) {
        return tenantId.equals(CallerContext.current().tenantId());
    }
}
