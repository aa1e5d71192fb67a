package uk.safeguardcases.web.lowlevel;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.ChronologyLine;
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

    /** When: the day of a record that has only a day, else the day and time. */
    public String when(ChronologyLine line) {
        return line.day() != null ? PlainFormat.day(Pages.locale(), line.day()) : Pages.when(line.at());
    }

    /**
     * The words of a line's link, saying what it opens (never just "Record" on every line): the case's or request's
     * reference, or the low-level concern of its day, or the page of official accounts.
     */
    public String linkText(ChronologyLine line) {
        if ("LOW_LEVEL_CONCERN".equals(line.kind())) {
            return Language.text(LowLevelWordsBundle.NAME, "chronology.open.LOW_LEVEL_CONCERN", when(line));
        }
        if (line.title() == null || line.title().isBlank()) {
            return Language.text(LowLevelWordsBundle.NAME, "chronology.open." + line.kind());
        }
        return line.title();
    }
}
