package uk.safeguardcases.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.TimelineRecorded;
import uk.safeguardcases.domain.disclosure.Disclosure;
import uk.safeguardcases.domain.disclosure.DisclosureKind;
import uk.safeguardcases.domain.disclosure.DisclosureRepository;

/**
 * Keeps the disclosure log from the timeline: each entry that records a disclosure (the referral pack sent, a subject
 * access request answered, the LADO or adults' referral, the outcome shared with the reporter) adds a disclosure with
 * the legal basis the board chose for its kind, in the recording transaction: the disclosure and its record stand or
 * fall together.
 */
@ApplicationScoped
public class DisclosuresOnTimeline {

    @Inject
    private Clock clock;

    @Inject
    private DisclosureRepository disclosures;

    @Inject
    private LegalBases bases;

    void on(@Observes TimelineRecorded entry) {
        DisclosureKind.recordedBy(entry.action()).ifPresent(kind -> {
            String reference = entry.caseId() != null
                    ? disclosures.caseReference(entry.caseId()).orElse(null)
                    : referenceIn(entry.detail());
            if (reference == null) {
                return;
            }
            // The kind's basis, which an officer may change for this disclosure afterwards (DisclosureLog.changeBasis).
            LegalBases.Basis basis = bases.forKind(kind);
            disclosures.add(new Disclosure(kind, reference, basis.code(), basis.nameEn(), basis.nameCy(),
                    CallerContext.current().username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS)));
        });
    }

    /** A board-wide entry names its record first ("CHSCB-SAR-2026-0004: answered …"). */
    static String referenceIn(String detail) {
        int colon = detail == null ? -1 : detail.indexOf(':');
        return colon > 0 && colon <= 40 ? detail.substring(0, colon) : null;
    }
}
