package uk.safeguardcases.domain.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Why a case was closed; set by the path the investigation took to "Close the case". The core's reasons, or one a
 * process brings with an outcome that closes the case at triage ({@link #contributed}). Kept by its name.
 */
public final class ClosureReason implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final ClosureReason NO_FURTHER_ACTION = new ClosureReason("NO_FURTHER_ACTION",
            "No further action at triage", false, true);
    public static final ClosureReason ADVICE_ONLY = new ClosureReason("ADVICE_ONLY", "Advice only at triage", false,
            true);
    public static final ClosureReason AUTHORISATION_REFUSED = new ClosureReason("AUTHORISATION_REFUSED",
            "Investigation not authorised", false, true);
    public static final ClosureReason NO_BREACH = new ClosureReason("NO_BREACH", "No breach found", false, false);
    public static final ClosureReason ADVICE_AND_GUIDANCE = new ClosureReason("ADVICE_AND_GUIDANCE",
            "Advice and guidance given", true, false);
    public static final ClosureReason REFERRAL_OUTCOME_RECORDED = new ClosureReason("REFERRAL_OUTCOME_RECORDED",
            "Disciplinary outcome recorded", true, false);
    private static final List<ClosureReason> CORE = List.of(NO_FURTHER_ACTION, ADVICE_ONLY, AUTHORISATION_REFUSED,
            NO_BREACH, ADVICE_AND_GUIDANCE, REFERRAL_OUTCOME_RECORDED);

    private final String name;
    private final String label;
    private final boolean substantiated;
    private final boolean neverInvestigated;

    private ClosureReason(String name, String label, boolean substantiated, boolean neverInvestigated) {
        this.name = name;
        this.label = label;
        this.substantiated = substantiated;
        this.neverInvestigated = neverInvestigated;
    }

    /**
     * A process's own reason, for an outcome that closes the case at triage (so never investigated): its name, its
     * English label and whether a breach was found, which decides how long the record is kept.
     */
    public static ClosureReason contributed(String name, String label, boolean substantiated) {
        if (name == null || !TriageDecision.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A closure reason is named in capitals, digits and underscores, "
                    + "at most 64 of them: not " + name);
        }
        if (core(name).isPresent()) {
            throw new IllegalArgumentException(name + " is one of the core's closure reasons");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The closure reason " + name + " has no label");
        }
        return new ClosureReason(name, label, substantiated, true);
    }

    /** The core's own reasons, in the order the reports list them. */
    public static List<ClosureReason> core() {
        return CORE;
    }

    /** The core's reason of that name, if it is one. */
    public static Optional<ClosureReason> core(String name) {
        return CORE.stream().filter(r -> r.name.equals(name)).findFirst();
    }

    public String name() {
        return name;
    }

    /** Its English words. */
    public String label() {
        return label;
    }

    /** Whether a breach was found, which decides how long the record is kept. */
    public boolean substantiated() {
        return substantiated;
    }

    /** Whether the case closed without an investigation (at triage, or not authorised). */
    public boolean neverInvestigated() {
        return neverInvestigated;
    }

    /** Whether it is one of the core's own reasons rather than a process's. */
    public boolean isCore() {
        return CORE.contains(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ClosureReason reason && reason.name.equals(name);
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
