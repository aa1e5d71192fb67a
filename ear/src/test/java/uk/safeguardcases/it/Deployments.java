package uk.safeguardcases.it;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, exactly as it ships, with the test classes added to its WAR. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive productWith(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("ear.file")));
        WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
        war.addClasses(testClasses);
        war.addClasses(Deployments.class, Waiting.class);
        war.addAsLibraries(jarOf("org.awaitility.Awaitility"), jarOf("org.hamcrest.Matcher"));
        return ear;
    }

    /** For tests that run inside the server: the product with the test classes, the fixtures and the browser. */
    static EnterpriseArchive productWithFixtures(Class<?>... testClasses) {
        EnterpriseArchive ear = productWith(testClasses);
        WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
        war.addClasses(CaseFixtures.class, TestBoard.class, Browser.class, Browser.Page.class, Browser.Upload.class,
                Tls.class, Operators.class, ApiCalls.class, ApiCalls.Answer.class);
        return ear;
    }

    /**
     * For tests that run inside the server and use AssertJ: {@link #productWithFixtures}, and AssertJ (with Byte
     * Buddy, which it loads for some assertions) in the WAR's libraries.
     */
    static EnterpriseArchive inServerWith(Class<?>... testClasses) {
        EnterpriseArchive ear = productWithFixtures(testClasses);
        WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
        war.addAsLibraries(jarOf("org.assertj.core.api.Assertions"), jarOf("net.bytebuddy.ByteBuddy"));
        return ear;
    }

    /** The jar a class of the test class path comes from. */
    private static File jarOf(String className) {
        try {
            return new File(Class.forName(className).getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("Not on the test class path: " + className, e);
        }
    }
}
