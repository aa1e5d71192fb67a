package uk.safeguardcases.web.disclosure;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.disclosure.DisclosureLog;
import uk.safeguardcases.application.disclosure.LegalBases;
import uk.safeguardcases.domain.disclosure.DisclosureKind;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** The board's disclosure log, filtered by case; its legal bases and the basis of each kind of disclosure. */
@Named
@ViewScoped
public class DisclosureLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/disclosures/log.xhtml";

    @Inject
    private DisclosureLog log;

    private String ref;
    private transient List<DisclosureLog.Line> lines;
    private transient List<LegalBases.Basis> bases;
    private DisclosureKind kind;
    private String basis;
    private Long disclosure;
    private String disclosureBasis;
    private String nameEn;
    private String nameCy;

    public List<DisclosureLog.Line> getLines() {
        if (lines == null) {
            lines = log.lines(getRef());
        }
        return lines;
    }

    public List<LegalBases.Basis> getBases() {
        if (bases == null) {
            bases = log.bases();
        }
        return bases;
    }

    public List<DisclosureLog.KindBasis> getKinds() {
        return log.kinds();
    }

    /** The basis's name in the reader's language. */
    public String nameOf(String code) {
        return getBases().stream().filter(b -> b.code().equals(code)).findFirst()
                .map(b -> b.name(Pages.locale())).orElse(code);
    }

    public void choose() {
        Pages.step("bases", Language.text(DisclosurePages.BUNDLE, "chosen"), PATH, () -> log.choose(kind, basis));
    }

    public DisclosureKind getKind() {
        return kind;
    }

    public void setKind(DisclosureKind kind) {
        this.kind = kind;
    }

    public String getBasis() {
        return basis;
    }

    public void setBasis(String basis) {
        this.basis = basis;
    }

    /** A senior manager or administrator chooses again the basis of one disclosure already made; audited. */
    public void changeBasis() {
        Pages.step("change", Language.text(DisclosurePages.BUNDLE, "changed"), PATH
                + (getRef() == null ? "" : "?ref=" + java.net.URLEncoder.encode(getRef(),
                        java.nio.charset.StandardCharsets.UTF_8)),
                () -> log.changeBasis(disclosure == null ? -1 : disclosure, disclosureBasis));
    }

    public Long getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(Long disclosure) {
        this.disclosure = disclosure;
    }

    public String getDisclosureBasis() {
        return disclosureBasis;
    }

    public void setDisclosureBasis(String disclosureBasis) {
        this.disclosureBasis = disclosureBasis;
    }

    public void add() {
        Pages.step("add", Language.text(DisclosurePages.BUNDLE, "added"), PATH, () -> log.addBasis(nameEn, nameCy));
    }

    public String getRef() {
        return ref == null || ref.isBlank() ? null : ref.strip();
    }

    public void setRef(String ref) {
        this.ref = ref == null || ref.length() > 40 ? null : ref;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameCy() {
        return nameCy;
    }

    public void setNameCy(String nameCy) {
        this.nameCy = nameCy;
    }
}
