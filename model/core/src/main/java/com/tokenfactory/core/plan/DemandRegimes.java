package com.tokenfactory.core.plan;

import org.apache.commons.rng.UniformRandomProvider;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Boom and bust: a Markov chain of demand regimes, one state per plan year. In each regime every service's demand
 * grows {@code growthShiftPerYear} faster (or slower) than the plan's own curve; at each year's end the next year's
 * regime is drawn from the current one's transition probabilities (Hamilton 1989 switched GDP growth the same way,
 * quarterly). The product of the shifts is carried from year to year, so a bubble's excess stays until a bust takes
 * it back: overbuild-then-crunch paths appear in the trials, not only smooth curves.
 *
 * @param regimes the states, each with its shift and its transitions
 * @param startIn the regime of the first plan year
 * @param source  where the figures come from, or "assumption: …"
 */
public record DemandRegimes(List<Regime> regimes, String startIn, String source) {

    /**
     * @param growthShiftPerYear demand growth added to the plan's while in this regime (−0.3: 30 points a year slower)
     * @param next               next year's regime → probability; the probabilities add up to 1
     */
    public record Regime(String id, String name, double growthShiftPerYear, Map<String, Double> next) {
        public Regime {
            id = Check.id(id, "id");
            name = Check.text(name, "name");
            Check.between(growthShiftPerYear, -0.99, 10.0, "growthShiftPerYear");
            Check.present(next, "next");
            next = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(next));
            double sum = 0;
            for (Map.Entry<String, Double> e : next.entrySet()) {
                sum += Check.fraction(Check.present(e.getValue(), "next." + e.getKey()), "next." + e.getKey());
            }
            if (Math.abs(sum - 1) > 1e-6) {
                throw new InvalidPlanException("next", "probabilities must add up to 1, add up to " + Check.fmt(sum));
            }
        }
    }

    public DemandRegimes {
        regimes = Check.list(regimes, "regimes");
        if (regimes.isEmpty()) {
            throw new InvalidPlanException("regimes", "needs at least one regime");
        }
        Check.uniqueIds(regimes, Regime::id, "regimes");
        List<String> ids = regimes.stream().map(Regime::id).toList();
        for (int i = 0; i < regimes.size(); i++) {
            for (String to : regimes.get(i).next().keySet()) {
                if (!ids.contains(to)) {
                    throw new InvalidPlanException("regimes[" + i + "].next." + to, "no regime has the id '" + to
                            + "' (the regimes are " + ids + ")");
                }
            }
        }
        startIn = Check.id(startIn, "startIn");
        if (!ids.contains(startIn)) {
            throw new InvalidPlanException("startIn", "no regime has the id '" + startIn + "' (the regimes are " + ids + ")");
        }
        source = Check.optionalText(source);
    }

    /**
     * The default three regimes. Expansion keeps the plan's curve; its persistence (0.8 a year, a mean stay of five
     * years) follows the NBER's US business cycle dating, where expansions since 1945 average about five years
     * (NBER, "US Business Cycle Expansions and Contractions"). The bubble's +50 points and the bust's −40 points a
     * year, and the other transition probabilities, are assumptions: the telecom and dot-com bust (2001–2003) lasted
     * two to three years, hence a bust that is left with probability 0.5 a year.
     */
    public static DemandRegimes boomAndBust() {
        List<Regime> r = List.of(
                new Regime("expansion", "Expansion", 0.0, ordered("expansion", 0.8, "bubble", 0.12, "bust", 0.08)),
                new Regime("bubble", "Bubble", 0.5, ordered("bubble", 0.5, "bust", 0.3, "expansion", 0.2)),
                new Regime("bust", "Bust", -0.4, ordered("bust", 0.5, "expansion", 0.5)));
        return new DemandRegimes(r, "expansion", "Expansion persistence 0.8/year: NBER US business cycle dating "
                + "(post-1945 expansions average ~5 years). Bubble +50 pts/yr, bust −40 pts/yr and the other "
                + "transitions: assumptions (the 2001–2003 telecom bust lasted 2–3 years)");
    }

    private static Map<String, Double> ordered(Object... kv) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Double) kv[i + 1]);
        }
        return m;
    }

    /** Draws one path: the regime index of each plan year. */
    public int[] path(int years, UniformRandomProvider rng) {
        int[] out = new int[years];
        int state = index(startIn);
        for (int y = 0; y < years; y++) {
            if (y > 0) {
                state = next(state, rng.nextDouble());
            }
            out[y] = state;
        }
        return out;
    }

    /** Demand × this in each month of the path (compounding monthly within each year). */
    public double[] monthlyFactors(int[] path, int months) {
        double[] f = new double[months];
        double level = 1.0;
        for (int m = 0; m < months; m++) {
            f[m] = level;
            level *= Math.pow(1.0 + regimes.get(path[m / 12]).growthShiftPerYear(), 1.0 / 12);
        }
        return f;
    }

    private int next(int state, double u) {
        double c = 0;
        Map.Entry<String, Double> last = null;
        for (Map.Entry<String, Double> e : regimes.get(state).next().entrySet()) {
            c += e.getValue();
            last = e;
            if (u < c) {
                return index(e.getKey());
            }
        }
        return last == null ? state : index(last.getKey());
    }

    private int index(String id) {
        for (int i = 0; i < regimes.size(); i++) {
            if (regimes.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(id);
    }

    /** Long-run share of years in each regime (the chain's stationary distribution, by power iteration). */
    public double[] longRunShares() {
        int n = regimes.size();
        double[] p = new double[n];
        p[index(startIn)] = 1;
        for (int it = 0; it < 2000; it++) {
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                for (Map.Entry<String, Double> e : regimes.get(i).next().entrySet()) {
                    q[index(e.getKey())] += p[i] * e.getValue();
                }
            }
            p = q;
        }
        return p;
    }

    List<String> ids() {
        List<String> ids = new ArrayList<>();
        regimes.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
