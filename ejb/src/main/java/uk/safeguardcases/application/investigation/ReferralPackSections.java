package uk.safeguardcases.application.investigation;

import java.util.List;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/**
 * A process's own section of the referral pack (CHSCB 6.2), asked of every {@code @ApplicationScoped} bean of this
 * interface when a pack is made: what it keeps on the case that the HR partner needs, in words already (the pack's
 * PDF prints them as given, after the policy declaration; the HR page and the API carry them). Its values are
 * redacted as the rest of the pack is.
 */
public interface ReferralPackSections {

    /**
     * The sections for case {@code c}, in order; empty for none. {@code welsh}: the board's pages are Welsh or
     * bilingual, so each heading and label gives the Welsh before the English, as the pack's own do.
     */
    List<ReferralPack.Section> sectionsFor(SafeguardingCase c, boolean welsh);
}
