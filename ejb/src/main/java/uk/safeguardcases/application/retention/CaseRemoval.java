package uk.safeguardcases.application.retention;

import java.time.Clock;
import jakarta.ejb.Stateless;
import uk.safeguardcases.application.PlainFormat;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.process.Processes;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.SafeguardingCase;

/**
 * Removes one case whose retention date has passed, in a transaction of its own: everything held about the member
 * (the case's free text, its allegations, evidence and files, requests and answers, referrals and the packs kept,
 * the e-mails queued, the engine's history) goes, and the timeline entries about it keep their place in the chain
 * with their words erased. The case's row stays as the record the law allows and the audit needs: its reference,
 * its board, when it closed, how it ended, the rule it was kept under and when it was removed.
 *
 * <p>Safe when several servers run the purge at once: the case is claimed by one conditional update (not held, not
 * removed, past its date) before anything is touched, so only one transaction removes it and the others find
 * nothing to do.
 */
@Stateless
public class CaseRemoval {

    /** The time, as the server reads it ({@code ServerClock}). */
    @Inject
    private Clock clock;

    /** The words a removed case's free text is replaced with. */
    public static final String REMOVED = "";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimelineService timeline;

    @Inject
    private Processes processes;

    /** Removes the case {@code caseId} of the caller's board if it is due on {@code today}; true if this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean removeIfDue(long caseId, LocalDate today) {
        String board = CallerContext.current().tenantId();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int claimed = em.createNativeQuery("update safeguarding_case set removed_at = ?1 where id = ?2"
                        + " and tenant_id = ?3 and removed_at is null and held_at is null and status = ?4"
                        + " and retention_until is not null and retention_until <= ?5"
                        + " and (removal_not_before is null or removal_not_before <= ?5)")
                .setParameter(1, now).setParameter(2, caseId).setParameter(3, board)
                .setParameter(4, CaseStatus.CLOSED.name()).setParameter(5, today)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        SafeguardingCase removed = em.find(SafeguardingCase.class, caseId);
        em.refresh(removed);
        String reference = removed.reference();
        String record = "Closed on " + PlainFormat.day(Locale.ENGLISH, removed.closure().closedAt())
                + (removed.closure().reason() == null ? "" : " (" + removed.closure().reason().label() + ")")
                + (removed.decision().outcome() == null ? ""
                        : ", outcome " + removed.decision().outcome().label().toLowerCase(Locale.UK))
                + "; kept until " + PlainFormat.day(Locale.ENGLISH, removed.retention().until()) + " under the rule: "
                + (removed.retention().basis() == null ? "not recorded" : removed.retention().basis().label()) + ".";
        String processInstanceId = removed.processInstanceId();
        em.detach(removed);

        // Every row below is the claimed case's (by its id, which the claim checked is this board's).
        List<Long> files = ids("select file_id from evidence where case_id = ?1 and file_id is not null", caseId);
        // The board is named where a table's only index on the case leads with it (the outbox, the kept packs):
        // without it, each of those deletes reads the whole table.
        for (String delete : List.of("delete from sent_referral_pack where tenant_id = ?2 and case_id = ?1",
                "delete from outbox_message where tenant_id = ?2 and case_id = ?1")) {
            em.createNativeQuery(delete).setParameter(1, caseId).setParameter(2, board).executeUpdate();
        }
        for (String delete : List.of(
                "delete from evidence_disclosure where evidence_id in (select id from evidence where case_id = ?1)",
                "delete from evidence_review where evidence_id in (select id from evidence where case_id = ?1)",
                "delete from external_referral where case_id = ?1",
                "delete from member_request where case_id = ?1",
                "delete from referral where case_id = ?1",
                "delete from allegation where case_id = ?1",
                "delete from evidence where case_id = ?1")) {
            em.createNativeQuery(delete).setParameter(1, caseId).executeUpdate();
        }
        if (!files.isEmpty()) {
            // The files of this case's evidence, taken before the evidence went (evidence points at its file).
            em.createNativeQuery("delete from evidence_file where id in (?1)").setParameter(1, files).executeUpdate();
        }
        // The words go; each entry's digest of them stays in the chain, so the chain still verifies. Entries this
        // transaction recorded are chained first, so theirs go too.
        timeline.flushPending();
        em.createNativeQuery("update timeline_entry set detail = ?1, erased_at = ?2 where case_id = ?3"
                        + " and tenant_id = ?4")
                .setParameter(1, REMOVED).setParameter(2, now).setParameter(3, caseId).setParameter(4, board)
                .executeUpdate();
        // The record that stays: nothing about the member or what they did.
        em.createNativeQuery("update safeguarding_case set subject_name = ?1, summary = ?1, occurred_at = null,"
                        + " content_url = null, subject_person_id = null, suggested_clause_id = null,"
                        + " triage_note = null, decision_findings = null, approval_note = null,"
                        + " closure_summary = null, subject_date_of_birth = null, finding_proposal_reason = null,"
                        + " raised_by = case when source = 'SELF_REPORT' then 'removed' else raised_by end"
                        + " where id = ?2")
                .setParameter(1, REMOVED).setParameter(2, caseId).executeUpdate();
        em.clear();
        if (processInstanceId != null) {
            processes.forget(reference);
        }
        timeline.record(caseId, AuditAction.CASE_REMOVED, record);
        return true;
    }

    private List<Long> ids(String sql, long caseId) {
        return ((List<?>) em.createNativeQuery(sql).setParameter(1, caseId).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }
}
