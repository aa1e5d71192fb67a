package uk.safeguardcases.application.leaving;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The board's erasure cannot be confirmed (or asked for) now; the message says why in the caller's language, and
 * {@link #heldCases()} names the cases whose legal hold stops it. Nothing has changed.
 */
@ApplicationException(rollback = true)
public class ErasureRefusedException extends RuntimeException {

    private final List<String> heldCases;

    public ErasureRefusedException(String message) {
        this(message, List.of());
    }

    public ErasureRefusedException(String message, List<String> heldCases) {
        super(message);
        this.heldCases = List.copyOf(heldCases);
    }

    /** The references of the cases on legal hold, when a hold is what stops it. */
    public List<String> heldCases() {
        return heldCases;
    }
}
