package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.Site;
import com.tokenfactory.core.result.ServiceResult;
import com.tokenfactory.core.result.SiteResult;
import com.tokenfactory.core.result.Totals;
import com.tokenfactory.core.trace.Explanation.Operation;

import java.util.ArrayList;
import java.util.List;

import static com.tokenfactory.core.trace.Leaves.percent;

/**
 * One month of the plan-wide money and token series (a chart point): capex, electricity, revenue, the cash flows,
 * opex, rental, tokens — each down to the sites', services' and assumptions' fields.
 */
final class MonthlyTrees {
    private final Leaves l;
    private final Totals t;
    private final String currency;
    /** A month's trees, built once: the KPIs' trees hold every month's cash flow, and the cash flow its parts. */
    private final Explanation[] capex;
    private final Explanation[] electricity;
    private final Explanation[] revenue;
    private final Explanation[] cashFlow;
    private final Explanation[] freeCashFlow;

    MonthlyTrees(Leaves leaves) {
        this.l = leaves;
        this.t = leaves.t;
        this.currency = leaves.currency;
        int n = leaves.result.months();
        capex = new Explanation[n];
        electricity = new Explanation[n];
        revenue = new Explanation[n];
        cashFlow = new Explanation[n];
        freeCashFlow = new Explanation[n];
    }

    Explanation capex(int m) {
        if (capex[m] == null) {
            capex[m] = buildCapex(m);
        }
        return capex[m];
    }

    Explanation electricity(int m) {
        if (electricity[m] == null) {
            electricity[m] = buildElectricity(m);
        }
        return electricity[m];
    }

    Explanation revenue(int m) {
        if (revenue[m] == null) {
            revenue[m] = buildRevenue(m);
        }
        return revenue[m];
    }

    Explanation cashFlow(int m) {
        if (cashFlow[m] == null) {
            cashFlow[m] = buildCashFlow(m);
        }
        return cashFlow[m];
    }

    Explanation freeCashFlow(int m) {
        if (freeCashFlow[m] == null) {
            freeCashFlow[m] = Explanation.node("Free cash flow after tax" + l.at(m), "FCF", t.freeCashFlow().get(m),
                    currency, Operation.DIFFERENCE, 0, "FCF = CF − Tax", List.of(cashFlow(m), incomeTax(m)));
        }
        return freeCashFlow[m];
    }

    private Explanation buildCapex(int m) {
        List<Explanation> facility = new ArrayList<>();
        List<Explanation> it = new ArrayList<>();
        for (SiteResult sr : l.result.sites()) {
            facility.add(siteCapexFacility(sr, m));
            it.add(siteCapexIt(sr, m));
        }
        Explanation f = Explanation.node("Facility capex" + l.at(m), "Cᶠ", t.capexFacility().get(m), currency,
                Operation.SUM, 0, "Σ sites' hall construction", facility);
        Explanation i = Explanation.node("IT capex" + l.at(m), "Cⁱ", t.capexIt().get(m), currency, Operation.SUM, 0,
                "Σ sites' GPU purchases", it);
        return Explanation.node("Capex" + l.at(m), "Capex", t.capex(m), currency, Operation.SUM, 0,
                "Capex = Cᶠ + Cⁱ", List.of(f, i));
    }

    private Explanation siteCapexFacility(SiteResult sr, int m) {
        int si = l.siteIndex(sr.siteId());
        return Explanation.leaf("Hall construction at " + sr.name() + l.at(m), "Cᶠ", sr.capexFacility().get(m),
                currency, new Origin(Provenance.DERIVED, "sites[" + si + "].halls",
                        "halls' build cost per MW × MW spread over construction, plus soft costs at "
                                + percent(l.plan.assumptions().facilitySoftCostShare())
                                + " (assumptions.facilitySoftCostShare); site source: " + l.siteSource(si)));
    }

    private Explanation siteCapexIt(SiteResult sr, int m) {
        int si = l.siteIndex(sr.siteId());
        return Explanation.leaf("GPU purchases at " + sr.name() + l.at(m), "Cⁱ", sr.capexIt().get(m), currency,
                new Origin(Provenance.DERIVED, "sites[" + si + "].halls[].pods",
                        "GPUs installed × the catalog price of their SKU (catalog[].priceUsd), plus networking and"
                                + " storage at " + percent(l.plan.assumptions().itCapexExtraShare())
                                + " (assumptions.itCapexExtraShare); site source: " + l.siteSource(si)));
    }

    private Explanation buildElectricity(int m) {
        List<Explanation> sites = new ArrayList<>();
        for (SiteResult sr : l.result.sites()) {
            sites.add(siteElectricity(sr, m));
        }
        return Explanation.node("Electricity" + l.at(m), "Elec", t.electricityCost().get(m), currency, Operation.SUM,
                0, "Σ sites' facility energy × that month's price", sites);
    }

    /** A site's facility energy in month m: IT energy × PUE. */
    Explanation siteEnergy(SiteResult sr, int m) {
        int si = l.siteIndex(sr.siteId());
        String path = "sites[" + si + "]";
        Explanation it = l.derived("IT energy at " + sr.name() + l.at(m), "Eᵢₜ", sr.itMwh().get(m), "MWh",
                new Origin(Provenance.DERIVED, "result.sites[" + sr.siteId() + "].itMwh",
                        "the GPUs powered there, idle and busy, at their power by the serving model (busy hours from"
                                + " the monthly allocator), " + Explainer.EFFICIENCIES_FROM
                                + l.result.efficiencySource()));
        Explanation pue = Explanation.leaf("PUE of " + sr.name(), "PUE", sr.pue(), "",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".pue", l.siteSource(si)));
        return Explanation.node("Facility energy at " + sr.name() + l.at(m), "E", sr.facilityMwh().get(m), "MWh",
                Operation.PRODUCT, 1, "E = Eᵢₜ × PUE", List.of(it, pue));
    }

    Explanation siteElectricity(SiteResult sr, int m) {
        int si = l.siteIndex(sr.siteId());
        Site site = l.plan.sites().get(si);
        String src = l.siteSource(si);
        String path = "sites[" + si + "]";
        Explanation base = Explanation.leaf("Electricity price at the plan start", "p₀", site.electricityUsdPerMwh(),
                currency + "/MWh", new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".electricityUsdPerMwh", src));
        Explanation esc = Explanation.leaf("Electricity price escalation", "e", site.electricityEscalationPerYear(),
                "per year", new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".electricityEscalationPerYear", src));
        double years = m / 12.0;
        Explanation price = Explanation.node("Electricity price at " + sr.name() + l.at(m), "p",
                site.electricityUsdPerMwh() * Math.pow(1.0 + site.electricityEscalationPerYear(), years),
                currency + "/MWh", Operation.GROWTH, years, "p = p₀ × (1 + e)^(" + m + "/12)", List.of(base, esc));
        return Explanation.node("Electricity at " + sr.name() + l.at(m), "Elec", sr.electricityCost().get(m),
                currency, Operation.PRODUCT, 1, "E × p", List.of(siteEnergy(sr, m), price));
    }

    private Explanation buildRevenue(int m) {
        List<Explanation> services = new ArrayList<>();
        for (ServiceResult sr : l.result.services()) {
            services.add(serviceRevenue(sr, m));
        }
        Explanation inference = Explanation.node("Token revenue" + l.at(m), "Revⁱ", t.revenueInference().get(m),
                currency, Operation.SUM, 0, "Σ services' token revenue", services);
        Explanation training = l.series("Training revenue", "Revᵗ", t.revenueTraining().get(m), m, "revenueTraining",
                "training GPU-hours × their value (trainingRuns[].valueUsdPerGpuHour)");
        return Explanation.node("Revenue" + l.at(m), "Rev", t.revenue(m), currency, Operation.SUM, 0,
                "Rev = Revⁱ + Revᵗ", List.of(inference, training));
    }

    Explanation serviceRevenue(ServiceResult sr, int m) {
        int i = l.serviceIndex(sr.serviceId());
        InferenceService svc = l.plan.services().get(i);
        String path = "services[" + i + "]";
        String src = l.serviceSource(i);
        Explanation decline = svc.priceDeclinePerYear() != null
                ? Explanation.leaf("Price decline", "d", svc.priceDeclinePerYear(), "per year",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".priceDeclinePerYear", src))
                : l.assumption("Price decline (plan-wide)", "d", "tokenPriceDeclinePerYear",
                l.plan.assumptions().tokenPriceDeclinePerYear(), "per year");
        double years = m / 12.0;
        double factor = Math.pow(1.0 - decline.value(), years);
        Explanation inTokens = l.derived("Input tokens served", "Tᵢₙ", sr.inputTokensServed().get(m), "tokens",
                l.servedOrigin(sr, "inputTokensServed"));
        Explanation inPrice = Explanation.leaf("Input price at the plan start", "Pᵢₙ",
                svc.inputPriceUsdPerMillionTokens(), currency + "/Mtok",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".inputPriceUsdPerMillionTokens", src));
        Explanation inPriceNow = Explanation.node("Input price" + l.at(m), "Pᵢₙ", inPrice.value() * factor,
                currency + "/Mtok", Operation.DECLINE, years, "Pᵢₙ × (1 − d)^(" + m + "/12)",
                List.of(inPrice, decline));
        Explanation outTokens = l.derived("Output tokens served", "Tₒᵤₜ", sr.outputTokensServed().get(m), "tokens",
                l.servedOrigin(sr, "outputTokensServed"));
        Explanation outPrice = Explanation.leaf("Output price at the plan start", "Pₒᵤₜ",
                svc.outputPriceUsdPerMillionTokens(), currency + "/Mtok",
                new Origin(Provenance.PLANNERS_ASSUMPTION, path + ".outputPriceUsdPerMillionTokens", src));
        Explanation outPriceNow = Explanation.node("Output price" + l.at(m), "Pₒᵤₜ", outPrice.value() * factor,
                currency + "/Mtok", Operation.DECLINE, years, "Pₒᵤₜ × (1 − d)^(" + m + "/12)",
                List.of(outPrice, decline));
        Explanation in = Explanation.node("Input-token revenue of " + sr.name() + l.at(m), "Revᵢₙ",
                sr.revenueInput().get(m), currency, Operation.PRODUCT, 1e-6, "Tᵢₙ × Pᵢₙ ÷ 10⁶",
                List.of(inTokens, inPriceNow));
        Explanation out = Explanation.node("Output-token revenue of " + sr.name() + l.at(m), "Revₒᵤₜ",
                sr.revenue().get(m) - sr.revenueInput().get(m), currency, Operation.PRODUCT, 1e-6,
                "Tₒᵤₜ × Pₒᵤₜ ÷ 10⁶", List.of(outTokens, outPriceNow));
        Explanation e = Explanation.node("Revenue of " + sr.name() + l.at(m), "Revₛ", sr.revenue().get(m), currency,
                Operation.SUM, 0, "Revᵢₙ + Revₒᵤₜ", List.of(in, out));
        if (sr.revenue().get(m) == 0) {
            e = e.withWhy(sr.tokensDemanded().get(m) > 0 ? l.servedNothingWhy(svc, m)
                    : svc.id() + " has no demand in " + l.result.month(m) + " (services[" + i + "].demand)");
        }
        return e;
    }

    private Explanation buildCashFlow(int m) {
        Explanation receivables = l.series("Increase in receivables", "ΔAR", t.receivablesChange().get(m), m,
                "receivablesChange", "revenue × " + l.plan.assumptions().receivablesDays()
                        + " days (assumptions.receivablesDays) ÷ days in the month, less last month's");
        return Explanation.node("Pre-tax cash flow" + l.at(m), "CF", t.cashFlow().get(m), currency,
                Operation.DIFFERENCE, 0, "CF = Rev − Elec − Opex − PTI − Rent − Capex − ΔAR",
                List.of(revenue(m), electricity(m), opex(m), propertyTaxInsurance(m), rental(m), capex(m),
                        receivables));
    }

    Explanation incomeTax(int m) {
        return l.series("Income tax", "Tax", t.incomeTax().get(m), m, "incomeTax",
                "tax at " + percent(l.plan.assumptions().taxRate()) + " (assumptions.taxRate) on EBITDA − tax"
                        + " depreciation (MACRS 5-year for IT), losses carried forward (IRC §172, 80% limit)");
    }

    Explanation propertyTaxInsurance(int m) {
        return l.series("Property tax and insurance", "PTI", t.propertyTaxInsurance().get(m), m,
                "propertyTaxInsurance", percent(l.plan.assumptions().propertyTaxInsurancePerYear())
                        + " a year (assumptions.propertyTaxInsurancePerYear) of owned net book value");
    }

    Explanation opex(int m) {
        return l.series("Operations (opex)", "Opex", t.opex().get(m), m, "opex",
                "powered MW × " + l.money(l.plan.assumptions().opexUsdPerMwYear())
                        + " per MW-year (assumptions.opexUsdPerMwYear) ÷ 12");
    }

    Explanation rentalCommitted(int m) {
        return l.series("Committed partner fees", "Rᶜ", t.rentalCommitted().get(m), m, "rentalCommitted",
                "take-or-pay GPUs × hours × the contract's price (partners[].usdPerGpuHour)");
    }

    Explanation rental(int m) {
        Explanation committed = rentalCommitted(m);
        Explanation onDemand = l.series("On-demand partner fees", "Rᵒ", t.rentalOnDemand().get(m), m,
                "rentalOnDemand", "GPU-hours rented on demand × the contract's price (partners[].usdPerGpuHour)");
        return Explanation.node("Rental" + l.at(m), "Rent", committed.value() + onDemand.value(), currency,
                Operation.SUM, 0, "Rent = Rᶜ + Rᵒ", List.of(committed, onDemand));
    }

    Explanation serviceTokensServed(ServiceResult sr, int m) {
        Explanation e = l.derived("Tokens served for " + sr.name() + l.at(m), "Tₛ", sr.tokensServed().get(m),
                "tokens", l.servedOrigin(sr, "tokensServed"));
        if (e.value() == 0 && sr.tokensDemanded().get(m) > 0) {
            e = e.withWhy(l.servedNothingWhy(l.plan.services().get(l.serviceIndex(sr.serviceId())), m));
        }
        return e;
    }

    Explanation tokensServed(int m) {
        List<Explanation> services = new ArrayList<>();
        for (ServiceResult sr : l.result.services()) {
            services.add(serviceTokensServed(sr, m));
        }
        return Explanation.node("Tokens served" + l.at(m), "T", t.tokensServed().get(m), "tokens", Operation.SUM, 0,
                "Σ services' tokens served", services);
    }

    Explanation tokensDemanded(int m) {
        return l.series("Tokens demanded", "D", t.tokensDemanded().get(m), m, "tokensDemanded",
                "the services' demand curves (services[].demand) at the month");
    }

    Explanation totalCost(int m) {
        return Explanation.node("Total cost" + l.at(m), "Cost", t.totalCost().get(m), currency, Operation.SUM, 0,
                "Cost = Dep + Elec + Opex + PTI + Rent",
                List.of(l.series("Depreciation", "Dep", t.depreciation().get(m), m, "depreciation",
                                "straight line over the book lives (assumptions.bookLifeYears, facilityLifeYears) plus"
                                        + " write-offs of retired GPUs"),
                        electricity(m), opex(m),
                        l.series("Property tax and insurance", "PTI", t.propertyTaxInsurance().get(m), m,
                                "propertyTaxInsurance", percent(l.plan.assumptions().propertyTaxInsurancePerYear())
                                        + " a year of owned net book value"),
                        rental(m)));
    }
}
