package com.tokenfactory.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tokenfactory.core.plan.Plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan as the spreadsheet template a strategist fills in, and back: a sheet each for the plan's own settings, sites,
 * halls, GPU pods, partner clouds, inference services and training runs (see docs/file-format.md, "The spreadsheet
 * template"). Columns are the plan file's field names, nested objects with dots ({@code demand.tokensPerDay},
 * {@code model.layers}), so every field of the file format — new ones included — has its column, and a plan written
 * as a template and read back is the same plan. Halls name their site in a {@code site} column, GPU pods their site and
 * hall. Reading goes through the plan file's own decoder (same checks, same migrations); its complaint comes back at
 * the sheet, row and column it came from.
 */
public final class PlanTemplate {
    public static final String PLAN = "Plan";
    public static final String SITES = "Sites";
    public static final String HALLS = "Halls";
    public static final String PODS = "GPU pods";
    public static final String PARTNERS = "Partner clouds";
    public static final String SERVICES = "Inference services";
    public static final String TRAINING = "Training runs";
    /** The sheets, in the template's order. */
    public static final List<String> SHEETS = List.of(PLAN, SITES, HALLS, PODS, PARTNERS, SERVICES, TRAINING);
    /** The Plan sheet's two columns. */
    public static final List<String> PLAN_COLUMNS = List.of("field", "value");
    /**
     * The columns a sheet shows when the plan has no row for it, so an exported template always says what to fill
     * in (the file format's field names; a sheet with rows takes its columns from them).
     */
    static final Map<String, List<String>> EMPTY_SHEET_COLUMNS = Map.of(
            SITES, List.of("id", "name", "region", "latitude", "longitude", "certifications", "gridMw", "gridAvailable",
                    "pue", "electricityUsdPerMwh", "electricityEscalationPerYear", "facilityCostUsdPerMw", "source"),
            HALLS, List.of("site", "id", "name", "criticalItMw", "constructionStart", "buildMonths", "energization",
                    "facilityCapexUsd"),
            PODS, List.of("site", "hall", "id", "skuId", "gpus", "install"),
            PARTNERS, List.of("id", "name", "provider", "skuId", "gpus", "usdPerGpuHour", "start", "termMonths", "kind",
                    "certifications", "leadTimeMonths", "region", "source"),
            SERVICES, List.of("id", "name", "demand.kind", "demand.start", "demand.tokensPerDay", "demand.growthPerYear",
                    "demand.points", "inputTokensPerRequest", "outputTokensPerRequest", "model.name",
                    "model.totalParamsBillions", "model.activeParamsBillions", "model.layers", "model.hiddenSize",
                    "model.attentionHeads", "model.kvHeads", "model.headDim", "model.contextTokens",
                    "model.weightBytesPerParam", "model.kvBytesPerValue", "model.serving.activationBytesPerValue",
                    "model.serving.expertsPerToken", "model.serving.experts", "model.serving.moeLayers",
                    "model.serving.chunkedAttentionLayers", "model.serving.attentionChunkTokens",
                    "model.serving.slidingWindowLayers", "model.serving.slidingWindowTokens",
                    "model.serving.expertWeightBytesPerParam", "model.serving.latentKvDim",
                    "model.serving.latentRopeDim", "latency",
                    "priceDeclinePerYear", "requiredCertifications", "priority", "source", "serveAtLoss",
                    "inputPriceUsdPerMillionTokens", "outputPriceUsdPerMillionTokens", "peakToAverage",
                    "serving.disaggregated", "serving.prefixCacheHitRate", "serving.draftTokensPerStep",
                    "serving.acceptedTokensPerStep", "serving.attentionTensorParallel"),
            TRAINING, List.of("id", "name", "computeFlops", "earliestStart", "deadline", "minGpusInOneSite",
                    "requiredCertifications", "valueUsdPerGpuHour", "source"));
    /** Lists of labels written as "HIPAA; SOC 2" rather than JSON. */
    static final Set<String> LABEL_LISTS = Set.of("certifications", "requiredCertifications");
    static final Set<String> ELEMENT_LISTS = Set.of("sites", "partners", "services", "trainingRuns");
    private static final Pattern PATH = Pattern.compile(
            "\\$\\.(sites|partners|services|trainingRuns)\\[(\\d+)](?:\\.phases\\[(\\d+)](?:\\.deployments\\[(\\d+)])?)?(.*)");
    /** At most this many bad rows are looked for in one import. */
    static final int MAX_PROBLEMS = 50;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PlanTemplate() {
    }

    /** The columns a sheet of elements shows when it has no rows (every field the file format writes for them). */
    public static List<String> emptySheetColumns(String sheet) {
        return EMPTY_SHEET_COLUMNS.getOrDefault(sheet, PLAN_COLUMNS);
    }

    /** The plan as the template's sheets, in {@link #SHEETS} order. */
    public static List<TemplateSheet> sheets(Plan plan) {
        return TemplateSheets.of(plan);
    }

    /**
     * The plan the sheets describe, checked as a plan file is.
     *
     * @param sourceName what the plan is read from, for messages
     * @throws TemplateException with one line per problem, each naming sheet, row and column; nothing is imported
     */
    public static Plan plan(List<TemplateSheet> sheets, String sourceName) throws TemplateException {
        Map<String, TemplateSheet> byName = new HashMap<>();
        sheets.forEach(s -> byName.put(s.name(), s));
        if (byName.get(PLAN) == null) {
            throw new TemplateException(sourceName + ": the template has no " + PLAN + " sheet (sheets: " + SHEETS + ")");
        }
        // The plan file's decoder stops at its first complaint. To give every bad row its own line, the row it names
        // is left out and the rest decoded again, as long as complaints name rows of elements (a complaint about the
        // plan's own settings could be a consequence of a row left out, so the search stops there).
        Set<Location> excluded = new java.util.HashSet<>();
        List<String> found = new ArrayList<>();
        for (int round = 0; round <= MAX_PROBLEMS; round++) {
            Attempt a = attempt(byName, excluded);
            if (!a.problems().isEmpty()) {
                found.addAll(a.problems());
                throw new TemplateException(found);
            }
            try {
                Plan plan = new PlanFile().read(JsonText.of(a.root()), sourceName);
                if (found.isEmpty()) {
                    return plan;
                }
                throw new TemplateException(inSheetOrder(found));
            } catch (PlanFileException e) {
                Located at = located(e, byName, a.locations(), a.settingRows());
                if (at.row() == null && !found.isEmpty()) {
                    throw new TemplateException(inSheetOrder(found));
                }
                found.add(at.message());
                if (at.row() == null || !excluded.add(at.row())) {
                    throw new TemplateException(inSheetOrder(found));
                }
            }
        }
        throw new TemplateException(found);
    }

    /** Problems in the template's order: by sheet, then row. */
    private static List<String> inSheetOrder(List<String> problems) {
        Pattern at = Pattern.compile("(.*?), row (\\d+), .*", Pattern.DOTALL);
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt((String p) -> {
            Matcher m = at.matcher(p);
            return m.matches() ? SHEETS.indexOf(m.group(1)) : -1;
        }).thenComparingInt(p -> {
            Matcher m = at.matcher(p);
            return m.matches() ? Integer.parseInt(m.group(2)) : 0;
        }));
        return sorted;
    }

    /** A problem's line, and the row it names when that row is an element's. */
    private record Located(String message, Location row) {
    }

    /** One pass over the sheets, leaving out the rows already found bad. */
    private record Attempt(ObjectNode root, Map<String, Location> locations, Map<String, Integer> settingRows,
                           List<String> problems) {
    }

    private static Attempt attempt(Map<String, TemplateSheet> byName, Set<Location> excluded) {
        List<String> problems = new ArrayList<>();
        TemplateSheet settings = byName.get(PLAN);
        ObjectNode root = NODES.objectNode();
        root.put("formatVersion", PlanFile.CURRENT_FORMAT_VERSION);
        Map<String, Integer> settingRows = new HashMap<>();
        for (int r = 0; r < settings.rows().size(); r++) {
            Object field = settings.cell(r, 0);
            if (field == null || field.toString().isBlank()) {
                continue;
            }
            String key = field.toString().strip();
            settingRows.put(key, r);
            Object value = settings.cell(r, 1);
            if (value == null) {
                continue;
            }
            try {
                TemplateCells.put(root, key, TemplateCells.node(key, value));
            } catch (IllegalArgumentException e) {
                problems.add(at(PLAN, r, 1, "value", e.getMessage()));
            }
        }
        Map<String, Location> locations = new HashMap<>();
        ArrayNode sites = root.putArray("sites");
        Map<String, ObjectNode> siteById = new HashMap<>();
        Map<String, ObjectNode> hallById = new HashMap<>();
        rows(byName.get(SITES), excluded, problems, (row, o) -> {
            o.putArray("phases");
            locations.put("$.sites[" + sites.size() + "]", new Location(SITES, row));
            siteById.putIfAbsent(o.path("id").asText(), o);
            sites.add(o);
        });
        rows(byName.get(HALLS), excluded, problems, (row, o) -> {
            ObjectNode site = parent(o, "site", siteById, SITES, byName.get(HALLS), row, problems,
                    ids(byName.get(SITES), excluded, null));
            if (site != null) {
                o.putArray("deployments");
                ArrayNode phases = site.withArray("phases");
                locations.put(pathOf(sites, site) + ".phases[" + phases.size() + "]", new Location(HALLS, row));
                hallById.putIfAbsent(site.path("id").asText() + "\u0000" + o.path("id").asText(), o);
                phases.add(o);
            }
        });
        rows(byName.get(PODS), excluded, problems, (row, o) -> {
            TemplateSheet podSheet = byName.get(PODS);
            String hallId = cellText(podSheet, row, "hall");
            o.remove("hall");
            ObjectNode site = parent(o, "site", siteById, SITES, podSheet, row, problems,
                    ids(byName.get(SITES), excluded, null));
            ObjectNode hall = site == null ? null : hallById.get(site.path("id").asText() + "\u0000" + hallId);
            boolean hallLeftOut = site != null && ids(byName.get(HALLS), excluded, "site")
                    .contains(site.path("id").asText() + "\u0000" + hallId);
            if (site != null && hall == null && !hallLeftOut) {
                problems.add(at(PODS, row, column(podSheet, "hall"), "hall", hallId.isEmpty()
                        ? "names no hall (its id on the " + HALLS + " sheet)"
                        : "no hall '" + hallId + "' of site '" + site.path("id").asText() + "' on the " + HALLS
                        + " sheet"));
            }
            if (hall != null) {
                ArrayNode pods = hall.withArray("deployments");
                locations.put(pathOf(sites, site) + ".phases[" + indexOf(site.withArray("phases"), hall)
                        + "].deployments[" + pods.size() + "]", new Location(PODS, row));
                pods.add(o);
            }
        });
        elementRows(root, "partners", byName.get(PARTNERS), excluded, problems, locations);
        elementRows(root, "services", byName.get(SERVICES), excluded, problems, locations);
        elementRows(root, "trainingRuns", byName.get(TRAINING), excluded, problems, locations);
        return new Attempt(root, locations, settingRows, problems);
    }

    /** Where a row of the template went in the plan's JSON. */
    private record Location(String sheet, int row) {
    }

    private interface RowSink {
        void accept(int row, ObjectNode element);
    }

    private static void rows(TemplateSheet sheet, Set<Location> excluded, List<String> problems, RowSink sink) {
        if (sheet == null) {
            return;
        }
        for (int r = 0; r < sheet.rows().size(); r++) {
            if (blank(sheet, r) || excluded.contains(new Location(sheet.name(), r))) {
                continue;
            }
            ObjectNode o = NODES.objectNode();
            boolean ok = true;
            for (int c = 0; c < sheet.columns().size(); c++) {
                Object value = sheet.cell(r, c);
                String key = sheet.columns().get(c);
                if (value == null || key == null || key.isBlank()) {
                    continue;
                }
                try {
                    TemplateCells.put(o, key.strip(), TemplateCells.node(key.strip(), value));
                } catch (IllegalArgumentException e) {
                    problems.add(at(sheet.name(), r, c, key, e.getMessage()));
                    ok = false;
                }
            }
            if (ok) {
                sink.accept(r, o);
            }
        }
    }

    private static void elementRows(ObjectNode root, String list, TemplateSheet sheet, Set<Location> excluded,
                                    List<String> problems, Map<String, Location> locations) {
        ArrayNode array = root.putArray(list);
        rows(sheet, excluded, problems, (row, o) -> {
            locations.put("$." + list + "[" + array.size() + "]", new Location(sheet.name(), row));
            array.add(o);
        });
    }

    private static ObjectNode parent(ObjectNode o, String column, Map<String, ObjectNode> byId, String parentSheet,
                                     TemplateSheet sheet, int row, List<String> problems, Set<String> leftOut) {
        JsonNode id = o.remove(column);
        ObjectNode parent = id == null ? null : byId.get(id.asText());
        if (parent == null && !(id != null && leftOut.contains(id.asText()))) {
            problems.add(at(sheet.name(), row, column(sheet, column), column, id == null
                    ? "names no " + column + " (its id on the " + parentSheet + " sheet)"
                    : "no " + column + " '" + id.asText() + "' on the " + parentSheet + " sheet"));
        }
        return parent;
    }

    /** The ids of the rows left out of a sheet ({@code scope}: a column naming the parent, joined to the id). */
    private static Set<String> ids(TemplateSheet sheet, Set<Location> excluded, String scope) {
        Set<String> out = new java.util.HashSet<>();
        if (sheet == null) {
            return out;
        }
        for (Location l : excluded) {
            if (l.sheet().equals(sheet.name())) {
                String id = cellText(sheet, l.row(), "id");
                out.add(scope == null ? id : cellText(sheet, l.row(), scope) + "\u0000" + id);
            }
        }
        return out;
    }

    private static String cellText(TemplateSheet sheet, int row, String column) {
        int c = column(sheet, column);
        Object v = c < 0 ? null : sheet.cell(row, c);
        return v == null ? "" : v.toString().strip();
    }

    private static int column(TemplateSheet sheet, String name) {
        for (int c = 0; c < sheet.columns().size(); c++) {
            if (name.equals(sheet.columns().get(c) == null ? null : sheet.columns().get(c).strip())) {
                return c;
            }
        }
        return -1;
    }

    private static String pathOf(ArrayNode sites, ObjectNode site) {
        return "$.sites[" + indexOf(sites, site) + "]";
    }

    private static int indexOf(ArrayNode array, JsonNode element) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) == element) {
                return i;
            }
        }
        throw new IllegalStateException("element not in its list");
    }

    private static boolean blank(TemplateSheet sheet, int r) {
        for (Object v : sheet.rows().get(r)) {
            if (v != null && !v.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The plan file's complaint, at the sheet, row and column its JSON path came from. */
    private static Located located(PlanFileException e, Map<String, TemplateSheet> sheets, Map<String, Location> rows,
                                   Map<String, Integer> settingRows) {
        String path = e.jsonPath();
        if (path != null) {
            Matcher m = PATH.matcher(path);
            if (m.matches()) {
                String element = "$." + m.group(1) + "[" + m.group(2) + "]"
                        + (m.group(3) == null ? "" : ".phases[" + m.group(3) + "]")
                        + (m.group(4) == null ? "" : ".deployments[" + m.group(4) + "]");
                Location at = rows.get(element);
                if (at != null) {
                    String field = m.group(5).startsWith(".") ? m.group(5).substring(1) : m.group(5);
                    TemplateSheet sheet = sheets.get(at.sheet());
                    int c = columnFor(sheet, field);
                    return new Located(at(at.sheet(), at.row(), c, c < 0 ? field : sheet.columns().get(c),
                            e.problem()), at);
                }
            } else if (path.startsWith("$.")) {
                String field = path.substring(2);
                for (String key = field; !key.isEmpty(); key = key.contains(".")
                        ? key.substring(0, key.lastIndexOf('.')) : "") {
                    for (String candidate : List.of(key, key.replaceAll("\\[\\d+].*", ""))) {
                        Integer row = settingRows.get(candidate);
                        if (row != null) {
                            return new Located(at(PLAN, row, 1, candidate, e.problem()
                                    + (candidate.equals(field) ? "" : " (at " + field + ")")), null);
                        }
                    }
                }
                return new Located(PLAN + " sheet, field " + field + ": " + e.problem(), null);
            }
        }
        return new Located(e.getMessage(), null);
    }

    /** The column a field path (relative to the row's element) came from: the longest column name it starts with. */
    private static int columnFor(TemplateSheet sheet, String field) {
        String plain = field.replaceAll("\\[\\d+]", "");
        int best = -1;
        for (int c = 0; c < sheet.columns().size(); c++) {
            String name = sheet.columns().get(c);
            if (name != null && (plain.equals(name) || plain.startsWith(name + "."))
                    && (best < 0 || name.length() > sheet.columns().get(best).length())) {
                best = c;
            }
        }
        return best;
    }

    private static String at(String sheet, int row, int column, String columnName, String problem) {
        String col = column < 0 ? "column " + columnName : "column " + columnName + " ("
                + TemplateSheet.columnLetter(column) + ")";
        return sheet + ", row " + (row + 2) + ", " + col + ": " + problem;
    }
}
