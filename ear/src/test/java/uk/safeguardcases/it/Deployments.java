package uk.safeguardcases.it;

import java.io.File;
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
        war.addClass(Deployments.class);
        return ear;
    }
}
