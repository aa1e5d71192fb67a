package uk.safeguardcases.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import org.h2.store.fs.FilePath;

/**
 * The one JDBC driver the server's datasource names, so that the same configuration runs on the embedded H2
 * (the demo and the tests) or on PostgreSQL (production): the URL chooses. Loading it registers the
 * {@code durable:} file system, which makes an H2 commit reach the disk before it returns (see
 * {@link DurableFilePath}).
 */
public final class SafeguardDriver implements Driver {

    static final String H2 = "jdbc:h2:";
    static final String POSTGRESQL = "jdbc:postgresql:";

    static {
        FilePath.register(new DurableFilePath());
    }

    private final Driver h2 = new org.h2.Driver();
    private final Driver postgresql = new org.postgresql.Driver();

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver target = driverFor(url);
        if (target == null) {
            return null;
        }
        Connection connection = target.connect(durable(url), info);
        if (target == h2) {
            LocalAccess.offer(url);
            if (LocalAccess.databaseName(url) != null) {
                Housekeeping.keep(connection);
                return GroupCommit.durable(connection);
            }
        }
        return connection;
    }

    /**
     * A {@code durable:} H2 database writes each commit to its file before the commit is answered: {@code WRITE_DELAY=0}
     * (by default H2 writes the commits of the last second together, in the background) opens it with no background
     * writer, and makes the driver write the commits that end together in one write ({@link GroupCommit}, which sets
     * H2's delay to -1 so that H2 does not write at each commit itself). And it reuses the space of chunks that no
     * longer hold live data at once ({@code RETENTION_TIME=0}): H2 keeps them 45 s by default in case the disk had not
     * yet written the newer ones, which cannot happen here since each write reaches the disk before it returns
     * ({@link DurableFilePath}); without this the file grows by a chunk for every commit until it is closed.
     */
    static String durable(String url) {
        if (!url.startsWith(H2 + DurableFilePath.SCHEME + ":")) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String durable = url;
        if (!upper.contains(";WRITE_DELAY=")) {
            durable += ";WRITE_DELAY=0";
        }
        if (!upper.contains(";RETENTION_TIME=")) {
            durable += ";RETENTION_TIME=0";
        }
        return durable;
    }

    @Override
    public boolean acceptsURL(String url) {
        return driverFor(url) != null;
    }

    private Driver driverFor(String url) {
        if (url == null) {
            return null;
        }
        if (url.startsWith(H2)) {
            return h2;
        }
        if (url.startsWith(POSTGRESQL)) {
            return postgresql;
        }
        return null;
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver target = driverFor(url);
        return target == null ? new DriverPropertyInfo[0] : target.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
