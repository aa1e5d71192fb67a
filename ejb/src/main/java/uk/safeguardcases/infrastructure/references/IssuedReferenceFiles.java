package uk.safeguardcases.infrastructure.references;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.safeguardcases.application.cases.IssuedReferences;
import uk.safeguardcases.application.cases.ReferencesNotKeptException;

/**
 * The issued references in a folder beside the backup archive ({@code safeguard.references.ledger}): one folder per
 * node ({@code jboss.node.name}) and in it one small file per board, series and year ({@code chscb-2026} for
 * the cases, {@code chscb+CS-2026} for another series) holding the last number that node gave
 * out, written and forced to disk before the record's transaction commits: a number that cannot be kept refuses its
 * record ({@link ReferencesNotKeptException}), so none is answered unkept. Each node writes only its own
 * files, so nodes on several machines share the folder (a mount of the backup volume) without locking each other; the
 * highest number is the largest over every node's file. Not configured: nothing is kept.
 */
@ApplicationScoped
public class IssuedReferenceFiles implements IssuedReferences {

    public static final String PROPERTY = "safeguard.references.ledger";
    private static final Pattern FILE = Pattern.compile("([^+]+)(?:\\+([A-Z]{1,8}))?-(\\d{4})");
    /** Fixed width, written over itself at the start of the file: a crash leaves the old number or the new one. */
    private static final String FORMAT = "%012d\n";
    /** The name of the probe file in a node's folder; it does not match {@link #FILE}'s pattern, so it is never read. */
    private static final String PROBE = ".writable";
    private static final long PROBE_EVERY_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IssuedReferenceFiles.class.getName());

    private final Path folder;
    private final String node;
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    /** The last probe's answer and when it was taken (nanoTime), or a failure to keep a number, whichever is newer. */
    private volatile Probe probe;

    public IssuedReferenceFiles() {
        this(System.getProperty(PROPERTY), System.getProperty("jboss.node.name", "server"));
    }

    IssuedReferenceFiles(String folder, String node) {
        this.folder = folder == null || folder.isBlank() ? null : Path.of(folder);
        this.node = node.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    @Override
    public void keep(String tenantId, String series, int year, int number) {
        if (folder == null) {
            return;
        }
        try {
            issued(tenantId, series, year, number);
        } catch (UncheckedIOException e) {
            probe = new Probe(reason(e.getCause()), System.nanoTime());
            // No person's data: the board, the series and the number, and why the file could not be written.
            LOG.warning(() -> "Reference number " + number + " of board " + tenantId + " (" + year
                    + (series.isEmpty() ? "" : ", series " + series) + ") refused: it cannot be kept beside the archive ("
                    + probe.problem() + ")");
            throw new ReferencesNotKeptException(e);
        }
    }

    @Override
    public String problem() {
        if (folder == null) {
            return null;
        }
        Probe last = probe;
        if (last != null && System.nanoTime() - last.at() < PROBE_EVERY_NANOS) {
            return last.problem();
        }
        String now = writable();
        probe = new Probe(now, System.nanoTime());
        return now;
    }

    /**
     * Whether this node's folder takes a file now: a small probe file written over itself and forced, as a number is.
     * Root ignores permissions, so only writing shows a read-only mount, a full disk or a file where the folder was.
     */
    private String writable() {
        try {
            Path mine = folder.resolve(node);
            Files.createDirectories(mine);
            try (FileChannel channel = FileChannel.open(mine.resolve(PROBE), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(String.format(FORMAT, 0).getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(false);
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return reason(e);
        }
    }

    /** The failure in a line for the operator: the kind and the path, never a stack trace. */
    private static String reason(Throwable e) {
        return e == null ? "unknown" : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private record Probe(String problem, long at) {
    }

    @Override
    public boolean kept() {
        return folder != null;
    }

    @Override
    public void issued(String tenantId, String series, int year, int number) {
        if (folder == null) {
            return;
        }
        String key = tenantId + (series.isEmpty() ? "" : "+" + series) + "-" + year;
        Written file = written.computeIfAbsent(key, k -> new Written(folder.resolve(node).resolve(k)));
        file.atLeast(number);
    }

    @Override
    public Map<BoardYear, Integer> highest() {
        Map<BoardYear, Integer> highest = new HashMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return highest;
        }
        try (Stream<Path> nodes = Files.list(folder)) {
            for (Path nodeFolder : nodes.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(nodeFolder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Matcher name = FILE.matcher(file.getFileName().toString());
                        Integer number = read(file);
                        if (name.matches() && number != null) {
                            highest.merge(new BoardYear(name.group(1), name.group(2) == null ? CASES : name.group(2),
                                    Integer.parseInt(name.group(3))), number,
                                    Math::max);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the issued references in " + folder, e);
        }
        return highest;
    }

    private static Integer read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        return text.matches("\\d{1,12}") ? Integer.valueOf(text) : null;
    }

    /** One node's file for one board and year; commits of the same board on this node write it one at a time. */
    private static final class Written {
        private final Path file;
        private int number = -1;

        Written(Path file) {
            this.file = file;
        }

        synchronized void atLeast(int issued) {
            try {
                if (number < 0) {
                    number = Files.exists(file) ? java.util.Objects.requireNonNullElse(read(file), 0) : 0;
                }
                if (issued <= number) {
                    return;
                }
                boolean created = !Files.exists(file);
                if (created) {
                    Files.createDirectories(file.getParent());
                }
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(String.format(FORMAT, issued).getBytes(StandardCharsets.US_ASCII)), 0);
                    channel.force(false);
                }
                if (created) {
                    // The new file's name must survive a crash too: force the folder that holds it.
                    for (Path dir : List.of(file.getParent(), file.getParent().getParent())) {
                        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
                            folder.force(true);
                        }
                    }
                }
                number = issued;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot record issued reference number " + issued + " in " + file, e);
            }
        }
    }
}
