package uk.safeguardcases.web.officer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.chronology.Chronologies;
import uk.safeguardcases.application.chronology.ChronologyLine;
import uk.safeguardcases.application.chronology.PersonChronology;
import uk.safeguardcases.web.shell.Contributions;
import uk.safeguardcases.web.shell.Language;
import uk.safeguardcases.web.shell.Pages;
import uk.safeguardcases.web.shell.ProcessPages;

/**
 * A person's chronology ({@code ?id=} the person's id), for officers and senior managers; each opening is recorded.
 * A page of the core: each process words its own kinds of line ({@code chronology.kind.<kind>}, and
 * {@code chronology.open.<kind>} for a line whose link its kind words) in its own bundle, found through
 * {@link Contributions}, and brings its own links to its page about the person ({@link ProcessPages#personLinks()}).
 * A page without forms: nothing of it is kept between requests.
 */
@Named
@RequestScoped
public class ChronologyView {

    @Inject
    private Chronologies chronologies;

    @Inject
    private Contributions contributions;

    private String id;
    private PersonChronology chronology;

    public void load() {
        long person;
        try {
            person = Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            Pages.notFound(Language.text("officer", "chronology.notFound"));
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

    /** Every process's links to its page about the person, in their order. */
    public List<ProcessPages.PersonLink> getPersonLinks() {
        return contributions.personLinks();
    }

    /** A link's words, in the page's language. */
    public String words(ProcessPages.PersonLink link) {
        return Language.text(link.bundle(), link.label());
    }

    /** When: the day of a record that has only a day, else the day and time. */
    public String when(ChronologyLine line) {
        return line.day() != null ? PlainFormat.day(Pages.locale(), line.day()) : Pages.when(line.at());
    }

    /** What kind of record a line is, in the words of the core or of the process that brings the kind. */
    public String kind(ChronologyLine line) {
        return contributions.text("chronology.kind." + line.kind());
    }

    /**
     * Whether a line's link is worded by its kind ({@code chronology.open.<kind>}: a record with no reference of its
     * own, such as a low-level concern, named by its day), its title, if any, following the link.
     */
    public boolean linkWordedByKind(ChronologyLine line) {
        return contributions.bundleHaving(openKey(line)) != null;
    }

    /**
     * The words of a line's link, saying what it opens (never just "Record" on every line): the case's or request's
     * reference, or what its kind says it opens (the low-level concern of its day, the page of official accounts).
     */
    public String linkText(ChronologyLine line) {
        if (linkWordedByKind(line)) {
            return contributions.text(openKey(line), when(line));
        }
        if (line.title() == null || line.title().isBlank()) {
            return contributions.text(openKey(line));
        }
        return line.title();
    }

    private static String openKey(ChronologyLine line) {
        return "chronology.open." + line.kind();
    }
}
