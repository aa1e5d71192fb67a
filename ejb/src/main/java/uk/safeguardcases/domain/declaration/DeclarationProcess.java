package uk.safeguardcases.domain.declaration;

/**
 * The names the declaration processes' BPMN models ({@code policy-version.bpmn}, {@code policy-declaration.bpmn})
 * and the product share.
 */
public final class DeclarationProcess {

    /** A published version: ask every member, then remind the owner before the review date. */
    public static final String VERSION_KEY = "policy-version";
    public static final String VERSION_ID = "policyVersionId";
    public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
    /** Set by each batch of asking the members: true while there may be more to ask (the process asks again). */
    public static final String MORE_TO_ASK = "moreToAsk";
    /** The gateway after each batch: back to asking while there may be more. */
    public static final String MEMBERS_LEFT = "members-left";
    /** Where a version's process waits for its review reminder or a later version. */
    public static final String AWAITING_REVIEW = "awaiting-review";
    public static final String VERSION_SUPERSEDED = "policy-version-superseded";

    /** One member's declaration of one version. */
    public static final String KEY = "policy-declaration";
    public static final String DECLARATION_ID = "declarationId";
    public static final String MEMBER = "memberUsername";
    public static final String MANAGER = "managerUsername";
    /** The member's task: sign the Employee Declaration Form. */
    public static final String DECLARE = "declare";
    /** The manager's task: countersign it. */
    public static final String COUNTERSIGN = "countersign";
    /** The message that ends a member's unsigned declaration when a later version asks again. */
    public static final String SUPERSEDED = "declaration-superseded";

    private DeclarationProcess() {
    }
}
