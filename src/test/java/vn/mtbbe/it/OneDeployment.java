package vn.mtbbe.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.AfterStart;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * An Arquillian extension that deploys {@link Deployments#application()} once, when the container starts, and
 * lets every test class of the run use it; it is undeployed when the container stops. Payara Micro's
 * adapter starts a new server for each deployment (10–30 s each), so a deployment per test class would
 * make the suite grow by that much with every class. Test classes therefore declare no {@code @Deployment}
 * of their own; whatever state a test needs it makes itself, through the API or the database.
 * <p>
 * How: Arquillian generates and deploys a class's scenario in events fired before the class
 * ({@link GenerateDeployment}, {@link DeployManagedDeployments}) and undeploys it after the class. This
 * extension intercepts those events: it lets through only the ones it fires itself (inside a class context of
 * its own) and gives every test class the shared scenario instead, so that resources such as the
 * deployment's URL resolve as usual.
 */
public class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer doing the work; Arquillian creates one per test run. */
    public static class Deployer {

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<DeployManagedDeployments> deploy;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        /** True while this observer fires the container events itself, which must then go through. */
        private boolean own;

        public void deployOnce(@Observes AfterStart started) {
            if (shared != null) {
                return;
            }
            inOwnClassContext(() -> {
                generate.fire(new GenerateDeployment(new TestClass(Deployments.class)));
                shared = scenario.get();
                deploy.fire(new DeployManagedDeployments());
            });
        }

        public void undeployAtTheEnd(@Observes BeforeStop stopping) {
            if (shared == null) {
                return;
            }
            inOwnClassContext(() -> {
                scenario.set(shared);
                undeploy.fire(new UnDeployManagedDeployments());
            });
            shared = null;
        }

        public void shareScenario(@Observes EventContext<GenerateDeployment> event) {
            if (own) {
                event.proceed();
            } else if (shared != null) {
                scenario.set(shared);
            } else {
                throw new IllegalStateException("The shared deployment was not made (did the container start?)");
            }
        }

        public void deployOnlyOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (own) {
                event.proceed();
            }
        }

        public void keepDeployed(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (own) {
                event.proceed();
            }
        }

        private void inOwnClassContext(Runnable work) {
            ClassContext context = classContext.get();
            context.activate(Deployments.class);
            own = true;
            try {
                work.run();
            } finally {
                own = false;
                context.deactivate();
            }
        }
    }
}
