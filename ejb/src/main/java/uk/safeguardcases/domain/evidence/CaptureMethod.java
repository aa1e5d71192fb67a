package uk.safeguardcases.domain.evidence;

/**
 * How the content came to the board. Every method is an open one (LSCB §3): content anyone could see, or
 * content someone who could see it gave the board. Stored by name; the label is what people see.
 */
public enum CaptureMethod {
    PUBLIC_PAGE_VIEWED("Viewed on a public page"),
    PROVIDED_BY_COMPLAINANT("Provided by the person who raised the concern"),
    PROVIDED_BY_MEMBER("Provided by the member"),
    MONITORING_TOOL("Captured by a monitoring tool");

    private final String label;

    CaptureMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
