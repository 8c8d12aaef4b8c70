package com.tokenfactory.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tokenfactory.core.trace.Explanation;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure's explanation (issue 13) as JSON, what {@code tokenfactory explain --json} prints: label, symbol, value
 * (null for a blank), unit, why; a leaf's provenance, where and source; an inner node's formula, operation, parameter
 * and inputs.
 */
public final class ExplanationJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {
    }

    public static String write(Explanation e) {
        try {
            return JSON.writeValueAsString(map(e));
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static Map<String, Object> map(Explanation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", e.label());
        m.put("symbol", e.symbol());
        m.put("value", Double.isFinite(e.value()) ? e.value() : null);
        m.put("unit", e.unit());
        if (e.why() != null) {
            m.put("why", e.why());
        }
        if (e.isLeaf()) {
            m.put("provenance", e.origin().provenance().words());
            m.put("where", e.origin().where());
            m.put("source", e.origin().source());
        } else {
            m.put("formula", e.formula());
            m.put("operation", e.operation().name());
            m.put("parameter", e.parameter());
            List<Object> children = new ArrayList<>();
            for (Explanation c : e.children()) {
                children.add(map(c));
            }
            m.put("inputs", children);
        }
        return m;
    }
}
