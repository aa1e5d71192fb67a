package uk.safeguardcases.infrastructure.references;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.safeguardcases.application.cases.CaseReferences;
import uk.safeguardcases.application.cases.IssuedReferences;
import uk.safeguardcases.application.cases.ReferenceSeries;
import uk.safeguardcases.application.cases.SeriesReferences;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;

/**
 * At start-up, before any case is raised: each board's reference counter, and the floor of each other numbered series, is moved past the last number kept beside
 * the archive ({@link IssuedReferences}), which is ahead of it only when the database was restored to an earlier
 * moment. Runs under the schema's start-up lock, so the nodes of a cluster do it one after another and the second
 * finds nothing to do.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "ProcessEngineBootstrap"})
@TransactionManagement(TransactionManagementType.BEAN)
public class RestoredReferences {

    private static final Logger LOG = Logger.getLogger(RestoredReferences.class.getName());

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Inject
    private IssuedReferences issued;

    @EJB
    private CaseReferences references;

    @EJB
    private SeriesReferences seriesReferences;

    @PostConstruct
    void continuePastIssuedReferences() {
        if (!issued.kept()) {
            return;
        }
        for (Map.Entry<IssuedReferences.BoardYear, Integer> last : issued.highest().entrySet()) {
            String board = last.getKey().tenantId();
            String prefix = prefix(board);
            if (prefix == null) {
                LOG.warning(() -> "References kept for board " + board + ", which this database does not have");
                continue;
            }
            String code = last.getKey().series();
            int year = last.getKey().year();
            String said;
            if (code.equals(IssuedReferences.CASES)) {
                said = CallerContext.runAs(Caller.system(board), () -> references.continueAfterRestore(board, prefix,
                        year, last.getValue()));
            } else {
                Optional<ReferenceSeries> series = seriesReferences.byCode(code);
                if (series.isEmpty()) {
                    LOG.warning(() -> "References of series " + code + " kept for board " + board
                            + ", which no process of this version numbers");
                    continue;
                }
                said = CallerContext.runAs(Caller.system(board), () -> seriesReferences.continueAfterRestore(board,
                        prefix, series.get(), year, last.getValue()));
            }
            if (said != null) {
                LOG.warning(() -> "Board " + board + " after a restore: " + said);
            }
        }
    }

    private String prefix(String board) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select reference_prefix from board where id = ?")) {
            query.setString(1, board);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read board " + board, e);
        }
    }
}
