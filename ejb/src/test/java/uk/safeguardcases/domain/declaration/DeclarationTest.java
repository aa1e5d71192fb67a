package uk.safeguardcases.domain.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/**
 * The member's Employee Declaration Form for a version of the board's policy (NSCB model policy, Appendix 1),
 * signed by the member and countersigned by their manager, without a server.
 */
class DeclarationTest {

    private static final Instant ASKED = Instant.parse("2026-04-01T08:00:00Z");
    private static final Instant WEEK_LATER = ASKED.plus(7, ChronoUnit.DAYS);
    private static final Instant FORTNIGHT_LATER = ASKED.plus(14, ChronoUnit.DAYS);

    private static Declaration asked() {
        return new Declaration(5L, 21L, 3L, ASKED);
    }

    private static boolean sign(Declaration declaration, Instant at) {
        return declaration.declare("Gwenllian Prys-Jones", "Nyrs", "Gwasanaethau Plant", "029 2018 3000", 44L, at);
    }

    @Test
    void aMemberIsAskedToDeclareTheVersionTheyWereIssued() {
        Declaration declaration = asked();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.ASKED);
        assertThat(declaration.open()).isTrue();
        assertThat(declaration.policyVersionId()).isEqualTo(5L);
        assertThat(declaration.personId()).isEqualTo(21L);
        assertThat(declaration.organisationId()).isEqualTo(3L);
        assertThat(declaration.askedAt()).isEqualTo(ASKED);
    }

    @Test
    void theMemberSignsOnceAndWhatTheyDeclaredNeverChanges() {
        Declaration declaration = asked();
        Instant signed = ASKED.plus(2, ChronoUnit.DAYS);
        assertThat(sign(declaration, signed)).isTrue();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.DECLARED);
        assertThat(declaration.open()).isFalse();
        assertThat(declaration.declaredName()).isEqualTo("Gwenllian Prys-Jones");
        assertThat(declaration.jobTitle()).isEqualTo("Nyrs");
        assertThat(declaration.department()).isEqualTo("Gwasanaethau Plant");
        assertThat(declaration.contactNumber()).isEqualTo("029 2018 3000");
        assertThat(declaration.managerPersonId()).isEqualTo(44L);
        assertThat(declaration.declaredAt()).isEqualTo(signed);

        assertThat(declaration.declare("Someone Else", "Manager", "HR", "0000", 45L, signed.plusSeconds(60)))
                .as("a second signature").isFalse();
        assertThat(declaration.declaredName()).isEqualTo("Gwenllian Prys-Jones");
        assertThat(declaration.managerPersonId()).isEqualTo(44L);
        assertThat(declaration.declaredAt()).isEqualTo(signed);
    }

    @Test
    void theManagerCountersignsOnlyWhatTheMemberHasSignedAndOnlyOnce() {
        Declaration declaration = asked();
        assertThat(declaration.countersign("cwmtaf.manager", ASKED.plusSeconds(60))).as("nothing signed yet")
                .isFalse();
        assertThat(declaration.countersignedBy()).isNull();

        sign(declaration, ASKED.plus(1, ChronoUnit.DAYS));
        Instant countersigned = ASKED.plus(3, ChronoUnit.DAYS);
        assertThat(declaration.countersign("cwmtaf.manager", countersigned)).isTrue();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.COUNTERSIGNED);
        assertThat(declaration.countersignedBy()).isEqualTo("cwmtaf.manager");
        assertThat(declaration.countersignedAt()).isEqualTo(countersigned);

        assertThat(declaration.countersign("cwmtaf.other", countersigned.plusSeconds(60))).isFalse();
        assertThat(declaration.countersignedBy()).isEqualTo("cwmtaf.manager");
    }

    @Test
    void eachReminderIsRecordedOnceHoweverOftenItsJobRuns() {
        Declaration declaration = asked();
        assertThat(declaration.remind(false, WEEK_LATER)).isTrue();
        assertThat(declaration.remind(false, WEEK_LATER.plusSeconds(30))).as("the 7-day job run again").isFalse();
        assertThat(declaration.remind(true, FORTNIGHT_LATER)).as("the 14-day reminder is another").isTrue();
        assertThat(declaration.remind(true, FORTNIGHT_LATER.plusSeconds(30))).isFalse();
        assertThat(declaration.firstReminderAt()).isEqualTo(WEEK_LATER);
        assertThat(declaration.secondReminderAt()).isEqualTo(FORTNIGHT_LATER);
    }

    @Test
    void theManagerIsToldOnceOfAnUnsignedDeclaration() {
        Declaration declaration = asked();
        Instant overdue = ASKED.plus(21, ChronoUnit.DAYS);
        assertThat(declaration.escalate(overdue)).isTrue();
        assertThat(declaration.escalate(overdue.plusSeconds(30))).as("the job run again").isFalse();
        assertThat(declaration.escalatedAt()).isEqualTo(overdue);
    }

    @Test
    void aSignedDeclarationIsNeitherRemindedNorEscalated() {
        Declaration declaration = asked();
        sign(declaration, ASKED.plus(1, ChronoUnit.DAYS));
        assertThat(declaration.remind(false, WEEK_LATER)).isFalse();
        assertThat(declaration.remind(true, FORTNIGHT_LATER)).isFalse();
        assertThat(declaration.escalate(FORTNIGHT_LATER.plus(7, ChronoUnit.DAYS))).isFalse();
        assertThat(declaration.firstReminderAt()).isNull();
        assertThat(declaration.secondReminderAt()).isNull();
        assertThat(declaration.escalatedAt()).isNull();
    }

    @Test
    void aLaterVersionSupersedesAnUnsignedDeclarationWhichCanThenNoLongerBeSigned() {
        Declaration declaration = asked();
        Instant published = ASKED.plus(10, ChronoUnit.DAYS);
        assertThat(declaration.supersede(published)).isTrue();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.SUPERSEDED);
        assertThat(declaration.supersededAt()).isEqualTo(published);
        assertThat(declaration.supersede(published.plusSeconds(60))).isFalse();
        assertThat(declaration.supersededAt()).isEqualTo(published);

        assertThat(sign(declaration, published.plusSeconds(120))).isFalse();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.SUPERSEDED);
        assertThat(declaration.declaredAt()).isNull();
        assertThat(declaration.remind(true, FORTNIGHT_LATER)).isFalse();
        assertThat(declaration.escalate(FORTNIGHT_LATER)).isFalse();
    }

    @Test
    void aSignedDeclarationIsNotSupersededByALaterVersion() {
        Declaration declaration = asked();
        sign(declaration, ASKED.plus(1, ChronoUnit.DAYS));
        assertThat(declaration.supersede(ASKED.plus(10, ChronoUnit.DAYS))).isFalse();
        assertThat(declaration.status()).isEqualTo(DeclarationStatus.DECLARED);
        assertThat(declaration.supersededAt()).isNull();
    }

    @Test
    void onlyTheManagerTheMemberNamedCountersignsAndADeclarationCountsForConductAfterItWasSigned() {
        Declaration declaration = asked();
        assertThat(declaration.toBeCountersignedBy(44L)).as("nobody named yet").isFalse();
        assertThat(declaration.declaredBy(FORTNIGHT_LATER)).isFalse();
        sign(declaration, WEEK_LATER);
        assertThat(declaration.toBeCountersignedBy(44L)).isTrue();
        assertThat(declaration.toBeCountersignedBy(21L)).as("the member themselves").isFalse();
        assertThat(declaration.toBeCountersignedBy(null)).isFalse();
        assertThat(declaration.declaredBy(WEEK_LATER)).isTrue();
        assertThat(declaration.declaredBy(FORTNIGHT_LATER)).isTrue();
        assertThat(declaration.declaredBy(WEEK_LATER.minusSeconds(1))).as("signed after the conduct").isFalse();
    }

    @Test
    void aContactNumberIsWrittenAsPeopleWriteOneWithSevenToFifteenDigits() {
        assertThat(Declaration.contactNumberValid("029 2018 3000")).isTrue();
        assertThat(Declaration.contactNumberValid("+44 (0)29 2018-3000")).isTrue();
        assertThat(Declaration.contactNumberValid("07700.900123")).isTrue();
        assertThat(Declaration.contactNumberValid("123 456")).as("six digits").isFalse();
        assertThat(Declaration.contactNumberValid("+44 1234 5678 9012 34")).as("sixteen digits").isFalse();
        assertThat(Declaration.contactNumberValid("ext. 3000 please")).isFalse();
    }
}
