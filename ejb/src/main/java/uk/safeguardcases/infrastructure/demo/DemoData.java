package uk.safeguardcases.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Demo people for every role on every board, created at start-up when the server runs with
 * {@code -Dsafeguard.demo=true} (the run command and the tests do; production does not).
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private DemoBoardSeeder seeder;

    @PostConstruct
    void seed() {
        if (!Boolean.getBoolean("safeguard.demo")) {
            return;
        }
        for (String board : boardIds()) {
            int created = CallerContext.runAs(Caller.system(board), () -> seeder.seed(board));
            if (created > 0) {
                LOG.info(() -> "Demo people created for board " + board + ": " + created);
            }
        }
    }

    private List<String> boardIds() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select id from board order by id")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the boards", e);
        }
    }
}
