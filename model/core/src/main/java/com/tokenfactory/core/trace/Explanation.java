package com.tokenfactory.core.trace;

import com.tokenfactory.core.engine.Finance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one result figure was made: the formula in words and symbols, the value, and the inputs, each either a deeper
 * explanation or a leaf naming its {@link Origin}. {@link #evaluate()} recomputes the figure from the inputs alone, so
 * a reader (and the tests) can check the arithmetic.
 *
 * @param label     what the figure is, in the user's words ("Revenue, 2029-04")
 * @param symbol    short symbol used in the parent's formula ("Rev")
 * @param value     the figure as the result reports it (NaN when undefined)
 * @param unit      its unit ("USD", "tokens", "%", "USD/Mtok")
 * @param operation how the children combine into the value
 * @param parameter the operation's constant: a ratio's scale, the years of a discount or growth; 0 otherwise
 * @param formula   the formula in words and symbols; empty for a leaf
 * @param children  the inputs (empty for a leaf)
 * @param origin    a leaf's origin; null for an inner node
 * @param why       why the figure is zero or blank, where it is; null otherwise
 */
public record Explanation(String label, String symbol, double value, String unit, Operation operation,
                          double parameter, String formula, List<Explanation> children, Origin origin, String why) {

    /** How an inner node's value follows from its children's. */
    public enum Operation {
        /** A leaf: the value is the input itself. */
        INPUT,
        /** c₀ + c₁ + … */
        SUM,
        /** c₀ − c₁ − c₂ − … */
        DIFFERENCE,
        /** c₀ × c₁ × … × parameter (parameter 1 when there is no scale) */
        PRODUCT,
        /** c₀ ÷ c₁ × parameter; undefined (NaN) when c₁ ≤ 0 */
        RATIO,
        /** c₀ ÷ (1 + c₁)^parameter: an amount discounted by parameter years at the yearly rate c₁ */
        DISCOUNT,
        /** c₀ × (1 + c₁)^parameter: grown for parameter years at the yearly rate c₁ */
        GROWTH,
        /** c₀ × (1 − c₁)^parameter: declined for parameter years at the yearly rate c₁ */
        DECLINE,
        /** max(0, c₀ − c₁) */
        SHORTFALL,
        /** yearly IRR of the children as monthly flows (Finance.irr); undefined when none is meaningful */
        IRR,
        /** first month index after which the running sum of the children stays ≥ 0 (Finance.paybackMonth) */
        PAYBACK,
        /**
         * c₀, a series the engine computed with the serving model; c₁, c₂ … are the model's parameters it used (its
         * efficiencies and power fractions), shown for where they come from — calibrated, measured or assumed — and
         * not recombined here
         */
        MODELLED
    }

    public Explanation {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(operation, "operation");
        children = List.copyOf(children);
        formula = formula == null ? "" : formula;
        symbol = symbol == null ? "" : symbol;
        unit = unit == null ? "" : unit;
        if (operation == Operation.INPUT && origin == null) {
            throw new IllegalArgumentException("the input '" + label + "' needs an origin");
        }
        if (operation != Operation.INPUT && children.isEmpty() && operation != Operation.SUM) {
            throw new IllegalArgumentException("'" + label + "' (" + operation + ") needs inputs");
        }
    }

    public static Explanation leaf(String label, String symbol, double value, String unit, Origin origin) {
        return new Explanation(label, symbol, value, unit, Operation.INPUT, 0, "", List.of(), origin, null);
    }

    public static Explanation node(String label, String symbol, double value, String unit, Operation operation,
                                   double parameter, String formula, List<Explanation> children) {
        return new Explanation(label, symbol, value, unit, operation, parameter, formula, children, null, null);
    }

    public Explanation withWhy(String text) {
        return new Explanation(label, symbol, value, unit, operation, parameter, formula, children, origin, text);
    }

    public boolean isLeaf() {
        return operation == Operation.INPUT;
    }

    /** The value recomputed from the children's own values (a leaf's value is itself). */
    public double evaluate() {
        double[] c = new double[children.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = children.get(i).value();
        }
        switch (operation) {
            case INPUT:
                return value;
            case SUM: {
                double s = 0;
                for (double x : c) {
                    s += x;
                }
                return s;
            }
            case DIFFERENCE: {
                double s = c[0];
                for (int i = 1; i < c.length; i++) {
                    s -= c[i];
                }
                return s;
            }
            case PRODUCT: {
                double p = parameter;
                for (double x : c) {
                    p *= x;
                }
                return p;
            }
            case RATIO:
                return c[1] > 0 && Double.isFinite(c[0]) ? c[0] / c[1] * parameter : Double.NaN;
            case DISCOUNT:
                return c[0] / Math.pow(1.0 + c[1], parameter);
            case GROWTH:
                return c[0] * Math.pow(1.0 + c[1], parameter);
            case DECLINE:
                return c[0] * Math.pow(1.0 - c[1], parameter);
            case SHORTFALL:
                return Math.max(0.0, c[0] - c[1]);
            case IRR: {
                Double irr = Finance.irr(c);
                return irr == null ? Double.NaN : irr;
            }
            case PAYBACK: {
                Integer m = Finance.paybackMonth(c);
                return m == null ? Double.NaN : m;
            }
            case MODELLED:
                return c[0];
            default:
                throw new IllegalStateException(operation.name());
        }
    }

    /** Every leaf under this node (itself when it is one), depth first. */
    public List<Explanation> leaves() {
        List<Explanation> out = new ArrayList<>();
        collectLeaves(out);
        return out;
    }

    private void collectLeaves(List<Explanation> out) {
        if (isLeaf()) {
            out.add(this);
        }
        for (Explanation child : children) {
            child.collectLeaves(out);
        }
    }

    /** The kinds of input this figure rests on, e.g. to badge a figure resting on planner's assumptions. */
    public Set<Provenance> provenances() {
        Set<Provenance> out = EnumSet.noneOf(Provenance.class);
        for (Explanation leaf : leaves()) {
            out.add(leaf.origin().provenance());
        }
        return out;
    }
}
