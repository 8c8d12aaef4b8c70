package com.tokenfactory.app.gui.uncertainty;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.format.Reasons;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.uncertainty.GoalSeek;
import com.tokenfactory.core.uncertainty.Kpi;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.uncertainty.MonteCarlo;
import com.tokenfactory.core.uncertainty.MonteCarloResult;
import com.tokenfactory.core.uncertainty.ScenarioComparison;
import com.tokenfactory.core.uncertainty.Tornado;
import com.tokenfactory.core.plan.UncertainInput;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Uncertainty tab: the plan's uncertain inputs, a Monte Carlo run off the FX thread (its snapshots fill the fans
 * while it runs; Cancel keeps what was folded), the tornado, scenarios side by side, and goal seek applied as one
 * undoable edit. Work runs on {@code background}; what it finds is published on {@code fxThread}.
 */
public final class UncertaintyViewModel {
    /** One row of the inputs table. */
    public record InputRow(String id, String name, String lever, String distribution, String p10, String p90,
                           String source) {
    }

    private final PlanDocument document;
    private final ObjectProperty<String> scenarioId;
    private final Executor background;
    private final Executor fxThread;

    private final IntegerProperty trials = new SimpleIntegerProperty(this, "trials", MonteCarlo.DEFAULT_TRIALS);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyObjectWrapper<MonteCarloResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Tornado.Result> tornado = new ReadOnlyObjectWrapper<>(this, "tornado");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private final UncertainInputEditor editor;

    public UncertaintyViewModel(PlanDocument document, ObjectProperty<String> scenarioId, Executor background,
                                Executor fxThread) {
        this.document = document;
        this.scenarioId = scenarioId;
        this.background = background;
        this.fxThread = fxThread;
        this.editor = new UncertainInputEditor(document);
    }

    /** The form that adds, edits and removes the plan's uncertain inputs and their correlations. */
    public UncertainInputEditor editor() {
        return editor;
    }

    public List<InputRow> inputs() {
        List<InputRow> rows = new ArrayList<>();
        for (UncertainInput in : document.getPlan().uncertainty().inputs()) {
            Distribution d = in.distribution();
            rows.add(new InputRow(in.id(), in.name(), in.lever().describe() + (in.target() == null ? ""
                    : " · " + in.target()), describe(d), value(in, d.quantile(Tornado.LOW)),
                    value(in, d.quantile(Tornado.HIGH)), in.source() == null ? "" : in.source()));
        }
        return rows;
    }

    /** "PERT 0.2 / 0.4 / 0.8", "discrete 0, 6, 12 at 60%, 30%, 10%". */
    static String describe(Distribution d) {
        if (d instanceof Distribution.Triangular t) {
            return "triangular " + n(t.min()) + " / " + n(t.mode()) + " / " + n(t.max());
        } else if (d instanceof Distribution.Pert p) {
            return "PERT " + n(p.min()) + " / " + n(p.mode()) + " / " + n(p.max());
        } else if (d instanceof Distribution.Normal x) {
            return "normal " + n(x.mean()) + " ± " + n(x.sd()) + bounds(x.lower(), x.upper());
        } else if (d instanceof Distribution.LogNormal x) {
            return "log-normal median " + n(x.median()) + ", σ " + n(x.sigma()) + bounds(x.lower(), x.upper());
        } else if (d instanceof Distribution.Uniform u) {
            return "uniform " + n(u.min()) + " to " + n(u.max());
        }
        Distribution.Discrete x = (Distribution.Discrete) d;
        List<String> values = x.values().stream().map(UncertaintyViewModel::n).toList();
        List<String> shares = x.probabilities().stream().map(Numbers::percent).toList();
        return "discrete " + String.join(", ", values) + " at " + String.join(", ", shares);
    }

    private static String bounds(Double lower, Double upper) {
        return lower == null && upper == null ? "" : " in [" + (lower == null ? "−∞" : n(lower)) + ", "
                + (upper == null ? "∞" : n(upper)) + "]";
    }

    private static String n(double v) {
        return Numbers.plain(v, 3);
    }

    private static String value(UncertainInput in, double v) {
        return switch (in.lever().how()) {
            case MULTIPLY -> "×" + Numbers.fixed(v, 2);
            case ADD -> in.lever().unit().equals("months") ? "+" + Math.round(v) + " mo" : Numbers.percent(v);
            case SET -> Numbers.percent(v);
        };
    }

    private Scenario scenario() {
        String id = scenarioId.get();
        return id == null ? null : document.getPlan().scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElse(null);
    }

    /** Starts a run of {@link #trialsProperty()} trials; returns false (and says why) when one cannot start. */
    public boolean run() {
        if (running.get()) {
            return false;
        }
        Plan plan = document.getPlan();
        if (plan.uncertainty().isEmpty()) {
            status.set("The plan has no uncertain inputs: add one with the form beside the inputs table.");
            return false;
        }
        MonteCarlo.Settings settings;
        try {
            settings = new MonteCarlo.Settings(trials.get(), seed.get(), Runtime.getRuntime().availableProcessors(),
                    0.05);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        Scenario s = scenario();
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(0);
        status.set("Running " + Numbers.whole(settings.trials()) + " trials …");
        background.execute(() -> {
            try {
                MonteCarloResult done = MonteCarlo.run(plan, s, settings,
                        soFar -> fxThread.execute(() -> publish(soFar)), stop::get);
                fxThread.execute(() -> finish(done, null));
            } catch (RuntimeException e) {
                fxThread.execute(() -> finish(null, "The trials failed: " + Reasons.of(e)));
            }
        });
        return true;
    }

    public void cancel() {
        cancel.set(true);
    }

    private void publish(MonteCarloResult soFar) {
        result.set(soFar);
        progress.set((double) soFar.trialsRun() / soFar.trialsRequested());
    }

    private void finish(MonteCarloResult done, String failure) {
        running.set(false);
        if (done == null) {
            status.set(failure);
            return;
        }
        publish(done);
        status.set(String.format(Locale.ROOT, "%s %s trials in %.1f s · probability of loss %s · unserved above "
                        + "5%% in %s of trials", done.cancelled() ? "Cancelled after" : "Ran",
                Numbers.whole(done.trialsRun()), done.elapsedNanos() / 1e9, Numbers.percent(done.probabilityOfLoss()),
                Numbers.percent(done.probabilityUnservedAbove())));
    }

    /**
     * "What moves NPV: −0.77 Token price decline · +0.31 Demand level …": the strongest inputs by their Spearman rank
     * correlation with NPV over the trials (correlations between inputs included); empty while a run is in progress.
     */
    public static String drivers(MonteCarloResult r) {
        if (r == null || r.sensitivities().isEmpty()) {
            return "";
        }
        List<String> parts = r.sensitivities().stream().limit(5).map(s -> String.format(Locale.ROOT, "%s%.2f %s",
                s.rankCorrelation() < 0 ? Numbers.MINUS : "+", Math.abs(s.rankCorrelation()), s.name())).toList();
        return "What moves NPV (rank correlation over the trials): " + String.join(" · ", parts);
    }

    /** Computes the tornado of {@code kpi} in the background and publishes it. */
    public void runTornado(Kpi kpi) {
        Plan plan = document.getPlan();
        if (plan.uncertainty().inputs().isEmpty()) {
            status.set("The plan has no uncertain inputs to swing.");
            return;
        }
        Scenario s = scenario();
        background.execute(() -> {
            try {
                Tornado.Result t = Tornado.of(plan, s, kpi);
                fxThread.execute(() -> tornado.set(t));
            } catch (RuntimeException e) {
                fxThread.execute(() -> status.set("The tornado failed: " + Reasons.of(e)));
            }
        });
    }

    /** The plan's scenarios and the base, side by side (ids as in {@link ScenarioComparison}). */
    public ScenarioComparison compare(List<String> ids) {
        return ScenarioComparison.of(document.getPlan(), ids);
    }

    /** Ids a comparison may name: the base, then the plan's scenarios. */
    public List<String> comparableIds() {
        List<String> ids = new ArrayList<>();
        ids.add(ScenarioComparison.BASE);
        document.getPlan().scenarios().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** What goal seek may move: the plan's uncertain inputs, then every lever on the whole plan. */
    public List<String> goalSeekInputs() {
        List<String> ids = new ArrayList<>();
        document.getPlan().uncertainty().inputs().forEach(i -> ids.add(i.id()));
        for (Lever l : Lever.values()) {
            ids.add(l.id());
        }
        return ids;
    }

    /**
     * Finds the value of {@code input} (an uncertain input's id or a lever id) for which {@code kpi} equals
     * {@code goal}, verifies it by re-running the engine, and applies it to the plan as one undoable edit. Returns
     * the message shown under the form. Runs on the calling thread (a few dozen engine runs).
     */
    public String goalSeek(String input, Kpi kpi, double goal) {
        Plan plan = document.getPlan();
        Lever lever;
        String target;
        String label;
        Optional<UncertainInput> in = plan.uncertainty().inputs().stream().filter(i -> i.id().equals(input))
                .findFirst();
        if (in.isPresent()) {
            lever = in.get().lever();
            target = in.get().target();
            label = in.get().name();
        } else {
            try {
                lever = Lever.byId(input);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            target = null;
            label = lever.label();
        }
        double[] range = GoalSeek.defaultRange(lever);
        GoalSeek.Result r;
        try {
            r = GoalSeek.solve(plan, scenario(), lever, target, kpi, goal, range[0], range[1]);
        } catch (GoalSeek.NoSolution | IllegalArgumentException e) {
            return e.getMessage();
        }
        Lever l = lever;
        String t = target;
        double value = r.value();
        document.apply(PlanEdit.of("Goal seek " + label + " for " + kpi.label() + " " + Numbers.plain(goal, 4),
                p -> l.apply(p, t, value)));
        return String.format(Locale.ROOT, "%s = %s (%s) gives %s %s; the engine, re-run, gives %s. Applied: Undo "
                        + "takes it back.", label, Numbers.plain(value, 4), lever.unit(), kpi.label(),
                Numbers.plain(goal, 4), Numbers.plain(r.achieved(), 4));
    }

    public IntegerProperty trialsProperty() {
        return trials;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MonteCarloResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tornado.Result> tornadoProperty() {
        return tornado.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public PlanDocument document() {
        return document;
    }
}
