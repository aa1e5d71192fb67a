package uk.safeguardcases.web.trustedtime;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.application.trustedtime.EvidenceTime;
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
    private List<EvidenceTime> shown;
    private Boolean configured;

    /** The case's evidence with its trusted time, read once per view. */
    public List<EvidenceTime> of(String reference) {
        if (shown == null || !reference.equals(ref)) {
            ref = reference;
            shown = times.ofCase(reference);
        }
        return shown;
    }

    /** Whether a time-stamping authority is set (read once per view). */
    public boolean isConfigured() {
        if (configured == null) {
            configured = authority.configured();
        }
        return configured;
    }
}
