package uk.safeguardcases.infrastructure.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.safeguardcases.application.reports.DocumentTexts;
import uk.safeguardcases.application.reports.ProcessDocumentTexts;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.audit.AuditAction;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.requests.CooperationAccount;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/**
 * The words of the documents, the product's and each process's ({@link DocumentTexts}, found in the sources, as the
 * application makes them known as it starts): every one in Welsh and English, the English as the product has always
 * printed it.
 */
class DocumentWordsTest {

    @BeforeAll
    static void theProcessesWordsAreKnown() throws Exception {
        DocumentWords.processBundles(ProcessDocumentTexts.every());
    }

    @AfterAll
    static void noLonger() {
        DocumentWords.processBundles(List.of());
    }

    @Test
    void everyWordOfTheDocumentsIsInWelshAndInEnglish() throws IOException {
        Properties english = load("documents.properties");
        Properties welsh = load("documents_cy.properties");
        assertThat(welsh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : List.of("pack.title", "pack.intro", "pack.response.none", "pack.notYetApproved",
                "sar.intro", "sar.key.theirWords", "marking", "page")) {
            assertThat(welsh.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
        }
    }

    /**
     * Each process's bundle of document words is complete in Welsh, and holds the words the documents ask of it (a part
     * of the subject access answer's heading, its own documents' words) that the product's own lack.
     */
    @Test
    void everyWordOfEachProcesssDocumentsIsInWelshAndInEnglish() throws Exception {
        List<DocumentTexts> processes = ProcessDocumentTexts.every();
        assertThat(processes).extracting(DocumentTexts::bundle).contains(
                "uk.safeguardcases.application.lowlevel.lowlevel", "uk.safeguardcases.application.search.searches",
                "uk.safeguardcases.application.declaration.declarations");
        Map<String, Set<String>> asked = ProcessDocumentTexts.keysAsked();
        for (DocumentTexts process : processes) {
            String file = "/" + process.bundle().replace('.', '/');
            Properties english = ProcessDocumentTexts.load(file + ".properties");
            Properties welsh = ProcessDocumentTexts.load(file + "_cy.properties");
            assertThat(welsh.stringPropertyNames()).as(process.bundle() + "_cy")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            assertThat(asked.get(process.bundle())).as("the documents' words in " + process.bundle()).isNotEmpty()
                    .allSatisfy(key -> {
                        assertThat(english.getProperty(key)).as(key).isNotBlank();
                        assertThat(welsh.getProperty(key)).as(key + " in Welsh").isNotBlank();
                    });
        }
    }

    @Test
    void theProductsWordsHoldNoProcesssOwnAndTheDocumentsFindThemInTheProcesss() throws IOException {
        Properties products = load("documents.properties");
        for (String key : List.of("sar.lowLevelConcerns", "sar.policyDeclarations", "sar.concernsTheyReported",
                "search.register.title", "TriageDecision.LOW_LEVEL_CONCERN", "ClosureReason.LOW_LEVEL_CONCERN",
                "ChildSearchStatus.AUTHORISED")) {
            assertThat(products.getProperty(key)).as(key).isNull();
        }
        assertThat(DocumentWords.WELSH_AND_ENGLISH.label("sar.lowLevelConcerns"))
                .isEqualTo("Pryderon lefel isel / Low-level concerns");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.label("sar.policyDeclarations"))
                .isEqualTo("Datganiadau polisi / Policy declarations");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.sentences("search.refusedBy", "Ceri Jones", "5 May 2026"))
                .containsExactly("Gwrthodwyd gan Ceri Jones ar 5 May 2026:", "Refused by Ceri Jones on 5 May 2026:");
        assertThat(DocumentWords.ENGLISH.knows("sar.key.settledByAReview")).isTrue();
    }

    @Test
    void theEnglishWordsForTheDomainsValuesAreTheirLabels() {
        List<Enum<?>> values = new java.util.ArrayList<>();
        for (Class<? extends Enum<?>> type : List.of(CaseOutcome.class, ReferralKind.class, AllegationCategory.class,
                Severity.class, PossibleOffence.class, CaptureMethod.class, uk.safeguardcases.domain.evidence.CaptureForm.class,
                Platform.class, CaseSource.class,
                MemberResponse.class, RequestKind.class, uk.safeguardcases.domain.cases.CaseStatus.class,
                uk.safeguardcases.domain.referral.HrOutcome.class, uk.safeguardcases.domain.referral.Agency.class)) {
            values.addAll(List.of(type.getEnumConstants()));
        }
        for (Enum<?> value : values) {
            assertThat(DocumentWords.ENGLISH.of(value)).as(value.toString()).isEqualTo(label(value));
        }
        for (uk.safeguardcases.domain.cases.TriageDecision decision
                : uk.safeguardcases.domain.cases.TriageDecision.core()) {
            assertThat(DocumentWords.ENGLISH.of(decision)).as(decision.name()).isEqualTo(decision.label());
        }
        for (uk.safeguardcases.application.cases.DeadlineKind kind
                : uk.safeguardcases.application.cases.DeadlineKind.core()) {
            assertThat(DocumentWords.ENGLISH.of(kind)).as(kind.name()).isEqualTo(kind.label());
        }
        for (uk.safeguardcases.domain.cases.ClosureReason reason
                : uk.safeguardcases.domain.cases.ClosureReason.core()) {
            assertThat(DocumentWords.ENGLISH.of(reason)).as(reason.name()).isEqualTo(reason.label());
        }
        assertThat(DocumentWords.ENGLISH.captureForm(null))
                .isEqualTo(uk.safeguardcases.domain.evidence.CaptureForm.NOT_RECORDED);
        assertThat(DocumentWords.WELSH_AND_ENGLISH.captureForm(uk.safeguardcases.domain.evidence.CaptureForm.SCREENSHOT))
                .isEqualTo("Sgrinlun / Screenshot");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.of(MemberResponse.REMOVED))
                .isEqualTo("Tynnodd y cynnwys i lawr / Removed the content");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.action("Referral approved", AuditAction.REFERRAL_APPROVED))
                .isEqualTo("Atgyfeiriad wedi’i gymeradwyo / Referral approved");
        assertThat(DocumentWords.ENGLISH.action("Referral approved", AuditAction.REFERRAL_APPROVED))
                .isEqualTo("Referral approved");
    }

    @Test
    void aBilingualDocumentPutsTheWelshFirstAndWordsEachArgumentInItsOwnLanguage() {
        assertThat(DocumentWords.WELSH_AND_ENGLISH.label("pack.reference")).isEqualTo("Cyfeirnod / Reference");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.label("pack.request", RequestKind.REMOVAL))
                .isEqualTo("Cais: Tynnu cynnwys i lawr / Content removal request");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.sentences("pack.redacted.many", 3, "[redacted]")).containsExactly(
                "Mae 3 darn o fanylion pobl eraill (trydydd partïon) wedi’u golygu o’r pecyn hwn ac yn darllen"
                        + " [redacted]. Mae’r bwrdd yn eu cadw.",
                "3 passages of other people's details (third parties) have been redacted from this pack and read"
                        + " [redacted]. The board keeps them.");
        assertThat(DocumentWords.ENGLISH.sentences("pack.redacted.many", 3, "[redacted]")).hasSize(1);
        assertThat(DocumentWords.WELSH_AND_ENGLISH.name("South Wales Police", "Heddlu De Cymru"))
                .isEqualTo("Heddlu De Cymru / South Wales Police");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.name("Barnardo’s Cymru", null))
                .isEqualTo("Barnardo’s Cymru (Saesneg yn unig)");
        assertThat(DocumentWords.ENGLISH.name("South Wales Police", "Heddlu De Cymru")).isEqualTo("South Wales Police");
    }

    @Test
    void aCountInADocumentTakesEachLanguagesPluralFromTheOneFormatter() {
        assertThat(DocumentWords.count(uk.safeguardcases.application.Texts.ENGLISH, "search.used", 1))
                .isEqualTo("1 search logged");
        assertThat(DocumentWords.count(uk.safeguardcases.application.Texts.ENGLISH, "search.used", 2))
                .isEqualTo("2 searches logged");
        assertThat(DocumentWords.count(uk.safeguardcases.application.Texts.WELSH, "search.used", 3))
                .isEqualTo("3 chwiliad wedi’u cofnodi");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.languages()).containsExactly(
                uk.safeguardcases.application.Texts.WELSH, uk.safeguardcases.application.Texts.ENGLISH);
        assertThat(DocumentWords.WELSH_AND_ENGLISH.label("report.title", "CTSB-2026-0001"))
                .isEqualTo("Adroddiad achos CTSB-2026-0001 / Case report CTSB-2026-0001");
        assertThat(DocumentWords.WELSH_AND_ENGLISH.of(uk.safeguardcases.domain.search.ChildSearchOutcome.CEOP))
                .isEqualTo("Atgyfeiriwyd i CEOP / Referred to CEOP");
    }

    @Test
    void onlyTheMembersOwnWordsAreTheirsNotTheInterviewTheyTicked() {
        CooperationAccount both = CooperationAccount.of("I accept an interview.\n\nI posted it – “sorry”.");
        assertThat(both.acceptsInterview()).isTrue();
        assertThat(both.ownWords()).isEqualTo("I posted it – “sorry”.");
        assertThat(both.kept()).isEqualTo("I accept an interview.\n\nI posted it – “sorry”.");
        assertThat(CooperationAccount.of("I accept an interview.")).isEqualTo(new CooperationAccount(true, ""));
        assertThat(CooperationAccount.of("Dŵr")).isEqualTo(new CooperationAccount(false, "Dŵr"));
        assertThat(CooperationAccount.of(null)).isEqualTo(new CooperationAccount(false, ""));
    }

    private static String label(Enum<?> value) {
        try {
            return (String) value.getClass().getMethod("label").invoke(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(DocumentWords.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
