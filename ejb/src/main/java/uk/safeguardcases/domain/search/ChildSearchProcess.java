package uk.safeguardcases.domain.search;

/** The names the model {@code child-search.bpmn} and the product share. */
public final class ChildSearchProcess {

    public static final String KEY = "child-search";
    /** The senior's task: authorise (limited in time and scope) or refuse; never the requester (four eyes). */
    public static final String AUTHORISE = "authorise-child-search";
    /** The officer's task while the window is open: search and log; completed when they finish searching. */
    public static final String SEARCH = "search-and-log";
    /** The officer's task once the window has ended: the outcome. */
    public static final String OUTCOME = "record-search-outcome";
    public static final String SEARCH_ID = "childSearchId";
    public static final String REQUESTED_BY = "requestedBy";
    /** The decision variable: AUTHORISED or REFUSED. */
    public static final String DECISION = "decision";
    /** When the authorisation ends (a date), set when it is authorised. */
    public static final String AUTHORISED_UNTIL = "authorisedUntil";
    public static final String OUTCOME_VARIABLE = "outcome";

    private ChildSearchProcess() {
    }
}
