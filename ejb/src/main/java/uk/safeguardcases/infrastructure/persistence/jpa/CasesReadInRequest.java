package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/**
 * The cases this request has found to read, by board, caller and reference ({@link JpaCaseRepository#toRead}): a page
 * reads its case through several services, each in a transaction of its own, and each found it again (issue 61: the
 * case page found it nine times by reference and loaded it seven times). Forgotten whenever a case is found to be
 * changed, and when that transaction ends, so nothing read before or during a change is read after it.
 */
@RequestScoped
public class CasesReadInRequest {

    private final Map<String, Optional<SafeguardingCase>> read = new HashMap<>();

    Optional<SafeguardingCase> of(String key, Supplier<Optional<SafeguardingCase>> find) {
        Optional<SafeguardingCase> found = read.get(key);
        if (found == null) {
            found = find.get();
            if (found.isPresent()) {
                read.put(key, found); // one not found is looked for again, as before
            }
        }
        return found;
    }

    void forget() {
        read.clear();
    }
}
