package uk.safeguardcases.web.hosting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.safeguardcases.application.hosting.HostedBoards;
import uk.safeguardcases.application.hosting.NewBoard;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.Pages.Done;

/** The operator creates a board: its code, prefix, names, languages and first organisations (five rows, blanks left). */
@Named
@ViewScoped
public class NewBoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Rows for organisations on the form; the administrator adds any more. */
    static final int ORGANISATION_ROWS = 5;

    @Inject
    private HostedBoards boards;

    private String code;
    private String referencePrefix;
    private String name;
    private String shortName;
    private String policyTitle;
    private boolean welsh;
    private String nameCy;
    private String policyTitleCy;
    private final List<OrganisationRow> organisations = new ArrayList<>();

    public NewBoardView() {
        for (int i = 0; i < ORGANISATION_ROWS; i++) {
            organisations.add(new OrganisationRow());
        }
    }

    public String create() {
        Pages.step("board", () -> {
            boards.create(new NewBoard(code, referencePrefix, name, shortName, policyTitle, welsh, nameCy,
                    policyTitleCy, organisations.stream().map(OrganisationRow::given).toList()));
            return Done.then("/operator/invite.xhtml?board=" + code.strip(),
                    Language.text("hosting", "operator.newBoard.created", name.strip(), code.strip()));
        });
        return null;
    }

    public OrganisationKind[] getKinds() {
        return OrganisationKind.values();
    }

    /** One organisation row of the form. */
    public static class OrganisationRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private OrganisationKind kind = OrganisationKind.OTHER;
        private String hrEmail;
        private String nameCy;

        NewBoard.Organisation given() {
            return new NewBoard.Organisation(name, kind == null ? null : kind.name(), hrEmail, nameCy);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public OrganisationKind getKind() {
            return kind;
        }

        public void setKind(OrganisationKind kind) {
            this.kind = kind;
        }

        public String getHrEmail() {
            return hrEmail;
        }

        public void setHrEmail(String hrEmail) {
            this.hrEmail = hrEmail;
        }

        public String getNameCy() {
            return nameCy;
        }

        public void setNameCy(String nameCy) {
            this.nameCy = nameCy;
        }
    }

    public List<OrganisationRow> getOrganisations() {
        return organisations;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReferencePrefix() {
        return referencePrefix;
    }

    public void setReferencePrefix(String referencePrefix) {
        this.referencePrefix = referencePrefix;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getPolicyTitle() {
        return policyTitle;
    }

    public void setPolicyTitle(String policyTitle) {
        this.policyTitle = policyTitle;
    }

    public boolean isWelsh() {
        return welsh;
    }

    public void setWelsh(boolean welsh) {
        this.welsh = welsh;
    }

    public String getNameCy() {
        return nameCy;
    }

    public void setNameCy(String nameCy) {
        this.nameCy = nameCy;
    }

    public String getPolicyTitleCy() {
        return policyTitleCy;
    }

    public void setPolicyTitleCy(String policyTitleCy) {
        this.policyTitleCy = policyTitleCy;
    }
}
