package uk.safeguardcases.infrastructure.engine;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import uk.safeguardcases.application.metrics.IncidentCounts;

/**
 * Counts the engine's open incidents of every board in one grouped query on its incident table (the engine's API
 * counts one board per query). Every incident of the product's processes carries its board as the engine's tenant.
 */
@ApplicationScoped
public class EngineIncidentCounts implements IncidentCounts {

    @Resource(lookup = "java:jboss/datasources/SafeguardDS")
    private DataSource dataSource;

    @Override
    public Map<String, Long> byBoard() {
        Map<String, Long> counts = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select tenant_id_, count(*)"
                        + " from act_ru_incident where tenant_id_ is not null group by tenant_id_");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The engine's incidents could not be counted", e);
        }
        return counts;
    }

    @Override
    public long ofNoBoard() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select count(*) from act_ru_incident"
                        + " where tenant_id_ is null");
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("The engine's incidents of no board could not be counted", e);
        }
    }
}
