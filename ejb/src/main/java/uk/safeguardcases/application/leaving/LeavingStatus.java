package uk.safeguardcases.application.leaving;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where a board stands on leaving, for its administrators' page.
 *
 * @param boardName the board's name
 * @param typeToConfirm what a person types to show they mean this board (its reference prefix)
 * @param request the erasure asked for and still standing, or null
 * @param heldCases references of the board's cases on legal hold, which stop the erasure
 */
public record LeavingStatus(String boardName, String typeToConfirm, Request request, List<String> heldCases)
        implements Serializable {

    /**
     * An erasure asked for.
     *
     * @param askedByYou whether the person reading asked for it (and so may not confirm it)
     * @param waitOver whether the waiting period has passed
     */
    public record Request(String askedBy, Instant askedAt, String reason, Instant confirmableFrom, boolean askedByYou,
            boolean waitOver) implements Serializable {
    }

    /** Whether the person reading may confirm the erasure now. */
    public boolean mayConfirm() {
        return request != null && !request.askedByYou() && request.waitOver() && heldCases.isEmpty();
    }
}
