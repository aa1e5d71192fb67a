package uk.safeguardcases.application.declaration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import uk.safeguardcases.application.Texts;
import uk.safeguardcases.application.calendar.WorkingCalendar;
import uk.safeguardcases.application.tenancy.CallerContext;
import uk.safeguardcases.application.tenancy.CaseLookup;
import uk.safeguardcases.domain.board.BoardRepository;
import uk.safeguardcases.domain.cases.SafeguardingCase;
import uk.safeguardcases.domain.declaration.Declaration;
import uk.safeguardcases.domain.declaration.DeclarationRepository;
import uk.safeguardcases.domain.declaration.PolicyVersion;
import uk.safeguardcases.domain.people.Role;

/**
 * Whether the member of a case had declared the version of the policy in force when the conduct happened (NSCB model
 * policy: every investigation says so), for the case page, the HR view and the referral pack
 * ({@link DeclarationStatements}).
 */
@Stateless
public class CaseDeclarations {

    @Inject
    private DeclarationRepository declarations;

    @Inject
    private BoardRepository boards;

    @Inject
    private CaseLookup cases;

    /**
     * Whether the member of case {@code reference} had declared the version of the policy in force when the conduct
     * happened (when it was posted, else when the concern was raised), and when; in {@code language}. For the board's
     * staff and the HR partner the case was referred to.
     */
    public DeclarationStatement forCase(String reference, Locale language) {
        CallerContext.require(Role.OFFICER, Role.SENIOR, Role.HR);
        return statementFor(cases.toRead(reference), language);
    }

    /** As {@link #forCase}, for a case the caller's service has already found (the referral pack). */
    public DeclarationStatement statementFor(SafeguardingCase c, Locale language) {
        Said said = said(c, language);
        return new DeclarationStatement(said.declared(), said.text(),
                Texts.ENGLISH.equals(language) ? said.text() : said(c, Texts.ENGLISH).text());
    }

    /** Whether it was declared in time, and the words. */
    private record Said(boolean declared, String text) {
    }

    private Said said(SafeguardingCase c, Locale language) {
        Instant conductAt = c.occurredAt() != null ? c.occurredAt() : c.raisedAt();
        LocalDate conductOn = conductAt.atZone(WorkingCalendar.UK).toLocalDate();
        if (c.subjectPersonId() == null) {
            return new Said(false, DeclarationWords.in(language, "declaration.statement.noAccount"));
        }
        PolicyVersion version = declarations.inForceOn(conductOn).orElse(null);
        if (version == null) {
            return new Said(false, DeclarationWords.in(language, "declaration.statement.noVersion",
                    dateIn(language, conductOn)));
        }
        Declaration d = declarations.of(version.id(), c.subjectPersonId()).orElse(null);
        String versionWords = DeclarationWords.in(language, "declaration.statement.version", version.number(),
                DeclarationViews.titleIn(boards.current(), language, version),
                dateIn(language, version.effectiveFrom()));
        if (d == null || d.declaredAt() == null) {
            String asked = d == null ? DeclarationWords.in(language, "declaration.statement.notAsked")
                    : DeclarationWords.in(language, "declaration.statement.asked", dateIn(language, d.askedAt()));
            return new Said(false, DeclarationWords.in(language, "declaration.statement.notDeclared", versionWords,
                    dateIn(language, conductOn), asked));
        }
        LocalDate declaredOn = d.declaredAt().atZone(WorkingCalendar.UK).toLocalDate();
        String text = DeclarationWords.in(language, "declaration.statement.declared", versionWords,
                dateIn(language, declaredOn))
                + " " + (d.countersignedAt() != null
                        ? DeclarationWords.in(language, "declaration.statement.countersigned",
                                dateIn(language, d.countersignedAt()))
                        : DeclarationWords.in(language, "declaration.statement.notCountersigned"));
        if (!d.declaredBy(conductAt)) {
            return new Said(false, text + " " + DeclarationWords.in(language, "declaration.statement.afterConduct",
                    dateIn(language, conductOn)));
        }
        return new Said(true, text);
    }

    private static String dateIn(Locale language, LocalDate day) {
        return Texts.date(language, day);
    }

    private static String dateIn(Locale language, Instant at) {
        return dateIn(language, at.atZone(WorkingCalendar.UK).toLocalDate());
    }
}
