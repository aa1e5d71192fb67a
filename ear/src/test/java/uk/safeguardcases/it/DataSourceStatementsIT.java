package uk.safeguardcases.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The datasource hands out no statement with another's unexecuted work in it. The engine stages a flush's writes
 * as JDBC batches and, when a flush fails part way or is rolled back, closes the statements still holding theirs
 * without running them. A prepared-statement cache in the datasource (WildFly's, as this product once had) keeps such
 * a statement, batch and all, and gives it to the next caller preparing the same SQL on that connection, in another
 * transaction: the rolled-back writes then run there, and the engine, finding more results than it staged, fails
 * the step (PostgreSQL, a full test run: "More batch results than scheduled operations detected").
 */
@ExtendWith(ArquillianExtension.class)
class DataSourceStatementsIT {

    private static final String SQL = "update safeguarding_case set reference = reference where id = ?";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.inServerWith(DataSourceStatementsIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Resource
    private UserTransaction transaction;

    @Test
    void aStatementClosedWithABatchNotRunLeavesNothingToTheNextOneOfTheSameSql() throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement abandoned = connection.prepareStatement(SQL)) {
                abandoned.setLong(1, -1);
                abandoned.addBatch();
                abandoned.setLong(1, -2);
                abandoned.addBatch();
                // closed without executeBatch, as a failed or rolled-back flush leaves it
            }
            try (PreparedStatement next = connection.prepareStatement(SQL)) {
                next.setLong(1, -3);
                next.addBatch();
                assertThat(next.executeBatch()).as("the results of this statement's own batch only").hasSize(1);
            }
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void twoOpenStatementsOfTheSameSqlKeepTheirOwnBatches() throws Exception {
        transaction.begin();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement first = connection.prepareStatement(SQL);
                PreparedStatement second = connection.prepareStatement(SQL)) {
            first.setLong(1, -1);
            first.addBatch();
            second.setLong(1, -2);
            second.addBatch();
            second.setLong(1, -3);
            second.addBatch();
            assertThat(first.executeBatch()).hasSize(1);
            assertThat(second.executeBatch()).hasSize(2);
        } finally {
            transaction.rollback();
        }
    }
}
