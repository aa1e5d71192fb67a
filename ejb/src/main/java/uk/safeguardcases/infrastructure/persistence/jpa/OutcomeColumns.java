package uk.safeguardcases.infrastructure.persistence.jpa;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.safeguardcases.application.outcomes.KnownTriageOutcomes;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * The triage decision and closure reason columns hold a name, as they did when both were enums; read back, a name is
 * the core's value or a process's ({@link KnownTriageOutcomes}). A name no process brings any longer (a process taken
 * away) is read as an outcome worded by its name alone, so the case still opens.
 */
public final class OutcomeColumns {

    private OutcomeColumns() {
    }

    private static KnownTriageOutcomes known(KnownTriageOutcomes injected) {
        return injected != null ? injected : CDI.current().select(KnownTriageOutcomes.class).get();
    }

    @Converter(autoApply = true)
    public static class TriageDecisionColumn implements AttributeConverter<TriageDecision, String> {
        @Inject
        KnownTriageOutcomes outcomes;

        @Override
        public String convertToDatabaseColumn(TriageDecision decision) {
            return decision == null ? null : decision.name();
        }

        @Override
        public TriageDecision convertToEntityAttribute(String name) {
            if (name == null) {
                return null;
            }
            return TriageDecision.core(name).or(() -> known(outcomes).decisionNamed(name))
                    .orElseGet(() -> TriageDecision.contributed(name, name));
        }
    }

    @Converter(autoApply = true)
    public static class ClosureReasonColumn implements AttributeConverter<ClosureReason, String> {
        @Inject
        KnownTriageOutcomes outcomes;

        @Override
        public String convertToDatabaseColumn(ClosureReason reason) {
            return reason == null ? null : reason.name();
        }

        @Override
        public ClosureReason convertToEntityAttribute(String name) {
            if (name == null) {
                return null;
            }
            return ClosureReason.core(name).or(() -> known(outcomes).reasonNamed(name))
                    .orElseGet(() -> ClosureReason.contributed(name, name, false));
        }
    }
}
