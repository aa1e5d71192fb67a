package uk.safeguardcases.application.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.domain.disclosure.DisclosureBasisChoice;
import uk.safeguardcases.domain.disclosure.DisclosureKind;
import uk.safeguardcases.domain.disclosure.DisclosureRepository;
import uk.safeguardcases.domain.disclosure.LegalBasis;
import uk.safeguardcases.domain.disclosure.StandardBasis;

/** The board's list of legal bases: the standard ones, then those its administrator added; and the basis of a kind. */
@ApplicationScoped
public class LegalBases {

    @Inject
    private DisclosureRepository repository;

    /** A basis as a disclosure names it: its code and its name in both languages. */
    public record Basis(String code, String nameEn, String nameCy) implements java.io.Serializable {

        public String name(Locale language) {
            return Texts.isWelsh(language) ? nameCy : nameEn;
        }
    }

    /** The board's list, standard bases first. */
    public List<Basis> all() {
        List<Basis> list = new ArrayList<>();
        for (StandardBasis standard : StandardBasis.values()) {
            list.add(of(standard));
        }
        for (LegalBasis added : repository.bases()) {
            list.add(new Basis(added.code(), added.nameEn(), added.nameCy()));
        }
        return list;
    }

    /** The basis the board chose for {@code kind}, else its usual one. */
    public Basis forKind(DisclosureKind kind) {
        String code = repository.choice(kind).map(DisclosureBasisChoice::basisCode).orElse(kind.usualBasis().name());
        return byCode(code);
    }

    /** The basis of {@code code} on the board's list; the kind's usual one never fails to be found. */
    Basis byCode(String code) {
        return all().stream().filter(b -> b.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No legal basis " + code + " on the board's list"));
    }

    static Basis of(StandardBasis standard) {
        return new Basis(standard.name(), DisclosureWords.in(Locale.ENGLISH, "basis." + standard.name()),
                DisclosureWords.in(Texts.WELSH, "basis." + standard.name()));
    }
}
