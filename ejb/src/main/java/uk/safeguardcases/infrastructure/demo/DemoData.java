package uk.safeguardcases.infrastructure.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.infrastructure.persistence.BoardIds;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * Demo people for every role on each of the demo boards ({@link DemoBoards#IDS}), created at start-up when the server
 * runs with {@code -Dsafeguard.demo=true} (the run command and the tests do; production does not). Never on another
 * board: a board a hosting operator created, or one of a data set, gets no person with the demo's password.
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
        for (String board : demoBoardsAmong(BoardIds.all(dataSource))) {
            int created = CallerContext.runAs(Caller.system(board), () -> seeder.seed(board));
            if (created > 0) {
                LOG.info(() -> "Demo people created for board " + board + ": " + created);
            }
        }
    }

    /** The demo boards among {@code boards}, the boards this database has. */
    static List<String> demoBoardsAmong(Collection<String> boards) {
        return boards.stream().filter(DemoBoards.IDS::contains).toList();
    }
}
