package uk.safeguardcases.application.trustedtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralPackReadModel;
import uk.safeguardcases.application.investigation.ReferralPackSections;
import uk.safeguardcases.application.people.PeopleNames;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.evidence.Evidence;
import uk.safeguardcases.domain.evidence.EvidenceReview;

/**
 * The referral pack's manifest of its evidence (Berkeley Protocol: a hash, a trusted time and a record of how each
 * item was captured): for each piece the pack shows, its SHA-256 and the time a time-stamping authority signed over it
 * and who that authority is, or "no trusted time"; for every piece, the address (or that there is none), when and by
 * whom it was seen, how it came to the board and how it was captured (the form of its record: a screenshot, a saved
 * copy of the page, …). Before the process sends the pack, evidence still without a token is asked for again,
 * so that with the authority up every piece has its token when the pack goes.
 */
@ApplicationScoped
public class TrustedTimeInPack implements ReferralPackSections {

    @Inject
    private ReferralPackReadModel evidence;

    @Inject
    private EvidenceTimes times;

    @Inject
    private EvidenceStamping stamping;

    @Inject
    private PeopleNames names;

    @Override
    public List<ReferralPack.Section> sectionsFor(SafeguardingCase c, boolean welsh) {
        // Only the process's own step (a caller with no role) asks the authority: it sends the pack. A person who
        // reads the pack never waits on the network for it.
        if (CallerContext.current().roles().isEmpty()) {
            try {
                stamping.fillCase(c.id());
            } catch (RuntimeException e) {
                // Outside the sending's transaction: the pack goes, saying "no trusted time" where there is none.
                java.util.logging.Logger.getLogger(TrustedTimeInPack.class.getName()).warning(
                        () -> "Evidence timestamps were not asked for before a pack was sent: " + e);
            }
        }
        Map<Long, EvidenceReview> reviews = evidence.reviewsOf(c.id());
        List<Evidence> shown = evidence.evidenceOf(c.id()).stream()
                .filter(e -> e.mayReachMemberOrHr(reviews.get(e.id()))).toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<EvidenceTime> english = times.of(c, shown, Texts.ENGLISH);
        List<EvidenceTime> cymraeg = welsh ? times.of(c, shown, Texts.WELSH) : english;
        Map<String, String> seenBy = new java.util.HashMap<>();
        names.of(shown.stream().map(Evidence::capturedBy).distinct().toList())
                .forEach((user, name) -> seenBy.put(user, name.displayName()));
        Function<String, String> who = user -> seenBy.getOrDefault(user, user);
        List<ReferralPack.Fact> facts = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            EvidenceTime e = english.get(i);
            EvidenceTime w = cymraeg.get(i);
            String label = words(welsh, "pack.item", e.number());
            facts.add(new ReferralPack.Fact(label, both(welsh, time(Texts.WELSH, w), time(Texts.ENGLISH, e))));
            facts.add(new ReferralPack.Fact(words(welsh, "pack.capture", e.number()),
                    both(welsh, capture(Texts.WELSH, w, who), capture(Texts.ENGLISH, e, who))));
        }
        return List.of(new ReferralPack.Section(words(welsh, "pack.heading"), facts));
    }

    /** "SHA-256 …; trusted time … (UTC), by …", or "no trusted time"; the hash withheld where the pack withholds it. */
    private static String time(Locale language, EvidenceTime e) {
        if (e.withheld()) {
            return TrustedTimeWords.in(language, "pack.withheld");
        }
        String stamped = e.stamped()
                ? TrustedTimeWords.in(language, "pack.stamped", PlainFormat.when(language, e.stampedAt()),
                        utc(e.stampedAt()), e.authority())
                : TrustedTimeWords.in(language, "pack.noTrustedTime");
        return TrustedTimeWords.in(language, "pack.hash", e.sha256()) + " " + stamped;
    }

    /**
     * "Seen at … on … by …; how it came; how it was captured; kept as …", every item's; one without an address says
     * so, and one whose details stay with the board gives only when, by whom and how.
     */
    private static String capture(Locale language, EvidenceTime e, Function<String, String> who) {
        String when = PlainFormat.when(language, e.seenAt());
        if (e.withheld()) {
            return TrustedTimeWords.in(language, "pack.seenWithheld", when, who.apply(e.seenBy()), e.how(), e.form());
        }
        return e.url() == null
                ? TrustedTimeWords.in(language, "pack.seenNoAddress", when, who.apply(e.seenBy()), e.how(), e.form(),
                        e.kept())
                : TrustedTimeWords.in(language, "pack.seen", e.url(), when, who.apply(e.seenBy()), e.how(), e.form(),
                        e.kept());
    }

    static String utc(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String both(boolean welsh, String cymraeg, String english) {
        return welsh ? cymraeg + " / " + english : english;
    }

    /** Welsh, then English, for a Welsh or bilingual board (as the pack's own headings); else English. */
    private static String words(boolean welsh, String key, Object... arguments) {
        String english = TrustedTimeWords.in(Texts.ENGLISH, key, arguments);
        return welsh ? TrustedTimeWords.in(Texts.WELSH, key, arguments) + " / " + english : english;
    }
}
