package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.safeguardcases.application.chronology.Chronologies;

/** The case page's link from the member's name to their chronology: the member's id, once per request. */
@Named
@RequestScoped
public class ChronologyLinks {

    @Inject
    private Chronologies chronologies;

    private final Map<String, Optional<Long>> known = new HashMap<>();

    /** The id of the member the case is about, if they have an account on the board; null otherwise. */
    public Long personOf(String caseReference) {
        return known.computeIfAbsent(String.valueOf(caseReference), ref -> {
            try {
                return chronologies.personOfCase(ref);
            } catch (RuntimeException e) {
                return Optional.empty(); // no link rather than no page
            }
        }).orElse(null);
    }
}
