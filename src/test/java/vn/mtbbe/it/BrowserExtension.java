package vn.mtbbe.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.lang.reflect.Field;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * The page tests' browser: one headless Chromium for the whole run (starting one costs seconds), given to each
 * test through its {@link Browser} field, reset to a first visit (signed out, no language chosen). Register it
 * after {@code ArquillianExtension}, which injects the deployment's {@code @ArquillianResource URL} the browser
 * opens. Tests tagged {@value #NO_BROWSER} get none. Where Chromium is missing the tests are skipped or, with
 * {@code browser.tests=required}, failed. A test that fails leaves a screenshot of what the browser showed.
 */
public final class BrowserExtension implements BeforeEachCallback, TestWatcher {

    /** Tag of tests that speak HTTP only and run without a browser. */
    public static final String NO_BROWSER = "no-browser";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** The run's browser, closed by JUnit when the run ends. */
    private record Shared(Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        if (context.getTags().contains(NO_BROWSER)) {
            return;
        }
        Browser.assumeInstalled();
        Object test = context.getRequiredTestInstance();
        URL deployment = deploymentUrl(test);
        Browser browser = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Shared.class, type -> new Shared(Browser.open(deployment)), Shared.class)
                .browser().forgetEverything();
        for (Field field : fields(test.getClass())) {
            if (field.getType() == Browser.class) {
                field.setAccessible(true);
                field.set(test, browser);
            }
        }
        context.getStore(NAMESPACE).put(Used.class, new Used(browser));
    }

    /** The browser a test used; not closeable, so that JUnit leaves it open when the test's store is closed. */
    private record Used(Browser browser) {
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Used used = context.getStore(NAMESPACE).get(Used.class, Used.class);
        if (used != null) {
            try {
                used.browser().screenshot("failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
    }

    private static URL deploymentUrl(Object test) throws IllegalAccessException {
        for (Field field : fields(test.getClass())) {
            if (field.getType() == URL.class && field.isAnnotationPresent(ArquillianResource.class)) {
                field.setAccessible(true);
                URL url = (URL) field.get(test);
                if (url != null) {
                    return url;
                }
            }
        }
        throw new IllegalStateException(test.getClass().getSimpleName()
                + " needs an @ArquillianResource URL field, and ArquillianExtension registered before BrowserExtension");
    }

    private static Iterable<Field> fields(Class<?> type) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            all.addAll(List.of(c.getDeclaredFields()));
        }
        return all;
    }
}
