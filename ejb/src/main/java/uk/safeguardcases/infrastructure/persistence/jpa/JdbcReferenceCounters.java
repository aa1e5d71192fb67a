package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import uk.safeguardcases.application.cases.ConcernRehearsal;
import uk.safeguardcases.application.cases.ReferenceCounters;

/**
 * The boards' case reference counters ({@code case_reference_counter}), on the caller's transaction's connection, and
 * the floors of the other series ({@code reference_floor}).
 */
@ApplicationScoped
public class JdbcReferenceCounters implements ReferenceCounters {

    @PersistenceContext
    private EntityManager em;

    /**
     * Moves the board's counter for the year on by one (locking it until the transaction ends) and reads the number
     * and whether a case holds its reference already (the reference made as {@code CaseReferences.format} makes it: at least four
     * digits); null if the board has no counter for the year yet. In plain JDBC on the transaction's connection: two
     * statements every concern makes, which as Hibernate native queries cost more to prepare than to run. Neither
     * touches a table Hibernate caches. The cases it looks at are the committed ones: a case this transaction is
     * opening is inserted after its number was taken here.
     */
    @Override
    public Counted incrementAndRead(String tenantId, String prefix, int year) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement increment = connection.prepareStatement("update case_reference_counter"
                    + " set last_value = last_value + 1 where tenant_id = ? and counter_year = ?")) {
                increment.setString(1, tenantId);
                increment.setInt(2, year);
                if (increment.executeUpdate() == 0) {
                    return null;
                }
            }
            try (PreparedStatement read = connection.prepareStatement("select c.last_value, (select count(*)"
                    + " from safeguarding_case s where s.tenant_id = c.tenant_id and s.reference = ? || case when"
                    + " c.last_value < 10000 then lpad(cast(c.last_value as varchar(12)), 4, '0')"
                    + " else cast(c.last_value as varchar(12)) end)"
                    + " from case_reference_counter c where c.tenant_id = ? and c.counter_year = ?")) {
                read.setString(1, prefix + "-" + year + "-");
                read.setString(2, tenantId);
                read.setInt(3, year);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("The reference counter was just updated and is not there");
                    }
                    return new Counted(row.getInt(1), row.getLong(2) > 0);
                }
            }
        });
    }

    @Override
    public void setTo(String tenantId, int year, int number) {
        counterUpdate("update case_reference_counter set last_value = ?3 where tenant_id = ?1 and counter_year = ?2")
                .setParameter(1, tenantId).setParameter(2, year).setParameter(3, number).executeUpdate();
    }

    @Override
    public void create(String tenantId, int year) {
        counterUpdate("insert into case_reference_counter (tenant_id, counter_year, last_value) values (?1, ?2, 0)")
                .setParameter(1, tenantId).setParameter(2, year).executeUpdate();
    }

    @Override
    public int lockedOrCreated(String tenantId, int year) {
        if (counterUpdate("update case_reference_counter set last_value = last_value where tenant_id = ?1"
                + " and counter_year = ?2").setParameter(1, tenantId).setParameter(2, year).executeUpdate() == 0) {
            create(tenantId, year);
        }
        return ((Number) em.createNativeQuery("select last_value from case_reference_counter where tenant_id = ?1"
                + " and counter_year = ?2").setParameter(1, tenantId).setParameter(2, year).getSingleResult()).intValue();
    }

    /** Read only when the counter is behind the cases. */
    @Override
    public int highestGiven(String tenantId, String prefix, int year) {
        String start = prefix + "-" + year + "-";
        @SuppressWarnings("unchecked")
        List<String> references = em.createNativeQuery(
                "select reference from safeguarding_case where tenant_id = ?1 and reference like ?2")
                .setParameter(1, tenantId).setParameter(2, start + "%").getResultList();
        return references.stream().map(r -> r.substring(start.length())).filter(n -> n.matches("\\d+"))
                .mapToInt(Integer::parseInt).max().orElse(0);
    }

    @Override
    public java.util.Optional<ConcernRehearsal.Stage> quietestBoard(int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select b.id, min(o.id) from board b"
                        + " join parent_organisation o on o.tenant_id = b.id"
                        + " left join case_reference_counter c on c.tenant_id = b.id and c.counter_year = ?1"
                        + " group by b.id, c.last_value order by coalesce(c.last_value, 0), b.id")
                .setParameter(1, year).setMaxResults(1).getResultList();
        return rows.stream().findFirst().map(row -> new ConcernRehearsal.Stage((String) row[0],
                ((Number) row[1]).longValue()));
    }

    @Override
    public int floor(String tenantId, String series, int year) {
        @SuppressWarnings("unchecked")
        List<Number> floor = em.createNativeQuery("select last_number from reference_floor where tenant_id = ?1"
                + " and series = ?2 and floor_year = ?3").setParameter(1, tenantId).setParameter(2, series)
                .setParameter(3, year).getResultList();
        return floor.isEmpty() ? 0 : floor.get(0).intValue();
    }

    @Override
    public void setFloor(String tenantId, String series, int year, int lastNumber) {
        if (floorUpdate("update reference_floor set last_number = ?4 where tenant_id = ?1 and series = ?2"
                + " and floor_year = ?3").setParameter(1, tenantId).setParameter(2, series).setParameter(3, year)
                .setParameter(4, lastNumber).executeUpdate() == 0) {
            floorUpdate("insert into reference_floor (tenant_id, series, floor_year, last_number) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, tenantId).setParameter(2, series).setParameter(3, year)
                    .setParameter(4, lastNumber).executeUpdate();
        }
    }

    /**
     * A statement that changes the counter and nothing else, said so to Hibernate: a native statement that does not
     * say which table it changes empties the whole second-level cache (the boards and organisations every step reads).
     */
    private jakarta.persistence.Query counterUpdate(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("case_reference_counter");
    }

    /** Said to Hibernate to change this table only, so the second-level cache is left alone. */
    private jakarta.persistence.Query floorUpdate(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("reference_floor");
    }
}
