package uk.safeguardcases.web.trustedtime;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.application.trustedtime.EvidenceTimes;

/** On the case page, after its evidence: each piece's capture record and trusted time, and its token to take away. */
@Named
@ViewScoped
public class TrustedTimePanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EvidenceTimes times;

    @Inject
    private ChainHeadTimestamps authority;

    private String ref;
    private HashMap<Long, EvidenceTimes.Stamp> stamps;
    private Boolean configured;

    /**
     * The trusted time of the case's evidence {@code evidenceId}, or null while it has none; the case's are read once
     * per view, in one query (the page has the evidence itself already).
     */
    public EvidenceTimes.Stamp stampOf(String reference, long evidenceId) {
        if (stamps == null || !reference.equals(ref)) {
            ref = reference;
            Map<Long, EvidenceTimes.Stamp> read = times.stampsOf(reference);
            stamps = new HashMap<>(read);
        }
        return stamps.get(evidenceId);
    }

    /** Whether a time-stamping authority is set (read once per view). */
    public boolean isConfigured() {
        if (configured == null) {
            configured = authority.configured();
        }
        return configured;
    }
}
