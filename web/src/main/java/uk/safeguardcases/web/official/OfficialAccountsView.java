package uk.safeguardcases.web.official;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.official.AccountRegister;
import uk.safeguardcases.application.official.AccreditationView;
import uk.safeguardcases.application.official.Accreditations;
import uk.safeguardcases.application.official.BusinessCases;
import uk.safeguardcases.application.official.OfficialAccountRequestView;
import uk.safeguardcases.application.official.OfficialAccountView;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * The board's official accounts (CHSCB Authorised Use of Official Social Media Accounts): the register with each
 * account's accredited users, the business cases, and the accreditations; for a senior manager, registering an
 * account the board already runs (its shared account, 2.5), recording a pass of the accreditation test (3.1) and
 * listing an accredited person on an account in a designated role (3.2).
 */
@Named
@ViewScoped
public class OfficialAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PATH = "/senior/official-accounts.xhtml";

    @Inject
    private AccountRegister accountRegister;

    @Inject
    private Accreditations accrediting;

    @Inject
    private BusinessCases businessCases;

    private transient List<OfficialAccountView> register;
    private transient List<OfficialAccountRequestView> requests;
    private transient List<AccreditationView> accreditations;
    private transient Map<String, String> people;

    private Platform platform;
    private String handle;
    private String owner;
    private String setUpName;
    private String jobTitle;
    private String biographyRole;
    private boolean shared;
    private boolean pictureChecked;

    private String accreditedPerson;
    private String trainedOn;
    private String passedOn;

    private Long listAccount;
    private String listPerson;
    private String designatedRole;

    public void registerAccount() {
        Pages.step("register", Language.text("officer", "official.registered"), PATH,
                () -> accountRegister.register(platform, handle, owner, setUpName, jobTitle, biographyRole, shared,
                        pictureChecked));
    }

    public void recordAccreditation() {
        Pages.step("accreditation", Language.text("officer", "official.accredited"), PATH, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            LocalDate trained = date(problems, "trainedOn", trainedOn);
            LocalDate passed = date(problems, "passedOn", passedOn);
            try {
                accrediting.recordAccreditation(accreditedPerson, trained, passed);
            } catch (InvalidInputException e) {
                problems.putAll(e.fieldMessages());
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        });
    }

    public void listUser() {
        Pages.step("listing", Language.text("officer", "official.listed"), PATH, () -> {
            if (listAccount == null) {
                throw new InvalidInputException(Map.of("account", Language.text("officer", "official.chooseAccount")));
            }
            accrediting.list(listAccount, listPerson, designatedRole);
        });
    }

    private static LocalDate date(Map<String, String> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, Language.text("officer", "sar.error.date"));
            return null;
        }
    }

    public boolean isSenior() {
        return CallerContext.current().has(Role.SENIOR);
    }

    public List<OfficialAccountView> getRegister() {
        if (register == null) {
            register = accountRegister.register();
        }
        return register;
    }

    public List<OfficialAccountRequestView> getRequests() {
        if (requests == null) {
            requests = businessCases.requests();
        }
        return requests;
    }

    public List<AccreditationView> getAccreditations() {
        if (accreditations == null) {
            accreditations = accrediting.accreditations();
        }
        return accreditations;
    }

    /** The board's people by user name, for the senior's forms. */
    public Map<String, String> getPeople() {
        if (people == null) {
            people = isSenior() ? accountRegister.boardPeople() : Map.of();
        }
        return people;
    }

    public String getToday() {
        return LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
    }

    public Platform[] getPlatforms() {
        return Platform.values();
    }

    public Platform getPlatform() {
        return platform;
    }

    public void setPlatform(Platform platform) {
        this.platform = platform;
    }

    public String getHandle() {
        return handle;
    }

    public void setHandle(String handle) {
        this.handle = handle;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getSetUpName() {
        return setUpName;
    }

    public void setSetUpName(String setUpName) {
        this.setUpName = setUpName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public String getBiographyRole() {
        return biographyRole;
    }

    public void setBiographyRole(String biographyRole) {
        this.biographyRole = biographyRole;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public boolean isPictureChecked() {
        return pictureChecked;
    }

    public void setPictureChecked(boolean pictureChecked) {
        this.pictureChecked = pictureChecked;
    }

    public String getAccreditedPerson() {
        return accreditedPerson;
    }

    public void setAccreditedPerson(String accreditedPerson) {
        this.accreditedPerson = accreditedPerson;
    }

    public String getTrainedOn() {
        return trainedOn;
    }

    public void setTrainedOn(String trainedOn) {
        this.trainedOn = trainedOn;
    }

    public String getPassedOn() {
        return passedOn;
    }

    public void setPassedOn(String passedOn) {
        this.passedOn = passedOn;
    }

    public Long getListAccount() {
        return listAccount;
    }

    public void setListAccount(Long listAccount) {
        this.listAccount = listAccount;
    }

    public String getListPerson() {
        return listPerson;
    }

    public void setListPerson(String listPerson) {
        this.listPerson = listPerson;
    }

    public String getDesignatedRole() {
        return designatedRole;
    }

    public void setDesignatedRole(String designatedRole) {
        this.designatedRole = designatedRole;
    }
}
