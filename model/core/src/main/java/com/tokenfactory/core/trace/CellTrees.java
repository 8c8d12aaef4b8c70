package com.tokenfactory.core.trace;

import com.tokenfactory.core.result.PeriodSummary;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import static com.tokenfactory.core.trace.Leaves.compact;
import static com.tokenfactory.core.trace.Leaves.percent;
import static com.tokenfactory.core.trace.Leaves.ratio;
import static com.tokenfactory.core.trace.Leaves.ratioOf;

/**
 * The cells of the yearly and horizon summaries (and of one month): sums of the monthly trees and the ratios of
 * {@link PeriodSummary}, every blank one saying why.
 */
final class CellTrees {
    private static final String AVAILABLE = "GPUs in service × hours in the month × availability (1 − failures ×"
            + " repair days, assumptions.gpuAnnualFailureRate and gpuRepairDays)";

    /** How each summary cell is read from a {@link PeriodSummary}, by key. */
    static final Map<String, ToDoubleFunction<PeriodSummary>> VALUES = values();

    private final Leaves l;
    private final MonthlyTrees monthly;
    private final Totals t;
    private final String currency;

    CellTrees(Leaves leaves, MonthlyTrees monthly) {
        this.l = leaves;
        this.monthly = monthly;
        this.t = leaves.t;
        this.currency = leaves.currency;
    }

    private static Map<String, ToDoubleFunction<PeriodSummary>> values() {
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

    /** The summary of a span: the horizon's, a plan year's, or one month's. */
    PeriodSummary summary(Span s) {
        return s.from() == 0 && s.to() == l.result.months() ? l.result.kpis().horizon()
                : s.month() ? PeriodSummary.of(t, s.from(), s.to(), s.label())
                : l.result.years().get(s.from() / 12);
    }

    /** A summary cell by key over a span; null when the key names none. */
    Explanation cell(String f, Span s) {
        ToDoubleFunction<PeriodSummary> read = VALUES.get(f);
        if (read == null) {
            return null;
        }
        PeriodSummary p = summary(s);
        double value = read.applyAsDouble(p);
        String in = ", " + s.label();
        Explanation e = switch (f) {
            case "capex" -> l.sum("Capex" + in, "Capex", value, currency, s, monthly::capex);
            case "capexfacility" -> l.sum("Facility capex" + in, "Cᶠ", value, currency, s,
                    m -> monthly.capex(m).children().get(0));
            case "capexit" -> l.sum("IT capex" + in, "Cⁱ", value, currency, s, m -> monthly.capex(m).children().get(1));
            case "electricitymwh" -> l.sum("Facility energy" + in, "E", value, "MWh", s,
                    m -> l.series("Facility energy", "E", t.electricityMwh().get(m), m, "electricityMwh",
                            "IT energy × PUE of the owned sites, the IT energy by the serving model with "
                                    + Explainer.EFFICIENCIES_FROM + l.result.efficiencySource()));
            case "electricity" -> l.sum("Electricity" + in, "Elec", value, currency, s, monthly::electricity);
            case "opex" -> l.sum("Operations (opex)" + in, "Opex", value, currency, s, monthly::opex);
            case "rental" -> l.sum("Rental" + in, "Rent", value, currency, s, monthly::rental);
            case "depreciation" -> l.sum("Depreciation" + in, "Dep", value, currency, s,
                    m -> l.series("Depreciation", "Dep", t.depreciation().get(m), m, "depreciation",
                            "straight line over assumptions.bookLifeYears = " + l.plan.assumptions().bookLifeYears()
                                    + " (GPUs) and facilityLifeYears = " + l.plan.assumptions().facilityLifeYears()
                                    + " (halls), plus write-offs of retired GPUs"));
            case "revenue" -> l.sum("Revenue" + in, "Rev", value, currency, s, monthly::revenue);
            case "totalcost" -> l.sum("Total cost" + in, "Cost", value, currency, s, monthly::totalCost);
            case "margin" -> Explanation.node("Margin" + in, "M", value, currency, Operation.DIFFERENCE, 0,
                    "M = Rev − Cost", List.of(cell("revenue", s), cell("totalcost", s)));
            case "marginshare" -> Explanation.node("Margin share" + in, "M%", value, "", Operation.RATIO, 1,
                    "M ÷ Rev", List.of(cell("margin", s), cell("revenue", s)));
            case "cashflow" -> l.sum("Pre-tax cash flow" + in, "CF", value, currency, s, monthly::cashFlow);
            case "freecashflow" -> l.sum("Free cash flow after tax" + in, "FCF", value, currency, s,
                    monthly::freeCashFlow);
            case "tokensdemanded" -> l.sum("Tokens demanded" + in, "D", value, "tokens", s, monthly::tokensDemanded);
            case "tokensserved" -> l.sum("Tokens served" + in, "T", value, "tokens", s, monthly::tokensServed);
            case "tokensunserved" -> l.sum("Tokens unserved" + in, "U", value, "tokens", s,
                    m -> Explanation.node("Tokens unserved" + l.at(m), "U", t.tokensUnserved(m), "tokens",
                            Operation.SHORTFALL, 0, "max(0, D − T)",
                            List.of(monthly.tokensDemanded(m), monthly.tokensServed(m))));
            case "unservedshare" -> Explanation.node("Unserved share" + in, "U%", value, "", Operation.RATIO, 1,
                    "U ÷ D", List.of(cell("tokensunserved", s), cell("tokensdemanded", s)));
            case "utilizationowned" -> ratio("Utilization of owned GPUs" + in, "uₒ", value, "", 1, "busy ÷ available",
                    l.sumOf("Owned GPU-hours busy" + in, "Hᵇ", s, "gpuHoursOwnedBusy", busy()),
                    l.sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE));
            case "utilizationrented" -> ratio("Utilization of rented GPUs" + in, "uᵣ", value, "", 1,
                    "busy ÷ available",
                    l.sumOf("Rented GPU-hours busy" + in, "Hᵇᵣ", s, "gpuHoursRentedBusy", busy()),
                    l.sumOf("Rented GPU-hours available" + in, "Hᵣ", s, "gpuHoursRented", AVAILABLE));
            case "utilization" -> ratio("Utilization" + in, "u", value, "", 1, "(Hᵇ + Hᵇᵣ) ÷ (H + Hᵣ)",
                    busyHours(s), availableHours(s));
            case "$/mtok" -> ratio("Fully loaded $/Mtok" + in, "$/Mtok", value, currency + "/Mtok", 1e6,
                    "fully loaded inference cost ÷ tokens served × 10⁶",
                    l.sumOf("Fully loaded cost of inference" + in, "Cₗ", s, "inferenceLoadedCost",
                            "each pool's cost and capital charge at the WACC (assumptions.discountRate) by the share"
                                    + " of its capacity inference used, plus inference's share of idle capacity"),
                    tokensServed(s, in));
            case "$/mtokidle" -> ratio("Idle part of $/Mtok" + in, "$/Mtokᵢ", value, currency + "/Mtok", 1e6,
                    "inference's share of idle capacity ÷ tokens served × 10⁶",
                    l.sumOf("Idle cost borne by inference" + in, "Cᵢ", s, "inferenceIdleCost",
                            "the idle share of each pool's cost (GPU-hours nobody used), by inference's GPU-hours"),
                    tokensServed(s, in));
            case "$/mtokcapital" -> ratio("Capital part of $/Mtok" + in, "$/Mtokₖ", value, currency + "/Mtok", 1e6,
                    "inference's capital charge ÷ tokens served × 10⁶",
                    l.sumOf("Capital charge borne by inference" + in, "Cₖ", s, "inferenceCapitalCost",
                            "book value at the month's start × ((1 + WACC)^(1/12) − 1), WACC "
                                    + percent(l.plan.assumptions().discountRate()) + ", by inference's share"),
                    tokensServed(s, in));
            case "$/mtokservedpools" -> ratio("Served-pool $/Mtok" + in, "$/Mtokₚ", value, currency + "/Mtok", 1e6,
                    "served pools' accounting cost ÷ tokens served × 10⁶",
                    l.sumOf("Served-pool cost of inference" + in, "Cₚ", s, "inferenceCost",
                            "each pool's accounting cost (no capital charge) shared by busy GPU-hours"),
                    tokensServed(s, in));
            case "tokensperjoule" -> tokensPerJoule(value, s, in);
            case "tokensperwattperdollar" -> {
                Explanation cost = l.sumOf("Owned capacity's cost" + in, "Cₒ", s, "ownedCost",
                        "depreciation + electricity + opex + property tax and insurance of owned capacity");
                Explanation hours = l.sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE);
                Explanation perHour = ratio("Owned $ per GPU-hour" + in, "$/h", ratioOf(cost.value(), hours.value(), 1),
                        currency + "/GPU-hour", 1, "Cₒ ÷ H", cost, hours);
                yield ratio("Tokens per watt per dollar" + in, "τ/$", value, "tokens/J per $/GPU-hour", 1,
                        "tokens per joule ÷ owned $ per GPU-hour", tokensPerJoule(p.tokensPerJoule(), s, in), perHour);
            }
            case "propertytaxinsurance" -> l.sumOf("Property tax and insurance" + in, "PTI", s,
                    "propertyTaxInsurance", percent(l.plan.assumptions().propertyTaxInsurancePerYear())
                            + " a year (assumptions.propertyTaxInsurancePerYear) of owned net book value");
            case "capitalcharge" -> l.sumOf("Capital charge" + in, "K", s, "capitalCharge",
                    "owned book value at the month's start × ((1 + WACC)^(1/12) − 1), WACC "
                            + percent(l.plan.assumptions().discountRate()) + " (assumptions.discountRate)");
            case "incometax" -> l.sum("Income tax" + in, "Tax", value, currency, s, monthly::incomeTax);
            case "idlecost" -> l.sumOf("Idle capacity cost" + in, "Idle", s, "idleCost",
                    "idle share of each pool's cost, pools with nothing available and halls with no GPUs,"
                            + " capital charge included");
            default -> throw new IllegalStateException(f);
        };
        if (Double.isNaN(value)) {
            e = explainBlanks(e, f, s);
        } else if (value == 0 && e.why() == null && f.equals("revenue")) {
            e = e.withWhy("nothing was served and no training ran in " + s.label());
        }
        return e;
    }

    /** Owned and rented busy GPU-hours over a span. */
    Explanation busyHours(Span s) {
        String in = ", " + s.label();
        Explanation busy = l.sumOf("Owned GPU-hours busy" + in, "Hᵇ", s, "gpuHoursOwnedBusy", busy());
        Explanation rentedBusy = l.sumOf("Rented GPU-hours busy" + in, "Hᵇᵣ", s, "gpuHoursRentedBusy", busy());
        return Explanation.node("GPU-hours busy" + in, "Hᵇ", busy.value() + rentedBusy.value(), "GPU-hours",
                Operation.SUM, 0, "Hᵇ + Hᵇᵣ", List.of(busy, rentedBusy));
    }

    private Explanation availableHours(Span s) {
        String in = ", " + s.label();
        Explanation hours = l.sumOf("Owned GPU-hours available" + in, "H", s, "gpuHoursOwned", AVAILABLE);
        Explanation rented = l.sumOf("Rented GPU-hours available" + in, "Hᵣ", s, "gpuHoursRented", AVAILABLE);
        return Explanation.node("GPU-hours available" + in, "H", hours.value() + rented.value(), "GPU-hours",
                Operation.SUM, 0, "H + Hᵣ", List.of(hours, rented));
    }

    private Explanation tokensServed(Span s, String in) {
        return l.sum("Tokens served" + in, "T", t.tokensServed().sum(s.from(), s.to()), "tokens", s,
                monthly::tokensServed);
    }

    private String busy() {
        return "GPU-hours used by inference and training (the monthly allocator; inference's from the tokens served and"
                + " each GPU's throughput by the serving model with " + Explainer.EFFICIENCIES_FROM
                + l.result.efficiencySource() + ")";
    }

    private Explanation tokensPerJoule(double value, Span s, String in) {
        return ratio("Tokens per joule" + in, "τ", value, "tokens/J", 1 / 3.6e9,
                "tokens served on owned capacity ÷ (inference's facility MWh × 3.6×10⁹ J/MWh)",
                l.sumOf("Tokens served on owned capacity" + in, "Tₒ", s, "tokensServedOwned",
                        "the monthly allocator's tokens on owned pools; throughput from the serving model with"
                                + " " + Explainer.EFFICIENCIES_FROM + l.result.efficiencySource()),
                l.sumOf("Facility energy for inference" + in, "Eᵢ", s, "inferenceFacilityMwh",
                        "IT energy of the GPUs serving inference (busy and idle power by the serving model, "
                                + Explainer.EFFICIENCIES_FROM + l.result.efficiencySource() + ") × the site's PUE"));
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
            String what = denominator.label().replace(", " + s.label(), "");
            if (what.length() > 1 && Character.isLowerCase(what.charAt(1))) {
                what = Character.toLowerCase(what.charAt(0)) + what.substring(1);
            }
            return "blank: " + what + " is " + (Double.isNaN(denominator.value()) ? "undefined"
                    : "zero") + " in " + s.label() + ", so there is nothing to divide by" + unservedHint(f, s);
        }
        return "blank: undefined in " + s.label();
    }

    private String unservedHint(String f, Span s) {
        if (!f.startsWith("$/mtok") && !f.startsWith("tokensper")) {
            return "";
        }
        double demanded = t.tokensDemanded().sum(s.from(), s.to());
        return demanded > 0 ? " (" + compact(demanded) + " tokens were asked for and none served)" : " (no demand)";
    }
}
