package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.administration.AdminClause;
import uk.safeguardcases.application.administration.BoardSettings;
import uk.safeguardcases.application.administration.ClauseCatalogue;
import uk.safeguardcases.application.administration.WelshNames;
import uk.safeguardcases.web.shell.Shell;
import uk.safeguardcases.application.administration.ClauseChange;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** admin/clauses.xhtml: the board's clause catalogue; {@code ?edit=id} opens one clause. */
@Named
@ViewScoped
public class ClausesView implements Serializable {

    private static final String FORM = "clause";
    private static final String SELF = "/admin/clauses.xhtml";

    @Inject
    private ClauseCatalogue catalogue;

    @Inject
    private BoardSettings settings;

    @Inject
    private Shell shell;

    private WelshNames welshNames;
    private String boardNameCy;
    private String policyTitleCy;

    private Long edit;
    private AdminClause editing;
    private List<AdminClause> list;
    private String reference;
    private String section;
    private String text;
    private String sectionCy;
    private String textCy;

    public void load() {
        list = catalogue.clauses();
        if (shell.getBoard() != null && shell.getBoard().welshInterface()) {
            welshNames = settings.welshNames();
            boardNameCy = welshNames.nameCy();
            policyTitleCy = welshNames.policyTitleCy();
        }
        if (edit == null) {
            return;
        }
        Pages.load(() -> {
            editing = catalogue.clause(edit);
            reference = editing.reference();
            section = editing.section();
            text = editing.text();
            sectionCy = editing.sectionCy();
            textCy = editing.textCy();
        });
    }

    public String save() {
        Pages.step(FORM, () -> {
            if (editing == null) {
                AdminClause added = catalogue.add(reference, section, text, sectionCy, textCy);
                return Done.then(SELF, Language.text("admin", "clauses.added", added.reference()));
            }
            ClauseChange change = catalogue.change(editing.id(), reference, section, text, sectionCy,
                    textCy);
            String key = !change.changed() ? "clauses.unchanged"
                    : change.newVersion() ? "clauses.newVersion" : "clauses.changed";
            return Done.then(SELF, Language.text("admin", key, change.clause().reference(), change.clause().version()));
        });
        return null;
    }

    /** A bilingual board's name and policy title in Welsh. */
    public String saveWelshNames() {
        Pages.step("welshNames", () -> {
            settings.nameInWelsh(boardNameCy, policyTitleCy);
            return Done.then(SELF, Language.text("admin", "welshNames.saved"));
        });
        return null;
    }

    public String retire() {
        Pages.step(FORM, Language.text("admin", "clauses.retiredDone", editing.reference()), SELF,
                () -> catalogue.retire(editing.id()));
        return null;
    }

    public List<AdminClause> getList() {
        return list;
    }

    public AdminClause getEditing() {
        return editing;
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSectionCy() {
        return sectionCy;
    }

    public void setSectionCy(String sectionCy) {
        this.sectionCy = sectionCy;
    }

    public String getTextCy() {
        return textCy;
    }

    public void setTextCy(String textCy) {
        this.textCy = textCy;
    }

    public WelshNames getWelshNames() {
        return welshNames;
    }

    public String getBoardNameCy() {
        return boardNameCy;
    }

    public void setBoardNameCy(String boardNameCy) {
        this.boardNameCy = boardNameCy;
    }

    public String getPolicyTitleCy() {
        return policyTitleCy;
    }

    public void setPolicyTitleCy(String policyTitleCy) {
        this.policyTitleCy = policyTitleCy;
    }
}
