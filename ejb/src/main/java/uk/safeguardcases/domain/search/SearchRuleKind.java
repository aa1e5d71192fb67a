package uk.safeguardcases.domain.search;

/** A board's rule on searching social media about a child (issue 16, part 2). */
public enum SearchRuleKind {
    /** Cwm Taf: "Not to gather information about service users from social networking / online sources". */
    PROHIBITED,
    /** LSCB §3: allowed on a justifiable concern, authorised by a member of staff of appropriate seniority. */
    AUTHORISATION_REQUIRED
}
