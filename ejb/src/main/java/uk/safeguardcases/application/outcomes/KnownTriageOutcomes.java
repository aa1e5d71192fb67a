package uk.safeguardcases.application.outcomes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;

/**
 * Every triage decision and closure reason: the core's own, then every process's ({@link TriageOutcomes}), by the
 * names a case keeps. Two outcomes or reasons of one name stop the deployment.
 */
@ApplicationScoped
public class KnownTriageOutcomes {

    @Inject
    @Any
    private Instance<TriageOutcomes> registered;

    private Map<String, Registered> byDecision;
    private Map<String, ClosureReason> contributedReasons;
    private List<TriageOutcomes> processes;

    /** One outcome and the registration that brought it. */
    private record Registered(TriageOutcome outcome, TriageOutcomes process) {
    }

    @PostConstruct
    void collect() {
        List<TriageOutcomes> all = new ArrayList<>();
        registered.forEach(all::add);
        collect(all);
    }

    void collect(List<TriageOutcomes> registrations) {
        Map<String, Registered> decisions = new LinkedHashMap<>();
        Map<String, ClosureReason> reasons = new LinkedHashMap<>();
        List<Registered> outcomes = new ArrayList<>();
        registrations.forEach(process -> process.outcomes().forEach(o -> outcomes.add(new Registered(o, process))));
        outcomes.sort(Comparator.comparing(r -> r.outcome().decision().name()));
        for (Registered each : outcomes) {
            TriageOutcome outcome = each.outcome();
            Registered before = decisions.putIfAbsent(outcome.decision().name(), each);
            if (before != null) {
                throw new IllegalStateException("Two triage outcomes are named " + outcome.decision().name() + ": "
                        + before.process().getClass().getName() + "'s and " + each.process().getClass().getName()
                        + "'s");
            }
            if (reasons.putIfAbsent(outcome.closesWith().name(), outcome.closesWith()) != null) {
                throw new IllegalStateException("Two triage outcomes close with the closure reason "
                        + outcome.closesWith().name() + "; each brings its own");
            }
        }
        byDecision = Map.copyOf(decisions);
        contributedReasons = reasons;
        processes = List.copyOf(registrations);
    }

    /** Every decision an officer may take: the core's, then the processes', by name. */
    public List<TriageDecision> decisions() {
        List<TriageDecision> all = new ArrayList<>(TriageDecision.core());
        byDecision.values().stream().map(r -> r.outcome().decision()).sorted(Comparator.comparing(
                TriageDecision::name)).forEach(all::add);
        return all;
    }

    /** Every reason a case may close with: the core's, then the processes', by name. */
    public List<ClosureReason> reasons() {
        List<ClosureReason> all = new ArrayList<>(ClosureReason.core());
        contributedReasons.values().stream().sorted(Comparator.comparing(ClosureReason::name)).forEach(all::add);
        return all;
    }

    /** The names of {@link #decisions()}, as a refusal lists them: "NO_FURTHER_ACTION, ADVICE_ONLY, …". */
    public String decisionNames() {
        return decisions().stream().map(TriageDecision::name).collect(Collectors.joining(", "));
    }

    /** The decision of that name, if one is known. */
    public Optional<TriageDecision> decisionNamed(String name) {
        return decisions().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The decision of that name; one no one knows is refused, naming those that are. */
    public TriageDecision decision(String name) {
        return decisionNamed(name).orElseThrow(() -> new IllegalArgumentException("No triage decision is named "
                + name + "; the known ones are " + decisionNames() + "."));
    }

    /** The reason of that name, if one is known. */
    public Optional<ClosureReason> reasonNamed(String name) {
        return reasons().stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** The reason of that name; one no one knows is refused, naming those that are. */
    public ClosureReason reason(String name) {
        return reasonNamed(name).orElseThrow(() -> new IllegalArgumentException("No closure reason is named " + name
                + "; the known ones are " + reasons().stream().map(ClosureReason::name)
                        .collect(Collectors.joining(", ")) + "."));
    }

    /** The reason a process's outcome closes the case with at triage; none for the core's decisions. */
    public Optional<ClosureReason> closesWith(TriageDecision decision) {
        Registered known = decision == null ? null : byDecision.get(decision.name());
        return known == null ? Optional.empty() : Optional.of(known.outcome().closesWith());
    }

    /** Whether a member who knew of the case is told it closed for that reason: always for the core's. */
    public boolean memberTold(ClosureReason reason) {
        return reason.isCore() || byDecision.values().stream().map(Registered::outcome)
                .anyMatch(o -> o.closesWith().equals(reason) && o.memberTold());
    }

    /**
     * The processes' words for {@code key} in {@code language} (English when the Welsh lacks them), from the first
     * registration's bundle that has them; none when no process words it.
     */
    public Optional<String> text(Locale language, String key, Object... arguments) {
        Locale locale = Texts.isWelsh(language) ? Texts.WELSH : Texts.ENGLISH;
        for (TriageOutcomes process : processes) {
            for (Locale each : List.of(locale, Texts.ENGLISH)) {
                try {
                    ResourceBundle bundle = ResourceBundle.getBundle(process.bundle(), each, process.loader(),
                            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                    if (bundle.containsKey(key)) {
                        String pattern = bundle.getString(key);
                        return Optional.of(arguments.length == 0 ? pattern
                                : new MessageFormat(pattern, each).format(arguments));
                    }
                } catch (MissingResourceException e) {
                    // This process has no bundle in that language: the next.
                }
            }
        }
        return Optional.empty();
    }
}
