package uk.safeguardcases.application.trustedtime;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import uk.safeguardcases.application.audit.TrustedTime;

/**
 * Asks the time-stamping authority for the tokens evidence waits for, outside any transaction (the caller's is
 * suspended): what waits is read, and each answer kept, in short transactions of {@link TrustedTimeStore}. With no
 * authority set nothing is asked; once the authority fails to answer, the rest wait for the next try rather than each
 * wait for it in turn. Never throws into the step that asked.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceStamping {

    /** The most a retry asks for at once: at a few milliseconds each, a minute's backlog of a busy board. */
    static final int RETRY_BATCH = 200;

    @Inject
    @Any
    private Instance<TrustedTime> authorities;

    @Inject
    private TrustedTimeStore store;

    /** The token of one piece of evidence, just recorded; answers whether it now has one. */
    public boolean stampOne(long evidenceId) {
        Optional<TrustedTimeStore.Waiting> waiting = store.waitingOf(evidenceId);
        return waiting.isEmpty() || stamp(List.of(waiting.get())) == 1;
    }

    /** The board's evidence still without a token, asked for again; answers how many got one. */
    public int fillWaiting() {
        return configured() ? stamp(store.waiting(RETRY_BATCH)) : 0;
    }

    /** The case's evidence still without a token (before its referral pack is sent); answers how many got one. */
    public int fillCase(long caseId) {
        return configured() ? stamp(store.waitingOfCase(caseId)) : 0;
    }

    /** Whether an authority is set. */
    public boolean configured() {
        return authorities.stream().anyMatch(TrustedTime::configured);
    }

    private int stamp(List<TrustedTimeStore.Waiting> waiting) {
        int stamped = 0;
        for (TrustedTimeStore.Waiting item : waiting) {
            Optional<byte[]> token = ask(HexFormat.of().parseHex(item.sha256()));
            boolean kept = store.keepEvidenceToken(item.evidenceId(), token);
            if (!kept) {
                break;
            }
            stamped++;
        }
        return stamped;
    }

    /** The first token any configured authority gives for the digest. */
    public Optional<byte[]> ask(byte[] sha256) {
        for (TrustedTime authority : authorities) {
            if (authority.configured()) {
                Optional<byte[]> token = authority.stamp(sha256);
                if (token.isPresent()) {
                    return token;
                }
            }
        }
        return Optional.empty();
    }
}
