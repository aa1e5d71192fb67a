package uk.safeguardcases.application.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.audit.TimelineRecorded;

/**
 * An administrative change is a security event once it is committed: every change of people, roles, sign-in, keys,
 * tokens and the board's settings is already an entry on the board's timeline, so its action names it here (never
 * the entry's detail, which may name a person).
 */
@ApplicationScoped
public class AdministrativeChanges {

    static final Set<AuditAction> ADMINISTRATIVE = EnumSet.of(AuditAction.CLAUSE_ADDED, AuditAction.CLAUSE_CHANGED,
            AuditAction.CLAUSE_CHANGED_NEW_VERSION, AuditAction.CLAUSE_RETIRED, AuditAction.DEADLINES_CHANGED,
            AuditAction.WELSH_NAMES_CHANGED, AuditAction.PRIVACY_NOTICE_CHANGED, AuditAction.CLOSURE_DAY_ADDED,
            AuditAction.CLOSURE_DAY_REMOVED, AuditAction.ORGANISATION_ADDED, AuditAction.ORGANISATION_CHANGED,
            AuditAction.ORGANISATION_DEACTIVATED, AuditAction.ORGANISATION_DELETED,
            AuditAction.ORGANISATION_REACTIVATED, AuditAction.PERSON_ADDED, AuditAction.PERSON_CHANGED,
            AuditAction.PERSON_DEACTIVATED, AuditAction.PERSON_REACTIVATED, AuditAction.API_KEY_CREATED,
            AuditAction.API_KEY_REVOKED, AuditAction.API_KEY_ROTATED, AuditAction.ACCOUNT_UNLOCKED,
            AuditAction.PASSWORD_CHANGE_REQUIRED, AuditAction.PASSWORD_RESET_SENT,
            AuditAction.SECOND_FACTOR_REMOVED, AuditAction.SECOND_FACTOR_ROLES_CHANGED,
            AuditAction.SINGLE_SIGN_ON_CHANGED, AuditAction.PEOPLE_IMPORTED, AuditAction.PERSONAL_TOKEN_ISSUED,
            AuditAction.PERSONAL_TOKEN_REVOKED, AuditAction.SERVICE_ACCOUNT_CREATED);

    private static final Set<String> LABELS = ADMINISTRATIVE.stream().map(AuditAction::label)
            .collect(Collectors.toUnmodifiableSet());

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimelineRecorded recorded) {
        if (LABELS.contains(recorded.action())) {
            SecurityEvents.administrativeChange(recorded.action());
        }
    }
}
