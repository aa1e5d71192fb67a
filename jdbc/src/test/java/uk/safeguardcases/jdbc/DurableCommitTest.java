package uk.safeguardcases.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit H2 has answered survives the process being killed at once afterwards ({@code Runtime.halt}, as
 * {@code kill -9} does), on the {@code durable:} URL the product uses; on H2's default URL it does not.
 */
class DurableCommitTest {

    private static final int COMMITS = 60;

    @TempDir
    Path folder;

    @Test
    void everyCommitAnsweredBeforeAKillIsThereAfterwards() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("durable").toAbsolutePath();
        List<Integer> confirmed = commitThenDie(url);

        assertThat(confirmed).hasSize(COMMITS);
        assertThat(rowsIn(url)).containsExactlyElementsOf(confirmed);
    }

    @Test
    void onH2sDefaultUrlConfirmedCommitsAreLostSoTheTestAboveCanFail() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("plain").toAbsolutePath();
        List<Integer> confirmed = commitThenDie(url);

        assertThat(confirmed).hasSize(COMMITS);
        assertThat(rowsIn(url)).hasSizeLessThan(COMMITS);
    }

    @Test
    void theUrlAsksForEachCommitToBeWrittenUnlessItSaysOtherwise() {
        assertThat(SafeguardDriver.durable("jdbc:h2:durable:/srv/db;LOCK_TIMEOUT=10000"))
                .isEqualTo("jdbc:h2:durable:/srv/db;LOCK_TIMEOUT=10000;WRITE_DELAY=0;RETENTION_TIME=0");
        assertThat(SafeguardDriver.durable("jdbc:h2:durable:/srv/db;write_delay=5")).contains("write_delay=5")
                .doesNotContain("WRITE_DELAY=0");
        assertThat(SafeguardDriver.durable("jdbc:h2:mem:tests")).isEqualTo("jdbc:h2:mem:tests");
        assertThat(SafeguardDriver.durable("jdbc:postgresql://db/safeguard")).isEqualTo("jdbc:postgresql://db/safeguard");
    }

    @Test
    void theFileDoesNotGrowByAChunkForEveryCommit() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("compact").toAbsolutePath();
        try (Connection connection = new SafeguardDriver().connect(url, credentials())) {
            connection.createStatement().execute("create table commits (n int primary key, note varchar(100))");
            for (int n = 1; n <= 3000; n++) {
                connection.createStatement().execute("insert into commits values (" + n + ", 'Dŵr – “tŷ” £5')");
            }
            long size = Files.size(folder.resolve("compact.mv.db"));
            // 3,000 commits of a few dozen bytes each: without space reuse the file is ~40 MB by now.
            assertThat(size).as("bytes").isLessThan(8L * 1024 * 1024);
        }
    }

    @Test
    void theFileStaysNearTheSizeOfItsDataUnderManyCommitsToAnIndexedTable() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("busy").toAbsolutePath();
        try (Connection connection = new SafeguardDriver().connect(url, credentials())) {
            connection.createStatement().execute("create table cases (id bigint primary key, board varchar(20),"
                    + " reference varchar(40), summary varchar(400))");
            connection.createStatement().execute("create index cases_board on cases (board, reference)");
            var insert = connection.prepareStatement("insert into cases values (?, ?, ?, ?)");
            for (int n = 0; n < 20_000; n++) {
                insert.setLong(1, n);
                insert.setString(2, "board" + n % 4);
                insert.setString(3, "REF-" + n);
                insert.setString(4, "Dŵr – “tŷ” £5 ".repeat(10));
                insert.executeUpdate();
            }
            long size = Files.size(folder.resolve("busy.mv.db"));
            // 20,000 commits, about 5 MB of rows and index: without housekeeping the file is over 50 MB by now.
            assertThat(size).as("bytes").isLessThan(30L * 1024 * 1024);
        }
    }

    @Test
    void theHousekeepingFindsH2sRewriteOfTheEmptiestChunksInTheH2TheBuildPins() {
        // Without it, the public MVStore.compact moves full chunks too (BENCHMARKS.md, 2026-11-26, 06:00–07:20).
        assertThat(Housekeeping.rewritesByFillRate()).isTrue();
    }

    @Test
    void theUrlChoosesTheDatabase() {
        SafeguardDriver driver = new SafeguardDriver();
        assertThat(driver.acceptsURL("jdbc:h2:mem:x")).isTrue();
        assertThat(driver.acceptsURL("jdbc:postgresql://localhost/x")).isTrue();
        assertThat(driver.acceptsURL("jdbc:mysql://localhost/x")).isFalse();
    }

    /** Runs {@link Writer} in a JVM of its own, which commits rows one by one and halts after the last. */
    private List<Integer> commitThenDie(String url) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url, String.valueOf(COMMITS))
                .redirectErrorStream(true).start();
        List<Integer> confirmed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    confirmed.add(Integer.parseInt(line.substring("committed ".length())));
                }
            }
        }
        assertThat(process.waitFor()).as("the writer was halted").isEqualTo(9);
        return confirmed;
    }

    private static List<Integer> rowsIn(String url) throws Exception {
        try (Connection connection = new SafeguardDriver().connect(url, credentials());
                Statement statement = connection.createStatement()) {
            List<Integer> found = new ArrayList<>();
            if (!connection.getMetaData().getTables(null, null, "COMMITS", null).next()) {
                return found; // even the table was lost
            }
            ResultSet rows = statement.executeQuery("select n from commits order by n");
            while (rows.next()) {
                found.add(rows.getInt(1));
            }
            return found;
        }
    }

    static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", "sa");
        properties.setProperty("password", "sa");
        return properties;
    }

    /** The process that is killed: each commit is printed only after H2 has answered it. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            int commits = Integer.parseInt(args[1]);
            Connection connection = new SafeguardDriver().connect(args[0], credentials());
            connection.createStatement().execute("create table commits (n int primary key, note varchar(100))");
            connection.setAutoCommit(false);
            for (int n = 1; n <= commits; n++) {
                connection.createStatement().execute("insert into commits values (" + n + ", 'Dŵr – “tŷ” £5')");
                connection.commit();
                System.out.println("committed " + n);
                System.out.flush();
            }
            Runtime.getRuntime().halt(9);
        }
    }
}
