package uk.safeguardcases.domain.process;

import java.util.Collection;
import java.util.Set;

/** The stuck steps the board was told of, each once. */
public interface StuckStepNoticeRepository {

    /** Those of {@code incidentIds} the board was told of. */
    Set<String> told(Collection<String> incidentIds);

    /** Those of {@code jobIds} whose step the board was told of before (it was tried again and stuck again). */
    Set<String> toldOfJobs(Collection<String> jobIds);

    void add(StuckStepNotice notice);

    /** Writes the notices added now, so that one made twice at once fails here rather than at the commit. */
    void writeNow();
}
