package uk.safeguardcases.application.audit;

import java.util.List;
import uk.safeguardcases.domain.audit.Reading;

/**
 * A process's own kinds of read, registered as an {@code @ApplicationScoped} bean, e.g.
 * {@code public List<SearchReading> readings() { return List.of(SearchReading.values()); }}. {@link KnownReadings}
 * finds every one, so a read a process recorded is read back as its kind.
 */
public interface Readings {
    List<? extends Reading> readings();
}
