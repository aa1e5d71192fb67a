package uk.safeguardcases.application.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The file a case goes as to a board on another deployment (issue 67): a ZIP of two entries, {@value #CONTENT} (what
 * goes, as JSON, UTF-8) and {@value #SIGNATURE} (the sending deployment's detached CMS signature over exactly those
 * bytes, with a trusted time when its authority gave one). Written and read here only.
 */
final class TransferPackageFile {

    static final String CONTENT = "transfer.json";
    static final String SIGNATURE = "transfer.json.p7s";
    /**
     * The largest package imported: its files come to 12 MB at most (16 MB written in it); the page takes 20 MB, so a
     * file of 18 to 20 MB is refused here, in words.
     */
    static final int MOST_BYTES = 18 * 1024 * 1024;

    /** What a package file holds, before its signature is checked. */
    record Contents(byte[] content, byte[] signature) {
    }

    /** Why a file is not a package (each the importer's own words). */
    static final class NotAPackageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAPackageException(String why) {
            super(why);
        }
    }

    private TransferPackageFile() {
    }

    static byte[] write(byte[] content, byte[] signature) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + signature.length + 512);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(CONTENT));
            zip.write(content);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SIGNATURE));
            zip.write(signature);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The two entries of {@code file}, each read whole; anything else in it, or either missing, and it is refused. */
    static Contents read(byte[] file) {
        if (file == null || file.length == 0) {
            throw new NotAPackageException("empty");
        }
        if (file.length > MOST_BYTES) {
            throw new NotAPackageException("tooBig");
        }
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!CONTENT.equals(name) && !SIGNATURE.equals(name) || entries.containsKey(name)) {
                    throw new NotAPackageException("notAPackage");
                }
                entries.put(name, bounded(zip));
            }
        } catch (ZipException e) {
            throw new NotAPackageException("notAPackage");
        } catch (IOException e) {
            throw new NotAPackageException("notAPackage");
        }
        if (!entries.containsKey(CONTENT) || !entries.containsKey(SIGNATURE)) {
            throw new NotAPackageException("notAPackage");
        }
        return new Contents(entries.get(CONTENT), entries.get(SIGNATURE));
    }

    /** An entry, read whole, no bigger than a package may be (a small file that unpacks to a huge one is refused). */
    private static byte[] bounded(InputStream in) throws IOException {
        byte[] read = in.readNBytes(MOST_BYTES + 1);
        if (read.length > MOST_BYTES) {
            throw new NotAPackageException("tooBig");
        }
        return read;
    }
}
