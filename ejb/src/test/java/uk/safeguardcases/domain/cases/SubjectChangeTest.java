package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/**
 * The officer says whom a case is about: the first link needs no reason, a correction does, a closed case is never
 * changed, and the name shown stays as the reporter typed it unless the officer takes the account's.
 */
class SubjectChangeTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T10:00:00Z");

    private final ParentOrganisation placeholder = placeholder();
    private final ParentOrganisation school = new ParentOrganisation("Ysgol Gynradd Glan‑y‑Môr",
            OrganisationKind.SCHOOL, "ad@ysgol.example.org");
    private final ParentOrganisation council = new ParentOrganisation("Cyngor Sir Caerdydd",
            OrganisationKind.COUNCIL, "hr@cyngor.example.org");

    private static ParentOrganisation placeholder() {
        ParentOrganisation notYetKnown = new ParentOrganisation("Not yet known (named on the public page)",
                OrganisationKind.OTHER, null);
        notYetKnown.deactivate();
        return notYetKnown;
    }

    private SafeguardingCase fromThePublicPage() {
        return SafeguardingCase.raise(7L, "CHSCB-2026-0007", "“Mr Evans” from the school", placeholder,
                CaseSource.PUBLIC_COMPLAINT, "A post naming a child.", "public page", RAISED);
    }

    @Test
    void theFirstLinkNeedsNoReasonAndTakesTheMembersOrganisationKeepingTheNameAsTyped() {
        SafeguardingCase c = fromThePublicPage();

        assertThat(c.identificationRefused(41L, null)).isNull();
        c.identifySubject(41L, school, null, null);

        assertThat(c.subjectPersonId()).isEqualTo(41L);
        assertThat(c.organisation()).isSameAs(school);
        assertThat(c.subjectName()).isEqualTo("“Mr Evans” from the school");
    }

    @Test
    void theOfficerMayShowTheAccountsNameInstead() {
        SafeguardingCase c = fromThePublicPage();
        c.identifySubject(41L, school, " Morgan Evans ", null);

        assertThat(c.subjectName()).isEqualTo("Morgan Evans");
    }

    @Test
    void aMemberWithoutAnOrganisationLeavesTheCaseWhereItIs() {
        SafeguardingCase c = fromThePublicPage();
        c.identifySubject(41L, null, null, null);

        assertThat(c.organisation()).isSameAs(placeholder);
    }

    @Test
    void aMisclickIsCorrectedWithAReasonAndTheSameAccountIsNoChange() {
        SafeguardingCase c = fromThePublicPage();
        c.identifySubject(12L, school, null, null);

        assertThat(c.identificationRefused(12L, "again")).isEqualTo(SubjectChange.Refusal.UNCHANGED);
        assertThat(c.identificationRefused(41L, "  ")).isEqualTo(SubjectChange.Refusal.REASON_NEEDED);
        assertThatThrownBy(() -> c.identifySubject(41L, school, null, null)).isInstanceOf(IllegalStateException.class);
        assertThat(c.subjectPersonId()).isEqualTo(12L);

        c.identifySubject(41L, council, null, "Two members called Evans; the wrong one was chosen.");
        assertThat(c.subjectPersonId()).isEqualTo(41L);
        assertThat(c.organisation()).isSameAs(council);
    }

    @Test
    void fromThePlaceholderTheCaseMovesWithoutAReasonAndFromARealOrganisationOnlyWithOne() {
        SafeguardingCase c = fromThePublicPage();

        assertThat(c.moveRefused(placeholder, "x")).isEqualTo(SubjectChange.Refusal.UNCHANGED);
        assertThat(c.moveRefused(school, null)).isNull();
        c.moveToOrganisation(school, null);
        assertThat(c.organisation()).isSameAs(school);

        assertThat(c.moveRefused(council, null)).isEqualTo(SubjectChange.Refusal.REASON_NEEDED);
        assertThatThrownBy(() -> c.moveToOrganisation(council, "")).isInstanceOf(IllegalStateException.class);
        c.moveToOrganisation(council, "The member works for the council, not the school.");
        assertThat(c.organisation()).isSameAs(council);
    }

    @Test
    void aClosedCaseKeepsWhomItWasAbout() {
        SafeguardingCase c = fromThePublicPage();
        c.close(ClosureReason.NO_FURTHER_ACTION, RAISED.plusSeconds(3600), "Nothing to do.", ZoneId.of("Europe/London"),
                12, new CoolingOff(30));

        assertThat(c.identificationRefused(41L, "reason")).isEqualTo(SubjectChange.Refusal.CLOSED);
        assertThat(c.moveRefused(school, "reason")).isEqualTo(SubjectChange.Refusal.CLOSED);
        assertThatThrownBy(() -> c.identifySubject(41L, school, null, "reason"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> c.moveToOrganisation(school, "reason")).isInstanceOf(IllegalStateException.class);
        assertThat(c.subjectPersonId()).isNull();
        assertThat(c.organisation()).isSameAs(placeholder);
    }
}
