package uk.safeguardcases.infrastructure.persistence.leaving;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A ZIP written as it goes, each file's SHA-256 and size taken while it is written, and a {@code manifest.json}
 * listing them all written last. Only the list is held in memory, never a file.
 */
final class ManifestZip implements AutoCloseable {

    static final String MANIFEST = "manifest.json";
    /** The manifest's detached signature (CMS, DER), beside it. */
    static final String MANIFEST_SIGNATURE = "manifest.json.p7s";

    /** One file written, as the manifest lists it. */
    record Written(String path, long bytes, String sha256) {
    }

    private final ZipOutputStream zip;
    private final Instant madeAt;
    private final List<Written> written = new ArrayList<>();
    private Entry open;

    ManifestZip(OutputStream out, Instant madeAt) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.madeAt = madeAt;
    }

    /** Starts the file {@code path}: write it to the stream answered, then {@link #end()} it. */
    OutputStream begin(String path) throws IOException {
        if (open != null) {
            throw new IllegalStateException("A file is still being written: " + open.path);
        }
        ZipEntry entry = new ZipEntry(path);
        entry.setLastModifiedTime(FileTime.from(madeAt));
        zip.putNextEntry(entry);
        open = new Entry(path, zip);
        return open;
    }

    /** Ends the file begun last; answers how the manifest lists it. */
    Written end() throws IOException {
        zip.closeEntry();
        Written file = new Written(open.path, open.bytes, HexFormat.of().formatHex(open.digest.digest()));
        written.add(file);
        open = null;
        return file;
    }

    /** Writes {@code content} as the file {@code path}. */
    Written add(String path, byte[] content) throws IOException {
        begin(path).write(content);
        return end();
    }

    int files() {
        return written.size();
    }

    /**
     * Writes the manifest (what is said in {@code about}, then every file with its size and SHA-256), then the
     * signature {@code beside} gives for the manifest's bytes, if any, as {@link #MANIFEST_SIGNATURE} (a detached CMS
     * signature: the manifest names every file's SHA-256, so it vouches for them all), and ends the ZIP; answers the
     * manifest's own SHA-256.
     */
    String finish(Map<String, Object> about, java.util.function.Function<byte[], java.util.Optional<byte[]>> beside)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>(about);
        List<Map<String, Object>> files = new ArrayList<>();
        for (Written file : written) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("path", file.path());
            line.put("bytes", file.bytes());
            line.put("sha256", file.sha256());
            files.add(line);
        }
        manifest.put("files", files);
        byte[] manifestBytes = JsonText.of(manifest).getBytes(StandardCharsets.UTF_8);
        Written own = add(MANIFEST, manifestBytes);
        written.remove(written.size() - 1);
        java.util.Optional<byte[]> signature = beside.apply(manifestBytes);
        if (signature.isPresent()) {
            add(MANIFEST_SIGNATURE, signature.get());
            written.remove(written.size() - 1);
        }
        zip.finish();
        return own.sha256();
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** What goes into the open file: into the ZIP, counted and hashed; closing it does not close the ZIP. */
    private static final class Entry extends FilterOutputStream {

        private final String path;
        private final MessageDigest digest;
        private long bytes;

        Entry(String path, OutputStream zip) {
            super(zip);
            this.path = path;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            bytes += len;
        }

        @Override
        public void close() {
            // The entry is ended by ManifestZip.end(), the ZIP by its owner.
        }
    }
}
