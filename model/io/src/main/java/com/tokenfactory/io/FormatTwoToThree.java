package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Format 2 to format 3: a service's one {@code priceUsdPerMillionTokens} becomes separate
 * {@code inputPriceUsdPerMillionTokens} and {@code outputPriceUsdPerMillionTokens}, both the old price, so the
 * service earns exactly what it did; and a service gains {@code peakToAverage: 1.0}, the flat day format 2 assumed.
 * A price that is not a number moves as it is, for the decoder to report at its new place (with the old line).
 */
final class FormatTwoToThree implements Migration {
    private static final String OLD_PRICE = "priceUsdPerMillionTokens";

    @Override
    public int from() {
        return 2;
    }

    @Override
    public String name() {
        return "format 2 → 3: one token price → input and output prices, services gain peakToAverage 1.0";
    }

    @Override
    public void apply(ObjectNode root, SourceLines lines) {
        JsonNode services = root.get("services");
        if (services == null || !services.isArray()) {
            return;
        }
        String arrayPath = JsonPaths.field(JsonPaths.ROOT, "services");
        for (int i = 0; i < services.size(); i++) {
            if (services.get(i).isObject()) {
                service((ObjectNode) services.get(i), JsonPaths.index(arrayPath, i), lines);
            }
        }
    }

    private static void service(ObjectNode service, String path, SourceLines lines) {
        JsonNode price = service.get(OLD_PRICE);
        if (price == null || price.isNull()) {
            throw FileProblem.at(JsonPaths.field(path, OLD_PRICE), "is required");
        }
        service.remove(OLD_PRICE);
        service.set("inputPriceUsdPerMillionTokens", price);
        service.set("outputPriceUsdPerMillionTokens", price.deepCopy());
        lines.renamed(path, OLD_PRICE, "inputPriceUsdPerMillionTokens");
        lines.record(JsonPaths.field(path, "outputPriceUsdPerMillionTokens"),
                lines.exactLine(JsonPaths.field(path, "inputPriceUsdPerMillionTokens")));
        if (!service.has("peakToAverage")) {
            service.put("peakToAverage", 1.0);
        }
    }
}
