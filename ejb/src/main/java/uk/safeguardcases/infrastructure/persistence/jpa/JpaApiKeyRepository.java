package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import uk.safeguardcases.application.tenancy.SuspendedBoards;
import uk.safeguardcases.domain.api.ApiKey;
import uk.safeguardcases.domain.api.ApiKeyRepository;
import uk.safeguardcases.domain.api.PersonalAccessToken;

@ApplicationScoped
public class JpaApiKeyRepository implements ApiKeyRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<ApiKey> keys() {
        return em.createQuery("select k from ApiKey k order by k.createdAt desc, k.id desc", ApiKey.class)
                .getResultList();
    }

    @Override
    public Optional<ApiKey> key(long id) {
        return em.createQuery("select k from ApiKey k where k.id = :id", ApiKey.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ApiKey key) {
        em.persist(key);
        em.flush();
    }

    @Override
    public Optional<KeyHolder> usedKey(String sha256, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, tenant_id, name, organisation_id from api_key k where key_sha256 = ?1"
                                + " and revoked_at is null and " + SuspendedBoards.notSuspended("k"))
                .setParameter(1, sha256)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        // Said to change api_key only: a native statement that does not say so empties the second-level cache.
        em.createNativeQuery("update api_key set last_used_at = ?1 where id = ?2")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("api_key")
                .setParameter(1, now).setParameter(2, row[0]).executeUpdate();
        return Optional.of(new KeyHolder(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                row[3] == null ? null : ((Number) row[3]).longValue()));
    }

    @Override
    public List<PersonalAccessToken> tokensOf(long personId) {
        return em.createQuery("select t from PersonalAccessToken t where t.personId = :person"
                        + " order by t.createdAt desc, t.id desc", PersonalAccessToken.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public Optional<PersonalAccessToken> tokenOf(long personId, long id) {
        return em.createQuery("select t from PersonalAccessToken t where t.id = :id"
                        + " and t.personId = :person", PersonalAccessToken.class)
                .setParameter("id", id).setParameter("person", personId).getResultStream().findFirst();
    }

    @Override
    public List<PersonalAccessToken> liveTokensOf(long personId) {
        return em.createQuery("select t from PersonalAccessToken t"
                        + " where t.personId = :person and t.revokedAt is null order by t.id", PersonalAccessToken.class)
                .setParameter("person", personId).getResultList();
    }

    @Override
    public void add(PersonalAccessToken token) {
        em.persist(token);
        em.flush();
    }

    @Override
    public long usesOf(long personId, long id) {
        return em.createQuery("select count(u) from PersonalAccessToken t, PersonalAccessTokenUse u"
                        + " where t.id = :id and t.personId = :person and u.tokenId = t.id", Long.class)
                .setParameter("id", id).setParameter("person", personId).getSingleResult();
    }

    @Override
    public Optional<TokenHolder> liveToken(String sha256, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.tenant_id, t.scope, p.username"
                        + " from personal_access_token t join person p on p.id = t.person_id"
                        + " where t.token_sha256 = ?1 and t.revoked_at is null and t.expires_at > ?2 and p.active = ?3")
                .setParameter(1, sha256).setParameter(2, now).setParameter(3, true)
                .getResultList();
        return rows.stream().findFirst().map(row -> new TokenHolder(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3]));
    }

    @Override
    public void tokenUsed(TokenHolder token, Instant at, String method, String path) {
        em.createNativeQuery("insert into personal_access_token_use (tenant_id, token_id, used_at, method, path)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("personal_access_token_use")
                .setParameter(1, token.tenantId()).setParameter(2, token.id()).setParameter(3, at)
                .setParameter(4, method).setParameter(5, path).executeUpdate();
        em.createNativeQuery("update personal_access_token set last_used_at = ?1 where id = ?2")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("personal_access_token")
                .setParameter(1, at).setParameter(2, token.id()).executeUpdate();
    }
}
