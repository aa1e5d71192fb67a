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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.awaitility.Awaitility;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    /** Four writers at once, committing by {@code commit()} or each statement in auto-commit. */
    @ParameterizedTest
    @ValueSource(strings = {"commits", "autocommit"})
    void everyCommitAnsweredBeforeAKillIsThereAfterwardsWhenManyCommitAtOnce(String how) throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve(how).toAbsolutePath();
        List<Integer> confirmed = commitThenDie(url, how);

        // Killed while its writers were still committing: some of their last commits may be there unanswered.
        assertThat(confirmed).hasSizeGreaterThanOrEqualTo(4 * COMMITS);
        assertThat(rowsIn(url)).containsAll(confirmed);
    }

    @Test
    void commitsEndingWhileTheFileIsWrittenShareTheNextWrite() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("shared").toAbsolutePath();
        SafeguardDriver driver = new SafeguardDriver();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Connection connection = driver.connect(url, credentials());
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            connections.get(0).createStatement().execute("create table commits (n int primary key, note varchar(100))");
            connections.get(0).commit();
            MVStore store = storeOf(url);
            GroupCommit groupCommit = GroupCommit.existing(store);
            assertThat(groupCommit).as("the durable file's commits are group commits").isNotNull();
            long asked = groupCommit.asked();
            long writes = groupCommit.writes();
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            groupCommit.writing.lock();
            try {
                for (int i = 0; i < connections.size(); i++) {
                    Connection connection = connections.get(i);
                    int n = i;
                    Thread writer = new Thread(() -> {
                        try {
                            connection.createStatement().execute("insert into commits values (" + n + ", 'Tŷ – “£”')");
                            connection.commit();
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    });
                    writer.start();
                    writers.add(writer);
                }
                // Each has committed in memory and waits for the file to be written (the test holds the writer).
                Awaitility.await("every writer waiting for the file").pollInSameThread()
                        .pollInterval(Duration.ofMillis(5)).atMost(Duration.ofSeconds(30))
                        .until(() -> groupCommit.writing.getQueueLength() >= connections.size());
                // (the housekeeping's own write of what no commit asked for may be waiting too)
                assertThat(groupCommit.writing.getQueueLength()).isGreaterThanOrEqualTo(connections.size());
            } finally {
                groupCommit.writing.unlock();
            }
            for (Thread writer : writers) {
                writer.join(30_000);
            }
            assertThat(failures).isEmpty();
            // All eight asked, and one write served them all (none, if the housekeeping's write came first): each
            // commit writing for itself, as H2 does on its own, would make eight.
            assertThat(groupCommit.asked() - asked).isEqualTo(connections.size());
            assertThat(groupCommit.writes() - writes).isLessThanOrEqualTo(1L);
            assertThat(rowsIn(url)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    void onlyCommitsOfChangesWaitForTheFileToBeWritten() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("reads").toAbsolutePath();
        try (Connection connection = new SafeguardDriver().connect(url, credentials())) {
            connection.createStatement().execute("create table commits (n int primary key, note varchar(100))");
            connection.createStatement().execute("insert into commits values (1, 'Aber–Tawe')");
            GroupCommit groupCommit = GroupCommit.existing(storeOf(url));
            long asked = groupCommit.asked();
            connection.setAutoCommit(false);
            for (int i = 0; i < 20; i++) {
                connection.createStatement().executeQuery("select note from commits").close();
                connection.commit();
            }
            connection.setAutoCommit(true);
            connection.createStatement().execute("select count(*) from commits");
            connection.prepareStatement("select count(*) from commits").executeQuery().close();
            assertThat(groupCommit.asked()).as("commits that asked to be written").isEqualTo(asked);
            // A change in auto-commit, and a DDL statement inside a transaction (H2 commits it at once), do ask.
            connection.prepareStatement("insert into commits values (2, 'Llŷn')").executeUpdate();
            assertThat(groupCommit.asked()).isEqualTo(asked + 1);
            connection.setAutoCommit(false);
            connection.createStatement().execute("create index commits_note on commits (note)");
            assertThat(groupCommit.asked()).isEqualTo(asked + 2);
            connection.createStatement().execute("insert into commits values (3, 'Tŷ Ddewi')");
            assertThat(groupCommit.asked()).as("a change inside a transaction waits for the commit").isEqualTo(asked + 2);
            connection.commit();
            assertThat(groupCommit.asked()).isEqualTo(asked + 3);
        }
    }

    /**
     * What a kill leaves at the worst moment: just after H2 has written a chunk, before it writes the file's header
     * that names it (when it writes one). Four writers commit at once, as in the kill test; before each header write
     * the file as it stands is copied (up to 80 times), with the commits answered by then. Each copy, opened as H2
     * opens a file after a crash, holds every one of those commits.
     */
    @Test
    void aKillJustBeforeAnyHeaderWriteLosesNoAnsweredCommit() throws Exception {
        String url = "jdbc:h2:durable:" + folder.resolve("watched").toAbsolutePath();
        SafeguardDriver driver = new SafeguardDriver();
        java.util.Set<Integer> answered = java.util.concurrent.ConcurrentHashMap.newKeySet();
        WatchedFiles.start(answered, 80);
        org.h2.store.fs.FilePath.register(new WatchedFiles());
        List<Connection> connections = new ArrayList<>();
        try {
            for (int w = 0; w < 4; w++) {
                connections.add(driver.connect(url, credentials()));
            }
            connections.get(0).createStatement().execute("create table commits (n int primary key, note varchar(100))");
            List<Thread> writers = new ArrayList<>();
            List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int w = 0; w < connections.size(); w++) {
                Connection connection = connections.get(w);
                int first = w * 1_000_000;
                Thread writer = new Thread(() -> {
                    try {
                        connection.setAutoCommit(false);
                        for (int n = first; n < first + 400; n++) {
                            connection.createStatement().execute("insert into commits values (" + n + ", 'Dŵr – “tŷ” £5')");
                            connection.commit();
                            answered.add(n);
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                });
                writer.start();
                writers.add(writer);
            }
            for (Thread writer : writers) {
                writer.join(120_000);
            }
            WatchedFiles.stop();
            assertThat(failures).isEmpty();
        } finally {
            WatchedFiles.stop();
            org.h2.store.fs.FilePath.register(new DurableFilePath());
            for (Connection connection : connections) {
                connection.close();
            }
        }
        List<WatchedFiles.Copy> copies = WatchedFiles.copies();
        assertThat(copies).as("copies taken before header writes").hasSizeGreaterThan(10);
        for (int i = 0; i < copies.size(); i++) {
            Path copy = folder.resolve("copy" + i + ".mv.db");
            Files.write(copy, copies.get(i).file());
            List<Integer> rows = rowsIn("jdbc:h2:file:" + folder.resolve("copy" + i).toAbsolutePath());
            assertThat(rows).as("copy %d of %d: the commits answered before it", i, copies.size())
                    .containsAll(copies.get(i).answered());
        }
    }

    /**
     * The durable files, with the database's file copied as it stands before each write of its header (H2 makes a new
     * instance for each path, so what is seen is kept in the class).
     */
    public static final class WatchedFiles extends DurableFilePath {
        record Copy(byte[] file, java.util.Set<Integer> answered) {
        }

        private static final List<Copy> COPIES = new java.util.concurrent.CopyOnWriteArrayList<>();
        private static volatile java.util.Set<Integer> answered;
        private static volatile int most;

        static void start(java.util.Set<Integer> answeredCommits, int copies) {
            COPIES.clear();
            most = copies;
            answered = answeredCommits;
        }

        static void stop() {
            answered = null;
        }

        static List<Copy> copies() {
            return List.copyOf(COPIES);
        }

        @Override
        public java.nio.channels.FileChannel open(String mode) throws java.io.IOException {
            java.nio.channels.FileChannel base = super.open(mode);
            return name.endsWith(".mv.db") ? new Watched(base) : base;
        }

        static final class Watched extends org.h2.store.fs.FileBase {
            private final java.nio.channels.FileChannel base;

            Watched(java.nio.channels.FileChannel base) {
                this.base = base;
            }

            @Override
            public int write(java.nio.ByteBuffer source, long position) throws java.io.IOException {
                java.util.Set<Integer> commits = answered;
                if (position == 0 && commits != null && COPIES.size() < most) {
                    // The commits answered so far were written before this moment; copy them first, then the file.
                    java.util.Set<Integer> before = java.util.Set.copyOf(commits);
                    java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate((int) base.size());
                    while (file.hasRemaining() && base.read(file, file.position()) > 0) {
                        // read on
                    }
                    COPIES.add(new Copy(file.array(), before));
                }
                return base.write(source, position);
            }

            @Override
            public int read(java.nio.ByteBuffer target, long position) throws java.io.IOException {
                return base.read(target, position);
            }

            @Override
            public int read(java.nio.ByteBuffer target) throws java.io.IOException {
                return base.read(target);
            }

            @Override
            public int write(java.nio.ByteBuffer source) throws java.io.IOException {
                return base.write(source);
            }

            @Override
            public long position() throws java.io.IOException {
                return base.position();
            }

            @Override
            public java.nio.channels.FileChannel position(long position) throws java.io.IOException {
                base.position(position);
                return this;
            }

            @Override
            public long size() throws java.io.IOException {
                return base.size();
            }

            @Override
            public java.nio.channels.FileChannel truncate(long size) throws java.io.IOException {
                base.truncate(size);
                return this;
            }

            @Override
            public void force(boolean metaData) throws java.io.IOException {
                base.force(metaData);
            }

            @Override
            public java.nio.channels.FileLock tryLock(long position, long size, boolean shared)
                    throws java.io.IOException {
                return base.tryLock(position, size, shared);
            }

            @Override
            protected void implCloseChannel() throws java.io.IOException {
                base.close();
            }
        }
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
            // 20,000 commits, about 5 MB of rows and index: without housekeeping the file is over 50 MB by now. With
            // emptied chunks kept 24 writes so that a kill loses no answered commit (GroupCommit.KEPT_VERSIONS), it
            // ended at 19–35 MB on a quiet 2-core machine (14–17 MB with none kept, which lost commits in kills), and
            // at 40.4 MB once with an integration run beside it on the same two cores (2026-12-01): the bound is the
            // housekeeping's, not the machine's, so it stays clear of both.
            assertThat(size).as("bytes").isLessThan(46L * 1024 * 1024);
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
        return commitThenDie(url, "alone");
    }

    private List<Integer> commitThenDie(String url, String how) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url, String.valueOf(COMMITS), how)
                .redirectErrorStream(true).start();
        List<Integer> confirmed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    confirmed.add(Integer.parseInt(line.substring("committed ".length())));
                }
            }
        }
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).as("the writer ended").isTrue();
        assertThat(process.exitValue()).as("the writer was halted").isEqualTo(9);
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

    /** The store of the open database {@code url}: the one the driver's connections share. */
    private static MVStore storeOf(String url) throws Exception {
        try (Connection connection = new SafeguardDriver().connect(url, credentials())) {
            JdbcConnection jdbc = connection.unwrap(JdbcConnection.class);
            return ((SessionLocal) jdbc.getSession()).getDatabase().getStore().getMvStore();
        }
    }

    /**
     * The process that is killed: each commit is printed only after H2 has answered it. Alone, it commits one row at
     * a time and halts after the last; otherwise four writers commit at once, each by {@code commit()} ("commits") or
     * each a statement in auto-commit ("autocommit"), and the process halts once they have had four times as many
     * commits answered, while they go on.
     */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            int commits = Integer.parseInt(args[1]);
            Connection connection = new SafeguardDriver().connect(args[0], credentials());
            connection.createStatement().execute("create table commits (n int primary key, note varchar(100))");
            if (!"alone".equals(args[2])) {
                together(args[0], commits, "autocommit".equals(args[2]));
                return;
            }
            connection.setAutoCommit(false);
            for (int n = 1; n <= commits; n++) {
                connection.createStatement().execute("insert into commits values (" + n + ", 'Dŵr – “tŷ” £5')");
                connection.commit();
                System.out.println("committed " + n);
                System.out.flush();
            }
            Runtime.getRuntime().halt(9);
        }

        private static void together(String url, int commits, boolean autoCommit) throws Exception {
            java.util.concurrent.CountDownLatch answered = new java.util.concurrent.CountDownLatch(4 * commits);
            for (int w = 0; w < 4; w++) {
                Connection connection = new SafeguardDriver().connect(url, credentials());
                connection.setAutoCommit(autoCommit);
                int first = w * 1_000_000;
                Thread writer = new Thread(() -> {
                    try {
                        for (int n = first; ; n++) {
                            connection.createStatement().execute("insert into commits values (" + n + ", 'Dŵr – “tŷ” £5')");
                            if (!connection.getAutoCommit()) {
                                connection.commit();
                            }
                            System.out.println("committed " + n);
                            answered.countDown();
                        }
                    } catch (Exception e) {
                        e.printStackTrace();
                    }
                });
                writer.setDaemon(true);
                writer.start();
            }
            boolean all = answered.await(60, java.util.concurrent.TimeUnit.SECONDS);
            System.out.flush();
            Runtime.getRuntime().halt(all ? 9 : 1);
        }
    }
}
