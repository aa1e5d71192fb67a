package uk.safeguardcases.domain.lowlevel;

import uk.safeguardcases.domain.audit.Reading;

/** What the register of low-level concerns lets people read; each read is recorded. */
public enum LowLevelReading implements Reading {
    /** The board's register of low-level concerns (issue 41): no case, no item. */
    LOW_LEVEL_REGISTER_VIEWED("Register of low-level concerns viewed"),
    /** One member's entry in the register: the item is the person's id, no case. */
    LOW_LEVEL_ENTRY_VIEWED("Member's low-level concerns viewed");

    private final String label;

    LowLevelReading(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
