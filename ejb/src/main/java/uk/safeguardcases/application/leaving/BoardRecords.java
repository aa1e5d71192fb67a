package uk.safeguardcases.application.leaving;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;

/**
 * A board's rows, wherever the product keeps them: every table carrying the board's tenant id, the tables keyed by a
 * parent of theirs (a person's roles, a policy version's clauses) and the board's own row. Found from the database's
 * own description of its tables, not from a list, so a table added later is exported and erased without a line here.
 */
public interface BoardRecords {

    /**
     * Writes the board's whole record to {@code out} as a ZIP (JSON for rows, the files as kept, a manifest with every
     * file's SHA-256), streamed: nothing of it is held whole in memory. Only rows of {@code boardId}.
     */
    Export export(String boardId, String madeBy, Instant madeAt, OutputStream out);

    /** The board's rows in each table (its own row among them) and its stored files, as they are now. */
    Erased count(String boardId);

    /**
     * Removes every row of the board, children before parents, the board's own row last; answers what this removed
     * (the engine's rows it removed itself before are not among them). Runs in the caller's transaction, so it all
     * goes or none of it does.
     */
    Erased erase(String boardId);

    /** What an export wrote: its files (the manifest aside) and the manifest's own SHA-256. */
    record Export(int files, String manifestSha256) {
    }

    /**
     * A board's rows: counted, or removed.
     *
     * @param rows rows per table (lower-case names), tables that had none left out
     * @param files stored files among them (evidence, packs as sent, answers, search captures)
     */
    record Erased(Map<String, Long> rows, long files) {
    }
}
