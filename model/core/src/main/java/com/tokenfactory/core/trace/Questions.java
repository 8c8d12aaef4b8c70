package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.HardwareSku;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.PartnerCloud;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.TrainingRun;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a question in words — FIGURE [ELEMENT[+ELEMENT…]] [YYYY | Yn | YYYY-MM] — and asks the {@link Explainer}'s
 * parts for the tree; what it cannot read gets one line naming what can be asked.
 */
final class Questions {
    private final Explainer x;
    private final Plan plan;
    private final SimulationResult result;

    Questions(Explainer explainer) {
        this.x = explainer;
        this.plan = explainer.leaves.plan;
        this.result = explainer.leaves.result;
    }

    static String help() {
        return "KPIs: " + String.join(", ", Explainer.KPIS) + "; "
                + "per element (FIGURE ID[+ID…] [span]): energy|electricity SITE, capex it SKU, fees PARTNER,"
                + " revenue SERVICE|RUN, $/mtok|tokens served SERVICE; "
                + "per plan year (YYYY, Yn), per month (YYYY-MM) or horizon: "
                + String.join(", ", Explainer.CELLS) + ", " + String.join(", ", Explainer.SERIES);
    }

    static String key(String words) {
        return words.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "").replace("excl.", "excluding")
                .replace("$/mtokens", "$/mtok").replace("usd/mtok", "$/mtok");
    }

    private static boolean among(String key, List<String> names) {
        return names.stream().anyMatch(n -> key(n).equals(key));
    }

    Explanation answer(String question) {
        String q = question == null ? "" : question.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            throw new IllegalArgumentException("nothing asked; ask for one of: " + help());
        }
        String[] words = q.split(" ");
        String last = words[words.length - 1];
        Span span = null;
        String figure = q;
        if (last.matches("\\d{4}-\\d{2}|\\d{4}|y\\d+")) {
            span = span(last);
            figure = q.substring(0, q.length() - last.length()).trim();
        }
        String f = key(figure);
        Span s = span == null ? x.leaves.horizon() : span;
        if (span == null && among(f, Explainer.KPIS)) {
            return x.kpi(f);
        }
        if (among(f, Explainer.CELLS)) {
            return x.cell(f, s);
        }
        if (among(f, Explainer.SERIES)) {
            return x.series(f, s);
        }
        String[] fw = figure.split(" ");
        String unknown = null;
        for (int i = fw.length - 1; i >= 1; i--) {
            String lead = key(String.join(" ", java.util.Arrays.copyOfRange(fw, 0, i)));
            if (!among(lead, Explainer.PER_ELEMENT)) {
                continue;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(fw, i, fw.length));
            List<Explanation> parts = new ArrayList<>();
            for (String name : rest.split("\\s*\\+\\s*")) {
                Explanation e = element(lead, name.trim(), s);
                if (e == null) {
                    unknown = "no " + kinds(lead) + " '" + name.trim() + "' in the plan; its " + plural(lead) + " "
                            + (idsOf(lead).isEmpty() ? "are none" : "are " + String.join(", ", idsOf(lead)));
                    parts = null;
                    break;
                }
                parts.add(e);
            }
            if (parts != null) {
                return parts.size() == 1 ? parts.get(0) : sumOf(parts, figure, s);
            }
        }
        if (unknown != null) {
            throw new IllegalArgumentException(unknown);
        }
        throw new IllegalArgumentException("cannot explain '" + question.trim() + "'"
                + (span == null ? "" : " for " + span.label()) + "; the plan's " + elementIds() + "; ask for one of: "
                + help());
    }

    private static Explanation sumOf(List<Explanation> parts, String figure, Span s) {
        double total = 0;
        for (Explanation p : parts) {
            total += p.value();
        }
        return Explanation.node(figure + ", " + s.label(), "Σ", total, parts.get(0).unit(), Operation.SUM, 0,
                "Σ of " + parts.size() + " elements", parts);
    }

    /** A per-element figure of the element named (id or name); null when no element of the right kind has it. */
    private Explanation element(String f, String name, Span s) {
        switch (f) {
            case "energy", "electricity" -> {
                for (int i = 0; i < plan.sites().size(); i++) {
                    Site site = plan.sites().get(i);
                    if (named(name, site.id(), site.name())) {
                        return f.equals("energy") ? x.elements.siteEnergy(i, s) : x.elements.siteElectricity(i, s);
                    }
                }
            }
            case "capexit" -> {
                for (HardwareSku sku : plan.catalog()) {
                    if (named(name, sku.id(), sku.name())) {
                        return x.elements.skuCapexIt(sku.id(), s);
                    }
                }
            }
            case "fees" -> {
                for (PartnerCloud p : plan.partners()) {
                    if (named(name, p.id(), p.name())) {
                        return x.elements.contractFees(p.id(), s);
                    }
                }
            }
            default -> {
                for (int i = 0; i < plan.services().size(); i++) {
                    InferenceService svc = plan.services().get(i);
                    if (named(name, svc.id(), svc.name())) {
                        return x.services.service(f, i, s);
                    }
                }
                if (f.equals("revenue")) {
                    for (TrainingRun run : plan.trainingRuns()) {
                        if (named(name, run.id(), run.name())) {
                            return x.elements.runRevenue(run.id(), s);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static boolean named(String asked, String id, String name) {
        return asked.equalsIgnoreCase(id) || asked.equalsIgnoreCase(name);
    }

    private static String kinds(String f) {
        return switch (f) {
            case "energy", "electricity" -> "site";
            case "capexit" -> "SKU";
            case "fees" -> "partner cloud";
            case "revenue" -> "service or training run";
            default -> "service";
        };
    }

    private static String plural(String f) {
        return switch (f) {
            case "energy", "electricity" -> "sites";
            case "capexit" -> "SKUs";
            case "fees" -> "partner clouds";
            case "revenue" -> "services and training runs";
            default -> "services";
        };
    }

    private List<String> idsOf(String f) {
        List<String> out = new ArrayList<>();
        switch (f) {
            case "energy", "electricity" -> plan.sites().forEach(e -> out.add(e.id()));
            case "capexit" -> plan.catalog().forEach(e -> out.add(e.id()));
            case "fees" -> plan.partners().forEach(e -> out.add(e.id()));
            case "revenue" -> {
                plan.services().forEach(e -> out.add(e.id()));
                plan.trainingRuns().forEach(e -> out.add(e.id()));
            }
            default -> plan.services().forEach(e -> out.add(e.id()));
        }
        return out;
    }

    private String elementIds() {
        List<String> out = new ArrayList<>();
        out.add("sites: " + String.join(", ", plan.sites().stream().map(Site::id).toList()));
        out.add("SKUs: " + String.join(", ", plan.catalog().stream().map(HardwareSku::id).toList()));
        if (!plan.partners().isEmpty()) {
            out.add("partner clouds: " + String.join(", ", plan.partners().stream().map(PartnerCloud::id).toList()));
        }
        out.add("services: " + String.join(", ", plan.services().stream().map(InferenceService::id).toList()));
        if (!plan.trainingRuns().isEmpty()) {
            out.add("training runs: " + String.join(", ", plan.trainingRuns().stream().map(TrainingRun::id).toList()));
        }
        return String.join("; ", out);
    }

    private Span span(String word) {
        if (word.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(word);
            int m = (int) result.start().until(ym, ChronoUnit.MONTHS);
            if (m < 0 || m >= result.months()) {
                throw new IllegalArgumentException("the month " + word + " is outside the plan (" + result.start()
                        + " – " + result.month(result.months() - 1) + ")");
            }
            return new Span(m, m + 1, word);
        }
        int year;
        if (word.startsWith("y")) {
            year = Integer.parseInt(word.substring(1)) - 1;
        } else {
            int calendar = Integer.parseInt(word);
            year = -1;
            for (int y = 0; y < result.years().size(); y++) {
                if (result.month(y * 12).getYear() == calendar) {
                    year = y;
                }
            }
        }
        if (year < 0 || year >= result.years().size()) {
            List<String> labels = result.years().stream().map(PeriodSummary::label).toList();
            throw new IllegalArgumentException("no plan year " + word + "; the plan years are "
                    + String.join(", ", labels) + " (ask by the calendar year a plan year starts in, or Y1, Y2…)");
        }
        PeriodSummary p = result.years().get(year);
        return new Span(p.fromMonth(), p.toMonth(), p.label());
    }
}
