package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.PersonChronology;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;

/**
 * A person's chronology ({@code ?id=} the person's id), for officers and senior managers; each opening is recorded.
 * A page without forms: nothing of it is kept between requests.
 */
@Named
@RequestScoped
public class ChronologyView {

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
