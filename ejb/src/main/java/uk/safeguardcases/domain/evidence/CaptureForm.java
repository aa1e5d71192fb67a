package uk.safeguardcases.domain.evidence;

import java.util.Optional;

/**
 * The form the record of what was seen online takes: how it was captured (a screenshot, a saved copy of the page, an
 * export, …), beside {@link CaptureMethod}, which says how the content came to the board. Kept with each piece of
 * evidence and listed in the referral pack's manifest with its hash and trusted time. Stored by name; the label is what
 * people see. Evidence recorded before the form was asked for has none: it reads "not recorded" ({@link #NOT_RECORDED}).
 */
public enum CaptureForm {
    SCREENSHOT("Screenshot"),
    SCREEN_RECORDING("Screen recording"),
    SAVED_PAGE("Saved copy of the page"),
    PLATFORM_EXPORT("Export from the platform"),
    TEXT_COPIED("Text copied from the page"),
    /** A file the member or a reporter sent, whose making the board did not see and was not told about. */
    FILE_AS_SENT("File as it was sent to the board"),
    /** Only the address is kept: no copy was made (always so for illegal imagery, which is never copied). */
    ADDRESS_ONLY("The address only, no copy kept");

    /** What evidence recorded before the form was asked for says of it. */
    public static final String NOT_RECORDED = "Not recorded";

    /** What is wrong with a capture form given for a piece of evidence; pages word each. */
    public enum Problem {
        /** None was given: every new piece of evidence says how it was captured. */
        MISSING,
        /** A copy was said to be made (a screenshot, a saved page, …) but neither a file nor text is kept. */
        NO_COPY_KEPT,
        /** "The address only" was said, yet a file or text is kept. */
        COPY_KEPT,
        /** Illegal imagery is never copied: only its address (if known) and the report reference are kept. */
        ILLEGAL_IMAGERY_NOT_COPIED
    }

    private final String label;

    CaptureForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this form is a copy of the content (a file or text), not the address alone. */
    public boolean keepsACopy() {
        return this != ADDRESS_ONLY;
    }

    /**
     * The rule for the capture form of a new piece of evidence: one is given, and it agrees with what is kept: a copy
     * (a file or text) for every form but "the address only", nothing but the address for that one and for illegal
     * imagery.
     *
     * @param form the form given, or null
     * @param copyKept whether a file or captured text is kept with the evidence
     * @param illegalImagery whether it is a report of illegal imagery
     * @return what is wrong, or empty when the form may be recorded
     */
    public static Optional<Problem> problem(CaptureForm form, boolean copyKept, boolean illegalImagery) {
        if (form == null) {
            return Optional.of(Problem.MISSING);
        }
        if (illegalImagery) {
            return form == ADDRESS_ONLY ? Optional.empty() : Optional.of(Problem.ILLEGAL_IMAGERY_NOT_COPIED);
        }
        if (form.keepsACopy() && !copyKept) {
            return Optional.of(Problem.NO_COPY_KEPT);
        }
        if (!form.keepsACopy() && copyKept) {
            return Optional.of(Problem.COPY_KEPT);
        }
        return Optional.empty();
    }

    /** The label of a piece of evidence's form, or {@link #NOT_RECORDED} for evidence recorded without one. */
    public static String labelOf(CaptureForm form) {
        return form == null ? NOT_RECORDED : form.label();
    }
}
