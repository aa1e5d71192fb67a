package uk.safeguardcases.domain.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.domain.audit.AuditAction;

/**
 * What a board's administrator may subscribe an address to, each with the name its deliveries carry as
 * {@code type} and the timeline entries that raise it: an event is what the board's timeline recorded, so it is
 * raised in the very transaction that did it and never for what rolled back. A delivery names the event, the board,
 * the reference and a link; the receiver reads the rest with a token of its own.
 */
public enum WebhookEvent {
    /** A concern was raised and its case opened (the form, the public's form, a monitoring tool, the API). */
    CASE_RAISED("case.raised", AuditAction.CONCERN_RAISED),
    /** A case moved on: triage, authorisation, a request to the member, the outcome, approval, closure. */
    CASE_STEP_REACHED("case.step_reached", AuditAction.TRIAGE_RECORDED, AuditAction.INVESTIGATION_AUTHORISED,
            AuditAction.INVESTIGATION_NOT_AUTHORISED, AuditAction.REMOVAL_REQUEST_SENT,
            AuditAction.COOPERATION_REQUEST_SENT, AuditAction.OUTCOME_DECIDED, AuditAction.REFERRAL_APPROVED,
            AuditAction.REFERRAL_ACKNOWLEDGED, AuditAction.CASE_CLOSED, AuditAction.CASE_REOPENED),
    /** The referral pack went to the HR partner of the member's organisation. */
    REFERRAL_SENT("referral.sent", AuditAction.REFERRAL_PACK_SENT),
    /** The HR partner recorded the disciplinary outcome. */
    OUTCOME_RECORDED("outcome.recorded", AuditAction.DISCIPLINARY_OUTCOME_RECORDED),
    /** A subject access request is due soon (its reminder went to the board). */
    REQUEST_DUE_SOON("request.due_soon", AuditAction.SUBJECT_ACCESS_REMINDER_SENT),
    /** A step failed every try, or an e-mail was given up: it waits on the board's Stuck work page. */
    WORK_STUCK("work.stuck", AuditAction.STEP_STUCK, AuditAction.EMAIL_UNDELIVERABLE),
    /** Sent by the administrator's "Send a test event", to this subscription only; never subscribed to. */
    TEST("webhook.test");

    private final String type;
    private final Set<AuditAction> raisedBy;

    WebhookEvent(String type, AuditAction... raisedBy) {
        this.type = type;
        this.raisedBy = raisedBy.length == 0 ? EnumSet.noneOf(AuditAction.class) : EnumSet.copyOf(Arrays.asList(raisedBy));
    }

    /** The name a delivery carries as {@code type}. */
    public String type() {
        return type;
    }

    /** The events an administrator may choose, in the order the page lists them. */
    public static List<WebhookEvent> subscribable() {
        return Arrays.stream(values()).filter(e -> e != TEST).toList();
    }

    /** The event a timeline entry raises (by its label, which the timeline keeps), if any. */
    public static Optional<Raised> raisedBy(String label) {
        for (WebhookEvent event : values()) {
            for (AuditAction action : event.raisedBy) {
                if (action.label().equals(label)) {
                    return Optional.of(new Raised(event, action));
                }
            }
        }
        return Optional.empty();
    }

    /** The event and the entry's kind that raised it (its step, for {@link #CASE_STEP_REACHED}). */
    public record Raised(WebhookEvent event, AuditAction action) {

        /** What the delivery says the step was, in the API's words: the entry's kind in lower case. */
        public String step() {
            return action.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The event whose delivery name is {@code type}, if any. */
    public static Optional<WebhookEvent> ofType(String type) {
        return Arrays.stream(values()).filter(e -> e.type.equals(type)).findFirst();
    }

    /** Events as kept in a subscription's row: their delivery names, comma-separated, in this enum's order. */
    public static String kept(Set<WebhookEvent> events) {
        return events.stream().sorted().map(WebhookEvent::type).collect(Collectors.joining(","));
    }

    /** A subscription's events read back from its row; a name no longer known is left out. */
    public static Set<WebhookEvent> read(String kept) {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (kept != null) {
            for (String type : kept.split(",")) {
                ofType(type.strip()).ifPresent(events::add);
            }
        }
        return events;
    }
}
