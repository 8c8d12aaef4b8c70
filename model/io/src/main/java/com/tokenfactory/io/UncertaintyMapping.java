package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.Correlation;
import com.tokenfactory.core.plan.DemandRegimes;
import com.tokenfactory.core.plan.Distribution;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Lever;
import com.tokenfactory.core.plan.UncertainInput;
import com.tokenfactory.core.plan.Uncertainty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The plan's optional {@code uncertainty} object: uncertain inputs with their distributions, rank correlations and
 * demand regimes. Written only when the plan has any, so plans without it are byte for byte as before, and a file
 * without it reads as a plan without uncertainty (no migration needed).
 */
final class UncertaintyMapping {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private UncertaintyMapping() {
    }

    // ---- reading ----

    static Uncertainty read(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.UNCERTAINTY);
        List<UncertainInput> inputs = f.list("inputs", UncertaintyMapping::input);
        List<Correlation> correlations = f.list("correlations", UncertaintyMapping::correlation);
        DemandRegimes regimes = f.has("regimes") ? regimes(f.required("regimes"), f.path("regimes")) : null;
        return build(path, () -> new Uncertainty(inputs, correlations, regimes));
    }

    private static UncertainInput input(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.UNCERTAIN_INPUT);
        String id = f.text("id");
        String name = f.text("name");
        String leverName = f.text("lever");
        Lever lever;
        try {
            lever = Lever.byId(leverName);
        } catch (IllegalArgumentException e) {
            throw FileProblem.at(f.path("lever"), "unknown lever '" + Check.shown(leverName) + "'; allowed: "
                    + String.join(", ", Lever.ids()) + Describe.didYouMean(leverName, Lever.ids()));
        }
        String target = f.optionalText("target");
        Distribution distribution = distribution(f.required("distribution"), f.path("distribution"));
        String source = f.optionalText("source");
        return build(path, () -> new UncertainInput(id, name, lever, target, distribution, source));
    }

    private static Distribution distribution(JsonNode node, String path) {
        ObjectFields kindOnly = ObjectFields.open(node, path, FormatFields.DISTRIBUTION_ANY);
        String kind = kindOnly.text("kind");
        List<String> fields = FormatFields.DISTRIBUTIONS.get(kind);
        if (fields == null) {
            List<String> kinds = List.copyOf(FormatFields.DISTRIBUTIONS.keySet());
            throw FileProblem.at(kindOnly.path("kind"), "unknown distribution '" + Check.shown(kind) + "'; allowed: "
                    + String.join(", ", kinds) + Describe.didYouMean(kind, kinds));
        }
        ObjectFields f = ObjectFields.open(node, path, fields);
        return build(path, () -> switch (kind) {
            case "triangular" -> new Distribution.Triangular(f.number("min"), f.number("mode"), f.number("max"));
            case "pert" -> new Distribution.Pert(f.number("min"), f.number("mode"), f.number("max"));
            case "normal" -> new Distribution.Normal(f.number("mean"), f.number("sd"), f.optionalNumber("lower"),
                    f.optionalNumber("upper"));
            case "lognormal" -> new Distribution.LogNormal(f.number("median"), f.number("sigma"),
                    f.optionalNumber("lower"), f.optionalNumber("upper"));
            case "uniform" -> new Distribution.Uniform(f.number("min"), f.number("max"));
            default -> new Distribution.Discrete(f.list("values", ObjectFields::number),
                    f.list("probabilities", ObjectFields::number));
        });
    }

    private static Correlation correlation(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.CORRELATION);
        String first = f.text("first");
        String second = f.text("second");
        double rho = f.number("rankCorrelation");
        return build(path, () -> new Correlation(first, second, rho));
    }

    private static DemandRegimes regimes(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.DEMAND_REGIMES);
        List<DemandRegimes.Regime> regimes = f.list("regimes", UncertaintyMapping::regime);
        String startIn = f.text("startIn");
        String source = f.optionalText("source");
        return build(path, () -> new DemandRegimes(regimes, startIn, source));
    }

    private static DemandRegimes.Regime regime(JsonNode node, String path) {
        ObjectFields f = ObjectFields.open(node, path, FormatFields.REGIME);
        String id = f.text("id");
        String name = f.text("name");
        double shift = f.number("growthShiftPerYear");
        Map<String, Double> next = new LinkedHashMap<>();
        ObjectNode object = ObjectFields.object(f.required("next"), f.path("next"));
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            next.put(e.getKey(), ObjectFields.number(e.getValue(), JsonPaths.field(f.path("next"), e.getKey())));
        }
        return build(path, () -> new DemandRegimes.Regime(id, name, shift, next));
    }

    private static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidPlanException e) {
            throw FileProblem.at(JsonPaths.resolve(path, e.field()), e.detail());
        }
    }

    // ---- writing ----

    static ObjectNode write(Uncertainty u) {
        ObjectNode o = NODES.objectNode();
        ArrayNode inputs = o.putArray("inputs");
        u.inputs().forEach(i -> inputs.add(input(i)));
        ArrayNode correlations = o.putArray("correlations");
        for (Correlation c : u.correlations()) {
            ObjectNode n = correlations.addObject();
            n.put("first", c.first());
            n.put("second", c.second());
            n.put("rankCorrelation", c.rankCorrelation());
        }
        if (u.regimes() != null) {
            o.set("regimes", regimes(u.regimes()));
        }
        return o;
    }

    private static ObjectNode input(UncertainInput i) {
        ObjectNode o = NODES.objectNode();
        o.put("id", i.id());
        o.put("name", i.name());
        o.put("lever", i.lever().id());
        if (i.target() != null) {
            o.put("target", i.target());
        }
        o.set("distribution", distribution(i.distribution()));
        if (i.source() != null) {
            o.put("source", i.source());
        }
        return o;
    }

    private static ObjectNode distribution(Distribution d) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", d.kind());
        if (d instanceof Distribution.Triangular t) {
            o.put("min", t.min());
            o.put("mode", t.mode());
            o.put("max", t.max());
        } else if (d instanceof Distribution.Pert p) {
            o.put("min", p.min());
            o.put("mode", p.mode());
            o.put("max", p.max());
        } else if (d instanceof Distribution.Normal n) {
            o.put("mean", n.mean());
            o.put("sd", n.sd());
            optional(o, "lower", n.lower());
            optional(o, "upper", n.upper());
        } else if (d instanceof Distribution.LogNormal l) {
            o.put("median", l.median());
            o.put("sigma", l.sigma());
            optional(o, "lower", l.lower());
            optional(o, "upper", l.upper());
        } else if (d instanceof Distribution.Uniform u) {
            o.put("min", u.min());
            o.put("max", u.max());
        } else if (d instanceof Distribution.Discrete x) {
            ArrayNode values = o.putArray("values");
            x.values().forEach(values::add);
            ArrayNode probabilities = o.putArray("probabilities");
            x.probabilities().forEach(probabilities::add);
        }
        return o;
    }

    private static ObjectNode regimes(DemandRegimes r) {
        ObjectNode o = NODES.objectNode();
        ArrayNode regimes = o.putArray("regimes");
        for (DemandRegimes.Regime g : r.regimes()) {
            ObjectNode n = regimes.addObject();
            n.put("id", g.id());
            n.put("name", g.name());
            n.put("growthShiftPerYear", g.growthShiftPerYear());
            ObjectNode next = n.putObject("next");
            g.next().forEach(next::put);
        }
        o.put("startIn", r.startIn());
        if (r.source() != null) {
            o.put("source", r.source());
        }
        return o;
    }

    private static void optional(ObjectNode o, String name, Double value) {
        if (value != null) {
            o.put(name, value.doubleValue());
        }
    }
}
