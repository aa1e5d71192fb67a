package uk.safeguardcases.domain.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What triage decides, after the safeguarding screen (DESIGN.md step 2): the core's three decisions, or an outcome a
 * process brings that closes the case at triage ({@link #contributed}, registered through
 * {@code application/outcomes/TriageOutcomes}). Kept by its name, in the column and in the API as before.
 */
public final class TriageDecision implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public static final TriageDecision NO_FURTHER_ACTION = new TriageDecision("NO_FURTHER_ACTION", "No further action");
    public static final TriageDecision ADVICE_ONLY = new TriageDecision("ADVICE_ONLY", "Advice only");
    public static final TriageDecision INVESTIGATE = new TriageDecision("INVESTIGATE", "Investigate");
    private static final List<TriageDecision> CORE = List.of(NO_FURTHER_ACTION, ADVICE_ONLY, INVESTIGATE);

    private final String name;
    private final String label;

    private TriageDecision(String name, String label) {
        this.name = name;
        this.label = label;
    }

    /**
     * A process's own outcome: its name (capitals, digits and underscores, as a column keeps it) and its English label
     * (for the timeline and a subject access answer), never one of the core's names.
     */
    public static TriageDecision contributed(String name, String label) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A triage outcome is named in capitals, digits and underscores, "
                    + "at most 64 of them: not " + name);
        }
        if (core(name).isPresent()) {
            throw new IllegalArgumentException(name + " is one of the core's triage decisions");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The triage outcome " + name + " has no label");
        }
        return new TriageDecision(name, label);
    }

    /** The core's own decisions, in the order the form offers them. */
    public static List<TriageDecision> core() {
        return CORE;
    }

    /** The core's decision of that name, if it is one. */
    public static Optional<TriageDecision> core(String name) {
        return CORE.stream().filter(d -> d.name.equals(name)).findFirst();
    }

    public String name() {
        return name;
    }

    /** Its English words. */
    public String label() {
        return label;
    }

    /** Whether it is one of the core's own decisions rather than a process's. */
    public boolean isCore() {
        return CORE.contains(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TriageDecision decision && decision.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
