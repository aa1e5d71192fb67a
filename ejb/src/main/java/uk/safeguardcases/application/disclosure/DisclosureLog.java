package uk.safeguardcases.application.disclosure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.safeguardcases.application.CsvCells;
import uk.safeguardcases.application.InvalidInputException;
import uk.safeguardcases.application.PlainFormat;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.audit.TimelineService;
import uk.safeguardcases.application.tenancy.Caller;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.domain.disclosure.Disclosure;
import uk.safeguardcases.domain.disclosure.DisclosureAction;
import uk.safeguardcases.domain.disclosure.DisclosureBasisChoice;
import uk.safeguardcases.domain.disclosure.DisclosureKind;
import uk.safeguardcases.domain.disclosure.DisclosureRepository;
import uk.safeguardcases.domain.disclosure.LegalBasis;
import uk.safeguardcases.domain.people.Role;

/**
 * The board's disclosure log (Children's Wellbeing and Schools Act 2026: what the board shared, with whom and on what
 * legal basis), for its administrators and senior managers: every disclosure, filtered by case, exported as CSV; the
 * board's list of legal bases (the administrator adds to it, in English and Welsh) and the basis of each kind of
 * disclosure. The caller's board's only.
 */
@Stateless
public class DisclosureLog {

    /** The most rows a page or an export holds. */
    public static final int MOST = 2000;

    @Inject
    private Clock clock;

    @Inject
    private DisclosureRepository repository;

    @Inject
    private LegalBases bases;

    @Inject
    private TimelineService timeline;

    /**
     * One disclosure as the log shows it, in the caller's language: {@code basisCode} its basis on the board's list,
     * {@code basisChosenBy} who chose it for this disclosure after it was made (null: its kind's, as made).
     */
    public record Line(long id, Instant at, String reference, DisclosureKind kind, String basis, String basisCode,
            String by, String basisChosenBy, Instant basisChosenAt) implements java.io.Serializable {
    }

    /** One kind of disclosure and the basis the board gives it. */
    public record KindBasis(DisclosureKind kind, String basisCode) implements java.io.Serializable {
    }

    /** The board's disclosures, newest first; those of one case (or request) when {@code reference} is given. */
    public List<Line> lines(String reference) {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        Locale language = CallerContext.language();
        return repository.disclosures(reference, MOST).stream().map(d -> new Line(d.id(), d.disclosedAt(),
                d.reference(), d.kind(), Texts.isWelsh(language) ? d.basisCy() : d.basisEn(), d.basisCode(),
                d.disclosedBy(), d.basisChosenBy(), d.basisChosenAt())).toList();
    }

    /** The log as CSV in the caller's language (UTF-8 with a byte-order mark for spreadsheets); audited. */
    public byte[] csv(String reference) {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        Locale language = CallerContext.language();
        List<Disclosure> rows = repository.disclosures(reference, MOST);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(String.join(",", CsvCells.cell(DisclosureWords.text("csv.when")),
                CsvCells.cell(DisclosureWords.text("csv.reference")), CsvCells.cell(DisclosureWords.text("csv.kind")),
                CsvCells.cell(DisclosureWords.text("csv.to")), CsvCells.cell(DisclosureWords.text("csv.basis")),
                CsvCells.cell(DisclosureWords.text("csv.by")), CsvCells.cell(DisclosureWords.text("csv.basisChosen"))))
                .append("\r\n");
        for (Disclosure d : rows) {
            csv.append(String.join(",", CsvCells.cell(d.disclosedAt().truncatedTo(ChronoUnit.SECONDS).toString()),
                    CsvCells.cell(d.reference()), CsvCells.cell(DisclosureWords.in(language, "kind." + d.kind().name())),
                    CsvCells.cell(DisclosureWords.in(language, "to." + d.kind().name())),
                    CsvCells.cell(Texts.isWelsh(language) ? d.basisCy() : d.basisEn()),
                    CsvCells.cell(d.disclosedBy()), CsvCells.cell(d.basisChosenBy() == null ? ""
                            : DisclosureWords.in(language, "csv.basisChosenBy", d.basisChosenBy(),
                                    d.basisChosenAt().truncatedTo(ChronoUnit.SECONDS).toString())))).append("\r\n");
        }
        timeline.record(null, DisclosureAction.DISCLOSURE_LOG_EXPORTED, "The disclosure log exported as CSV"
                + (reference == null || reference.isBlank() ? "" : " for " + reference.strip()) + ": "
                + PlainFormat.count(rows.size(), "disclosure", "disclosures") + ".");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The board's list of legal bases, standard ones first. */
    public List<LegalBases.Basis> bases() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        return bases.all();
    }

    /** Each kind of disclosure with the basis the board gives it. */
    public List<KindBasis> kinds() {
        CallerContext.require(Role.ADMIN, Role.SENIOR);
        return java.util.Arrays.stream(DisclosureKind.values()).map(k -> new KindBasis(k, bases.forKind(k).code()))
                .toList();
    }

    /** The administrator adds a legal basis to the board's list, named in English and in Welsh. */
    public String addBasis(String nameEn, String nameCy) {
        Caller caller = CallerContext.require(Role.ADMIN);
        Map<String, String> problems = new LinkedHashMap<>();
        String en = name(problems, "nameEn", nameEn);
        String cy = name(problems, "nameCy", nameCy);
        if (!problems.containsKey("nameEn") && bases.all().stream().anyMatch(b -> b.nameEn().equalsIgnoreCase(en))) {
            problems.put("nameEn", DisclosureWords.text("basis.already"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LegalBasis basis = new LegalBasis(en, cy, caller.username(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        repository.add(basis);
        timeline.record(null, DisclosureAction.LEGAL_BASIS_ADDED, basis.code() + ": “" + en + "” added to the board's"
                + " list of legal bases.");
        return basis.code();
    }

    /**
     * The legal basis of one disclosure already made, chosen again from the board's list by one of the board's senior
     * managers or administrators (who read the log); kept with who and when, and on the timeline of its case (or the
     * board's, for a subject access answer) with the basis it had and the one it has now. Another board's is not found.
     */
    public void changeBasis(long disclosureId, String basisCode) {
        Caller caller = CallerContext.require(Role.ADMIN, Role.SENIOR);
        Disclosure disclosure = repository.disclosure(disclosureId).orElseThrow(() -> new InvalidInputException(
                Map.of("disclosure", DisclosureWords.text("disclosure.notFound"))));
        LegalBases.Basis basis = basisCode == null ? null
                : bases.all().stream().filter(b -> b.code().equals(basisCode)).findFirst().orElse(null);
        if (basis == null) {
            throw new InvalidInputException(Map.of("basis", DisclosureWords.text("basis.notOnList")));
        }
        if (basis.code().equals(disclosure.basisCode())) {
            return;
        }
        String was = disclosure.basisCode();
        disclosure.chooseBasis(basis.code(), basis.nameEn(), basis.nameCy(), caller.username(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        Long caseId = repository.caseId(disclosure.reference()).orElse(null);
        timeline.record(caseId, DisclosureAction.DISCLOSURE_BASIS_CHANGED, (caseId == null ? disclosure.reference()
                + ": " : "") + disclosure.kind().name() + " of " + disclosure.disclosedAt().truncatedTo(ChronoUnit.SECONDS)
                + ": legal basis " + was + " changed to " + basis.code() + ".");
    }

    /** The administrator chooses, from the board's list, the legal basis of one kind of disclosure. */
    public void choose(DisclosureKind kind, String basisCode) {
        Caller caller = CallerContext.require(Role.ADMIN);
        if (kind == null || basisCode == null || bases.all().stream().noneMatch(b -> b.code().equals(basisCode))) {
            throw new InvalidInputException(Map.of("basis", DisclosureWords.text("basis.notOnList")));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        repository.choice(kind).ifPresentOrElse(c -> c.choose(basisCode, caller.username(), now),
                () -> repository.add(new DisclosureBasisChoice(kind, basisCode, caller.username(), now)));
        timeline.record(null, DisclosureAction.DISCLOSURE_BASIS_CHOSEN, kind.name() + ": disclosed on the basis "
                + basisCode + " from now on.");
    }

    private static String name(Map<String, String> problems, String field, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            problems.put(field, DisclosureWords.text("basis.nameMissing"));
        } else if (trimmed.length() > 300) {
            problems.put(field, Texts.text("input.tooLong", 300));
        }
        return trimmed;
    }
}
