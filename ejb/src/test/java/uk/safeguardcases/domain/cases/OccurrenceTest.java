package uk.safeguardcases.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.organisation.ParentOrganisation;

/** When the conduct happened and where the content is, as the person raising the concern knows them. */
class OccurrenceTest {

    private static final String POST = "https://social.example/@rhys/1029";

    @Test
    void aMomentIsKeptAsGivenAndIsNoDay() {
        Instant evening = Instant.parse("2026-02-27T21:15:00Z");
        Occurrence occurrence = Occurrence.at(evening, POST);

        assertThat(occurrence.at()).isEqualTo(evening);
        assertThat(occurrence.dayOnly()).isFalse();
        assertThat(occurrence.day()).isNull();
        assertThat(occurrence.contentUrl()).isEqualTo(POST);
    }

    @Test
    void aDayInSummerStartsAtMidnightBritishSummerTime() {
        Occurrence occurrence = Occurrence.on(LocalDate.of(2026, 7, 15), POST);

        assertThat(occurrence.at()).isEqualTo(Instant.parse("2026-07-14T23:00:00Z"));
        assertThat(occurrence.dayOnly()).isTrue();
        assertThat(occurrence.day()).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void aDayInWinterStartsAtMidnightGreenwichMeanTime() {
        Occurrence occurrence = Occurrence.on(LocalDate.of(2026, 1, 5), null);

        assertThat(occurrence.at()).isEqualTo(Instant.parse("2026-01-05T00:00:00Z"));
        assertThat(occurrence.day()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(occurrence.contentUrl()).isNull();
    }

    @Test
    void nothingSaidIsUnknownWhicheverWayItCame() {
        assertThat(Occurrence.on(null, null)).isEqualTo(Occurrence.UNKNOWN);
        assertThat(Occurrence.at(null, null)).isEqualTo(Occurrence.UNKNOWN);
        assertThat(Occurrence.UNKNOWN.day()).isNull();
        assertThat(new Occurrence(null, true, null).dayOnly()).as("no moment, so no day").isFalse();
    }

    @Test
    void theCaseKeepsWhatItWasToldAndGivesItBack() {
        SafeguardingCase c = SafeguardingCase.raise(7L, "CHSCB-2026-0007", "Siân Ellis-Pryce",
                new ParentOrganisation("Heddlu Gwent", OrganisationKind.POLICE, "hr@example.org"),
                CaseSource.PUBLIC_COMPLAINT, "Photographs of a school trip.", "chscb.officer",
                Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(c.occurrence()).isEqualTo(Occurrence.UNKNOWN);

        c.happened(Occurrence.on(LocalDate.of(2026, 2, 27), POST));

        assertThat(c.occurrence()).isEqualTo(Occurrence.on(LocalDate.of(2026, 2, 27), POST));
        assertThat(c.occurredAt()).isEqualTo(Instant.parse("2026-02-27T00:00:00Z"));
    }
}
