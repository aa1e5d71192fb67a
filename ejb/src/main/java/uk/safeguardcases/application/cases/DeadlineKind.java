package uk.safeguardcases.application.cases;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deadlines the board keeps watch on (DESIGN.md steps 2, 5, 6 and 9): the core's five, and those a process brings
 * ({@link #contributed}, registered through {@link CaseDeadlines}). The label is for documents; pages and documents
 * word each as {@code DeadlineKind.<NAME>}, the core's in the product's bundles, a process's in its own.
 */
public final class DeadlineKind implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    /** Refer to the LADO within one working day of triage. */
    public static final DeadlineKind LADO_REFERRAL = new DeadlineKind("LADO_REFERRAL", "LADO referral");
    /** Report an adult at risk to the local authority's adult safeguarding team within the board's timescale. */
    public static final DeadlineKind ADULT_SAFEGUARDING_REPORT = new DeadlineKind("ADULT_SAFEGUARDING_REPORT",
            "Report to the adult safeguarding team");
    /** The member removes the content (CHSCB 5.3, NSCB 8.1). */
    public static final DeadlineKind REMOVAL = new DeadlineKind("REMOVAL", "Content removal request");
    /** The member co-operates with the investigation (CHSCB 6.3). */
    public static final DeadlineKind COOPERATION = new DeadlineKind("COOPERATION", "Co-operation request");
    /** The HR partner acknowledges the disciplinary referral (CHSCB 6.2). */
    public static final DeadlineKind HR_ACKNOWLEDGEMENT = new DeadlineKind("HR_ACKNOWLEDGEMENT", "HR acknowledgement");
    private static final List<DeadlineKind> CORE = List.of(LADO_REFERRAL, ADULT_SAFEGUARDING_REPORT, REMOVAL,
            COOPERATION, HR_ACKNOWLEDGEMENT);

    private final String name;
    private final String label;

    private DeadlineKind(String name, String label) {
        this.name = name;
        this.label = label;
    }

    /** A process's own kind: named in capitals, digits and underscores, never one of the core's names. */
    public static DeadlineKind contributed(String name, String label) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A deadline kind is named in capitals, digits and underscores, "
                    + "at most 64 of them: not " + name);
        }
        if (core(name).isPresent()) {
            throw new IllegalArgumentException(name + " is one of the core's deadline kinds");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("The deadline kind " + name + " has no label");
        }
        return new DeadlineKind(name, label);
    }

    /** The core's own kinds. */
    public static List<DeadlineKind> core() {
        return CORE;
    }

    /** The core's kind of that name, if it is one. */
    public static Optional<DeadlineKind> core(String name) {
        return CORE.stream().filter(k -> k.name.equals(name)).findFirst();
    }

    public String name() {
        return name;
    }

    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeadlineKind kind && kind.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    /** Its name, as pages build its words' key ({@code 'DeadlineKind.'.concat(kind)}). */
    @Override
    public String toString() {
        return name;
    }
}
