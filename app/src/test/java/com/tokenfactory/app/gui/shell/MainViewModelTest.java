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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main window's model without a window: title, the scenario the results are under, and the status lines. The
 * engine runs on a real worker and "the FX thread" is that worker; each wait is for a published result.
 */
class MainViewModelTest {
    private final Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
    private final Workers workers = new Workers();
    private final Semaphore results = new Semaphore(0);
    private final MainViewModel vm = new MainViewModel(plan, Path.of("five.tokenplan"),
            new Recompute(workers, Runnable::run, Duration.ZERO));

    {
        // a change listener, called after the view-model's own (invalidation listeners would come first)
        vm.recompute().outcomeProperty().addListener((o, was, now) -> results.release());
    }

    @AfterEach
    void stop() {
        vm.close();
        assertTrue(workers.close(Duration.ofSeconds(30)));
    }

    private void awaitResult() throws InterruptedException {
        assertTrue(results.tryAcquire(30, TimeUnit.SECONDS), "a result was published");
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
