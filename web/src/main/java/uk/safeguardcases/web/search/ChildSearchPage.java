package uk.safeguardcases.web.search;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.search.ChildSearchView;
import uk.safeguardcases.application.search.SearchAuthorisations;
import uk.safeguardcases.application.search.SearchLogDetails;
import uk.safeguardcases.application.search.SearchLogView;
import uk.safeguardcases.application.search.SearchLogging;
import uk.safeguardcases.application.search.SearchOutcomes;
import uk.safeguardcases.application.search.SearchRegister;
import uk.safeguardcases.application.search.SearchRules;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.search.ChildSearchOutcome;
import uk.safeguardcases.domain.search.SearchLogEntry;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * One search about a child (LSCB §3): its request; for a senior who did not ask, authorising it (platforms, scope,
 * days) or refusing it; for an officer while it is authorised, logging each search (open methods only: there is no
 * password field) and finishing; then its outcome. Its log, and the log as a PDF.
 */
@Named
@ViewScoped
public class ChildSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchRegister register;

    @Inject
    private SearchRules rules;

    @Inject
    private SearchAuthorisations authorisations;

    @Inject
    private SearchLogging logging;

    @Inject
    private SearchOutcomes outcomes;

    private String ref;
    private ChildSearchView detail;
    private List<SearchLogView> log;

    private String decisionReason;
    private List<String> authorisedPlatforms = new ArrayList<>();
    private String authorisedScope;
    private Integer days;
    private String refusalReason;

    private Platform platform;
    private String searchedFor;
    private String method;
    private String found;
    private String capturedText;
    private transient Part upload;

    private ChildSearchOutcome outcome;
    private String outcomeReference;
    private String outcomeSummary;

    static String pathOf(String reference) {
        return "/officer/search.xhtml?ref=" + reference;
    }

    static Set<Platform> platforms(Collection<String> names) {
        Set<Platform> set = EnumSet.noneOf(Platform.class);
        if (names != null) {
            for (String name : names) {
                try {
                    set.add(Platform.valueOf(name));
                } catch (IllegalArgumentException ignored) {
                    // Not a platform: left out, and the service says if none is left.
                }
            }
        }
        return set;
    }

    public void load() {
        Pages.load(() -> {
            detail = register.search(ref);
            log = register.log(ref);
            if (days == null) {
                days = rules.rule().windowDays();
            }
        });
    }

    public void authorise() {
        Pages.step("authorise", Language.text("searches", "done.authorised"), pathOf(ref),
                () -> authorisations.authorise(ref, decisionReason, platforms(authorisedPlatforms), authorisedScope,
                        days == null ? 0 : days));
    }

    public void refuse() {
        Pages.step("refuse", Language.text("searches", "done.refused"), pathOf(ref),
                () -> authorisations.refuse(ref, refusalReason));
    }

    public void logSearch() {
        Pages.step("log", Language.text("searches", "done.logged"), pathOf(ref), () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            byte[] file = uploaded(problems);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            logging.logSearch(ref, new SearchLogDetails(null, platform, searchedFor, method, found, capturedText,
                    upload == null ? null : upload.getSubmittedFileName(), file));
        });
    }

    public void finish() {
        Pages.step("finish", Language.text("searches", "done.finished"), pathOf(ref), () -> logging.finishSearching(ref));
    }

    public void close() {
        Pages.step("outcome", Language.text("searches", "done.closed"), pathOf(ref),
                () -> outcomes.recordOutcome(ref, outcome, outcomeReference, outcomeSummary));
    }

    private byte[] uploaded(Map<String, String> problems) {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        // The domain's rule, checked before the file is read: the service refuses it too, for any caller.
        if (SearchLogEntry.fileTooLarge(upload.getSize())) {
            problems.put("file", Language.text("searches", "log.fileTooLarge"));
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The platforms the senior may authorise: those asked for. */
    public List<Platform> getAskedPlatforms() {
        List<Platform> asked = new ArrayList<>();
        for (Platform p : Platform.values()) {
            if (detail != null && detail.platforms().contains(p.label())) {
                asked.add(p);
            }
        }
        return asked;
    }

    /** The platforms an officer may log a search on: those authorised. */
    public List<Platform> getSearchablePlatforms() {
        List<Platform> allowed = new ArrayList<>();
        for (Platform p : Platform.values()) {
            if (detail != null && detail.authorisedPlatforms() != null
                    && List.of(detail.authorisedPlatforms().split(", ")).contains(p.label())) {
                allowed.add(p);
            }
        }
        return allowed;
    }

    public ChildSearchOutcome[] getOutcomes() {
        return ChildSearchOutcome.values();
    }

    public ChildSearchView getDetail() {
        return detail;
    }

    public List<SearchLogView> getLog() {
        return log;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public List<String> getAuthorisedPlatforms() {
        return authorisedPlatforms;
    }

    public void setAuthorisedPlatforms(List<String> authorisedPlatforms) {
        this.authorisedPlatforms = authorisedPlatforms;
    }

    public String getAuthorisedScope() {
        return authorisedScope;
    }

    public void setAuthorisedScope(String authorisedScope) {
        this.authorisedScope = authorisedScope;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public void setRefusalReason(String refusalReason) {
        this.refusalReason = refusalReason;
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getSearchedFor() {
        return searchedFor;
    }

    public void setSearchedFor(String searchedFor) {
        this.searchedFor = searchedFor;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getFound() {
        return found;
    }

    public void setFound(String found) {
        this.found = found;
    }

    public String getCapturedText() {
        return capturedText;
    }

    public void setCapturedText(String capturedText) {
        this.capturedText = capturedText;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public ChildSearchOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ChildSearchOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeReference() {
        return outcomeReference;
    }

    public void setOutcomeReference(String outcomeReference) {
        this.outcomeReference = outcomeReference;
    }

    public String getOutcomeSummary() {
        return outcomeSummary;
    }

    public void setOutcomeSummary(String outcomeSummary) {
        this.outcomeSummary = outcomeSummary;
    }
}
