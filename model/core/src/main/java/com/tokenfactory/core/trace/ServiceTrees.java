package com.tokenfactory.core.trace;

import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.result.ServiceResult;

import static com.tokenfactory.core.trace.Leaves.percent;
import static com.tokenfactory.core.trace.Leaves.ratio;
import static com.tokenfactory.core.trace.Leaves.ratioOf;

/** Per-service figures over a span: revenue, tokens served and the fully loaded $/Mtok. */
final class ServiceTrees {
    private final Leaves l;
    private final MonthlyTrees monthly;

    ServiceTrees(Leaves leaves, MonthlyTrees monthly) {
        this.l = leaves;
        this.monthly = monthly;
    }

    /** A per-service figure by key (see {@link Explainer#PER_SERVICE}); null when the key names none. */
    Explanation service(String f, int i, Span s) {
        InferenceService svc = l.plan.services().get(i);
        ServiceResult sr = l.result.services().stream().filter(r -> r.serviceId().equals(svc.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the service " + svc.id() + " has no result"));
        String in = ", " + s.label();
        switch (f) {
            case "revenue":
                return l.sum("Revenue of " + sr.name() + in, "Revₛ", sr.revenue().sum(s.from(), s.to()), l.currency,
                        s, m -> monthly.serviceRevenue(sr, m));
            case "tokensserved":
                return tokens(sr, s, in);
            case "$/mtok": {
                Explanation cost = l.sum("Fully loaded cost attributed to " + sr.name() + in, "Cₛ",
                        sr.attributedCost().sum(s.from(), s.to()), l.currency, s,
                        m -> Explanation.leaf("Cost attributed to " + sr.name() + l.at(m), "Cₛ",
                                sr.attributedCost().get(m), l.currency,
                                new Origin(Provenance.DERIVED, "result.services[" + sr.serviceId() + "].attributedCost",
                                        "each pool's fully loaded cost (capital charge at the WACC "
                                                + percent(l.plan.assumptions().discountRate())
                                                + " included) by the GPU-hours this service used there, plus its share"
                                                + " of idle capacity")));
                Explanation e = ratio("Fully loaded $/Mtok of " + sr.name() + in, "$/Mtokₛ",
                        ratioOf(cost.value(), sr.tokensServed().sum(s.from(), s.to()), 1e6), l.currency + "/Mtok",
                        1e6, "Cₛ ÷ Tₛ × 10⁶", cost, tokens(sr, s, in));
                if (Double.isNaN(e.value())) {
                    double demanded = sr.tokensDemanded().sum(s.from(), s.to());
                    e = e.withWhy(demanded > 0 ? l.servedNothingWhy(svc, firstDemanded(sr, s))
                            .replace(" in " + l.result.month(firstDemanded(sr, s)), " in " + s.label())
                            : "blank: " + svc.id() + " has no demand in " + s.label());
                }
                return e;
            }
            default:
                return null;
        }
    }

    private static int firstDemanded(ServiceResult sr, Span s) {
        for (int m = s.from(); m < s.to(); m++) {
            if (sr.tokensDemanded().get(m) > 0) {
                return m;
            }
        }
        return s.from();
    }

    private Explanation tokens(ServiceResult sr, Span s, String in) {
        return l.sum("Tokens served for " + sr.name() + in, "Tₛ", sr.tokensServed().sum(s.from(), s.to()), "tokens",
                s, m -> monthly.serviceTokensServed(sr, m));
    }
}
