package com.tokenfactory.app.gui.shell;

import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.results.Recompute;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.fx.ResultChartViewer;
import com.tokenfactory.samples.Samples;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark, not a test: how long from an edit, and from a scenario switch, to every chart of the Results tab
 * redrawn, in the real window (headless under Monocle), on the five-year-commitment sample. Each edit renames the plan
 * (the engine runs and every chart is rebuilt: their subtitles name the plan); each switch goes from the base plan to
 * the first scenario or back. The clock stops at the first pulse after all six chart viewers hold and have drawn their
 * new charts. Prints the figures, with the CPU time per edit (all threads, and the FX thread's alone) and the load
 * average, since the wall time on a shared machine measures the others' load too; asserts nothing about time. Tagged "bench", so the test
 * run leaves it out; run it with
 * {@code ./mvnw -o -pl app -am test -Dtest=RedrawBench -Dsurefire.failIfNoSpecifiedTests=false -Dtest.excludedGroups=needs-display}.
 */
@Tag("bench")
@ExtendWith(ApplicationExtension.class)
class RedrawBench extends AppWindowTest {
    private static final int WARM_UP = 5;
    private static final int MEASURED = 20;

    @Start
    void start(Stage stage) {
        open(stage, Samples.open(Samples.FIVE_YEAR_COMMITMENT), null, Recompute.DEFAULT_DEBOUNCE); // as the app runs
    }

    private Map<ChartKind, JFreeChart> shownCharts() {
        Map<ChartKind, JFreeChart> charts = new EnumMap<>(ChartKind.class);
        for (ChartKind kind : ChartKind.values()) {
            window.dashboard().viewer(kind).map(ResultChartViewer::getChart).ifPresent(c -> charts.put(kind, c));
        }
        return charts;
    }

    @Test
    void editToEveryChartRedrawn() throws Exception {
        measure("edit", i -> {
            String name = "Five-year commitment, edit " + i;
            window.viewModel().document().apply(PlanEdit.of("Rename", p -> p.withName(name)));
        });
    }

    /** A switch between the base plan and a scenario: every figure changes, and so every chart. */
    @Test
    void scenarioSwitchToEveryChartRedrawn() throws Exception {
        String scenario = onFx(() -> plan().scenarios().get(0).id());
        measure("scenario switch", i -> window.viewModel().scenarioIdProperty().set(i % 2 == 0 ? scenario : null));
    }

    /** Does {@code action} (on the FX thread) again and again, each time timing it to every chart redrawn. */
    private void measure(String what, java.util.function.IntConsumer action) throws Exception {
        fx(() -> window.tabs().getSelectionModel().select(MainWindow.RESULTS_TAB));
        awaitResult();
        await(() -> onFx(() -> shownCharts().size()) == ChartKind.values().length);
        List<Double> millis = new ArrayList<>();
        List<Double> engine = new ArrayList<>();
        List<Double> toResult = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        long[] cpu = new long[2];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            if (i == WARM_UP) {
                cpu[0] = processCpuNanos();
                cpu[1] = threads.getThreadCpuTime(fxThread);
            }
            int n = i;
            long[] times = new long[3];
            CountDownLatch drawn = new CountDownLatch(1);
            fx(() -> {
                Map<ChartKind, JFreeChart> before = shownCharts();
                Runnable[] check = new Runnable[1];
                check[0] = () -> {
                    Map<ChartKind, JFreeChart> now = shownCharts();
                    boolean allNew = now.size() == before.size()
                            && now.entrySet().stream().noneMatch(e -> e.getValue() == before.get(e.getKey()));
                    if (allNew) {
                        times[1] = System.nanoTime();
                        window.scene().removePostLayoutPulseListener(check[0]);
                        drawn.countDown();
                    }
                };
                window.scene().addPostLayoutPulseListener(check[0]);
                window.viewModel().resultProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends com.tokenfactory.core.result
                            .SimulationResult> o, com.tokenfactory.core.result.SimulationResult was,
                                        com.tokenfactory.core.result.SimulationResult now) {
                        times[2] = System.nanoTime();
                        o.removeListener(this);
                    }
                });
                times[0] = System.nanoTime();
                action.accept(n);
            });
            if (!drawn.await(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the charts were not redrawn after " + what + " " + i);
            }
            if (i >= WARM_UP) {
                millis.add((times[1] - times[0]) / 1e6);
                toResult.add((times[2] - times[0]) / 1e6);
                engine.add((double) onFx(() -> window.viewModel().recompute().getOutcome().elapsed().toNanos()) / 1e6);
            }
        }
        double processCpu = (processCpuNanos() - cpu[0]) / 1e6 / MEASURED;
        double fxCpu = (threads.getThreadCpuTime(fxThread) - cpu[1]) / 1e6 / MEASURED;
        System.out.printf("RedrawBench: %s → all six charts redrawn, %d of five-year-commitment after %d to warm up:"
                        + " median %.0f ms, 90th percentile %.0f ms, max %.0f ms; of which to the result on the FX"
                        + " thread median %.0f ms (debounce %d ms, engine median %.1f ms); CPU per %s %.0f ms (all"
                        + " threads), %.0f ms on the FX thread; load average %.1f%n",
                what, MEASURED, WARM_UP, percentile(millis, 50), percentile(millis, 90), percentile(millis, 100),
                percentile(toResult, 50), Recompute.DEFAULT_DEBOUNCE.toMillis(), percentile(engine, 50), what,
                processCpu, fxCpu,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** CPU time of every thread of this JVM, JIT and GC included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
