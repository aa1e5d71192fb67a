import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.Properties;

/**
 * What one committed write costs on each database the product can run on: a single connection commits
 * {@code n} single-row inserts (autocommit), after a warm-up of the same size, and the median and 99th percentile
 * of the commits are printed with the file size at the end. Run by benchmarks/commits.sh.
 */
public class CommitLatency {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(System.getProperty("commits", "5000"));
        Path folder = Files.createTempDirectory("commit-latency");
        measure("H2 file, H2's defaults (commits written within a second, in the background)",
                "jdbc:h2:" + folder.resolve("defaults"), folder.resolve("defaults.mv.db"), n);
        measure("H2 file, WRITE_DELAY=0 (written at commit, not forced to the disk)",
                "jdbc:h2:" + folder.resolve("written") + ";WRITE_DELAY=0", folder.resolve("written.mv.db"), n);
        measure("H2 durable: (the run command: written and DSYNCed at commit, housekeeping)",
                "jdbc:h2:durable:" + folder.resolve("durable"), folder.resolve("durable.mv.db"), n);
        String pg = System.getenv("SAFEGUARD_TEST_PG_URL");
        if (pg != null) {
            measure("PostgreSQL " + pg + " (fsync and synchronous_commit on)", pg, null, n);
        }
    }

    private static void measure(String name, String url, Path file, int n) throws Exception {
        Properties credentials = new Properties();
        credentials.put("user", url.contains("postgresql") ? System.getenv("SAFEGUARD_TEST_PG_USER") : "sa");
        credentials.put("password", url.contains("postgresql") ? System.getenv("SAFEGUARD_TEST_PG_PASSWORD") : "");
        // The product's own driver, as the server's datasource uses it: it adds the durable settings to durable: URLs.
        Driver driver = (Driver) Class.forName("uk.safeguardcases.jdbc.SafeguardDriver").getDeclaredConstructor()
                .newInstance();
        try (Connection connection = driver.connect(url, credentials)) {
            connection.createStatement().execute("drop table if exists commit_latency");
            connection.createStatement().execute("create table commit_latency (id bigint primary key,"
                    + " board varchar(20), reference varchar(40), note varchar(400))");
            connection.createStatement().execute("create index commit_latency_board on commit_latency (board, reference)");
            PreparedStatement insert = connection.prepareStatement("insert into commit_latency values (?, ?, ?, ?)");
            long[] nanos = new long[n];
            for (int round = 0; round < 2; round++) {
                for (int i = 0; i < n; i++) {
                    long id = (long) round * n + i;
                    insert.setLong(1, id);
                    insert.setString(2, "board" + id % 4);
                    insert.setString(3, "REF-" + id);
                    insert.setString(4, "Dŵr – “tŷ” £5 ".repeat(10));
                    long start = System.nanoTime();
                    insert.executeUpdate();
                    nanos[i] = System.nanoTime() - start;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("%-92s p50 %6.0f µs  p99 %6.0f µs%s%n", name, nanos[n / 2] / 1000.0,
                    nanos[n * 99 / 100] / 1000.0,
                    file == null ? "" : String.format("  file %,d kB after %,d commits", Files.size(file) >> 10, 2 * n));
            connection.createStatement().execute("drop table commit_latency");
        }
    }
}
