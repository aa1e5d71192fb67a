package uk.safeguardcases.domain.audit;

/**
 * A kind of read the product records ({@link ReadRecord}). The product's own are {@link ReadKind}; a process declares
 * its own as an enum implementing this in its own package, registered by an {@code application.audit.Readings} bean.
 * A record keeps the {@link #name()} (and hashes it into the reader's chain), so a name, once used, never changes and
 * no two kinds share one.
 */
public interface Reading extends java.io.Serializable {
    /** The constant's name: what a record keeps and, with its type's simple name, the key of its words. */
    String name();
    /** What was read, in English: the subject access answer's words. */
    String label();
}
