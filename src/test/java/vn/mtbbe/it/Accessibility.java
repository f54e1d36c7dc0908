package vn.mtbbe.it;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * WCAG 2.1 AA checks of the pages the browser tests visit, run by {@link Browser} whenever a page has settled:
 * <ul>
 * <li><b>axe-core</b> (Deque's engine, from {@code com.deque.html.axe-core:selenium}) with the rules tagged wcag2a,
 * wcag2aa, wcag21a and wcag21aa, and the few more of {@link #EXTRA_RULES}; no rule is switched off. Any violation fails
 * the test with its rule, impact and the failing elements' selectors;</li>
 * <li><b>form errors</b>: an error shown at a field is announced and tied to its input ({@link #ERRORS});</li>
 * <li><b>reflow</b>: at a 320-px wide window ({@link #NARROW}) the page must not scroll sideways
 * ({@code document.documentElement.scrollWidth <= clientWidth}, the width inside the vertical scroll bar) and no table
 * may be cut off by a box that hides what overflows it; the elements that stick out are named. A table may scroll
 * sideways inside its own box (WCAG 1.4.10 excepts content whose meaning needs two dimensions). The window gets its
 * size back afterwards.</li>
 * </ul>
 * Each distinct page is checked once per run (this JVM): a page is its path, the names of its query parameters
 * (so {@code ?tab=compare} is another page, {@code ?code=X} and {@code ?code=Y} are one), the reader's role (told by
 * the page menu the role gets), whether it shows a form error, and its language. All the rules run once for a page in
 * the first language it is seen in; in every other language only the rules whose outcome can depend on the words
 * ({@link #LANGUAGE_RULES}: names, labels, lang attributes), the form-error check and the reflow check run again: the
 * colours and the structure do not change with the language, and colour contrast is most of axe's time.
 * System property {@code a11y}: {@code fail} (the default) fails a test on the first problem of a page, {@code report}
 * writes every problem to {@code target/a11y-report.txt} (or {@code a11y.report}) and the standard output instead,
 * {@code off} checks nothing.
 */
final class Accessibility {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Rules run besides the tagged ones: axe's WCAG 2.1 A/AA rules still marked experimental (the tags alone leave
     * them out; label-content-name-mismatch is WCAG 2.5.3, td-has-header asks a header for every cell of a large
     * table), and heading-order and empty-heading (best practice in axe, but headings in order are asked here).
     */
    static final List<String> EXTRA_RULES = List.of("label-content-name-mismatch", "css-orientation-lock",
            "p-as-heading", "table-fake-caption", "td-has-header", "heading-order", "empty-heading");

    /** Rules whose outcome may change with the interface language; the others are checked in one language. */
    static final List<String> LANGUAGE_RULES = List.of("label-content-name-mismatch", "label", "button-name",
            "link-name", "input-button-name", "select-name", "aria-input-field-name", "aria-toggle-field-name",
            "aria-command-name", "aria-progressbar-name", "aria-meter-name", "aria-tooltip-name", "image-alt",
            "svg-img-alt", "role-img-alt", "input-image-alt", "object-alt", "area-alt", "document-title",
            "frame-title", "html-has-lang", "html-lang-valid", "html-xml-lang-mismatch", "valid-lang",
            "empty-heading", "duplicate-id-aria", "th-has-data-cells", "td-headers-attr");

    /**
     * Width of the reflow check's window: 320 CSS px, the width WCAG 1.4.10 asks content to reflow at (phones here
     * are 360 px wide); system property {@code a11y.width} sets another.
     */
    static final int NARROW = Integer.getInteger("a11y.width", 320);

    private static final String MODE = System.getProperty("a11y", "fail");
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();
    private static final Set<String> CHECKED_ALL_RULES = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NANOS = new AtomicLong();
    private static final AtomicLong PAGES = new AtomicLong();
    private static volatile String axeSource;

    /** What the checks cost this run, e.g. "... 54 pages checked in 26.0 s" ({@link Browser#close()} prints it). */
    static String summary() {
        return String.format(java.util.Locale.ROOT, "Accessibility (WCAG 2.1 AA): %d pages checked in %.1f s", PAGES.get(),
                NANOS.get() / 1e9);
    }

    private Accessibility() {
    }

    /**
     * What identifies the page shown: path, names of the query parameters, role, error state and language; null
     * for anything that is not one of the application's HTML pages.
     */
    private static final String KEY = """
            if (document.contentType !== 'text/html' || !location.href.startsWith(arguments[0])) return null;
            const names = [...new URLSearchParams(location.search).keys()].sort().join('&');
            const role = document.querySelector('.app-user-role');
            const menu = [...document.querySelectorAll('.app-nav a[id]')].map(a => a.id.replace('nav-', '')).join(',');
            const error = document.querySelector('.ui-state-error, .ui-message-error, [aria-invalid="true"], .notice-error');
            return [location.pathname + (names ? '?' + names : ''), role ? role.textContent.trim() : 'public',
                    error ? 'error' : '', document.documentElement.lang, menu];
            """;

    /**
     * Runs axe on the document; answers a list of violations, each {id, impact, help, nodes: [[target, summary]]}.
     */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const tags = arguments[0], extra = arguments[1], only = arguments[2];
            const options = {resultTypes: ['violations']};
            if (only) {
                options.runOnly = {type: 'rule', values: only};
            } else {
                options.runOnly = {type: 'tag', values: tags};
                options.rules = Object.fromEntries(extra.map(id => [id, {enabled: true}]));
            }
            axe.run(document, options).then(r => done(r.violations
                    .filter(v => extra.includes(v.id) || v.tags.some(t => tags.includes(t)))
                    .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => [n.target.join(' '), n.failureSummary || ''])}))),
                e => done('axe failed: ' + e));
            """;

    /**
     * Form errors must reach a screen reader: an error message of a form field (m:field) is announced (inside
     * role="alert" or aria-live) and tied to its input, which says it is invalid (aria-invalid="true",
     * aria-describedby naming the message); any input marked invalid is described by some text; the page's messages
     * are a live region. Answers the problems found.
     */
    private static final String ERRORS = """
            const problems = [];
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
            const described = e => (e.getAttribute('aria-describedby') || '').split(/\\s+/).filter(id => id);
            for (const field of document.querySelectorAll('.form-field')) {
                const message = field.querySelector('.form-message.ui-message-error');
                if (!message || !message.textContent.trim()) continue;
                const text = '"' + message.textContent.trim() + '"';
                const label = field.querySelector('label[for]');
                const input = label && document.getElementById(label.htmlFor);
                if (!input) { problems.push(text + ' has no input labelled in its field'); continue; }
                if (input.getAttribute('aria-invalid') !== 'true') problems.push(name(input) + ' shows ' + text + ' but is not aria-invalid');
                if (!message.id || !described(input).includes(message.id)) problems.push(name(input) + ' is not described by its error ' + text);
                if (!message.closest('[role="alert"], [aria-live]')) problems.push(text + ' is not announced (no role="alert" or aria-live)');
            }
            for (const input of document.querySelectorAll('[aria-invalid="true"]')) {
                if (!described(input).some(id => document.getElementById(id) && document.getElementById(id).textContent.trim()))
                    problems.push(name(input) + ' is aria-invalid without a description saying why');
            }
            for (const messages of document.querySelectorAll('.ui-messages')) {
                if (!messages.closest('[aria-live], [role="alert"], [role="status"]')) problems.push(name(messages) + ' is not a live region');
            }
            return problems;
            """;

    /**
     * Waits for the layout at the new width (two frames, then up to a second for charts that resize themselves), and
     * answers null when nothing sticks out, else the page's width and the outermost elements reaching past it.
     */
    private static final String OVERFLOW = """
            const done = arguments[arguments.length - 1];
            const root = document.documentElement;
            const started = performance.now();
            function describe(e) {
                let s = e.tagName.toLowerCase();
                if (e.id) s += '#' + e.id;
                else if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\\s+/).slice(0, 3).join('.');
                return s;
            }
            /* A table wider than a box that hides what overflows is cut off (the list tables' rounded frames do). */
            function cut() {
                const found = [];
                for (const t of document.querySelectorAll('table')) {
                    const r = t.getBoundingClientRect();
                    if (r.width === 0) continue;
                    for (let p = t.parentElement; p && p !== document.body; p = p.parentElement) {
                        const ox = getComputedStyle(p).overflowX;
                        if (ox === 'auto' || ox === 'scroll') break;
                        if ((ox === 'hidden' || ox === 'clip') && r.right > p.getBoundingClientRect().right + 1) {
                            found.push(describe(t) + ' (ends at ' + Math.round(r.right) + ' px, cut at '
                                    + Math.round(p.getBoundingClientRect().right) + ' px by ' + describe(p) + ')');
                            break;
                        }
                    }
                }
                return found.length ? 'tables cut off in a ' + root.clientWidth + '-px window: ' + found.join(', ') : null;
            }
            function check() {
                if (root.scrollWidth <= root.clientWidth) { done(cut()); return; }
                if (performance.now() - started < 1000) { setTimeout(check, 100); return; }
                const width = root.clientWidth, found = [];
                for (const e of document.body.querySelectorAll('*')) {
                    const r = e.getBoundingClientRect();
                    if (r.width === 0 || r.right <= width + 0.5) continue;
                    let p = e.parentElement, inside = false;
                    while (p && p !== document.body) {
                        const pr = p.getBoundingClientRect();
                        const ox = getComputedStyle(p).overflowX;
                        if (pr.right > width + 0.5 || ox === 'auto' || ox === 'scroll' || ox === 'hidden') { inside = true; break; }
                        p = p.parentElement;
                    }
                    if (!inside) found.push(describe(e) + ' (ends at ' + Math.round(r.right) + ' px)');
                    if (found.length >= 8) break;
                }
                if (!found.length) {
                    /* Nothing sticks out on its own: e.g. an absolutely placed element escaping a scrolling box that
                       is not its containing block. Name what reaches furthest. */
                    const far = [...document.body.querySelectorAll('*')].map(e => [e, e.getBoundingClientRect().right])
                            .filter(([e, right]) => right > width + 0.5).sort((a, b) => b[1] - a[1]).slice(0, 5);
                    for (const [e, right] of far) found.push(describe(e) + ' (ends at ' + Math.round(right) + ' px)');
                }
                done('the page is ' + root.scrollWidth + ' px wide in a ' + width + '-px window: ' + found.join(', '));
            }
            requestAnimationFrame(() => requestAnimationFrame(check));
            """;

    /** Checks the page shown, once per distinct page of the run. */
    static void check(WebDriver driver, String base) {
        if ("off".equals(MODE)) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object k;
        try {
            k = js.executeScript(KEY, base);
        } catch (RuntimeException betweenDocuments) {
            return;
        }
        if (!(k instanceof List<?> parts)) {
            return;
        }
        String error = parts.get(2).toString().isEmpty() ? "" : " (with an error)";
        // The role is told apart by the page menu it gets (its name in the header is in the page's language).
        String page = parts.get(0) + " [" + parts.get(4) + "]" + error;
        String key = page + " " + parts.get(3);
        String shown = parts.get(0) + " " + parts.get(1) + error + " " + parts.get(3);
        if (!CHECKED.add(key)) {
            return;
        }
        long start = System.nanoTime();
        PAGES.incrementAndGet();
        List<String> problems = new ArrayList<>();
        try {
            boolean allRules = CHECKED_ALL_RULES.add(page);
            js.executeScript(axeSource() + ";\nreturn true;");
            Object result = js.executeAsyncScript(RUN, TAGS, EXTRA_RULES, allRules ? null : LANGUAGE_RULES);
            if (result instanceof String failure) {
                problems.add(failure);
            } else {
                for (Object v : (List<?>) result) {
                    Map<?, ?> violation = (Map<?, ?>) v;
                    StringBuilder s = new StringBuilder(violation.get("id") + " (" + violation.get("impact") + "): "
                            + violation.get("help"));
                    List<?> nodes = (List<?>) violation.get("nodes");
                    for (Object n : nodes.subList(0, Math.min(nodes.size(), 6))) {
                        List<?> node = (List<?>) n;
                        s.append("\n      ").append(node.get(0)).append("  — ")
                                .append(node.get(1).toString().replaceAll("\\s+", " "));
                    }
                    if (nodes.size() > 6) {
                        s.append("\n      … and ").append(nodes.size() - 6).append(" more");
                    }
                    problems.add(s.toString());
                }
            }
            for (Object problem : (List<?>) js.executeScript(ERRORS)) {
                problems.add("form errors (WCAG 3.3.1, 4.1.3): " + problem);
            }
            String overflow = narrow(driver);
            if (overflow != null) {
                problems.add("reflow (WCAG 1.4.10): " + overflow);
            }
        } finally {
            NANOS.addAndGet(System.nanoTime() - start);
        }
        if (problems.isEmpty()) {
            return;
        }
        String message = "Accessibility of " + shown + " (WCAG 2.1 AA):\n  - " + String.join("\n  - ", problems);
        if ("report".equals(MODE)) {
            report(message);
        } else {
            throw new AssertionError(message);
        }
    }

    /** The reflow check at {@link #NARROW} px; the window gets its size back afterwards. */
    private static String narrow(WebDriver driver) {
        WebDriver.Window window = driver.manage().window();
        Dimension size = window.getSize();
        boolean resize = size.getWidth() > NARROW;
        if (resize) {
            window.setSize(new Dimension(NARROW, size.getHeight()));
        }
        try {
            return (String) ((JavascriptExecutor) driver).executeAsyncScript(OVERFLOW);
        } finally {
            if (resize) {
                window.setSize(size);
            }
        }
    }

    private static synchronized void report(String message) {
        System.out.println(message);
        try {
            java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("a11y.report", "target/a11y-report.txt"));
            java.nio.file.Files.writeString(file, message + "\n\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }
}
