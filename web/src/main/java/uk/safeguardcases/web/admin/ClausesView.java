package uk.safeguardcases.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.administration.AdminClause;
import uk.safeguardcases.application.administration.ClauseCatalogue;
import uk.safeguardcases.application.administration.ClauseChange;
import uk.safeguardcases.application.tenancy.NotFoundException;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** admin/clauses.xhtml: the board's clause catalogue; {@code ?edit=id} opens one clause. */
@Named
@ViewScoped
public class ClausesView implements Serializable {

    private static final String FORM = "clause";
    private static final String SELF = "clauses?faces-redirect=true";

    @Inject
    private ClauseCatalogue catalogue;

    private Long edit;
    private AdminClause editing;
    private List<AdminClause> list;
    private String reference;
    private String section;
    private String text;

    public void load() {
        list = catalogue.clauses();
        if (edit == null) {
            return;
        }
        try {
            editing = catalogue.clause(edit);
            reference = editing.reference();
            section = editing.section();
            text = editing.text();
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
        }
    }

    public String save() {
        try {
            if (editing == null) {
                AdminClause added = catalogue.add(reference, section, text);
                Pages.info(Language.text("admin", "clauses.added", added.reference()));
            } else {
                ClauseChange change = catalogue.change(editing.id(), reference, section, text);
                String key = !change.changed() ? "clauses.unchanged"
                        : change.newVersion() ? "clauses.newVersion" : "clauses.changed";
                Pages.info(Language.text("admin", key, change.clause().reference(), change.clause().version()));
            }
            return SELF;
        } catch (InvalidInputException e) {
            Pages.fieldErrors(FORM, e.fieldMessages());
            return null;
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
            return null;
        }
    }

    public String retire() {
        try {
            catalogue.retire(editing.id());
            Pages.info(Language.text("admin", "clauses.retiredDone", editing.reference()));
            return SELF;
        } catch (NotFoundException e) {
            Pages.notFound(e.getMessage());
            return null;
        }
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
}
