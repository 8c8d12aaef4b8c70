package com.tokenfactory.app.gui.results;

import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explainer;
import com.tokenfactory.core.trace.Explanation;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opens the trace window for a figure of the latest result, asked in the words of {@code tokenfactory explain}. */
public final class Tracer {
    /** What each tile of the KPI strip and the dashboard asks to explain; tiles without an entry do not trace. */
    public static final Map<String, String> TILE_QUESTIONS = Map.ofEntries(
            Map.entry("capex", "capex"), Map.entry("electricity", "electricity"), Map.entry("revenue", "revenue"),
            Map.entry("npv", "npv"), Map.entry("payback", "payback"), Map.entry("utilization", "utilization"),
            Map.entry("cost-per-mtok", "$/mtok"), Map.entry("unserved", "unserved share"), Map.entry("irr", "irr"),
            Map.entry("terminal", "terminal value"), Map.entry("tokens-per-joule", "tokens per joule"),
            Map.entry("tokens-per-watt-dollar", "tokens per watt per dollar"));

    private static final Pattern ELEMENT = Pattern.compile("^(sites|services|partners|trainingRuns)\\[(\\d+)]");

    private final Supplier<Plan> plan;
    private final Supplier<SimulationResult> result;
    private final Consumer<String> selectElement;
    private final Supplier<Window> owner;
    private Stage stage;
    private TracePanel panel;

    /**
     * @param plan   the plan as the latest result simulated it (the active scenario applied)
     * @param result the latest result
     */
    public Tracer(Supplier<Plan> plan, Supplier<SimulationResult> result, Consumer<String> selectElement,
                  Supplier<Window> owner) {
        this.plan = plan;
        this.result = result;
        this.selectElement = selectElement;
        this.owner = owner;
    }

    /** Explains the figure and shows it; false (nothing shown) while no result is at hand. */
    public boolean trace(String question) {
        SimulationResult r = result.get();
        if (r == null) {
            return false;
        }
        Explanation e = new Explainer(plan.get(), r).explain(question);
        if (stage == null) {
            panel = new TracePanel(this::elementOf, selectElement);
            stage = new Stage();
            stage.initOwner(owner.get());
            stage.setScene(new Scene(panel, 720, 560));
            if (owner.get() != null && owner.get().getScene() != null) {
                stage.getScene().getStylesheets().setAll(owner.get().getScene().getStylesheets());
            }
        }
        stage.setTitle("Trace — " + e.label());
        panel.show(e);
        stage.show();
        stage.toFront();
        return true;
    }

    /** The provenance badge of a figure of the latest result; null while there is none or it cannot be explained. */
    public com.tokenfactory.core.trace.Badge badge(String question) {
        return badges().apply(question);
    }

    /**
     * The badges of the latest result's figures, by question, from the plan and result as they are now (read here, on
     * the FX thread): the function holds only those and may be called on any thread, e.g. a worker, since explaining
     * a figure takes a while.
     */
    public java.util.function.Function<String, com.tokenfactory.core.trace.Badge> badges() {
        SimulationResult r = result.get();
        if (r == null) {
            return question -> null;
        }
        Plan p = plan.get();
        // the tiles ask one after another of the same result: one Explainer shares the months' trees among them
        Explainer[] shared = new Explainer[1];
        return question -> {
            try {
                if (shared[0] == null) {
                    shared[0] = new Explainer(p, r);
                }
                return com.tokenfactory.core.trace.Badge.of(shared[0].explain(question), r.efficiencySource());
            } catch (RuntimeException e) {
                // the document may have moved on from the result (an element removed since): no badge rather than a
                // wrong one
                return null;
            }
        };
    }

    public TracePanel panel() {
        return panel;
    }

    /** The id of the element a leaf's place names, e.g. "sites[0].electricityUsdPerMwh" → the first site's id. */
    Optional<String> elementOf(String where) {
        Matcher m = ELEMENT.matcher(where);
        if (!m.find()) {
            return Optional.empty();
        }
        Plan p = plan.get();
        int i = Integer.parseInt(m.group(2));
        List<? extends Record> list = switch (m.group(1)) {
            case "sites" -> p.sites();
            case "services" -> p.services();
            case "partners" -> p.partners();
            default -> p.trainingRuns();
        };
        if (i >= list.size()) {
            return Optional.empty();
        }
        Record element = list.get(i);
        try {
            return Optional.of((String) element.getClass().getMethod("id").invoke(element));
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }
}
