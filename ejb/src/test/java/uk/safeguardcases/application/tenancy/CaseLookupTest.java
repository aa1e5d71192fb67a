package uk.safeguardcases.application.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.people.Role;

/** The look-up reads its "not found" itself (the tenancy cannot use Texts), so it must say what Texts would. */
class CaseLookupTest {

    private static final Caller OFFICER = new Caller("chscb.officer", "Olivia Okafor", "chscb", Set.of(Role.OFFICER),
            null);

    @Test
    void aCaseNotFoundIsSaidInTheCallersLanguageWithTheWordsOfTexts() {
        for (Locale language : new Locale[] {null, Caller.ENGLISH, Texts.WELSH, Locale.forLanguageTag("cy"),
                Locale.FRENCH}) {
            Caller caller = OFFICER.speaking(language);
            for (String key : new String[] {"notFound.case", "notFound.requestForYou"}) {
                for (String what : new String[] {"CHSCB-2026-0042", "12345", "‘Ffŵl’ o'r Fenni"}) {
                    assertThat(CallerContext.runAs(caller, () -> CaseLookup.notFound(key, what).getMessage()))
                            .isEqualTo(CallerContext.runAs(caller, () -> Texts.text(key, what)));
                }
            }
        }
        assertThat(CallerContext.runAs(OFFICER, () -> CaseLookup.notFound("notFound.case", "CHSCB-2026-0042")
                .getMessage())).isEqualTo("There is no case CHSCB-2026-0042 on your board.");
        assertThat(CallerContext.runAs(OFFICER.speaking(Texts.WELSH), () -> CaseLookup.notFound("notFound.case",
                "CHSCB-2026-0042").getMessage())).isEqualTo("Nid oes achos CHSCB-2026-0042 ar eich bwrdd.");
    }

    @Test
    void nobodyCallingIsAnsweredInEnglish() {
        assertThat(CaseLookup.notFound("notFound.requestForYou", "CHSCB-2026-0042").getMessage())
                .isEqualTo("There is no request CHSCB-2026-0042 for you.");
    }
}
