package com.tokenfactory.app.gui.workloads;

import com.tokenfactory.core.format.Numbers;
import com.tokenfactory.app.gui.document.PlanDocument;
import com.tokenfactory.app.gui.document.PlanEdit;
import com.tokenfactory.app.gui.plan.PlanChanges;
import com.tokenfactory.app.gui.plan.PlanElements;
import com.tokenfactory.app.gui.plan.RecordCopy;
import com.tokenfactory.core.plan.DemandCurve;
import com.tokenfactory.core.plan.DemandPoint;
import com.tokenfactory.core.plan.DemandUnit;
import com.tokenfactory.core.plan.InferenceService;
import com.tokenfactory.core.plan.InvalidPlanException;
import com.tokenfactory.core.plan.Plan;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Edits a service's demand curve: a start, a level and a yearly growth, or monthly points (linear in between), in
 * tokens per day or requests per day or per month. Switching from growth to points samples the growth curve once a
 * year, and switching the unit converts the levels at the service's tokens per request, so the demand the user sees
 * does not jump.
 */
public final class DemandCurveModel {
    private final PlanDocument document;

    public DemandCurveModel(PlanDocument document) {
        this.document = document;
    }

    public DemandCurve curve(String serviceId) {
        return service(serviceId).demand();
    }

    /** What the curve's levels count. */
    public DemandUnit unit(String serviceId) {
        return service(serviceId).demandUnit();
    }

    /**
     * Counts the service's demand in {@code unit}, converting every level at its tokens per request (and an average
     * month of {@value DemandUnit#DAYS_PER_AVERAGE_MONTH} days between per day and per month): one undoable edit.
     */
    public Optional<String> setUnit(String serviceId, DemandUnit unit) {
        InferenceService s = service(serviceId);
        DemandUnit from = s.demandUnit();
        if (unit == null || unit == from) {
            return Optional.empty();
        }
        double perRequest = s.tokensPerRequest();
        DemandCurve converted;
        if (s.demand() instanceof DemandCurve.Growth g) {
            converted = new DemandCurve.Growth(g.start(), from.convert(g.tokensPerDay(), perRequest, unit),
                    g.growthPerYear());
        } else {
            List<DemandPoint> points = new ArrayList<>();
            for (DemandPoint p : ((DemandCurve.Points) s.demand()).points()) {
                points.add(new DemandPoint(p.month(), from.convert(p.tokensPerDay(), perRequest, unit)));
            }
            converted = new DemandCurve.Points(points);
        }
        try {
            document.apply(PlanEdit.of("Count demand of " + s.name() + " in " + unit.label(),
                    p -> PlanChanges.updateService(p, serviceId, x -> x.withDemandUnit(converted, unit))));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            return Optional.of(message(e));
        }
    }

    public Optional<String> setGrowth(String serviceId, String start, String tokensPerDay, String growthPercent) {
        try {
            YearMonth s = month(start);
            double level = Numbers.parse(tokensPerDay);
            double growth = Numbers.parse(growthPercent.strip().replace("%", "")) / 100.0;
            return apply(serviceId, "Change demand of ", new DemandCurve.Growth(s, level, growth));
        } catch (IllegalArgumentException e) {
            return Optional.of(message(e, unit(serviceId)));
        }
    }

    /** Sets point-wise demand from (month, level in the service's unit) text pairs. */
    public Optional<String> setPoints(String serviceId, List<String[]> monthAndLevel) {
        try {
            List<DemandPoint> points = new ArrayList<>();
            for (String[] p : monthAndLevel) {
                points.add(new DemandPoint(month(p[0]), Numbers.parse(p[1])));
            }
            return apply(serviceId, "Change demand points of ", new DemandCurve.Points(points));
        } catch (IllegalArgumentException e) {
            return Optional.of(message(e, unit(serviceId)));
        }
    }

    /** Turns a growth curve into yearly points from its start to the plan's end, or points back into growth. */
    public Optional<String> switchKind(String serviceId) {
        Plan plan = document.getPlan();
        DemandCurve curve = curve(serviceId);
        if (curve instanceof DemandCurve.Growth g) {
            List<DemandPoint> points = new ArrayList<>();
            YearMonth first = g.start().isBefore(plan.start()) ? plan.start() : g.start();
            for (YearMonth m = first; m.isBefore(plan.end()); m = m.plusMonths(12)) {
                points.add(new DemandPoint(m, g.tokensPerDay(m)));
            }
            if (points.isEmpty()) {
                points.add(new DemandPoint(g.start(), g.tokensPerDay()));
            }
            return apply(serviceId, "Draw demand by points for ", new DemandCurve.Points(points));
        }
        DemandCurve.Points p = (DemandCurve.Points) curve;
        DemandPoint a = p.points().get(0);
        DemandPoint b = p.points().get(p.points().size() - 1);
        double years = com.tokenfactory.core.plan.Months.between(a.month(), b.month()) / 12.0;
        double growth = years > 0 && a.tokensPerDay() > 0 && b.tokensPerDay() > 0
                ? Math.pow(b.tokensPerDay() / a.tokensPerDay(), 1 / years) - 1 : 0.0;
        return apply(serviceId, "Draw demand as growth for ",
                new DemandCurve.Growth(a.month(), a.tokensPerDay(), Math.min(100, growth)));
    }

    private Optional<String> apply(String serviceId, String verb, DemandCurve curve) {
        if (curve.equals(curve(serviceId))) {
            return Optional.empty();
        }
        InferenceService s = service(serviceId);
        try {
            document.apply(PlanEdit.of(verb + s.name(),
                    p -> PlanChanges.updateService(p, serviceId, x -> RecordCopy.with(x, "demand", curve))));
            return Optional.empty();
        } catch (InvalidPlanException e) {
            return Optional.of(e.detail());
        }
    }

    private InferenceService service(String id) {
        return PlanElements.service(document.getPlan(), id).orElseThrow();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a month; write it as 2027-06");
        }
    }

    private static String message(IllegalArgumentException e) {
        return message(e, DemandUnit.TOKENS_PER_DAY);
    }

    private static String message(IllegalArgumentException e, DemandUnit unit) {
        if (!(e instanceof InvalidPlanException i)) {
            return e.getMessage();
        }
        String field = switch (i.field()) {
            case "start" -> "The start month";
            case "tokensPerDay" -> "The level (" + unit.label() + ")";
            case "growthPerYear" -> "The growth";
            case "points" -> "The points";
            default -> i.field();
        };
        String detail = i.field().equals("growthPerYear")
                ? com.tokenfactory.app.gui.properties.PercentMessages.inPercent(i.detail()) : i.detail();
        return field + (i.field().equals("points") ? " have " : " ") + detail;
    }
}
