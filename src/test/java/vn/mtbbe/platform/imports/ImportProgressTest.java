package vn.mtbbe.platform.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.mtbbe.platform.cluster.SharedCaches;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.mtbbe.platform.imports.ImportProgress.Phase.CHECKING;
import static vn.mtbbe.platform.imports.ImportProgress.Phase.DONE;
import static vn.mtbbe.platform.imports.ImportProgress.Phase.READING;
import static vn.mtbbe.platform.imports.ImportProgress.Phase.WRITING;

/** Import progress on a node without the data grid. */
class ImportProgressTest {

    final ImportProgress progress = new ImportProgress();

    @BeforeEach
    void start() {
        progress.caches = SharedCaches.inThisProcess();
        progress.start();
    }

    @Test
    void onlyTheAccountThatRunsAnImportSeesIt() {
        progress.start("job-12345678", "officer.laocai").report(CHECKING, 3, 10);
        assertEquals(CHECKING, progress.state("job-12345678", "officer.laocai").orElseThrow().phase());
        assertTrue(progress.state("job-12345678", "officer.gialai").isEmpty());
        assertTrue(progress.state("job-unknown1", "officer.laocai").isEmpty());
        assertTrue(progress.state(null, "officer.laocai").isEmpty());
    }

    @Test
    void idsThatAreNotPlainTokensAreIgnored() {
        assertEquals(ImportProgress.Reporter.NONE, progress.start("../../x", "officer.laocai"));
        assertEquals(ImportProgress.Reporter.NONE, progress.start("short", "officer.laocai"));
    }

    @Test
    void reportsWithinOnePhaseAreThinnedButPhaseChangesAndTheEndAlwaysGetThrough() {
        ImportProgress.Reporter reporter = progress.start("job-abcdefgh", "u");
        reporter.report(READING, 1000, 0);
        reporter.report(READING, 2000, 0);
        assertEquals(0, state().done(), "within 250 ms of the READING report the start made");
        reporter.report(WRITING, 1, 40);
        assertEquals(WRITING, state().phase());
        reporter.report(WRITING, 2, 40);
        assertEquals(1, state().done());
        reporter.report(WRITING, 40, 40);
        assertEquals(40, state().done(), "the last item of a phase");
        reporter.report(DONE, 0, 0);
        assertEquals(DONE, state().phase());
    }

    private ImportProgress.State state() {
        return progress.state("job-abcdefgh", "u").orElseThrow();
    }
}
