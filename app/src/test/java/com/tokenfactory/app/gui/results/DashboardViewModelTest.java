package com.tokenfactory.app.gui.results;

import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.samples.Samples;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardViewModelTest {
    private final Plan plan = Samples.open(Samples.FUNGIBLE_FLEET);
    private final PlanDocument document = new PlanDocument(plan, null);
    private final Selection selection = new Selection();
    private final SimpleObjectProperty<SimulationResult> result = new SimpleObjectProperty<>(Engine.simulate(plan));
    private final DashboardViewModel vm = new DashboardViewModel(document, selection, result, Runnable::run, Runnable::run);

    @Test
    void buildsEveryChartForThePeriodAndTheme() {
        assertEquals(Set.of(ChartKind.values()), vm.chartsProperty().get().byKind().keySet());
        vm.periodProperty().set(Period.YEARLY);
        vm.styleProperty().set(ChartStyle.DARK);
        assertEquals(Period.YEARLY, vm.chartsProperty().get().period());
        assertEquals(ChartStyle.DARK.background(), vm.chartsProperty().get().byKind().get(ChartKind.CAPEX)
                .getBackgroundPaint());
    }

    @Test
    void comparedScenariosAreOverlaidOnEveryChartAndLeaveWhenUnticked() {
        Plan five = Samples.open(Samples.FIVE_YEAR_COMMITMENT);
        PlanDocument doc = new PlanDocument(five, null);
        var shown = new SimpleObjectProperty<>(Engine.simulate(five));
        DashboardViewModel d = new DashboardViewModel(doc, new Selection(), shown, Runnable::run, Runnable::run);
        assertEquals("Base plan", d.comparable().get(com.tokenfactory.core.uncertainty.ScenarioComparison.BASE));
        assertEquals("Grid a year late", d.comparable().get("grid-late"));
        int plain = d.chartsProperty().get().byKind().get(ChartKind.CASH_FLOW).getXYPlot().getDatasetCount();
        d.compared().add("grid-late");
        var cash = d.chartsProperty().get().byKind().get(ChartKind.CASH_FLOW).getXYPlot();
        assertEquals(plain + 1, cash.getDatasetCount());
        var line = cash.getDataset(plain);
        assertEquals("Grid a year late: cumulative cash flow", line.getSeriesKey(0));
        SimulationResult late = Engine.simulate(five, "grid-late");
        double end = late.totals().freeCashFlow().total();
        assertEquals(end, line.getYValue(0, line.getItemCount(0) - 1), 1e-6 * Math.abs(end),
                "the line ends at the scenario's own cumulative cash flow");
        for (ChartKind kind : ChartKind.values()) {
            var chart = d.chartsProperty().get().byKind().get(kind);
            var plot = chart.getPlot() instanceof org.jfree.chart.plot.CombinedDomainXYPlot c ? c.getSubplots().get(0)
                    : chart.getXYPlot();
            var last = plot.getDataset(plot.getDatasetCount() - 1);
            assertTrue(last.getSeriesKey(0).toString().startsWith("Grid a year late: "), kind + " overlays it");
        }
        d.compared().remove("grid-late");
        assertEquals(plain, d.chartsProperty().get().byKind().get(ChartKind.CASH_FLOW).getXYPlot().getDatasetCount());
    }

    @Test
    void aSkuSeriesSelectsEveryPodOfThatSku() {
        List<String> ids = vm.highlight(SeriesKey.sku("H100-SXM"));
        assertEquals(2, ids.size(), "Pennsylvania hall A and Ohio hall 1 hold H100s");
        assertEquals(Set.copyOf(ids), selection.ids());
        assertEquals("NVIDIA H100 SXM (HGX): 2 pods and contracts, 65,000 GPUs", vm.highlightedProperty().get());
    }

    @Test
    void siteAndWorkloadSeriesSelectTheirElement() {
        assertEquals(List.of("pa-campus"), vm.highlight(SeriesKey.site("pa-campus")));
        assertEquals("site Pennsylvania campus", vm.highlightedProperty().get());
        assertEquals(List.of("api"), vm.highlight(SeriesKey.service("api")));
        assertEquals("api", selection.getPrimary());
        assertTrue(vm.highlight(SeriesKey.total(SeriesKey.MARGIN)).isEmpty(), "a plan-wide series selects nothing");
        assertEquals("api", selection.getPrimary());
    }

    @Test
    void theSelectionsSeriesAreEmphasized() {
        assertEquals(Set.of(), vm.emphasizedProperty().get());
        selection.select("pa-campus");
        assertEquals(Set.of(SeriesKey.site("pa-campus")), vm.emphasizedProperty().get());

        Site site = plan.site("pa-campus").orElseThrow();
        Hall hall = site.halls().get(0);
        GpuPod pod = hall.gpuPods().get(0);
        selection.select(hall.id());
        assertEquals(Set.of(SeriesKey.site("pa-campus")), vm.emphasizedProperty().get(), "a hall shows as its site");
        selection.selectAll(List.of(pod.id(), "api"));
        assertEquals(Set.of(SeriesKey.sku(pod.skuId()), SeriesKey.site("pa-campus"), SeriesKey.service("api")),
                vm.emphasizedProperty().get(), "a pod shows as its SKU and its site");

        Plan crunch = Samples.open(Samples.CAPACITY_CRUNCH);
        PartnerCloud contract = crunch.partners().get(0);
        assertEquals(Set.of(SeriesKey.contract(contract.id())), DashboardViewModel.seriesOf(crunch, List.of(contract.id())));
        vm.highlight(SeriesKey.service("api"));
        vm.clearSelection();
        assertEquals(Set.of(), vm.emphasizedProperty().get());
        assertEquals(null, vm.highlightedProperty().get(), "nothing selected, nothing named");
    }

    @Test
    void clickingASkuSeriesEmphasizesItAndTheSitesOfItsPods() {
        vm.highlight(SeriesKey.sku("H100-SXM"));
        assertTrue(vm.emphasizedProperty().get().contains(SeriesKey.sku("H100-SXM")));
        assertTrue(vm.emphasizedProperty().get().stream().noneMatch(k -> k.kind() == SeriesKey.Kind.SERVICE));
    }
}
