package uk.safeguardcases.domain.requests;

import java.util.Arrays;

/** The officer's decision on a member's contest of a removal request or on their request for more time. */
public enum RequestDecision {
    UPHELD("Contest upheld: the content may stay"),
    REJECTED("Contest rejected: the content must be removed"),
    MORE_TIME_GIVEN("More time given"),
    MORE_TIME_REFUSED("More time refused");

    private final String label;

    RequestDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words for a decision as requests store it (its name), or the stored value itself if unknown. */
    public static String labelOf(String stored) {
        return Arrays.stream(values()).filter(d -> d.name().equals(stored)).findFirst()
                .map(RequestDecision::label).orElse(stored);
    }
}
