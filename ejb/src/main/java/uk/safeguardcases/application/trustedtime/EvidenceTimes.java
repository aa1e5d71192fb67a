package uk.safeguardcases.application.trustedtime;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.investigation.ReferralPackReadModel;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.FileType;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.trustedtime.EvidenceTimestamp;
import uk.safeguardcases.domain.trustedtime.TrustedTimeRecords;

/**
 * The capture record and trusted time of a case's evidence, for the board's officers and senior managers on the case
 * page, and a token to take away, for them and the board's administrators. Another board's case or evidence is not
 * found.
 */
@Stateless
public class EvidenceTimes {

    @Inject
    private CaseLookup cases;

    @Inject
    private ReferralPackReadModel evidence;

    @Inject
    private TrustedTimeRecords records;

    /** The case's evidence, in its order, each with its trusted time or none. */
    public List<EvidenceTime> ofCase(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        return of(c, evidence.evidenceOf(c.id()), CallerContext.language());
    }

    /** A piece of evidence's trusted time: when the authority signed, and who it is. */
    public record Stamp(java.time.Instant stampedAt, String authority) implements java.io.Serializable {
    }

    /**
     * The trusted times of the case's evidence that has one, by the evidence's id: one query, for the case page, which
     * has the evidence itself already.
     */
    public Map<Long, Stamp> stampsOf(String reference) {
        CallerContext.require(Role.OFFICER, Role.SENIOR);
        SafeguardingCase c = cases.toRead(reference);
        return records.ofCase(c.id()).stream().filter(EvidenceTimestamp::hasToken).collect(Collectors.toMap(
                EvidenceTimestamp::evidenceId, s -> new Stamp(s.stampedAt(), s.authority()), (a, b) -> a));
    }

    /** The given evidence of case {@code c}, described in {@code language}. */
    public List<EvidenceTime> of(SafeguardingCase c, List<Evidence> items, Locale language) {
        Map<Long, EvidenceTimestamp> stamps = records.ofCase(c.id()).stream()
                .collect(Collectors.toMap(EvidenceTimestamp::evidenceId, Function.identity(), (a, b) -> a));
        return items.stream().map(e -> {
            EvidenceTimestamp stamp = stamps.get(e.id());
            boolean stamped = stamp != null && stamp.hasToken();
            if (e.illegalImagery()) {
                return new EvidenceTime(e.id(), e.numberInCase(), null, e.capturedAt(), e.capturedBy(),
                        TrustedTimeWords.in(language, "how." + e.captureMethod().name()), form(e, language),
                        TrustedTimeWords.in(language, "kept.withheld"), null, null, null);
            }
            return new EvidenceTime(e.id(), e.numberInCase(), e.url(), e.capturedAt(), e.capturedBy(),
                    TrustedTimeWords.in(language, "how." + e.captureMethod().name()), form(e, language),
                    kept(e, language),
                    e.contentSha256(), stamped ? stamp.stampedAt() : null, stamped ? stamp.authority() : null);
        }).toList();
    }

    /** How an item was captured (the form of its record), or that it was not recorded (evidence from before). */
    private static String form(Evidence e, Locale language) {
        return TrustedTimeWords.in(language,
                "form." + (e.captureForm() == null ? "notRecorded" : e.captureForm().name()));
    }

    /** What the board kept of an item: its file (by type), the text captured, or the address only. */
    private static String kept(Evidence e, Locale language) {
        if (e.hasFile()) {
            String type = FileType.forContentType(e.contentType()).map(t -> Texts.in(language, "fileType." + t.name()))
                    .orElse(e.contentType());
            return TrustedTimeWords.in(language, "kept.file", type);
        }
        if (e.capturedText() != null) {
            return TrustedTimeWords.in(language, "kept.text");
        }
        return TrustedTimeWords.in(language, "kept.address");
    }

    /** The token of a piece of evidence of the caller's board, as the authority signed it (DER). */
    public byte[] tokenOf(long evidenceId) {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.ADMIN);
        return records.ofEvidence(evidenceId).filter(EvidenceTimestamp::hasToken).map(EvidenceTimestamp::token)
                .orElseThrow(() -> new NotFoundException(TrustedTimeWords.text("notFound.token")));
    }
}
