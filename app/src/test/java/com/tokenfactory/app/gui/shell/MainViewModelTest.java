package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.results.Recompute;
import com.tokenfactory.app.gui.work.Workers;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.samples.Samples;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main window's model without a window: title, the scenario the results are under, and the status lines. The
 * engine runs on a real worker; what it publishes runs on the test's thread, as on the FX thread, when the test
 * takes it.
 */
class MainViewModelTest {
    private final Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
    private final Workers workers = new Workers();
    /** "The FX thread" is this test's thread: what the recompute publishes waits here until the test runs it. */
    private final BlockingQueue<Runnable> fxThread = new LinkedBlockingQueue<>();
    private final MainViewModel vm = new MainViewModel(plan, Path.of("five.tokenplan"),
            new Recompute(workers, fxThread::add, Duration.ZERO));

    @AfterEach
    void stop() {
        vm.close();
        assertTrue(workers.close(Duration.ofSeconds(30)));
    }

    /** Runs what the recompute hands to the FX thread until a new result is published. */
    private void awaitResult() throws InterruptedException {
        var before = vm.recompute().getOutcome();
        while (vm.recompute().getOutcome() == before) {
            Runnable publish = fxThread.poll(30, TimeUnit.SECONDS);
            assertNotNull(publish, "a result was published");
            publish.run();
        }
    }

    @Test
    void theTitleNamesThePlanItsFileAndUnsavedChanges() throws Exception {
        awaitResult();
        assertEquals(plan.name() + " — five.tokenplan — Token Factory Planner", vm.titleProperty().get());
        vm.document().apply(PlanEdit.of("Rename", p -> p.withName("Renamed")));
        assertEquals("• Renamed — five.tokenplan — Token Factory Planner", vm.titleProperty().get());
    }

    @Test
    void theStatusSaysWhenItRecomputedAndCountsProblems() throws Exception {
        awaitResult();
        assertTrue(vm.recomputeStatusProperty().get().matches("Recomputed in \\d+ ms at \\d\\d:\\d\\d:\\d\\d"),
                vm.recomputeStatusProperty().get());
        assertTrue(vm.problemsStatusProperty().get().equals("No plan problems")
                || vm.problemsStatusProperty().get().matches("\\d+ errors? · \\d+ warnings?"),
                vm.problemsStatusProperty().get());
        assertEquals(plan.name(), vm.getResult().planName());
    }

    @Test
    void aScenarioRemovedFromThePlanPutsTheResultsBackOnTheBasePlan() throws Exception {
        awaitResult();
        String id = plan.scenarios().get(0).id();
        vm.scenarioIdProperty().set(id);
        awaitResult();
        assertEquals(id, vm.getResult().scenarioId());
        assertEquals("Scenario: " + plan.scenarios().get(0).name(), vm.scenarioLabel());
        vm.document().apply(PlanEdit.of("Remove scenarios", p -> p.withScenarios(java.util.List.of())));
        assertNull(vm.scenarioIdProperty().get());
        assertEquals("Base plan", vm.scenarioLabel());
        awaitResult();
        assertNull(vm.getResult().scenarioId());
    }
}
