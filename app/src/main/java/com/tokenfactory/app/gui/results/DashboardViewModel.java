package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.Selection;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.work.LatestWins;
import com.tokenfactory.charts.ChartKind;
import com.tokenfactory.charts.data.Period;
import com.tokenfactory.charts.ResultCharts;
import com.tokenfactory.charts.ScenarioOverlay;
import com.tokenfactory.charts.data.SeriesKey;
import com.tokenfactory.charts.style.ChartStyle;
import com.tokenfactory.core.plan.GpuPod;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Hall;
import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.uncertainty.ScenarioComparison;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import org.jfree.chart.JFreeChart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The results dashboard: the charts of the latest result in the chosen period and in the app's theme, built on a
 * worker (as the recompute is) and published only if still the latest; and what a click on a series highlights —
 * the site, the pods and contracts of a SKU, or the workload the series belongs to. A failure to draw is shown as
 * one line ({@link #failureProperty()}), the charts before it staying.
 */
public final class DashboardViewModel {
    /** Charts built for one result, period and style. */
    public record Charts(SimulationResult result, Period period, ChartStyle style, Map<ChartKind, JFreeChart> byKind) {
    }

    private final PlanDocument document;
    private final Selection selection;
    private final ObservableValue<SimulationResult> result;
    private final LatestWins<Charts> building;
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>(this, "period", Period.MONTHLY);
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.LIGHT);
    private final ReadOnlyObjectWrapper<Charts> charts = new ReadOnlyObjectWrapper<>(this, "charts");
    private final ReadOnlyStringWrapper highlighted = new ReadOnlyStringWrapper(this, "highlighted");
    private final ObservableSet<String> compared = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private final ReadOnlyObjectWrapper<Set<SeriesKey>> emphasized = new ReadOnlyObjectWrapper<>(this, "emphasized",
            Set.of());

    public DashboardViewModel(PlanDocument document, Selection selection, ObservableValue<SimulationResult> result,
                              Executor worker, Executor fxThread) {
        this.document = document;
        this.selection = selection;
        this.result = result;
        this.building = new LatestWins<>("draw the charts", worker, fxThread, charts::set);
        result.addListener(o -> rebuild());
        period.addListener(o -> rebuild());
        style.addListener(o -> rebuild());
        compared.addListener((SetChangeListener<String>) change -> rebuild());
        rebuild();
        selection.ids().addListener((SetChangeListener<String>) change -> emphasizeSelection());
        // an edit may move a selected pod to another SKU; every edit brings a new result
        result.addListener(o -> emphasizeSelection());
        emphasizeSelection();
    }

    private void emphasizeSelection() {
        emphasized.set(seriesOf(document.getPlan(), selection.list()));
        if (selection.isEmpty()) {
            highlighted.set(null);
        }
    }

    /** Takes the selection away, so every chart shows all its series as drawn. */
    public void clearSelection() {
        selection.clear();
    }

    /**
     * The series that show the given plan elements on the charts: a site's own; a hall's site; a pod's SKU and site;
     * a partner contract's; a workload's.
     */
    static Set<SeriesKey> seriesOf(Plan plan, Collection<String> ids) {
        Set<SeriesKey> keys = new HashSet<>();
        for (String id : ids) {
            PlanElements.site(plan, id).ifPresent(s -> keys.add(SeriesKey.site(s.id())));
            PlanElements.hall(plan, id).ifPresent(h -> keys.add(SeriesKey.site(h.site().id())));
            PlanElements.pod(plan, id).ifPresent(d -> {
                keys.add(SeriesKey.sku(d.pod().skuId()));
                keys.add(SeriesKey.site(d.site().id()));
            });
            PlanElements.partner(plan, id).ifPresent(c -> keys.add(SeriesKey.contract(c.id())));
            PlanElements.service(plan, id).ifPresent(w -> keys.add(SeriesKey.service(w.id())));
            PlanElements.training(plan, id).ifPresent(t -> keys.add(SeriesKey.training(t.id())));
        }
        return Set.copyOf(keys);
    }

    private void rebuild() {
        SimulationResult r = result.getValue();
        if (r == null) {
            return;
        }
        Period p = period.get();
        ChartStyle s = style.get();
        Plan plan = document.getPlan();
        List<String> ids = List.copyOf(compared);
        building.request(() -> {
            Map<ChartKind, JFreeChart> byKind = ResultCharts.all(r, p, s);
            Map<String, SimulationResult> others = overlaid(plan, ids, r);
            if (!others.isEmpty()) {
                byKind.forEach((kind, chart) -> ScenarioOverlay.add(chart, kind, p, others, s));
            }
            return new Charts(r, p, s, ResultCharts.forScreen(byKind));
        });
    }

    /**
     * The runs the charts overlay, by the name their lines carry: the base plan ({@link ScenarioComparison#BASE})
     * and the plan's scenarios among {@code ids}, in the plan's order. Ids the plan no longer has are skipped; a run
     * whose plan and horizon differ from the shown result's is left out rather than drawn against the wrong months.
     */
    static Map<String, SimulationResult> overlaid(Plan plan, List<String> ids, SimulationResult shown) {
        Map<String, SimulationResult> out = new LinkedHashMap<>();
        if (ids.contains(ScenarioComparison.BASE)) {
            out.put("Base plan", Engine.simulate(plan));
        }
        for (Scenario sc : plan.scenarios()) {
            if (ids.contains(sc.id())) {
                out.put(sc.name(), Engine.simulate(plan, sc));
            }
        }
        out.values().removeIf(x -> x.months() != shown.months() || !x.start().equals(shown.start()));
        return out;
    }

    /**
     * The scenarios (and {@link ScenarioComparison#BASE} for the base plan) whose key figure every chart overlays as a
     * dashed line over the result shown.
     */
    public ObservableSet<String> compared() {
        return compared;
    }

    /** What the charts may overlay: the base plan, then the plan's scenarios, as id and name. */
    public Map<String, String> comparable() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(ScenarioComparison.BASE, "Base plan");
        document.getPlan().scenarios().forEach(sc -> out.put(sc.id(), sc.name()));
        return out;
    }

    /** Why the charts could not be drawn, in one line; null while they could. */
    public ReadOnlyStringProperty failureProperty() {
        return building.failureProperty();
    }

    /**
     * Selects what a clicked series belongs to: a site, a workload, a partner contract, or for a SKU every pod and
     * contract of it. Plan-wide series (totals) select nothing.
     *
     * @return the ids selected (empty when the series is plan-wide or its element is gone)
     */
    public List<String> highlight(SeriesKey key) {
        Plan plan = document.getPlan();
        List<String> ids = new ArrayList<>();
        if (key.kind() == SeriesKey.Kind.SKU) {
            long gpus = 0;
            for (Site s : plan.sites()) {
                for (Hall h : s.halls()) {
                    for (GpuPod d : h.gpuPods()) {
                        if (d.skuId().equals(key.id())) {
                            ids.add(d.id());
                            gpus += d.gpus();
                        }
                    }
                }
            }
            for (PartnerCloud c : plan.partners()) {
                if (c.skuId().equals(key.id())) {
                    ids.add(c.id());
                    gpus += c.gpus();
                }
            }
            if (!ids.isEmpty()) {
                selection.selectAll(ids);
                highlighted.set(plan.sku(key.id()).map(sku -> sku.name()).orElse(key.id()) + ": " + ids.size()
                        + (ids.size() == 1 ? " pod or contract, " : " pods and contracts, ") + Numbers.whole(gpus)
                        + " GPUs");
            }
            return ids;
        }
        if (!key.isElement() || PlanElements.kind(plan, key.id()).isEmpty()) {
            return ids;
        }
        selection.select(key.id());
        ids.add(key.id());
        highlighted.set(PlanElements.kind(plan, key.id()).orElseThrow().label() + " "
                + PlanElements.name(plan, key.id()));
        return ids;
    }

    public Optional<String> firstSelected() {
        return Optional.ofNullable(selection.getPrimary());
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<ChartStyle> styleProperty() {
        return style;
    }

    public ReadOnlyObjectProperty<Charts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** The series of the selected elements, which the charts put forward ({@link #seriesOf}). */
    public ReadOnlyObjectProperty<Set<SeriesKey>> emphasizedProperty() {
        return emphasized.getReadOnlyProperty();
    }

    /** Words for what the last click highlighted, e.g. "site Pennsylvania campus". */
    public ReadOnlyStringProperty highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public ObservableValue<SimulationResult> result() {
        return result;
    }
}
