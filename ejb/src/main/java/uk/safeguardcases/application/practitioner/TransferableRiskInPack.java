package uk.safeguardcases.application.practitioner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.investigation.ReferralPack;
import uk.safeguardcases.application.investigation.ReferralPackSections;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.practitioner.PractitionerConcern;

/**
 * The transferable risk in the referral pack (Wales Safeguarding Procedures, Section 5: the risk the person may pose
 * in other roles is considered): the other roles known, whom the board told and when, and the threshold's outcome,
 * so the employer's HR partner knows what else the board has told and to whom. Only once it is recorded.
 */
@ApplicationScoped
public class TransferableRiskInPack implements ReferralPackSections {

    @Inject
    private PractitionerConcerns concerns;

    @Override
    public List<ReferralPack.Section> sectionsFor(SafeguardingCase c, boolean welsh) {
        return concerns.recordOf(c).filter(PractitionerConcern::transferableRiskRecorded)
                .map(p -> List.of(new ReferralPack.Section(words(welsh, "pack.heading"), List.of(
                        new ReferralPack.Fact(words(welsh, "pack.otherRoles"), p.otherRoles()),
                        new ReferralPack.Fact(words(welsh, "pack.toldWhom"),
                                p.riskToldWhom() == null ? words(welsh, "pack.nobodyTold") : p.riskToldWhom()),
                        new ReferralPack.Fact(words(welsh, "pack.toldOn"), p.riskToldOn() == null ? null
                                : uk.safeguardcases.application.PlainFormat.day(Locale.UK, p.riskToldOn())),
                        new ReferralPack.Fact(words(welsh, "pack.recorded"),
                                WorkingCalendar.describe(p.riskAt()))))))
                .orElse(List.of());
    }

    /** Welsh, then English, for a Welsh or bilingual board (as the pack's own headings); else English. */
    private static String words(boolean welsh, String key) {
        String english = PractitionerWords.in(Locale.UK, key);
        return welsh ? PractitionerWords.in(Texts.WELSH, key) + " / " + english : english;
    }
}
