package uk.safeguardcases.web.trustedtime;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.trustedtime.ChainHeadCheck;
import uk.safeguardcases.application.trustedtime.ChainHeadTimestamps;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The administrator's page of trusted time: whether an authority is set, how much evidence still waits for a token,
 * and the audit chain's timestamped heads, compared with the chain as it is now when asked.
 */
@Named
@ViewScoped
public class TrustedTimeAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 60;

    @Inject
    private ChainHeadTimestamps chainHeads;

    private boolean configured;
    private long waiting;
    private List<ChainHeadCheck> heads = List.of();
    private boolean compared;

    public void load() {
        Pages.load(() -> {
            configured = chainHeads.configured();
            waiting = chainHeads.evidenceWaiting();
            heads = chainHeads.kept(SHOWN);
        });
    }

    /** Compares every kept head with the chain as it is now; the page then shows each one's verdict. */
    public void compare() {
        Pages.load(() -> {
            List<ChainHeadCheck> checks = chainHeads.compare();
            heads = checks.size() > SHOWN ? checks.subList(0, SHOWN) : checks;
            compared = true;
            waiting = chainHeads.evidenceWaiting();
            configured = chainHeads.configured();
        });
    }

    public boolean isConfigured() {
        return configured;
    }

    public long getWaiting() {
        return waiting;
    }

    public List<ChainHeadCheck> getHeads() {
        return heads;
    }

    public boolean isCompared() {
        return compared;
    }

    /** Whether a comparison found any head the chain no longer matches. */
    public boolean isTampered() {
        return compared && heads.stream().anyMatch(h -> !h.holds());
    }

    public String verdict(ChainHeadCheck check) {
        return check.verdict() == null ? "" : Language.text(TrustedTimePages.BUNDLE, "admin.verdict." + check.verdict().name());
    }
}
