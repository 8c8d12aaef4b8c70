package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.ContractKind;

import java.util.function.BiConsumer;

/**
 * Format 1, the pre-release prototype, to format 2:
 * <ul>
 *   <li>{@code horizonYears} (whole years) becomes {@code horizonMonths}, as plans need horizons like 18 months;</li>
 *   <li>a hall's {@code pods} become its {@code deployments}, the word the model used then;</li>
 *   <li>a partner contract's {@code committed: true|false} becomes {@code kind: "COMMITTED"|"ON_DEMAND"}, leaving
 *       room for more kinds of contract than two;</li>
 *   <li>a service's {@code demand} gains {@code kind: "growth"}: format 1 had growth curves only.</li>
 * </ul>
 * Shapes the step does not recognise (a {@code sites} that is not an array, say) are left for the decoder to report.
 */
final class FormatOneToTwo implements Migration {
    @Override
    public int from() {
        return 1;
    }

    @Override
    public String name() {
        return "format 1 → 2: horizonYears → horizonMonths, pods → deployments, committed → kind, "
                + "demand gains kind";
    }

    @Override
    public void apply(ObjectNode root, SourceLines lines) {
        horizonInMonths(root, lines);
        forEachObject(root, "sites", JsonPaths.ROOT, (site, sitePath) ->
                forEachObject(site, "phases", sitePath, (phase, phasePath) ->
                        rename(phase, phasePath, "pods", "deployments", lines)));
        forEachObject(root, "partners", JsonPaths.ROOT, (partner, path) -> contractKind(partner, path, lines));
        forEachObject(root, "services", JsonPaths.ROOT, (service, path) -> {
            JsonNode demand = service.get("demand");
            if (demand != null && demand.isObject() && !demand.has("kind")) {
                ((ObjectNode) demand).put("kind", FormatFields.GROWTH);
            }
        });
    }

    private static void horizonInMonths(ObjectNode root, SourceLines lines) {
        String path = JsonPaths.field(JsonPaths.ROOT, "horizonYears");
        JsonNode years = root.get("horizonYears");
        if (years == null || years.isNull()) {
            if (root.has("horizonMonths")) {
                throw FileProblem.at(JsonPaths.field(JsonPaths.ROOT, "horizonMonths"), "a format-1 file gives "
                        + "horizonYears, not horizonMonths (is its formatVersion right?)");
            }
            throw FileProblem.at(path, "is required");
        }
        int value = ObjectFields.integer(years, path);
        if (value < 1 || value > 20) {
            throw FileProblem.at(path, "must be between 1 and 20 (was " + value + ")");
        }
        root.remove("horizonYears");
        root.put("horizonMonths", value * 12);
        lines.renamed(JsonPaths.ROOT, "horizonYears", "horizonMonths");
    }

    private static void contractKind(ObjectNode partner, String path, SourceLines lines) {
        String committedPath = JsonPaths.field(path, "committed");
        JsonNode committed = partner.get("committed");
        if (committed == null || committed.isNull()) {
            throw FileProblem.at(committedPath, "is required");
        }
        if (!committed.isBoolean()) {
            throw FileProblem.at(committedPath, "expected true or false, got " + Describe.node(committed));
        }
        partner.remove("committed");
        partner.put("kind", (committed.booleanValue() ? ContractKind.COMMITTED : ContractKind.ON_DEMAND).name());
        lines.renamed(path, "committed", "kind");
    }

    private static void rename(ObjectNode object, String path, String from, String to, SourceLines lines) {
        JsonNode value = object.remove(from);
        if (value != null) {
            object.set(to, value);
            lines.renamed(path, from, to);
        }
    }

    /** Calls {@code action} for each object element of the array {@code owner.name}, with its path. */
    private static void forEachObject(ObjectNode owner, String name, String ownerPath,
                                      BiConsumer<ObjectNode, String> action) {
        JsonNode array = owner.get(name);
        if (array == null || !array.isArray()) {
            return;
        }
        String arrayPath = JsonPaths.field(ownerPath, name);
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).isObject()) {
                action.accept((ObjectNode) array.get(i), JsonPaths.index(arrayPath, i));
            }
        }
    }
}
