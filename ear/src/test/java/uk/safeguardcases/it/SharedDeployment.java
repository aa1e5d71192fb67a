package uk.safeguardcases.it;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.ContainerRegistry;
import org.jboss.arquillian.container.spi.context.ContainerContext;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
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
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * One deployment of the product for every test class of a run that deploys it, instead of a deployment and an
 * undeployment per class (about 11 s each on a 2-core machine, a fifth of the suite's time).
 *
 * <p>The shared EAR is the product with everything the run's classes add to it, each class's own {@code @Deployment}
 * method being the one statement of what it needs: their test classes, fixtures and libraries are put together in one
 * WAR. It is deployed for the first such class and undeployed when the server stops. A class marked
 * {@link OwnDeployment} (one that needs a deployment of its own, fresh or different: the benchmarks, whose figures
 * were measured on one) gets its own as before, the shared one taken down for it and put back for the next. Only
 * additions to the WAR are merged: a class that changes the EAR, or replaces a file of the product, needs its own.
 * {@code -Dit.deployment.shared=false} turns sharing off.
 *
 * <p>Tests that run outside the server ({@code @Deployment(testable = false)}) say so with {@code @RunAsClient} as
 * well, since the shared deployment is a testable one.
 */
public class SharedDeployment implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(SharedDeployment.class.getName());
    /** The test classes of the run, from JUnit's test plan; empty before it is known. */
    private static final Set<String> PLANNED = Collections.synchronizedSet(new LinkedHashSet<>());

    @Override
    public void register(ExtensionBuilder builder) {
        if (!"false".equals(System.getProperty("it.deployment.shared"))) {
            builder.observer(Sharing.class);
        }
    }

    /** A test class that needs a deployment of its own (its {@code @Deployment} method's, deployed for it alone). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)
    public @interface OwnDeployment {
    }

    /**
     * The order of the run's test classes (JUnit's {@code junit.jupiter.testclass.order.default}, set in the tests'
     * junit-platform.properties): the order they come in, with the classes of a deployment of their own after the
     * others. The shared deployment, taken down for such a class, then need not be put back for the next (an export
     * of the EAR and a deployment, about 25 s on a 2-core machine, for each such class in the middle of a run).
     */
    public static class OwnDeploymentsLast implements ClassOrderer {

        @Override
        public void orderClasses(ClassOrdererContext context) {
            context.getClassDescriptors().sort(Comparator.comparing(
                    (ClassDescriptor descriptor) -> descriptor.getTestClass().isAnnotationPresent(OwnDeployment.class)));
        }
    }

    /** Records the test classes of the run as JUnit plans it, before any runs. */
    public static class Plan implements TestExecutionListener {

        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            List<TestIdentifier> pending = new ArrayList<>(plan.getRoots());
            while (!pending.isEmpty()) {
                TestIdentifier identifier = pending.remove(pending.size() - 1);
                identifier.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                        .ifPresent(source -> PLANNED.add(source.getClassName()));
                pending.addAll(plan.getChildren(identifier));
            }
        }
    }

    /** Arquillian's side: which deployment a class gets, and when it is deployed and undeployed. */
    public static class Sharing {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        private Instance<ContainerRegistry> containers;

        @Inject
        private Instance<ContainerContext> containerContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployDeployment> undeploy;

        private DeploymentScenario shared;
        private RuntimeException failedToMake;

        public void scenario(@Observes EventContext<GenerateDeployment> context) {
            Class<?> testClass = context.getEvent().getTestClass().getJavaClass();
            if (testClass == Suite.class || !sharing(testClass)) {
                context.proceed();
                return;
            }
            if (failedToMake != null) {
                throw failedToMake; // one broken @Deployment method: not made again for every class
            }
            if (shared == null) {
                try {
                    generate.fire(new GenerateDeployment(new TestClass(Suite.class)));
                } catch (RuntimeException e) {
                    failedToMake = new IllegalStateException("The shared deployment could not be made", e);
                    throw failedToMake;
                }
                shared = classScenario.get();
            } else {
                classScenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            DeploymentScenario scenario = classScenario.get();
            if (shared != null && scenario == shared) {
                for (Deployment deployment : shared.deployments()) {
                    if (deployment.hasDeploymentError()) {
                        throw new IllegalStateException("The shared deployment failed for an earlier class",
                                deployment.getDeploymentError());
                    }
                }
                if (!shared.deployedDeployments().isEmpty()) {
                    return; // deployed for an earlier class
                }
                removeLeftOver(shared);
            } else if (scenario != null && !scenario.managedDeploymentsInDeployOrder().isEmpty()) {
                takeDownShared(); // one product at a time: it has one context root
            }
            context.proceed();
        }

        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (shared == null || classScenario.get() != shared) {
                context.proceed();
            }
        }

        public void serverStops(@Observes BeforeStop event) {
            takeDownShared();
        }

        /**
         * A run cut short (Ctrl-C) leaves the shared deployment in the server's configuration, where the next start
         * deploys it again and the new one would be refused as a duplicate: taken out first, if it is there.
         */
        private void removeLeftOver(DeploymentScenario scenario) {
            for (Deployment deployment : scenario.deployments()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                containerContext.get().activate(container.getName()); // the container's client lives in it
                try {
                    // WildFly's client answers quietly when there is no such deployment
                    container.getDeployableContainer().undeploy(deployment.getDescription().getTestableArchive());
                } catch (Exception notThere) {
                    LOG.fine(() -> "No deployment left by an earlier run: " + notThere);
                } finally {
                    containerContext.get().deactivate();
                }
            }
        }

        private void takeDownShared() {
            if (shared == null) {
                return;
            }
            for (Deployment deployment : shared.deployedDeployments()) {
                Container container = containers.get().getContainer(deployment.getDescription().getTarget());
                if (container.getState() == Container.State.STARTED) {
                    undeploy.fire(new UnDeployDeployment(container, deployment));
                }
            }
        }
    }

    private static boolean sharing(Class<?> testClass) {
        return deploymentMethod(testClass) != null && !testClass.isAnnotationPresent(OwnDeployment.class);
    }

    private static Method deploymentMethod(Class<?> testClass) {
        for (Method method : testClass.getDeclaredMethods()) {
            if (method.isAnnotationPresent(org.jboss.arquillian.container.test.api.Deployment.class)
                    && Modifier.isStatic(method.getModifiers())) {
                return method;
            }
        }
        return null;
    }

    /** The shared deployment: the product with what each class of the run adds to its WAR. */
    public static final class Suite {

        private Suite() {
        }

        @org.jboss.arquillian.container.test.api.Deployment
        static EnterpriseArchive deployment() throws Exception {
            EnterpriseArchive ear = Deployments.productWith();
            WebArchive war = ear.getAsType(WebArchive.class, "safeguard-web.war");
            List<Class<?>> classes = classes();
            LOG.info("One deployment for the test classes " + classes);
            for (Class<?> testClass : classes) {
                EnterpriseArchive own = (EnterpriseArchive) accessible(deploymentMethod(testClass)).invoke(null);
                WebArchive ownWar = own.getAsType(WebArchive.class, "safeguard-web.war");
                for (Node node : ownWar.getContent().values()) {
                    ArchivePath path = node.getPath();
                    if (node.getAsset() != null && !war.contains(path)) {
                        war.add(node.getAsset(), path);
                    }
                }
            }
            return ear;
        }

        /** The run's classes that share the deployment, from the test plan. */
        static List<Class<?>> classes() {
            List<String> names;
            synchronized (PLANNED) {
                names = new ArrayList<>(PLANNED);
            }
            if (names.isEmpty()) {
                throw new IllegalStateException("No test plan seen: " + Plan.class.getName()
                        + " is registered in META-INF/services/org.junit.platform.launcher.TestExecutionListener");
            }
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                try {
                    Class<?> type = Class.forName(name, false, Suite.class.getClassLoader());
                    if (sharing(type)) {
                        classes.add(type);
                    }
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException("A planned test class is not on the class path: " + name, e);
                }
            }
            return classes;
        }

        private static Method accessible(Method method) {
            method.setAccessible(true);
            return method;
        }
    }
}
