package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.domain.hosting.BoardSuspension;
import uk.safeguardcases.domain.hosting.HostOperator;
import uk.safeguardcases.domain.hosting.HostingRepository;
import uk.safeguardcases.domain.hosting.OperatorLogEntry;

@ApplicationScoped
public class JpaHostingRepository implements HostingRepository {

    @PersistenceContext
    private EntityManager em;

    @Override
    public long operatorCount() {
        return em.createQuery("select count(o) from HostOperator o", Long.class).getSingleResult();
    }

    @Override
    public boolean operatorNamed(String username) {
        return !em.createQuery("select o.id from HostOperator o where o.username = :u", Long.class)
                .setParameter("u", username).getResultList().isEmpty();
    }

    @Override
    public void add(HostOperator operator) {
        em.persist(operator);
    }

    @Override
    public void lock(HostOperator operator) {
        em.lock(operator, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<HostOperator> withEnrolment(String tokenDigest) {
        return em.createQuery("select o from HostOperator o where o.enrolTokenSha256 = :t", HostOperator.class)
                .setParameter("t", tokenDigest).getResultList();
    }

    @Override
    public Optional<HostOperator> operatorLocked(String username) {
        return em.createQuery("select o from HostOperator o where o.username = :u", HostOperator.class)
                .setParameter("u", username).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().stream()
                .findFirst();
    }

    @Override
    public Optional<HostOperator> activeOperator(String username) {
        return em.createQuery("select o from HostOperator o where o.username = :u and o.active = true",
                HostOperator.class).setParameter("u", username).getResultList().stream().findFirst();
    }

    @Override
    public List<HostOperator> operators() {
        return em.createQuery("select o from HostOperator o order by o.username", HostOperator.class).getResultList();
    }

    @Override
    public void log(OperatorLogEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<OperatorLogEntry> log(int most) {
        return em.createQuery("select e from OperatorLogEntry e order by e.id desc", OperatorLogEntry.class)
                .setMaxResults(most).getResultList();
    }

    @Override
    public Optional<BoardSuspension> suspension(String board) {
        return Optional.ofNullable(em.find(BoardSuspension.class, board));
    }

    @Override
    public void add(BoardSuspension suspension) {
        em.persist(suspension);
    }

    @Override
    public void remove(BoardSuspension suspension) {
        em.remove(suspension);
    }

    @Override
    public void writeNow() {
        em.flush();
    }

    @Override
    public boolean boardExists(String code) {
        return exists("select count(*) from board where id = ?1", code);
    }

    @Override
    public boolean prefixTaken(String prefix) {
        return exists("select count(*) from board where reference_prefix = ?1", prefix);
    }

    @Override
    public boolean usernameTaken(String username) {
        return exists("select count(*) from person where username = ?1", username);
    }

    @Override
    public void addBoard(String code, String name, String shortName, String prefix, String policyTitle,
            boolean welsh, String nameCy, String policyTitleCy, String genesis) {
        em.createNativeQuery("insert into board (id, name, short_name, reference_prefix, policy_title, primary_colour,"
                        + " accent_colour, welsh_interface, name_cy, policy_title_cy) values (?1, ?2, ?3, ?4, ?5,"
                        + " '#1d4f91', '#ffbf47', ?6, ?7, ?8)")
                .setParameter(1, code).setParameter(2, name).setParameter(3, shortName).setParameter(4, prefix)
                .setParameter(5, policyTitle).setParameter(6, welsh).setParameter(7, nameCy)
                .setParameter(8, policyTitleCy).executeUpdate();
        em.createNativeQuery("insert into timeline_head (tenant_id, last_seq, last_hash) values (?1, 0, ?2)")
                .setParameter(1, code).setParameter(2, genesis).executeUpdate();
    }

    @Override
    public void addOrganisation(String board, String name, String kind, String hrEmail, String nameCy) {
        em.createNativeQuery("insert into parent_organisation (tenant_id, name, kind, hr_email, name_cy)"
                        + " values (?1, ?2, ?3, ?4, ?5)").setParameter(1, board).setParameter(2, name)
                .setParameter(3, kind).setParameter(4, hrEmail)
                .setParameter(5, nameCy).executeUpdate();
    }

    private boolean exists(String sql, String value) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult()).longValue() > 0;
    }
}
