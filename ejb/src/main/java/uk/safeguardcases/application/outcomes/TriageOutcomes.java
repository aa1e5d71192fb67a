package uk.safeguardcases.application.outcomes;

import java.util.List;

/**
 * A process's own triage outcomes, each closing the case at triage with a closure reason of its own, registered as an
 * {@code @ApplicationScoped} bean, e.g.
 * {@code public List<TriageOutcome> outcomes() { return List.of(new TriageOutcome(DECISION, CLOSED_AS, true)); }}.
 * {@link KnownTriageOutcomes} finds every one. Their words are in the process's bundle ({@link #bundle()}, with its
 * Welsh twin): {@code TriageDecision.<NAME>} and {@code ClosureReason.<NAME>} (the form's choice, the case page, the
 * PDFs, the annual report), {@code check.triage.<NAME>} (the check step's sentence), {@code outcome.<NAME>} (the
 * member's portal, given the organisation's name), {@code mail.<NAME>.body} (the member's e-mail, given the board's
 * name) and {@code report.outcome.<NAME>} (what a member of the public who raised the concern may be told).
 */
public interface TriageOutcomes {

    /** The outcomes it brings; a rule on when one may be chosen observes {@code TriageDecisionChecked}. */
    List<TriageOutcome> outcomes();

    /** The bundle's base name, e.g. {@code uk.safeguardcases.application.lowlevel.lowlevel}. */
    String bundle();

    /** The loader that finds the bundle: the registering bean's own. */
    default ClassLoader loader() {
        return getClass().getClassLoader();
    }
}
