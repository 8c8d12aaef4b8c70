package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.Tornado;
import com.tokenfactory.samples.Samples;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UncertaintyViewModelTest {
    private final Plan plan = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
    private final PlanDocument document = new PlanDocument(plan, null);
    private final AtomicInteger published = new AtomicInteger();
    private final List<Runnable> queued = new ArrayList<>();
    private final UncertaintyViewModel direct = new UncertaintyViewModel(document, new SimpleObjectProperty<>(null),
            Runnable::run, r -> {
        published.incrementAndGet();
        r.run();
    });

    @Test
    void listsEveryInputWithItsDistributionAndItsP10AndP90() {
        List<UncertaintyViewModel.InputRow> rows = direct.inputs();
        assertEquals(plan.uncertainty().inputs().size(), rows.size());
        UncertaintyViewModel.InputRow grid = rows.stream().filter(r -> r.id().equals("grid-slip")).findFirst()
                .orElseThrow();
        assertEquals("discrete 0, 6, 12 at 60%, 30%, 10%", grid.distribution());
        assertEquals("+0 mo", grid.p10());
        assertEquals("+6 mo", grid.p90());
        assertTrue(grid.source().startsWith("assumption"), grid.source());
    }

    @Test
    void aRunPublishesItsFiguresOnTheFxThreadAndSaysWhatItFound() {
        direct.trialsProperty().set(24);
        assertTrue(direct.run());
        MonteCarloResult r = direct.resultProperty().get();
        assertTrue(r.finished());
        assertEquals(24, r.trialsRun());
        assertEquals(1.0, direct.progressProperty().get());
        assertFalse(direct.runningProperty().get());
        assertTrue(published.get() >= 2, "the last snapshot and the finish both go through the FX thread");
        assertTrue(direct.statusProperty().get().startsWith("Ran 24 trials in "), direct.statusProperty().get());
        assertTrue(direct.statusProperty().get().contains("probability of loss"), direct.statusProperty().get());
        String drivers = UncertaintyViewModel.drivers(r);
        var strongest = r.sensitivities().get(0);
        assertTrue(drivers.startsWith("What moves NPV (rank correlation over the trials): "
                + (strongest.rankCorrelation() < 0 ? "\u2212" : "+")
                + String.format(java.util.Locale.ROOT, "%.2f ", Math.abs(strongest.rankCorrelation()))
                + strongest.name()), drivers);
    }

    @Test
    void cancelKeepsWhatWasFoldedAndSaysSo() {
        UncertaintyViewModel vm = new UncertaintyViewModel(document, new SimpleObjectProperty<>(null), queued::add,
                Runnable::run);
        vm.trialsProperty().set(500);
        assertTrue(vm.run());
        assertTrue(vm.runningProperty().get());
        assertFalse(vm.run(), "one run at a time");
        vm.cancel();
        queued.remove(0).run();
        assertFalse(vm.runningProperty().get());
        assertTrue(vm.resultProperty().get().cancelled());
        assertTrue(vm.resultProperty().get().trialsRun() < 500);
        assertTrue(vm.statusProperty().get().startsWith("Cancelled after 0 trials"), vm.statusProperty().get());
    }

    @Test
    void badTrialCountsAreRefusedWithTheReason() {
        direct.trialsProperty().set(0);
        assertFalse(direct.run());
        assertEquals("trials must be 1 to 100000, was 0", direct.statusProperty().get());
    }

    @Test
    void tornadoIsTheCoresForTheDocumentsPlan() {
        direct.runTornado(Kpi.NPV);
        Tornado.Result t = direct.tornadoProperty().get();
        assertEquals(Tornado.of(plan, null, Kpi.NPV).bars(), t.bars());
    }

    @Test
    void goalSeekIsOneUndoableEditThatTheEngineConfirms() {
        String message = direct.goalSeek("tokenPrice", Kpi.NPV, 0);
        assertTrue(message.contains("Applied"), message);
        Plan after = document.getPlan();
        assertNotEquals(plan, after);
        assertEquals(0.0, Engine.simulate(after).kpis().npv(), 1e6);
        assertEquals("Goal seek Token price for NPV 0", document.undoNameProperty().get());
        document.undo();
        assertSame(plan, document.getPlan());
        assertTrue(direct.goalSeek("discountRate", Kpi.PEAK_POWER, 1e9).startsWith("no discountRate from"));
    }

    @Test
    void comparesTheBaseWithTheScenarios() {
        assertEquals(List.of("base", "slow-demand", "bubble", "grid-late", "no-efficiency", "price-war"),
                direct.comparableIds());
        var c = direct.compare(List.of("base", "bubble"));
        assertEquals(Engine.simulate(plan, "bubble").kpis().npv() - Engine.simulate(plan).kpis().npv(),
                c.kpis().get(0).deltas()[1]);
    }
}
