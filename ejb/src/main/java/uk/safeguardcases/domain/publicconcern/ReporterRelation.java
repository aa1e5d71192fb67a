package uk.safeguardcases.domain.publicconcern;

import uk.safeguardcases.domain.cases.CaseSource;

/** Who the reporter is to the member, as they say on the public page; the case's source follows from it. */
public enum ReporterRelation {
    PUBLIC(CaseSource.PUBLIC_COMPLAINT, "a member of the public"),
    COLLEAGUE(CaseSource.COLLEAGUE_REPORT, "a colleague");

    private final CaseSource source;
    private final String inWords;

    ReporterRelation(CaseSource source, String inWords) {
        this.source = source;
        this.inWords = inWords;
    }

    public CaseSource source() {
        return source;
    }

    /** As the timeline says it, in English. */
    public String inWords() {
        return inWords;
    }
}
