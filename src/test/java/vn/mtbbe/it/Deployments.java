package vn.mtbbe.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment all integration tests share: the WAR the build just packaged (the artefact that
 * ships), with the in-container test classes added where a test runs inside the server.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("mtbbe.war", "target/mtbbe.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first (mvn verify builds " + war + ")");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /** The application with test classes that run inside the server. */
    public static WebArchive applicationWith(Class<?>... testClasses) {
        return application().addClasses(testClasses);
    }
}
