package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Check;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.InvalidPlanException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A service's {@code demand} object. The name of its level says the unit: {@code tokensPerDay} (as every file before
 * requests had), {@code requestsPerDay} or {@code requestsPerMonth}, on a growth curve and on each point of a point
 * curve, which all count the same unit. The unit is the service's {@link DemandUnit}; the curve's figures are kept as
 * written, and the engine turns requests into tokens.
 */
final class DemandMapping {
    /** A demand curve with the unit its figures count. */
    record Demand(DemandCurve curve, DemandUnit unit) {
    }

    private static final List<String> LEVELS = java.util.Arrays.stream(DemandUnit.values()).map(DemandUnit::key)
            .toList();

    private DemandMapping() {
    }

    /** The two kinds of demand curve are told apart by their {@code kind} field, never by guessing from the shape. */
    static Demand decode(JsonNode node, String path) {
        ObjectNode object = ObjectFields.object(node, path);
        String kindPath = JsonPaths.field(path, "kind");
        JsonNode kindNode = object.get("kind");
        if (kindNode == null || kindNode.isNull()) {
            throw FileProblem.at(kindPath, "is required (\"" + FormatFields.GROWTH + "\" or \""
                    + FormatFields.POINTS + "\")");
        }
        String kind = ObjectFields.text(kindNode, kindPath);
        switch (kind) {
            case FormatFields.GROWTH: {
                ObjectFields f = ObjectFields.open(node, path, FormatFields.GROWTH_DEMAND);
                var start = f.month("start");
                DemandUnit unit = unit(f);
                double level = f.number(unit.key());
                double growthPerYear = f.number("growthPerYear");
                return new Demand(build(path, unit, () -> new DemandCurve.Growth(start, level, growthPerYear)), unit);
            }
            case FormatFields.POINTS: {
                ObjectFields f = ObjectFields.open(node, path, FormatFields.POINTS_DEMAND);
                JsonNode array = f.has("points") ? f.required("points") : JsonNodeFactory.instance.arrayNode();
                String pointsPath = f.path("points");
                if (!array.isArray()) {
                    throw FileProblem.at(pointsPath, "expected an array, got " + Describe.node(array));
                }
                List<DemandPoint> points = new ArrayList<>();
                DemandUnit unit = null;
                for (int i = 0; i < array.size(); i++) {
                    String pointPath = JsonPaths.index(pointsPath, i);
                    ObjectFields p = ObjectFields.open(array.get(i), pointPath, FormatFields.DEMAND_POINT);
                    var month = p.month("month");
                    DemandUnit own = unit(p);
                    if (unit != null && own != unit) {
                        throw FileProblem.at(p.path(own.key()), "every point of a curve counts the same unit; the "
                                + "first point gives " + unit.key());
                    }
                    unit = own;
                    double level = p.number(own.key());
                    DemandUnit u = own;
                    points.add(build(pointPath, u, () -> new DemandPoint(month, level)));
                }
                DemandUnit u = unit == null ? DemandUnit.TOKENS_PER_DAY : unit;
                return new Demand(build(path, u, () -> new DemandCurve.Points(points)), u);
            }
            default:
                List<String> kinds = List.of(FormatFields.GROWTH, FormatFields.POINTS);
                throw FileProblem.at(kindPath, "unknown demand kind '" + Check.shown(kind) + "'; allowed: "
                        + String.join(", ", kinds) + Describe.didYouMean(kind, kinds));
        }
    }

    /** Which one of tokensPerDay, requestsPerDay and requestsPerMonth the object gives. */
    private static DemandUnit unit(ObjectFields f) {
        DemandUnit found = null;
        for (DemandUnit u : DemandUnit.values()) {
            if (f.has(u.key())) {
                if (found != null) {
                    throw FileProblem.at(f.path(u.key()), "give the demand in one unit: " + found.key() + " or "
                            + u.key() + ", not both");
                }
                found = u;
            }
        }
        if (found == null) {
            throw FileProblem.at(f.path(DemandUnit.TOKENS_PER_DAY.key()), "is required (or "
                    + String.join(" or ", LEVELS.subList(1, LEVELS.size())) + " for demand in requests)");
        }
        return found;
    }

    /** Builds a curve or point; the records name their level tokensPerDay, the file the unit it is in. */
    private static <T> T build(String path, DemandUnit unit, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (InvalidPlanException e) {
            String field = e.field().equals(DemandUnit.TOKENS_PER_DAY.key()) ? unit.key() : e.field();
            throw FileProblem.at(JsonPaths.resolve(path, field), e.detail());
        }
    }

    static ObjectNode encode(DemandCurve curve, DemandUnit unit) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        if (curve instanceof DemandCurve.Growth g) {
            o.put("kind", FormatFields.GROWTH);
            o.put("start", g.start().toString());
            o.put(unit.key(), g.tokensPerDay());
            o.put("growthPerYear", g.growthPerYear());
        } else if (curve instanceof DemandCurve.Points p) {
            o.put("kind", FormatFields.POINTS);
            ArrayNode points = o.putArray("points");
            for (DemandPoint point : p.points()) {
                ObjectNode po = points.addObject();
                po.put("month", point.month().toString());
                po.put(unit.key(), point.tokensPerDay());
            }
        }
        return o;
    }
}
