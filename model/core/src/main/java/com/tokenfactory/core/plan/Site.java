package com.tokenfactory.core.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;

/**
 * A campus: where halls are built and powered.
 *
 * @param region                        market or region label, e.g. "US-East (Virginia)"
 * @param latitude                      degrees north
 * @param longitude                     degrees east
 * @param certifications                compliance the site holds, e.g. "FedRAMP High", "EU Data Boundary"
 * @param gridMw                        grid interconnect capacity, MW at the meter
 * @param gridAvailable                 first month the interconnect delivers power; no hall powers on earlier
 * @param pue                           power usage effectiveness: facility energy ÷ IT energy (≥ 1)
 * @param electricityUsdPerMwh          electricity price at the plan start, USD/MWh
 * @param electricityEscalationPerYear  yearly change of the electricity price (0.02 = +2% a year)
 * @param facilityCostUsdPerMw          facility build cost per MW of critical IT load, USD
 * @param source                        where the site's figures come from
 */
public record Site(
        String id,
        String name,
        String region,
        double latitude,
        double longitude,
        SortedSet<String> certifications,
        double gridMw,
        YearMonth gridAvailable,
        double pue,
        double electricityUsdPerMwh,
        double electricityEscalationPerYear,
        double facilityCostUsdPerMw,
        List<Hall> halls,
        String source) {

    /** Highest electricity price a site may hold, USD/MWh; a scenario's multiplier is capped here too. */
    public static final double MAX_ELECTRICITY_USD_PER_MWH = 1e6;

    public Site {
        id = Check.id(id, "id");
        name = Check.text(name, "name");
        region = Check.text(region, "region");
        Check.between(latitude, -90, 90, "latitude");
        Check.between(longitude, -180, 180, "longitude");
        certifications = Check.labels(certifications, "certifications");
        Check.between(gridMw, 0.001, 100_000, "gridMw");
        Check.month(gridAvailable, "gridAvailable");
        Check.between(pue, 1.0, 3.0, "pue");
        Check.between(electricityUsdPerMwh, 0, MAX_ELECTRICITY_USD_PER_MWH, "electricityUsdPerMwh");
        Check.rate(electricityEscalationPerYear, "electricityEscalationPerYear");
        Check.between(facilityCostUsdPerMw, 0, 1e9, "facilityCostUsdPerMw");
        halls = Check.list(halls, "phases");
        Check.uniqueIds(halls, Hall::id, "phases");
        source = Check.boundedText(source, "source");
    }

    /** The month a hall actually powers on: its energization, but never before the grid connection. */
    public YearMonth powerOn(Hall hall) {
        return Months.max(hall.energizationMonth(), gridAvailable);
    }

    public Site withGridAvailable(YearMonth month) {
        return with(month, electricityUsdPerMwh, electricityEscalationPerYear, halls);
    }

    public Site withElectricityUsdPerMwh(double price) {
        return with(gridAvailable, price, electricityEscalationPerYear, halls);
    }

    public Site withElectricityEscalationPerYear(double escalation) {
        return with(gridAvailable, electricityUsdPerMwh, escalation, halls);
    }

    public Site withHalls(List<Hall> newHalls) {
        return with(gridAvailable, electricityUsdPerMwh, electricityEscalationPerYear, newHalls);
    }

    private Site with(YearMonth grid, double price, double escalation, List<Hall> newHalls) {
        return new Site(id, name, region, latitude, longitude, certifications, gridMw, grid, pue, price, escalation,
                facilityCostUsdPerMw, newHalls, source);
    }
}
