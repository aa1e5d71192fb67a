package uk.safeguardcases.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safeguardcases.application.dashboard.DeadlineKind;
import uk.safeguardcases.domain.allegation.AllegationCategory;
import uk.safeguardcases.domain.audit.ReadKind;
import uk.safeguardcases.domain.allegation.PossibleOffence;
import uk.safeguardcases.domain.allegation.Severity;
import uk.safeguardcases.domain.cases.CaseOutcome;
import uk.safeguardcases.domain.cases.CaseSource;
import uk.safeguardcases.domain.cases.CaseStatus;
import uk.safeguardcases.domain.cases.ClosureReason;
import uk.safeguardcases.domain.cases.TriageDecision;
import uk.safeguardcases.domain.evidence.CaptureMethod;
import uk.safeguardcases.domain.evidence.Platform;
import uk.safeguardcases.domain.organisation.OrganisationKind;
import uk.safeguardcases.domain.people.Role;
import uk.safeguardcases.domain.referral.Agency;
import uk.safeguardcases.domain.referral.AppealOutcome;
import uk.safeguardcases.domain.referral.HrOutcome;
import uk.safeguardcases.domain.referral.ReferralKind;
import uk.safeguardcases.domain.referral.ReferralStatus;
import uk.safeguardcases.domain.requests.MemberResponse;
import uk.safeguardcases.domain.requests.RequestKind;

/** The interface bundles: Welsh complete, every domain value worded, every pattern well formed. */
class BundlesTest {

    private static final String[] BUNDLES = {"shell", "officer", "hr", "portal", "admin", "accounts", "declarations",
            "searches"};
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern APOSTROPHES = Pattern.compile("'+");

    /** The domain values pages show (through {@link Labels}). */
    private static final List<Class<? extends Enum<?>>> WORDED = List.of(CaseStatus.class, CaseSource.class,
            TriageDecision.class, CaseOutcome.class, ClosureReason.class, Platform.class, CaptureMethod.class,
            AllegationCategory.class, Severity.class, PossibleOffence.class, OrganisationKind.class, Role.class,
            Agency.class, ReferralKind.class, ReferralStatus.class, HrOutcome.class, AppealOutcome.class,
            MemberResponse.class, RequestKind.class, DeadlineKind.class, ReadKind.class,
            uk.safeguardcases.domain.cases.ConcernsWhom.class,
            uk.safeguardcases.domain.audit.AuditAction.class);

    @ParameterizedTest(name = "{0}_cy has exactly the keys of {0}")
    @ValueSource(strings = {"shell", "officer", "hr", "portal", "admin", "accounts", "declarations",
            "searches"})
    void everyWelshBundleHasExactlyTheEnglishKeys(String bundle) {
        Properties english = load(bundle + ".properties");
        Properties welsh = load(bundle + "_cy.properties");
        assertThat(english).as(bundle).isNotEmpty();
        assertThat(welsh.stringPropertyNames()).as(bundle + "_cy against " + bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(welsh.entrySet()).as("no empty Welsh text in " + bundle)
                .allSatisfy(e -> assertThat(e.getValue().toString()).as(e.getKey().toString()).isNotBlank());
    }

    @Test
    void everyValueAPageShowsHasItsWordsInBothLanguages() {
        for (String file : new String[] {"shell.properties", "shell_cy.properties"}) {
            Properties shell = load(file);
            for (Class<? extends Enum<?>> type : WORDED) {
                for (Enum<?> value : type.getEnumConstants()) {
                    assertThat(shell.getProperty(Labels.key(value))).as(file + ": " + Labels.key(value)).isNotBlank();
                }
            }
            for (String decision : new String[] {"UPHELD", "REJECTED", "MORE_TIME_GIVEN", "MORE_TIME_REFUSED"}) {
                assertThat(shell.getProperty("RequestDecision." + decision)).as(file + ": " + decision).isNotBlank();
            }
        }
    }

    @Test
    void everyPatternWithArgumentsFormatsWithItsApostrophesDoubled() {
        List<String> broken = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String file : new String[] {bundle + ".properties", bundle + "_cy.properties"}) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    String pattern = texts.getProperty(key);
                    // Faces formats its own messages with MessageFormat, arguments or not.
                    if (!ARGUMENT.matcher(pattern).find() && !key.startsWith("jakarta.faces.")) {
                        continue;
                    }
                    try {
                        String formatted = new MessageFormat(pattern, Locale.UK).format(new Object[] {2, 2, 2, 2, 2});
                        // Each run of apostrophes in the pattern stands for one in the text (two at the top level,
                        // four inside a choice); a single one would start a quotation and swallow text.
                        List<String> runs = APOSTROPHES.matcher(pattern).results().map(r -> r.group()).toList();
                        long shown = formatted.chars().filter(c -> c == '\'').count();
                        if (formatted.contains("{") || shown != runs.size()
                                || runs.stream().anyMatch(r -> r.length() % 2 == 1)) {
                            broken.add(file + " " + key + ": " + formatted);
                        }
                    } catch (IllegalArgumentException e) {
                        broken.add(file + " " + key + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(broken).as("patterns whose apostrophes or arguments go wrong").isEmpty();
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/uk/safeguardcases/web/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
