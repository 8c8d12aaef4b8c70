package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.Assumptions;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Plan;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.plan.Sourced;
import com.tokenfactory.core.result.Kpis;
import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SimulationResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * Explains any figure of a result from the plan that produced it: the KPIs, every cell of the yearly and horizon
 * summaries, a month of the chart series and per-service figures. Built on request from the result's series and the
 * plan (formulas of {@link PeriodSummary}, {@code TotalsAccumulator.derive}, {@code Finance}, the site's electricity
 * price and the service's input/output prices), never from the engine's internals, so normal runs pay nothing.
 * The engine's own intermediate series (tokens served, energy, opex…) are leaves of kind {@link Provenance#DERIVED}
 * whose source names the plan fields and assumptions they come from.
 */
public final class Explainer {
    /** Marks in a derived leaf's source that it rests on the serving model's efficiencies (see {@link Badge}). */
    static final String EFFICIENCIES_FROM = "efficiencies from ";

    private final Plan plan;
    private final SimulationResult result;
    private final Totals t;
    private final String currency;

    /** @param plan the plan as simulated (with the scenario applied when the result is a scenario's) */
    public Explainer(Plan plan, SimulationResult result) {
        this.plan = plan;
        this.result = result;
        this.t = result.totals();
        this.currency = result.currency();
    }

    // ---------------------------------------------------------------------------------------------- questions

    /** The KPIs that can be asked for, by name. */
    public static final List<String> KPIS = List.of("npv", "npv excluding terminal value", "npv pre-tax",
            "terminal value", "irr", "payback");

    /** Figures of a plan year or the horizon (also asked for as KPIs without a year: the horizon's). */
    public static final List<String> CELLS = List.of("capex", "capex facility", "capex it", "electricity mwh",
            "electricity", "opex", "rental", "depreciation", "revenue", "total cost", "margin", "margin share",
            "cash flow", "free cash flow", "tokens demanded", "tokens served", "tokens unserved", "unserved share",
            "utilization owned", "utilization rented", "utilization", "$/mtok", "$/mtok idle", "$/mtok capital",
            "$/mtok served pools", "tokens per joule", "tokens per watt per dollar", "property tax insurance",
            "capital charge", "income tax", "idle cost");

    /** Figures of one month (a chart point). */
    public static final List<String> MONTHLY = List.of("capex", "electricity", "revenue", "cash flow",
            "free cash flow", "income tax", "opex", "rental", "tokens served", "tokens demanded", "utilization",
            "$/mtok");

    /** Per-service figures, asked for as FIGURE SERVICE [YEAR]. */
    public static final List<String> PER_SERVICE = List.of("$/mtok", "revenue", "tokens served");

    /** What can be asked, on one line (errors are one line), for error messages and help. */
    public static String questionsHelp() {
        return "KPIs: " + String.join(", ", KPIS) + "; "
                + "per plan year (YYYY or Yn) or the horizon (no year): " + String.join(", ", CELLS) + "; "
                + "per month (YYYY-MM): " + String.join(", ", MONTHLY) + "; "
                + "per service (FIGURE SERVICE-ID [YYYY|Yn|YYYY-MM]): " + String.join(", ", PER_SERVICE);
    }

    /**
     * Answers a question in words: "npv", "revenue 2029", "utilization 2030-04", "$/Mtok consumer-assistant 2028",
     * "margin Y2".
     *
     * @throws IllegalArgumentException naming what was not understood and what can be asked
     */
    public Explanation explain(String question) {
        String q = question == null ? "" : question.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (q.isEmpty()) {
            throw new IllegalArgumentException("nothing asked; ask for one of: " + questionsHelp());
        }
        String[] words = q.split(" ");
        String last = words[words.length - 1];
        Span span = null;
        String figure = q;
        if (last.matches("\\d{4}-\\d{2}|\\d{4}|y\\d+")) {
            span = span(last);
            figure = q.substring(0, q.length() - last.length()).trim();
        }
        // a service's figure: FIGURE SERVICE
        for (int i = 0; i < plan.services().size(); i++) {
            InferenceService svc = plan.services().get(i);
            for (String name : new String[]{svc.id().toLowerCase(Locale.ROOT), svc.name().toLowerCase(Locale.ROOT)}) {
                if (figure.endsWith(" " + name)) {
                    String f = key(figure.substring(0, figure.length() - name.length()));
                    Span s = span == null ? horizon() : span;
                    return service(f, i, s);
                }
            }
        }
        String f = key(figure);
        if (span == null) {
            if (keys(KPIS).contains(f)) {
                return kpi(f);
            }
            if (keys(CELLS).contains(f)) {
                return cell(f, horizon());
            }
        } else if (span.month()) {
            if (keys(MONTHLY).contains(f)) {
                return month(f, span.from);
            }
        } else if (keys(CELLS).contains(f)) {
            return cell(f, span);
        }
        for (String perService : PER_SERVICE) {
            String lead = perService + " ";
            if (figure.startsWith(lead) && !keys(CELLS).contains(f) && !keys(MONTHLY).contains(f)) {
                throw new IllegalArgumentException("no service '" + figure.substring(lead.length()).trim()
                        + "' in the plan; its services are " + String.join(", ", plan.services().stream()
                        .map(InferenceService::id).toList()));
            }
        }
        throw new IllegalArgumentException("cannot explain '" + question.trim() + "'"
                + (span == null ? "" : " for " + span.label) + "; ask for one of: " + questionsHelp()
                + "; services: " + String.join(", ", plan.services().stream().map(InferenceService::id).toList()));
    }

    private static String key(String words) {
        return words.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "").replace("excl.", "excluding")
                .replace("$/mtokens", "$/mtok").replace("usd/mtok", "$/mtok");
    }

    private static List<String> keys(List<String> names) {
        return names.stream().map(Explainer::key).toList();
    }

    /** A span of months [from, to) with its label. */
    private record Span(int from, int to, String label) {
        boolean month() {
            return to == from + 1;
        }
    }

    private Span horizon() {
        return new Span(0, result.months(), result.kpis().horizon().label());
    }

    private Span span(String word) {
        if (word.matches("\\d{4}-\\d{2}")) {
            YearMonth ym = YearMonth.parse(word);
            int m = (int) result.start().until(ym, java.time.temporal.ChronoUnit.MONTHS);
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
            throw new IllegalArgumentException("no plan year " + word + "; the plan years are " + String.join(", ", labels)
                    + " (ask by the calendar year a plan year starts in, or Y1, Y2…)");
        }
        PeriodSummary p = result.years().get(year);
        return new Span(p.fromMonth(), p.toMonth(), p.label());
    }

    // ---------------------------------------------------------------------------------------------- KPIs

    /** A headline figure by name (see {@link #KPIS}); the horizon's cells are KPIs too. */
    public Explanation kpi(String name) {
        Kpis k = result.kpis();
        String f = key(name);
        int n = result.months();
        switch (f) {
            case "npv": {
                Explanation tv = discountedTerminalValue();
                return Explanation.node("NPV after tax, with terminal value", "NPV", k.npv(), currency, Operation.SUM, 0,
                        "NPV = Σₘ FCFₘ ÷ (1 + r)^((m + 1)/12) + TV ÷ (1 + r)^(" + n + "/12)",
                        List.of(npvExcludingTerminalValue(), tv));
            }
            case "npvexcludingterminalvalue":
                return npvExcludingTerminalValue();
            case "npvpretax": {
                List<Explanation> terms = new ArrayList<>();
                for (int m = 0; m < n; m++) {
                    terms.add(discounted(cashFlow(m), m));
                }
                return Explanation.node("NPV before tax, no terminal value (a pre-tax view only)", "NPV₀", k.npvPreTax(),
                        currency, Operation.SUM, 0, "NPV₀ = Σₘ CFₘ ÷ (1 + r)^((m + 1)/12), CF the pre-tax cash flow",
                        terms);
            }
            case "terminalvalue":
                return terminalValue();
            case "irr": {
                List<Explanation> flows = new ArrayList<>();
                for (int m = 0; m < n; m++) {
                    Explanation fcf = freeCashFlow(m);
                    if (m == n - 1) {
                        fcf = Explanation.node("Free cash flow with terminal value, " + result.month(m), "FCF+TV",
                                fcf.value() + k.terminalValue(), currency, Operation.SUM, 0, "FCF + TV",
                                List.of(fcf, terminalValue()));
                    }
                    flows.add(fcf);
                }
                Explanation irr = Explanation.node("IRR after tax, with terminal value", "IRR",
                        k.irr() == null ? Double.NaN : k.irr(), "per year", Operation.IRR, 0,
                        "(1 + i)¹² − 1 where Σₘ FCFₘ ÷ (1 + i)^(m + 1) = 0, the terminal value added to the last month",
                        flows);
                if (k.irr() == null) {
                    irr = irr.withWhy(irrWhy(flows));
                }
                return irr;
            }
            case "payback": {
                List<Explanation> flows = new ArrayList<>();
                for (int m = 0; m < n; m++) {
                    flows.add(freeCashFlow(m));
                }
                Explanation p = Explanation.node("Payback month (index from " + result.start() + ")", "payback",
                        k.paybackMonth() == null ? Double.NaN : k.paybackMonth(), "months", Operation.PAYBACK, 0,
                        "the first month after which Σ FCF (no terminal value) stays ≥ 0"
                                + (k.paybackYearMonth() == null ? "" : ": " + k.paybackYearMonth()), flows);
                if (k.paybackMonth() == null) {
                    double sum = 0;
                    for (Explanation e : flows) {
                        sum += e.value();
                    }
                    p = p.withWhy("the cumulative free cash flow ends the horizon at " + money(sum)
                            + ", below zero: the plan does not pay back within " + n + " months");
                }
                return p;
            }
            default:
                if (keys(CELLS).contains(f)) {
                    return cell(f, horizon());
                }
                throw new IllegalArgumentException("no KPI '" + name + "'; ask for one of: " + questionsHelp());
        }
    }

    private String irrWhy(List<Explanation> flows) {
        for (Explanation e : flows) {
            if (e.value() != 0) {
                return e.value() > 0
                        ? "the plan earns (" + money(e.value()) + " in its first month with cash) before it invests, so no"
                        + " rate describes it as an investment"
                        : "the free cash flow changes sign more than once, or never turns positive enough: no single"
                        + " rate from −99% to +1000% a month makes the NPV zero";
            }
        }
        return "the plan has no free cash flow at all";
    }

    private Explanation npvExcludingTerminalValue() {
        List<Explanation> terms = new ArrayList<>();
        for (int m = 0; m < result.months(); m++) {
            terms.add(discounted(freeCashFlow(m), m));
        }
        return Explanation.node("NPV after tax, horizon's free cash flows only", "NPVₕ",
                result.kpis().npvExcludingTerminalValue(), currency, Operation.SUM, 0,
                "NPVₕ = Σₘ FCFₘ ÷ (1 + r)^((m + 1)/12), end-of-month convention", terms);
    }

    private Explanation discounted(Explanation flow, int m) {
        double years = (m + 1) / 12.0;
        double r = plan.assumptions().discountRate();
        return Explanation.node(flow.label() + ", discounted", "PV", flow.value() / Math.pow(1.0 + r, years), currency,
                Operation.DISCOUNT, years, flow.symbol() + " ÷ (1 + r)^" + (m + 1) + "/12", List.of(flow, wacc()));
    }

    private Explanation wacc() {
        return assumption("WACC (discount rate)", "r", "discountRate", plan.assumptions().discountRate(), "per year");
    }

    private Explanation discountedTerminalValue() {
        int n = result.months();
        Explanation tv = terminalValue();
        double years = n / 12.0;
        return Explanation.node("Terminal value, discounted from the horizon's end", "PV(TV)",
                tv.value() / Math.pow(1.0 + plan.assumptions().discountRate(), years), currency, Operation.DISCOUNT,
                years, "TV ÷ (1 + r)^(" + n + "/12)", List.of(tv, wacc()));
    }

    private Explanation terminalValue() {
        Kpis k = result.kpis();
        Assumptions a = plan.assumptions();
        String how = switch (k.terminalValueMethod()) {
            case NONE -> "no terminal value (assumptions.terminalValue = NONE)";
            case BOOK_VALUE -> "net book value left (" + money(k.residualBookValue()) + ") less tax at "
                    + percent(a.taxRate()) + " on its excess over the tax basis, plus receivables and the tax value of"
                    + " losses carried forward";
            case PERPETUITY -> "last twelve months' free cash flow × (1 + g) ÷ (r − g), g = "
                    + percent(a.terminalGrowthPerYear()) + " (assumptions.terminalGrowthPerYear)";
            case ECONOMIC_VALUE -> "GPUs still in life: their last twelve months' operating cash per GPU after tax,"
                    + " carried to the end of their life at the plan's price decline and software gain, discounted"
                    + " at the WACC; halls at net book value; receivables";
        };
        String choice = Assumptions.CHOICE_SOURCES.getOrDefault("terminalValue", "");
        return Explanation.leaf("Terminal value (" + k.terminalValueMethod() + ")", "TV", k.terminalValue(), currency,
                new Origin(Provenance.DERIVED, "assumptions.terminalValue",
                        how + (choice.isEmpty() ? "" : "; method: " + choice)));
    }

    // ---------------------------------------------------------------------------------------------- monthly

    /** A month's figure (a chart point) by name (see {@link #MONTHLY}). */
    public Explanation month(String name, int m) {
        String f = key(name);
        switch (f) {
            case "capex": return capex(m);
            case "electricity": return electricity(m);
            case "revenue": return revenue(m);
            case "cashflow": return cashFlow(m);
            case "freecashflow": return freeCashFlow(m);
            case "incometax": return series("Income tax", "Tax", t.incomeTax().get(m), m, "incomeTax",
                    "tax at " + percent(plan.assumptions().taxRate()) + " (assumptions.taxRate) on EBITDA − tax"
                            + " depreciation (MACRS 5-year for IT), losses carried forward (IRC §172, 80% limit)");
            case "opex": return opex(m);
            case "rental": return rental(m);
            case "tokensserved": return tokensServed(m);
            case "tokensdemanded": return series("Tokens demanded", "D", t.tokensDemanded().get(m), m, "tokensDemanded",
                    "the services' demand curves (services[].demand) at the month");
            case "utilization": {
                Span s = new Span(m, m + 1, result.month(m).toString());
                return cell("utilization", s);
            }
            case "$/mtok": {
                Span s = new Span(m, m + 1, result.month(m).toString());
                return cell("$/mtok", s);
            }
            default:
                throw new IllegalArgumentException("no monthly figure '" + name + "'; ask for one of: " + questionsHelp());
        }
    }

    private String at(int m) {
        return ", " + result.month(m);
    }

    private Explanation capex(int m) {
        List<Explanation> facility = new ArrayList<>();
        List<Explanation> it = new ArrayList<>();
        for (int i = 0; i < result.sites().size(); i++) {
            SiteResult sr = result.sites().get(i);
            int si = siteIndex(sr.siteId());
            String src = siteSource(si);
            facility.add(Explanation.leaf("Hall construction at " + sr.name() + at(m), "Cᶠ", sr.capexFacility().get(m),
                    currency, new Origin(Provenance.DERIVED, "sites[" + si + "].halls",
                    "halls' build cost per MW × MW spread over construction, plus soft costs at "
                            + percent(plan.assumptions().facilitySoftCostShare())
                            + " (assumptions.facilitySoftCostShare); site source: " + src)));
            it.add(Explanation.leaf("GPU purchases at " + sr.name() + at(m), "Cⁱ", sr.capexIt().get(m), currency,
                    new Origin(Provenance.DERIVED, "sites[" + si + "].halls[].pods",
                            "GPUs installed × the catalog price of their SKU (catalog[].priceUsd), plus networking and"
                                    + " storage at " + percent(plan.assumptions().itCapexExtraShare())
                                    + " (assumptions.itCapexExtraShare); site source: " + src)));
        }
        Explanation f = Explanation.node("Facility capex" + at(m), "Cᶠ", t.capexFacility().get(m), currency,
                Operation.SUM, 0, "Σ sites' hall construction", facility);
        Explanation i = Explanation.node("IT capex" + at(m), "Cⁱ", t.capexIt().get(m), currency, Operation.SUM, 0,
                "Σ sites' GPU purchases", it);
        return Explanation.node("Capex" + at(m), "Capex", t.capex(m), currency, Operation.SUM, 0, "Capex = Cᶠ + Cⁱ",
                List.of(f, i));
    }

    private Explanation electricity(int m) {
        List<Explanation> sites = new ArrayList<>();
        for (SiteResult sr : result.sites()) {
            int si = siteIndex(sr.siteId());
            Site site = plan.sites().get(si);
            String src = siteSource(si);
            String path = "sites[" + si + "]";
            Explanation mwh = Explanation.leaf("Facility energy at " + sr.name() + at(m), "E", sr.facilityMwh().get(m),
                    "MWh", new Origin(Provenance.DERIVED, "result.sites[" + sr.siteId() + "].facilityMwh",
                    "IT energy of the GPUs powered there (idle and busy power by the serving model, " + EFFICIENCIES_FROM
                            + result.efficiencySource() + ") × PUE " + sr.pue() + " (" + path + ")"));
            Explanation base = Explanation.leaf("Electricity price at the plan start", "p₀",
                    site.electricityUsdPerMwh(), currency + "/MWh",
                    new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".electricityUsdPerMwh", src));
            Explanation esc = Explanation.leaf("Electricity price escalation", "e", site.electricityEscalationPerYear(),
                    "per year", new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".electricityEscalationPerYear", src));
            double years = m / 12.0;
            Explanation price = Explanation.node("Electricity price at " + sr.name() + at(m), "p",
                    site.electricityUsdPerMwh() * Math.pow(1.0 + site.electricityEscalationPerYear(), years),
                    currency + "/MWh", Operation.GROWTH, years, "p = p₀ × (1 + e)^(" + m + "/12)", List.of(base, esc));
            sites.add(Explanation.node("Electricity at " + sr.name() + at(m), "Elec", sr.electricityCost().get(m),
                    currency, Operation.PRODUCT, 1, "E × p", List.of(mwh, price)));
        }
        return Explanation.node("Electricity" + at(m), "Elec", t.electricityCost().get(m), currency, Operation.SUM, 0,
                "Σ sites' facility energy × that month's price", sites);
    }

    private Explanation revenue(int m) {
        List<Explanation> services = new ArrayList<>();
        for (ServiceResult sr : result.services()) {
            services.add(serviceRevenue(sr, m));
        }
        Explanation inference = Explanation.node("Token revenue" + at(m), "Revⁱ", t.revenueInference().get(m),
                currency, Operation.SUM, 0, "Σ services' token revenue", services);
        Explanation training = series("Training revenue", "Revᵗ", t.revenueTraining().get(m), m, "revenueTraining",
                "training GPU-hours × their value (trainingRuns[].valueUsdPerGpuHour)");
        return Explanation.node("Revenue" + at(m), "Rev", t.revenue(m), currency, Operation.SUM, 0,
                "Rev = Revⁱ + Revᵗ", List.of(inference, training));
    }

    private Explanation serviceRevenue(ServiceResult sr, int m) {
        int i = serviceIndex(sr.serviceId());
        InferenceService svc = plan.services().get(i);
        String path = "services[" + i + "]";
        String src = serviceSource(i);
        Explanation decline = svc.priceDeclinePerYear() != null
                ? Explanation.leaf("Price decline", "d", svc.priceDeclinePerYear(), "per year",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".priceDeclinePerYear", src))
                : assumption("Price decline (plan-wide)", "d", "tokenPriceDeclinePerYear",
                plan.assumptions().tokenPriceDeclinePerYear(), "per year");
        double years = m / 12.0;
        double factor = Math.pow(1.0 - decline.value(), years);
        Explanation inTokens = Explanation.leaf("Input tokens served", "Tᵢₙ", sr.inputTokensServed().get(m), "tokens",
                servedOrigin(sr, "inputTokensServed"));
        Explanation inPrice = Explanation.leaf("Input price at the plan start", "Pᵢₙ",
                svc.inputPriceUsdPerMillionTokens(), currency + "/Mtok",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".inputPriceUsdPerMillionTokens", src));
        Explanation inPriceNow = Explanation.node("Input price" + at(m), "Pᵢₙ", inPrice.value() * factor,
                currency + "/Mtok", Operation.DECLINE, years, "Pᵢₙ × (1 − d)^(" + m + "/12)", List.of(inPrice, decline));
        Explanation outTokens = Explanation.leaf("Output tokens served", "Tₒᵤₜ", sr.outputTokensServed().get(m),
                "tokens", servedOrigin(sr, "outputTokensServed"));
        Explanation outPrice = Explanation.leaf("Output price at the plan start", "Pₒᵤₜ",
                svc.outputPriceUsdPerMillionTokens(), currency + "/Mtok",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".outputPriceUsdPerMillionTokens", src));
        Explanation outPriceNow = Explanation.node("Output price" + at(m), "Pₒᵤₜ", outPrice.value() * factor,
                currency + "/Mtok", Operation.DECLINE, years, "Pₒᵤₜ × (1 − d)^(" + m + "/12)",
                List.of(outPrice, decline));
        Explanation in = Explanation.node("Input-token revenue of " + sr.name() + at(m), "Revᵢₙ",
                sr.revenueInput().get(m), currency, Operation.PRODUCT, 1e-6, "Tᵢₙ × Pᵢₙ ÷ 10⁶",
                List.of(inTokens, inPriceNow));
        Explanation out = Explanation.node("Output-token revenue of " + sr.name() + at(m), "Revₒᵤₜ",
                sr.revenue().get(m) - sr.revenueInput().get(m), currency, Operation.PRODUCT, 1e-6, "Tₒᵤₜ × Pₒᵤₜ ÷ 10⁶",
                List.of(outTokens, outPriceNow));
        Explanation e = Explanation.node("Revenue of " + sr.name() + at(m), "Revₛ", sr.revenue().get(m), currency,
                Operation.SUM, 0, "Revᵢₙ + Revₒᵤₜ", List.of(in, out));
        if (sr.revenue().get(m) == 0 && sr.tokensDemanded().get(m) > 0) {
            e = e.withWhy(servedNothingWhy(svc, m));
        }
        return e;
    }

    private String servedNothingWhy(InferenceService svc, int m) {
        String need = svc.requiredCertifications().isEmpty() ? ""
                : "; it may only run on capacity certified " + String.join(", ", svc.requiredCertifications());
        return "none of " + svc.id() + "'s demand was served in " + result.month(m) + need
                + " — no such capacity had room at its latency and price";
    }

    private Origin servedOrigin(ServiceResult sr, String field) {
        int i = serviceIndex(sr.serviceId());
        return new Origin(Provenance.DERIVED, "result.services[" + sr.serviceId() + "]." + field,
                "the monthly allocator: demand from services[" + i + "].demand (" + serviceSource(i)
                        + "), served on the cheapest pool with room by priority, each GPU's throughput from the"
                        + " serving model with " + EFFICIENCIES_FROM + result.efficiencySource());
    }

    private Explanation cashFlow(int m) {
        Explanation ptax = series("Property tax and insurance", "PTI", t.propertyTaxInsurance().get(m), m,
                "propertyTaxInsurance", percent(plan.assumptions().propertyTaxInsurancePerYear())
                        + " a year (assumptions.propertyTaxInsurancePerYear) of owned net book value");
        Explanation receivables = series("Increase in receivables", "ΔAR", t.receivablesChange().get(m), m,
                "receivablesChange", "revenue × " + plan.assumptions().receivablesDays()
                        + " days (assumptions.receivablesDays) ÷ days in the month, less last month's");
        return Explanation.node("Pre-tax cash flow" + at(m), "CF", t.cashFlow().get(m), currency, Operation.DIFFERENCE,
                0, "CF = Rev − Elec − Opex − PTI − Rent − Capex − ΔAR",
                List.of(revenue(m), electricity(m), opex(m), ptax, rental(m), capex(m), receivables));
    }

    private Explanation freeCashFlow(int m) {
        Explanation tax = month("income tax", m);
        return Explanation.node("Free cash flow after tax" + at(m), "FCF", t.freeCashFlow().get(m), currency,
                Operation.DIFFERENCE, 0, "FCF = CF − Tax", List.of(cashFlow(m), tax));
    }

    private Explanation opex(int m) {
        return series("Operations (opex)", "Opex", t.opex().get(m), m, "opex",
                "powered MW × " + money(plan.assumptions().opexUsdPerMwYear())
                        + " per MW-year (assumptions.opexUsdPerMwYear) ÷ 12");
    }

    private Explanation rental(int m) {
        Explanation committed = series("Committed partner fees", "Rᶜ", t.rentalCommitted().get(m), m, "rentalCommitted",
                "take-or-pay GPUs × hours × the contract's price (partners[].usdPerGpuHour)");
        Explanation onDemand = series("On-demand partner fees", "Rᵒ", t.rentalOnDemand().get(m), m, "rentalOnDemand",
                "GPU-hours rented on demand × the contract's price (partners[].usdPerGpuHour)");
        return Explanation.node("Rental" + at(m), "Rent", committed.value() + onDemand.value(), currency, Operation.SUM,
                0, "Rent = Rᶜ + Rᵒ", List.of(committed, onDemand));
    }

    private Explanation tokensServed(int m) {
        List<Explanation> services = new ArrayList<>();
        for (ServiceResult sr : result.services()) {
            Explanation e = Explanation.leaf("Tokens served for " + sr.name() + at(m), "Tₛ", sr.tokensServed().get(m),
                    "tokens", servedOrigin(sr, "tokensServed"));
            if (e.value() == 0 && sr.tokensDemanded().get(m) > 0) {
                e = e.withWhy(servedNothingWhy(plan.services().get(serviceIndex(sr.serviceId())), m));
            }
            services.add(e);
        }
        return Explanation.node("Tokens served" + at(m), "T", t.tokensServed().get(m), "tokens", Operation.SUM, 0,
                "Σ services' tokens served", services);
    }

    /** A leaf that is one month of one of the engine's plan-wide series. */
    private Explanation series(String label, String symbol, double value, int m, String field, String how) {
        return Explanation.leaf(label + at(m), symbol, value, unitOf(field),
                new Origin(Provenance.DERIVED, "result.totals." + field + "[" + result.month(m) + "]", how));
    }

    private String unitOf(String field) {
        if (field.startsWith("tokens")) {
            return "tokens";
        }
        if (field.startsWith("gpuHours")) {
            return "GPU-hours";
        }
        if (field.endsWith("Mwh")) {
            return "MWh";
        }
        return currency;
    }

    // ---------------------------------------------------------------------------------------------- cells

    /** How each summary cell is read from a {@link PeriodSummary}. */
    private static final Map<String, ToDoubleFunction<PeriodSummary>> CELL_VALUES = cellValues();

    private static Map<String, ToDoubleFunction<PeriodSummary>> cellValues() {
        Map<String, ToDoubleFunction<PeriodSummary>> v = new LinkedHashMap<>();
        v.put("capex", PeriodSummary::capex);
        v.put("capexfacility", PeriodSummary::capexFacility);
        v.put("capexit", PeriodSummary::capexIt);
        v.put("electricitymwh", PeriodSummary::electricityMwh);
        v.put("electricity", PeriodSummary::electricityCost);
        v.put("opex", PeriodSummary::opex);
        v.put("rental", PeriodSummary::rental);
        v.put("depreciation", PeriodSummary::depreciation);
        v.put("revenue", PeriodSummary::revenue);
        v.put("totalcost", PeriodSummary::totalCost);
        v.put("margin", PeriodSummary::margin);
        v.put("marginshare", PeriodSummary::marginShare);
        v.put("cashflow", PeriodSummary::cashFlow);
        v.put("freecashflow", PeriodSummary::freeCashFlow);
        v.put("tokensdemanded", PeriodSummary::tokensDemanded);
        v.put("tokensserved", PeriodSummary::tokensServed);
        v.put("tokensunserved", PeriodSummary::tokensUnserved);
        v.put("unservedshare", PeriodSummary::unservedShare);
        v.put("utilizationowned", PeriodSummary::utilizationOwned);
        v.put("utilizationrented", PeriodSummary::utilizationRented);
        v.put("utilization", PeriodSummary::utilization);
        v.put("$/mtok", PeriodSummary::usdPerMillionTokens);
        v.put("$/mtokidle", PeriodSummary::usdPerMillionTokensIdle);
        v.put("$/mtokcapital", PeriodSummary::usdPerMillionTokensCapital);
        v.put("$/mtokservedpools", PeriodSummary::usdPerMillionTokensServedPools);
        v.put("tokensperjoule", PeriodSummary::tokensPerJoule);
        v.put("tokensperwattperdollar", PeriodSummary::tokensPerWattPerDollar);
        v.put("propertytaxinsurance", PeriodSummary::propertyTaxInsurance);
        v.put("capitalcharge", PeriodSummary::capitalCharge);
        v.put("incometax", PeriodSummary::incomeTax);
        v.put("idlecost", PeriodSummary::idleCost);
        return v;
    }

    /** The value a summary cell shows, by name (see {@link #CELLS}). */
    public static double cellValue(PeriodSummary p, String name) {
        ToDoubleFunction<PeriodSummary> f = CELL_VALUES.get(key(name));
        if (f == null) {
            throw new IllegalArgumentException("no summary figure '" + name + "'");
        }
        return f.applyAsDouble(p);
    }

    /** A cell of plan year {@code year} (0-based). */
    public Explanation yearCell(String name, int year) {
        PeriodSummary p = result.years().get(year);
        return cell(name, new Span(p.fromMonth(), p.toMonth(), p.label()));
    }

    /** A cell of the horizon's summary. */
    public Explanation horizonCell(String name) {
        return cell(name, horizon());
    }

    private Explanation cell(String name, Span s) {
        String f = key(name);
        PeriodSummary p = s.from == 0 && s.to == result.months() ? result.kpis().horizon()
                : s.month() ? PeriodSummary.of(t, s.from, s.to, s.label)
                : result.years().get(s.from / 12);
        ToDoubleFunction<PeriodSummary> read = CELL_VALUES.get(f);
        if (read == null) {
            throw new IllegalArgumentException("no summary figure '" + name + "'; ask for one of: " + questionsHelp());
        }
        double value = read.applyAsDouble(p);
        String in = ", " + s.label;
        Explanation e = switch (f) {
            case "capex" -> sum("Capex" + in, "Capex", value, currency, s, this::capex);
            case "capexfacility" -> sum("Facility capex" + in, "Cᶠ", value, currency, s,
                    m -> capex(m).children().get(0));
            case "capexit" -> sum("IT capex" + in, "Cⁱ", value, currency, s, m -> capex(m).children().get(1));
            case "electricitymwh" -> sum("Facility energy" + in, "E", value, "MWh", s,
                    m -> series("Facility energy", "E", t.electricityMwh().get(m), m, "electricityMwh",
                            "IT energy × PUE of the owned sites"));
            case "electricity" -> sum("Electricity" + in, "Elec", value, currency, s, this::electricity);
            case "opex" -> sum("Operations (opex)" + in, "Opex", value, currency, s, this::opex);
            case "rental" -> sum("Rental" + in, "Rent", value, currency, s, this::rental);
            case "depreciation" -> sum("Depreciation" + in, "Dep", value, currency, s,
                    m -> series("Depreciation", "Dep", t.depreciation().get(m), m, "depreciation",
                            "straight line over assumptions.bookLifeYears = " + plan.assumptions().bookLifeYears()
                                    + " (GPUs) and facilityLifeYears = " + plan.assumptions().facilityLifeYears()
                                    + " (halls), plus write-offs of retired GPUs"));
            case "revenue" -> sum("Revenue" + in, "Rev", value, currency, s, this::revenue);
            case "totalcost" -> sum("Total cost" + in, "Cost", value, currency, s, this::totalCost);
            case "margin" -> Explanation.node("Margin" + in, "M", value, currency, Operation.DIFFERENCE, 0,
                    "M = Rev − Cost", List.of(cell("revenue", s), cell("total cost", s)));
            case "marginshare" -> Explanation.node("Margin share" + in, "M%", value, "", Operation.RATIO, 1,
                    "M ÷ Rev", List.of(cell("margin", s), cell("revenue", s)));
            case "cashflow" -> sum("Pre-tax cash flow" + in, "CF", value, currency, s, this::cashFlow);
            case "freecashflow" -> sum("Free cash flow after tax" + in, "FCF", value, currency, s, this::freeCashFlow);
            case "tokensdemanded" -> sum("Tokens demanded" + in, "D", value, "tokens", s,
                    m -> month("tokens demanded", m));
            case "tokensserved" -> sum("Tokens served" + in, "T", value, "tokens", s, this::tokensServed);
            case "tokensunserved" -> sum("Tokens unserved" + in, "U", value, "tokens", s,
                    m -> Explanation.node("Tokens unserved" + at(m), "U", t.tokensUnserved(m), "tokens",
                            Operation.SHORTFALL, 0, "max(0, D − T)",
                            List.of(month("tokens demanded", m), tokensServed(m))));
            case "unservedshare" -> Explanation.node("Unserved share" + in, "U%", value, "", Operation.RATIO, 1,
                    "U ÷ D", List.of(cell("tokens unserved", s), cell("tokens demanded", s)));
            case "utilizationowned" -> ratio("Utilization of owned GPUs" + in, "uₒ", value, "", 1, "busy ÷ available",
                    sumOf("Owned GPU-hours busy" + in, "Hᵇ", s, "gpuHoursOwnedBusy", busy()),
                    sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE));
            case "utilizationrented" -> ratio("Utilization of rented GPUs" + in, "uᵣ", value, "", 1,
                    "busy ÷ available",
                    sumOf("Rented GPU-hours busy" + in, "Hᵇᵣ", s, "gpuHoursRentedBusy", busy()),
                    sumOf("Rented GPU-hours available" + in, "Hᵣ", s, "gpuHoursRented", AVAILABLE));
            case "utilization" -> {
                Explanation busy = sumOf("Owned GPU-hours busy" + in, "Hᵇ", s, "gpuHoursOwnedBusy", busy());
                Explanation rentedBusy = sumOf("Rented GPU-hours busy" + in, "Hᵇᵣ", s, "gpuHoursRentedBusy", busy());
                Explanation hours = sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE);
                Explanation rented = sumOf("Rented GPU-hours available" + in, "Hᵣ", s, "gpuHoursRented", AVAILABLE);
                yield ratio("Utilization" + in, "u", value, "", 1, "(Hᵇ + Hᵇᵣ) ÷ (H + Hᵣ)",
                        Explanation.node("GPU-hours busy" + in, "Hᵇ", busy.value() + rentedBusy.value(), "GPU-hours",
                                Operation.SUM, 0, "Hᵇ + Hᵇᵣ", List.of(busy, rentedBusy)),
                        Explanation.node("GPU-hours available" + in, "H", hours.value() + rented.value(), "GPU-hours",
                                Operation.SUM, 0, "H + Hᵣ", List.of(hours, rented)));
            }
            case "$/mtok" -> ratio("Fully loaded $/Mtok" + in, "$/Mtok", value, currency + "/Mtok", 1e6,
                    "fully loaded inference cost ÷ tokens served × 10⁶",
                    sumOf("Fully loaded cost of inference" + in, "Cₗ", s, "inferenceLoadedCost",
                            "each pool's cost and capital charge at the WACC (assumptions.discountRate) by the share"
                                    + " of its capacity inference used, plus inference's share of idle capacity"),
                    sum("Tokens served" + in, "T", t.tokensServed().sum(s.from, s.to), "tokens", s,
                            this::tokensServed));
            case "$/mtokidle" -> ratio("Idle part of $/Mtok" + in, "$/Mtokᵢ", value, currency + "/Mtok", 1e6,
                    "inference's share of idle capacity ÷ tokens served × 10⁶",
                    sumOf("Idle cost borne by inference" + in, "Cᵢ", s, "inferenceIdleCost",
                            "the idle share of each pool's cost (GPU-hours nobody used), by inference's GPU-hours"),
                    sum("Tokens served" + in, "T", t.tokensServed().sum(s.from, s.to), "tokens", s,
                            this::tokensServed));
            case "$/mtokcapital" -> ratio("Capital part of $/Mtok" + in, "$/Mtokₖ", value, currency + "/Mtok", 1e6,
                    "inference's capital charge ÷ tokens served × 10⁶",
                    sumOf("Capital charge borne by inference" + in, "Cₖ", s, "inferenceCapitalCost",
                            "book value at the month's start × ((1 + WACC)^(1/12) − 1), WACC "
                                    + percent(plan.assumptions().discountRate()) + ", by inference's share"),
                    sum("Tokens served" + in, "T", t.tokensServed().sum(s.from, s.to), "tokens", s,
                            this::tokensServed));
            case "$/mtokservedpools" -> ratio("Served-pool $/Mtok" + in, "$/Mtokₚ", value, currency + "/Mtok", 1e6,
                    "served pools' accounting cost ÷ tokens served × 10⁶",
                    sumOf("Served-pool cost of inference" + in, "Cₚ", s, "inferenceCost",
                            "each pool's accounting cost (no capital charge) shared by busy GPU-hours"),
                    sum("Tokens served" + in, "T", t.tokensServed().sum(s.from, s.to), "tokens", s,
                            this::tokensServed));
            case "tokensperjoule" -> tokensPerJoule(value, s, in);
            case "tokensperwattperdollar" -> {
                Explanation cost = sumOf("Owned capacity's cost" + in, "Cₒ", s, "ownedCost",
                        "depreciation + electricity + opex + property tax and insurance of owned capacity");
                Explanation hours = sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE);
                Explanation perHour = ratio("Owned $ per GPU-hour" + in, "$/h", ratioOf(cost.value(), hours.value(), 1), currency + "/GPU-hour", 1,
                        "Cₒ ÷ H", cost, hours);
                yield ratio("Tokens per watt per dollar" + in, "τ/$", value, "tokens/J per $/GPU-hour", 1,
                        "tokens per joule ÷ owned $ per GPU-hour", tokensPerJoule(p.tokensPerJoule(), s, in), perHour);
            }
            case "propertytaxinsurance" -> sumOf("Property tax and insurance" + in, "PTI", s, "propertyTaxInsurance",
                    percent(plan.assumptions().propertyTaxInsurancePerYear())
                            + " a year (assumptions.propertyTaxInsurancePerYear) of owned net book value");
            case "capitalcharge" -> sumOf("Capital charge" + in, "K", s, "capitalCharge",
                    "owned book value at the month's start × ((1 + WACC)^(1/12) − 1), WACC "
                            + percent(plan.assumptions().discountRate()) + " (assumptions.discountRate)");
            case "incometax" -> sum("Income tax" + in, "Tax", value, currency, s, m -> month("income tax", m));
            case "idlecost" -> sumOf("Idle capacity cost" + in, "Idle", s, "idleCost",
                    "idle share of each pool's cost, pools with nothing available and halls with no GPUs,"
                            + " capital charge included");
            default -> throw new IllegalStateException(f);
        };
        if (Double.isNaN(value)) {
            e = explainBlanks(e, f, s);
        } else if (value == 0 && e.why() == null && f.equals("revenue")) {
            e = e.withWhy("nothing was served and no training ran in " + s.label);
        }
        return e;
    }

    private String busy() {
        return "GPU-hours used by inference and training (the monthly allocator; inference's from the tokens served and"
                + " each GPU's throughput by the serving model with " + EFFICIENCIES_FROM + result.efficiencySource() + ")";
    }
    private static final String AVAILABLE = "GPUs in service × hours in the month × availability (1 − failures ×"
            + " repair days, assumptions.gpuAnnualFailureRate and gpuRepairDays)";

    private Explanation tokensPerJoule(double value, Span s, String in) {
        return ratio("Tokens per joule" + in, "τ", value, "tokens/J", 1 / 3.6e9,
                "tokens served on owned capacity ÷ (inference's facility MWh × 3.6×10⁹ J/MWh)",
                sumOf("Tokens served on owned capacity" + in, "Tₒ", s, "tokensServedOwned",
                        "the monthly allocator's tokens on owned pools; throughput from the serving model with"
                                + " " + EFFICIENCIES_FROM + result.efficiencySource()),
                sumOf("Facility energy for inference" + in, "Eᵢ", s, "inferenceFacilityMwh",
                        "IT energy of the GPUs serving inference (busy and idle power) × the site's PUE"));
    }

    /** Every blank (NaN) node of the tree says why it is blank. */
    private Explanation explainBlanks(Explanation e, String f, Span s) {
        if (!Double.isNaN(e.value()) || e.isLeaf()) {
            return e;
        }
        List<Explanation> children = new ArrayList<>();
        for (Explanation c : e.children()) {
            children.add(explainBlanks(c, f, s));
        }
        Explanation out = new Explanation(e.label(), e.symbol(), e.value(), e.unit(), e.operation(), e.parameter(),
                e.formula(), children, e.origin(), e.why());
        return out.why() != null ? out : out.withWhy(ratioWhy(f, out, s));
    }

    private String ratioWhy(String f, Explanation e, Span s) {
        for (Explanation c : e.children()) {
            if (Double.isNaN(c.value()) && c.why() != null) {
                return c.why();
            }
        }
        Explanation denominator = e.children().size() > 1 ? e.children().get(1) : null;
        if (denominator != null && !(denominator.value() > 0)) {
            String what = denominator.label().replace(", " + s.label, "");
            if (what.length() > 1 && Character.isLowerCase(what.charAt(1))) {
                what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
            }
            return "blank: " + what + " is " + (Double.isNaN(denominator.value()) ? "undefined"
                    : "zero") + " in " + s.label + ", so there is nothing to divide by" + unservedHint(f, s);
        }
        return "blank: undefined in " + s.label;
    }

    private String unservedHint(String f, Span s) {
        if (!f.startsWith("$/mtok") && !f.startsWith("tokensper")) {
            return "";
        }
        double demanded = t.tokensDemanded().sum(s.from, s.to);
        return demanded > 0 ? " (" + compact(demanded) + " tokens were asked for and none served)" : " (no demand)";
    }

    private static String compact(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }

    private Explanation totalCost(int m) {
        return Explanation.node("Total cost" + at(m), "Cost", t.totalCost().get(m), currency, Operation.SUM, 0,
                "Cost = Dep + Elec + Opex + PTI + Rent",
                List.of(series("Depreciation", "Dep", t.depreciation().get(m), m, "depreciation",
                                "straight line over the book lives (assumptions.bookLifeYears, facilityLifeYears) plus"
                                        + " write-offs of retired GPUs"),
                        electricity(m), opex(m),
                        series("Property tax and insurance", "PTI", t.propertyTaxInsurance().get(m), m,
                                "propertyTaxInsurance", percent(plan.assumptions().propertyTaxInsurancePerYear())
                                        + " a year of owned net book value"),
                        rental(m)));
    }

    private Explanation sum(String label, String symbol, double value, String unit, Span s,
                            IntFunction<Explanation> month) {
        List<Explanation> months = new ArrayList<>();
        for (int m = s.from; m < s.to; m++) {
            months.add(month.apply(m));
        }
        if (s.month()) {
            return months.get(0);
        }
        return Explanation.node(label, symbol, value, unit, Operation.SUM, 0, "Σ over " + (s.to - s.from) + " months",
                months);
    }

    private Explanation sumOf(String label, String symbol, Span s, String field, String how) {
        var series = seriesByName(field);
        return sum(label, symbol, series.sum(s.from, s.to), unitOf(field), s,
                m -> series(label.replace(", " + s.label, ""), symbol, series.get(m), m, field, how));
    }

    private com.tokenfactory.core.result.Series seriesByName(String field) {
        try {
            return (com.tokenfactory.core.result.Series) Totals.class.getMethod(field).invoke(t);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no series " + field, e);
        }
    }

    private static Explanation ratio(String label, String symbol, double value, String unit, double scale,
                                     String formula, Explanation numerator, Explanation denominator) {
        return Explanation.node(label, symbol, value, unit, Operation.RATIO, scale, formula,
                List.of(numerator, denominator));
    }

    private static double ratioOf(double a, double b, double scale) {
        return b > 0 && Double.isFinite(a) ? a / b * scale : Double.NaN;
    }

    // ---------------------------------------------------------------------------------------------- services

    /** A per-service figure (see {@link #PER_SERVICE}) over a span. */
    private Explanation service(String f, int i, Span s) {
        InferenceService svc = plan.services().get(i);
        ServiceResult sr = result.services().stream().filter(r -> r.serviceId().equals(svc.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the service " + svc.id() + " has no result"));
        String in = ", " + s.label;
        switch (f) {
            case "revenue":
                return sum("Revenue of " + sr.name() + in, "Revₛ", sr.revenue().sum(s.from, s.to), currency, s,
                        m -> serviceRevenue(sr, m));
            case "tokensserved":
                return serviceTokens(sr, s, in);
            case "$/mtok": {
                Explanation cost = sum("Fully loaded cost attributed to " + sr.name() + in, "Cₛ",
                        sr.attributedCost().sum(s.from, s.to), currency, s,
                        m -> Explanation.leaf("Cost attributed to " + sr.name() + at(m), "Cₛ",
                                sr.attributedCost().get(m), currency,
                                new Origin(Provenance.DERIVED, "result.services[" + sr.serviceId() + "].attributedCost",
                                        "each pool's fully loaded cost (capital charge at the WACC "
                                                + percent(plan.assumptions().discountRate())
                                                + " included) by the GPU-hours this service used there, plus its share"
                                                + " of idle capacity")));
                Explanation e = ratio("Fully loaded $/Mtok of " + sr.name() + in, "$/Mtokₛ",
                        ratioOf(cost.value(), sr.tokensServed().sum(s.from, s.to), 1e6), currency + "/Mtok", 1e6,
                        "Cₛ ÷ Tₛ × 10⁶", cost, serviceTokens(sr, s, in));
                if (Double.isNaN(e.value())) {
                    double demanded = sr.tokensDemanded().sum(s.from, s.to);
                    e = e.withWhy(demanded > 0 ? servedNothingWhy(svc, s.from).replace(" in " + result.month(s.from),
                            " in " + s.label) : "blank: " + svc.id() + " has no demand in " + s.label);
                }
                return e;
            }
            default:
                throw new IllegalArgumentException("no per-service figure '" + f + "'; ask for one of: "
                        + questionsHelp());
        }
    }

    private Explanation serviceTokens(ServiceResult sr, Span s, String in) {
        return sum("Tokens served for " + sr.name() + in, "Tₛ", sr.tokensServed().sum(s.from, s.to), "tokens", s,
                m -> Explanation.leaf("Tokens served for " + sr.name() + at(m), "Tₛ", sr.tokensServed().get(m),
                        "tokens", servedOrigin(sr, "tokensServed")));
    }

    // ---------------------------------------------------------------------------------------------- origins

    /** An assumption: a sourced default when the plan keeps the default, the planner's when it changed it. */
    private Explanation assumption(String label, String symbol, String field, double value, String unit) {
        Sourced d = Assumptions.SOURCES.get(field);
        Origin o;
        if (d != null && d.value() == value) {
            o = new Origin(Provenance.SOURCED_DEFAULT, "assumptions." + field, d.source());
        } else {
            o = new Origin(Provenance.PLANNERS_ASSUMPTION, "assumptions." + field,
                    d == null ? Sourced.USER_ENTERED : "set in the plan; the default " + d.value() + " comes from "
                            + d.source());
        }
        return Explanation.leaf(label, symbol, value, unit, o);
    }

    private int siteIndex(String id) {
        for (int i = 0; i < plan.sites().size(); i++) {
            if (plan.sites().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no site " + id + " in the plan");
    }

    private int serviceIndex(String id) {
        for (int i = 0; i < plan.services().size(); i++) {
            if (plan.services().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException("no service " + id + " in the plan");
    }

    private String siteSource(int i) {
        String s = plan.sites().get(i).source();
        return s == null || s.isBlank() ? "sites[" + i + "] (" + plan.sites().get(i).id() + "), no source given"
                : s;
    }

    private String serviceSource(int i) {
        String s = plan.services().get(i).source();
        return s == null || s.isBlank() ? "services[" + i + "] (" + plan.services().get(i).id() + "), no source given"
                : s;
    }

    private String money(double v) {
        return String.format(Locale.ROOT, "%,.0f %s", v, currency);
    }

    private static String percent(double v) {
        return String.format(Locale.ROOT, "%.4g%%", v * 100);
    }
}
