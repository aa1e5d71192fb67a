package uk.safeguardcases.jdbc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's files, with the database file written through to the disk: {@code jdbc:h2:durable:/path/db}.
 *
 * <p>H2 writes a commit to its file before the commit returns only when {@code WRITE_DELAY=0}, and even then
 * it leaves the bytes in the operating system's cache (it syncs only when compacting or closing), so a power
 * cut can still lose a commit the product has confirmed. Opening the store file with {@code DSYNC} makes each
 * of those writes reach the disk before it returns. Temporary files (large sorts) stay as they are: they are
 * not the record.
 */
public class DurableFilePath extends FilePathWrapper {

    static final String SCHEME = "durable";

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        boolean storeFile = name.endsWith(".mv.db");
        return getBase().open(storeFile && "rw".equals(mode) ? "rwd" : mode);
    }
}
