package uk.safeguardcases.application.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.lowlevel.LowLevelOutcome;

/** The registry of triage outcomes, without a server: what it lists, in which order, and what it refuses. */
class KnownTriageOutcomesTest {

    private static final TriageDecision MEDIATED = TriageDecision.contributed("MEDIATED", "Settled by mediation");
    private static final ClosureReason MEDIATED_AT_TRIAGE = ClosureReason.contributed("MEDIATED_AT_TRIAGE",
            "Settled by mediation at triage", false);

    private static TriageOutcomes registration(String bundle, TriageOutcome... outcomes) {
        return new TriageOutcomes() {
            @Override
            public List<TriageOutcome> outcomes() {
                return List.of(outcomes);
            }

            @Override
            public String bundle() {
                return bundle;
            }
        };
    }

    private static KnownTriageOutcomes known(TriageOutcomes... registrations) {
        KnownTriageOutcomes known = new KnownTriageOutcomes();
        known.collect(List.of(registrations));
        return known;
    }

    private static final String LOW_LEVEL_WORDS = "uk.safeguardcases.application.lowlevel.lowlevel";

    @Test
    void theCoresDecisionsComeFirstThenTheProcessesByName() {
        KnownTriageOutcomes known = known(
                registration(LOW_LEVEL_WORDS, new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS,
                        true)),
                registration(LOW_LEVEL_WORDS, new TriageOutcome(MEDIATED, MEDIATED_AT_TRIAGE, false)));

        assertThat(known.decisionNames())
                .isEqualTo("NO_FURTHER_ACTION, ADVICE_ONLY, INVESTIGATE, LOW_LEVEL_CONCERN, MEDIATED");
        assertThat(known.reasons()).extracting(ClosureReason::name).containsExactly("NO_FURTHER_ACTION",
                "ADVICE_ONLY", "AUTHORISATION_REFUSED", "NO_BREACH", "ADVICE_AND_GUIDANCE",
                "REFERRAL_OUTCOME_RECORDED", "LOW_LEVEL_CONCERN", "MEDIATED_AT_TRIAGE");
        assertThat(known.closesWith(MEDIATED)).contains(MEDIATED_AT_TRIAGE);
        assertThat(known.closesWith(TriageDecision.NO_FURTHER_ACTION)).isEmpty();
        assertThat(known.memberTold(LowLevelOutcome.CLOSED_AS)).isTrue();
        assertThat(known.memberTold(MEDIATED_AT_TRIAGE)).isFalse();
        assertThat(known.memberTold(ClosureReason.NO_BREACH)).isTrue();
        assertThat(known.reason("LOW_LEVEL_CONCERN").neverInvestigated()).isTrue();
    }

    @Test
    void withNoProcessOnlyTheCoresAreKnown() {
        assertThat(known().decisions()).containsExactlyElementsOf(TriageDecision.core());
        assertThat(known().reasons()).containsExactlyElementsOf(ClosureReason.core());
    }

    @Test
    void aNameNobodyKnowsIsRefusedNamingThoseThatAre() {
        KnownTriageOutcomes known = known(registration(LOW_LEVEL_WORDS,
                new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS, true)));

        assertThat(known.decisionNamed("KEPT_ON_FILE")).isEmpty();
        assertThatThrownBy(() -> known.decision("KEPT_ON_FILE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No triage decision is named KEPT_ON_FILE; the known ones are NO_FURTHER_ACTION, "
                        + "ADVICE_ONLY, INVESTIGATE, LOW_LEVEL_CONCERN.");
        assertThatThrownBy(() -> known.reason("KEPT_ON_FILE")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("No closure reason is named KEPT_ON_FILE; the known ones are NO_FURTHER_ACTION");
    }

    @Test
    void twoOutcomesOfOneNameOrOneReasonStopTheDeployment() {
        TriageOutcome again = new TriageOutcome(TriageDecision.contributed("LOW_LEVEL_CONCERN", "Another"),
                MEDIATED_AT_TRIAGE, false);
        assertThatThrownBy(() -> known(
                registration(LOW_LEVEL_WORDS, new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS,
                        true)), registration(LOW_LEVEL_WORDS, again)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Two triage outcomes are named "
                        + "LOW_LEVEL_CONCERN");
        assertThatThrownBy(() -> known(registration(LOW_LEVEL_WORDS,
                new TriageOutcome(MEDIATED, LowLevelOutcome.CLOSED_AS, false),
                new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS, true))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("LOW_LEVEL_CONCERN; each brings its own");
    }

    @Test
    void aProcessCannotTakeACoreNameNorBringACoreValue() {
        assertThatThrownBy(() -> TriageDecision.contributed("INVESTIGATE", "Look again"))
                .hasMessage("INVESTIGATE is one of the core's triage decisions");
        assertThatThrownBy(() -> ClosureReason.contributed("low level", "Low", false))
                .hasMessageContaining("capitals, digits and underscores");
        assertThatThrownBy(() -> new TriageOutcome(TriageDecision.ADVICE_ONLY, MEDIATED_AT_TRIAGE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theProcessesWordsAreFoundInTheirOwnBundleInEnglishAndWelsh() {
        KnownTriageOutcomes known = known(registration(LOW_LEVEL_WORDS,
                new TriageOutcome(LowLevelOutcome.DECISION, LowLevelOutcome.CLOSED_AS, true)));

        assertThat(known.text(Texts.ENGLISH, "mail.LOW_LEVEL_CONCERN.body", "Cwm Taf"))
                .contains("Cwm Taf has looked at the concern and kept it as a low-level concern; there is no "
                        + "investigation. The case is closed.");
        assertThat(known.text(Texts.WELSH, "mail.LOW_LEVEL_CONCERN.body", "Cwm Taf")).get().asString()
                .startsWith("Mae Cwm Taf wedi edrych ar y pryder a'i gadw");
        assertThat(known.text(Texts.ENGLISH, "mail.NO_SUCH.body")).isEmpty();
    }
}
