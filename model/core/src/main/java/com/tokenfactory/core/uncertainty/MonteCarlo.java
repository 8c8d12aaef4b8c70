package com.tokenfactory.core.uncertainty;

import com.tokenfactory.core.engine.Engine;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Scenario;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.result.SimulationResult;
import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs the plan many times with its uncertain inputs drawn and its demand on a regime path, on several threads.
 * Trial i draws from a generator seeded by (seed, i) alone, and the trials are folded into the figures in trial order,
 * so a seed gives the same percentiles on any number of threads. Blocks of trials run ahead on the workers; the
 * calling thread folds them, and, when a listener is given, hands it a snapshot about twice a second.
 */
public final class MonteCarlo {
    public static final int DEFAULT_TRIALS = 2_000;
    public static final int MAX_TRIALS = 100_000;
    private static final int BLOCK = 32;
    private static final long SNAPSHOT_NANOS = 500_000_000L;

    /**
     * @param unservedThreshold unserved share of demand over the horizon counted as a shortfall (0.05 = 5%)
     * @param threads           worker threads; the figures do not depend on it
     */
    public record Settings(int trials, long seed, int threads, double unservedThreshold) {
        public Settings {
            if (trials < 1 || trials > MAX_TRIALS) {
                throw new IllegalArgumentException("trials must be 1 to " + MAX_TRIALS + ", was " + trials);
            }
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads must be 1 to 256, was " + threads);
            }
            if (!(unservedThreshold >= 0 && unservedThreshold <= 1)) {
                throw new IllegalArgumentException("unservedThreshold must be 0 to 1, was " + unservedThreshold);
            }
        }

        public static Settings of(int trials, long seed) {
            return new Settings(trials, seed, Runtime.getRuntime().availableProcessors(), 0.05);
        }

        public Settings withThreads(int n) {
            return new Settings(trials, seed, n, unservedThreshold);
        }
    }

    /** Hears a run's progress: a snapshot of the figures so far, on the thread that called {@link #run}. */
    @FunctionalInterface
    public interface Listener {
        void progress(MonteCarloResult soFar);
    }

    private final Plan plan;
    private final Scenario scenario;
    private final Settings settings;
    private final Draws draws;
    private final int months;
    private final SimulationResult deterministic;

    private MonteCarlo(Plan plan, Scenario scenario, Settings settings) {
        this.plan = plan;
        this.scenario = scenario;
        this.settings = settings;
        this.draws = new Draws(plan);
        this.deterministic = simulate(plan, scenario);
        this.months = deterministic.months();
    }

    /** Runs the trials; {@code cancelled} is asked between trials, and a cancelled run returns what it folded. */
    public static MonteCarloResult run(Plan plan, Scenario scenario, Settings settings, Listener listener,
                                       BooleanSupplier cancelled) {
        return new MonteCarlo(plan, scenario, settings).run(listener, cancelled == null ? () -> false : cancelled);
    }

    public static MonteCarloResult run(Plan plan, Scenario scenario, Settings settings) {
        return run(plan, scenario, settings, null, null);
    }

    private static SimulationResult simulate(Plan p, Scenario s) {
        return s == null ? Engine.simulate(p) : Engine.simulate(p, s);
    }

    /** The metric's monthly percentiles and mean over the trials in the reservoir, beside the plan's own run. */
    private MonteCarloResult.Fan fan(Metric m, TrialReservoir reservoir, int n) {
        double[][] p = new double[TrialReservoir.LEVELS.length][months];
        double[] mean = new double[months];
        double[][] all = n == 0 ? new double[months][p.length] : reservoir.percentiles(m.ordinal() * months, months);
        for (int month = 0; month < months; month++) {
            int column = m.ordinal() * months + month;
            double[] q = all[month];
            for (int level = 0; level < p.length; level++) {
                p[level][month] = q[level];
            }
            mean[month] = reservoir.mean(column);
        }
        return new MonteCarloResult.Fan(m, p[0], p[1], p[2], p[3], p[4], mean, m.values(deterministic));
    }

    /** The trials [from, from + count) as far as they ran before a cancel. */
    private record Block(int from, double[][] rows, double[][] kpis, double[][] inputs, int ran) {
    }

    private MonteCarloResult run(Listener listener, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        int trials = settings.trials();
        int width = Metric.values().length * months;
        TrialReservoir reservoir = new TrialReservoir(TrialReservoir.DEFAULT_CAPACITY, width, settings.seed());
        double[][] kpis = new double[Kpi.values().length][trials];
        double[][] inputs = new double[draws.inputs().size()][trials];
        int folded = 0;
        boolean stopped = false;
        MonteCarloResult done;
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "monte-carlo-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<Block>> inFlight = new ArrayDeque<>();
            int next = 0;
            long lastSnapshot = System.nanoTime();
            while (folded < trials && !stopped) {
                while (next < trials && inFlight.size() < settings.threads() * 4 && !cancelled.getAsBoolean()) {
                    int from = next;
                    int count = Math.min(BLOCK, trials - from);
                    inFlight.add(pool.submit(() -> block(from, count, cancelled)));
                    next += count;
                }
                if (inFlight.isEmpty()) {
                    stopped = true;
                    break;
                }
                Block b = await(inFlight.poll());
                for (int i = 0; i < b.ran(); i++) {
                    int t = b.from() + i;
                    reservoir.offer(b.rows()[i]);
                    for (int k = 0; k < kpis.length; k++) {
                        kpis[k][t] = b.kpis()[i][k];
                    }
                    for (int k = 0; k < inputs.length; k++) {
                        inputs[k][t] = b.inputs()[i][k];
                    }
                }
                folded += b.ran();
                if (b.ran() < b.rows().length) {
                    stopped = true;
                }
                if (listener != null && folded < trials && System.nanoTime() - lastSnapshot > SNAPSHOT_NANOS) {
                    listener.progress(result(reservoir, kpis, inputs, folded, false, t0, null));
                    lastSnapshot = System.nanoTime();
                }
            }
            inFlight.forEach(f -> f.cancel(true));
            done = result(reservoir, kpis, inputs, folded, folded < trials, t0, pool);
        } finally {
            pool.shutdownNow();
        }
        if (listener != null) {
            listener.progress(done);
        }
        return done;
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for trials", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private Block block(int from, int count, BooleanSupplier cancelled) {
        double[][] rows = new double[count][];
        double[][] k = new double[count][];
        double[][] in = new double[count][];
        int ran = 0;
        for (int i = 0; i < count; i++) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            int t = from + i;
            UniformRandomProvider rng = Draws.generator(settings.seed(), t);
            double[] values = draws.draw(rng);
            int[] path = draws.regimePath(rng);
            SimulationResult r;
            try {
                // a trial reads only totals and KPIs: the per-element results and plan problems are left out
                r = Engine.simulateFigures(draws.apply(values, path), scenario);
            } catch (RuntimeException e) {
                throw new IllegalStateException("trial " + t + " (inputs " + Arrays.toString(values) + "): "
                        + e.getMessage(), e);
            }
            double[] row = new double[Metric.values().length * months];
            for (Metric m : Metric.values()) {
                m.values(r, row, m.ordinal() * months);
            }
            double[] kv = new double[Kpi.values().length];
            for (Kpi kpi : Kpi.values()) {
                kv[kpi.ordinal()] = kpi.of(r);
            }
            rows[i] = row;
            k[i] = kv;
            in[i] = values;
            ran++;
        }
        return new Block(from, rows, k, in, ran);
    }

    /**
     * The figures of the first n trials. The last result ({@code pool} given) works out each metric's fan on the
     * pool: sorting the reservoir's columns is the one part of a run not spread over the workers otherwise.
     */
    private MonteCarloResult result(TrialReservoir reservoir, double[][] kpis, double[][] inputs, int n,
                                    boolean cancelled, long t0, ExecutorService pool) {
        boolean last = pool != null;
        Map<Metric, MonteCarloResult.Fan> fans = new EnumMap<>(Metric.class);
        if (last) {
            List<Future<MonteCarloResult.Fan>> pending = new ArrayList<>();
            for (Metric m : Metric.values()) {
                pending.add(pool.submit(() -> fan(m, reservoir, n)));
            }
            for (Future<MonteCarloResult.Fan> f : pending) {
                MonteCarloResult.Fan fan = await(f);
                fans.put(fan.metric(), fan);
            }
        } else {
            for (Metric m : Metric.values()) {
                fans.put(m, fan(m, reservoir, n));
            }
        }
        Map<Kpi, MonteCarloResult.Spread> spreads = new EnumMap<>(Kpi.class);
        for (Kpi k : Kpi.values()) {
            double[] finite = Arrays.stream(kpis[k.ordinal()], 0, n).filter(Double::isFinite).sorted().toArray();
            spreads.put(k, new MonteCarloResult.Spread(k, finite, n - finite.length));
        }
        double loss = n == 0 ? Double.NaN : spreads.get(Kpi.NPV).shareBelow(0.0);
        double threshold = settings.unservedThreshold();
        double shortfall = n == 0 ? Double.NaN
                : (double) Arrays.stream(kpis[Kpi.UNSERVED.ordinal()], 0, n).filter(v -> v > threshold).count() / n;
        List<MonteCarloResult.Sensitivity> sensitivities = new ArrayList<>();
        if (last && n > 2) {
            double[] npvRanks = Ranks.of(Arrays.copyOf(kpis[Kpi.NPV.ordinal()], n));
            for (int i = 0; i < inputs.length; i++) {
                UncertainInput in = draws.inputs().get(i);
                sensitivities.add(new MonteCarloResult.Sensitivity(in.id(), in.name(),
                        Ranks.pearson(Ranks.of(Arrays.copyOf(inputs[i], n)), npvRanks)));
            }
            sensitivities.sort(Comparator.comparingDouble(s -> -Math.abs(
                    Double.isNaN(s.rankCorrelation()) ? 0 : s.rankCorrelation())));
        }
        return new MonteCarloResult(plan.name(), scenario == null ? null : scenario.id(), plan.start(), months,
                plan.currency(), settings.seed(), settings.trials(), n, settings.threads(), cancelled,
                System.nanoTime() - t0, fans, spreads, loss, threshold, shortfall, List.copyOf(sensitivities),
                deterministic);
    }
}
