package vn.mtbbe.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import vn.mtbbe.it.server.WebFixtures;

import java.io.File;

/**
 * The one deployment of the integration tests, made once per run by {@link OneDeployment}: the WAR the build
 * just packaged (the artefact that ships), plus the package {@code vn.mtbbe.it.server}, whose tests and
 * fixtures run inside the server. Every other test talks to the deployment from outside, as a client.
 */
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive application() {
        File war = new File(System.getProperty("mtbbe.war", "target/mtbbe.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first (mvn verify builds " + war + ")");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addPackage(WebFixtures.class.getPackage());
    }
}
