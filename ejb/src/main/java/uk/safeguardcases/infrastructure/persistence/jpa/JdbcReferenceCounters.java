package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;
import uk.safeguardcases.application.cases.ReferenceCounters;

/** The boards' case reference counters ({@code case_reference_counter}), on the caller's transaction's connection. */
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
}
