package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Plan;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan written as the template's sheets ({@link PlanTemplate#sheets}): the plan's own settings a row each, then a row
 * per site, hall, GPU pod, partner cloud, service and training run, columns the file format's field names.
 */
final class TemplateSheets {
    private TemplateSheets() {
    }

    static List<TemplateSheet> of(Plan plan) {
        ObjectNode root = PlanEncoder.encode(plan);
        List<List<Object>> settings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("formatVersion") || PlanTemplate.ELEMENT_LISTS.contains(e.getKey())) {
                continue;
            }
            if (e.getKey().equals("assumptions") && e.getValue().isObject()) {
                Map<String, Object> flat = new LinkedHashMap<>();
                TemplateCells.flatten(e.getValue(), "assumptions.", flat);
                flat.forEach((k, v) -> settings.add(List.of(k, v)));
            } else if (e.getValue().isArray() && e.getValue().size() > 0 && e.getValue().get(0).isObject()) {
                // catalog SKUs, scenarios: a row each, so no cell grows past a spreadsheet's 32,767 characters
                for (int i = 0; i < e.getValue().size(); i++) {
                    settings.add(java.util.Arrays.asList(e.getKey() + "[" + i + "]",
                            TemplateCells.cell(e.getKey(), e.getValue().get(i))));
                }
            } else {
                settings.add(java.util.Arrays.asList(e.getKey(), TemplateCells.cell(e.getKey(), e.getValue())));
            }
        }
        List<Map<String, Object>> sites = new ArrayList<>();
        List<Map<String, Object>> halls = new ArrayList<>();
        List<Map<String, Object>> pods = new ArrayList<>();
        for (JsonNode site : root.withArray("sites")) {
            sites.add(flatWithout(site, "phases", Map.of()));
            for (JsonNode hall : site.withArray("phases")) {
                halls.add(flatWithout(hall, "deployments", Map.of("site", site.get("id").asText())));
                for (JsonNode pod : hall.withArray("deployments")) {
                    pods.add(flatWithout(pod, null, linked("site", site.get("id").asText(), "hall",
                            hall.get("id").asText())));
                }
            }
        }
        return List.of(new TemplateSheet(PlanTemplate.PLAN, PlanTemplate.PLAN_COLUMNS, settings), sheet(PlanTemplate.SITES, sites), sheet(PlanTemplate.HALLS, halls),
                sheet(PlanTemplate.PODS, pods), sheet(PlanTemplate.PARTNERS, elements(root, "partners")), sheet(PlanTemplate.SERVICES, elements(root, "services")),
                sheet(PlanTemplate.TRAINING, elements(root, "trainingRuns")));
    }

    private static List<Map<String, Object>> elements(ObjectNode root, String list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode element : root.withArray(list)) {
            out.add(flatWithout(element, null, Map.of()));
        }
        return out;
    }

    private static Map<String, Object> flatWithout(JsonNode element, String skip, Map<String, Object> first) {
        Map<String, Object> flat = new LinkedHashMap<>(first);
        ObjectNode copy = element.deepCopy();
        if (skip != null) {
            copy.remove(skip);
        }
        TemplateCells.flatten(copy, "", flat);
        return flat;
    }

    private static Map<String, Object> linked(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static TemplateSheet sheet(String name, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return new TemplateSheet(name, PlanTemplate.EMPTY_SHEET_COLUMNS.get(name), List.of());
        }
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        List<String> header = new ArrayList<>(columns);
        List<List<Object>> cells = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            List<Object> row = new ArrayList<>();
            header.forEach(h -> row.add(r.get(h)));
            cells.add(row);
        }
        return new TemplateSheet(name, header, cells);
    }
}
