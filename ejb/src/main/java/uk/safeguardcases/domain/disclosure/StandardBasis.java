package uk.safeguardcases.domain.disclosure;

/**
 * The legal bases every board's list starts with; a board's administrator adds its own ({@link LegalBasis}). Their
 * words, in English and Welsh, are {@code basis.<NAME>} in the disclosure log's bundle; the name is stored.
 */
public enum StandardBasis {
    /** Children's Wellbeing and Schools Act 2026: the duty to share information for safeguarding. */
    CWSA_2026_DUTY_TO_SHARE,
    /** Data Protection Act 2018, Schedule 1, paragraph 18: safeguarding of children and of individuals at risk. */
    DPA_SCHEDULE_1_PARA_18,
    /** UK GDPR Article 6(1)(c): a legal obligation. */
    UK_GDPR_ARTICLE_6_1_C,
    /** UK GDPR Article 6(1)(e): a task in the public interest. */
    UK_GDPR_ARTICLE_6_1_E,
    /** UK GDPR Article 15: the person's own right of access. */
    UK_GDPR_ARTICLE_15,
    /** Care Act 2014 s.42 and Social Services and Well-being (Wales) Act 2014 s.128: adults at risk. */
    ADULTS_AT_RISK_DUTY
}
