package uk.safeguardcases.web.lowlevel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.PersonChronology;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/** A person's chronology ({@code ?id=} the person's id), for officers and senior managers; each opening is recorded. */
@Named
@ViewScoped
public class ChronologyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Chronologies chronologies;

    private String id;
    private PersonChronology chronology;

    public void load() {
        long person;
        try {
            person = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            Pages.notFound(Language.text(LowLevelWordsBundle.NAME, "member.notFound"));
            return;
        }
        Pages.load(() -> chronology = chronologies.of(person));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PersonChronology getChronology() {
        return chronology;
    }
}
