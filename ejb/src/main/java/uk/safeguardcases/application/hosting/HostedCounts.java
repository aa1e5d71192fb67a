package uk.safeguardcases.application.hosting;

import java.util.Map;

/**
 * A process's own records the hosting operator may count, by board: how many, never what they hold (issue 67: that
 * transfers between boards happened). An {@code @ApplicationScoped} bean; the operator's page shows each count
 * beside the boards' health, headed by its words in the process's own bundle.
 */
public interface HostedCounts {

    /** The process's bundle (its base name), where each count's words are. */
    String bundle();

    /** Each count, by the key of its words in {@link #bundle()}, then how many each board has (a board left out: 0). */
    Map<String, Map<String, Long>> byBoard();
}
